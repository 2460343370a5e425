import Foundation

/// A meeting about to be created: its title, team, agenda and time. ``created(recipes:)`` gives
/// the first event of its log.
public struct MeetingPlan: Sendable {
    public var id: UUID
    public var title: String
    public var team: Team
    public var agenda: [ItemDraft]
    public var scheduledAt: Date
    /// Where the meeting is held: recorded in the log, and the zone of its file name's time
    /// (UTC when nil, which records none).
    public var timeZone: TimeZone?
    /// Open actions from earlier meetings, listed at the start for the team to follow up.
    public var followUp: [FollowUpAction]
    /// Decisions from earlier meetings due for review by the day of the meeting.
    public var reviewDue: [FollowUpDecision]
    /// The check-in question to record in the log; nil records none (the screen asks
    /// ``CheckIn/defaultQuestion``).
    public var checkIn: String?
    /// Where the meeting is held, in words (`Møterom 2`); nil records none.
    public var place: String?

    public init(
        id: UUID = UUID(), title: String, team: Team, agenda: [ItemDraft], scheduledAt: Date, timeZone: TimeZone? = nil,
        followUp: [FollowUpAction] = [], reviewDue: [FollowUpDecision] = [], checkIn: String? = nil, place: String? = nil
    ) {
        self.id = id
        self.place = place?.trimmedOrNil
        self.timeZone = timeZone
        self.checkIn = checkIn?.trimmedOrNil
        self.title = title
        self.team = team
        self.agenda = agenda
        self.scheduledAt = scheduledAt
        self.followUp = followUp
        self.reviewDue = reviewDue
    }

    /// A plan for a meeting held in `timeZone` whose follow-up is what the team's earlier
    /// meetings leave open on the meeting's day there: open actions and decisions due for
    /// review. An item that revisits an exempt decision is exempt on the same legal basis.
    public init(
        id: UUID = UUID(), title: String, team: Team, agenda: [ItemDraft], scheduledAt: Date, following archive: Archive,
        timeZone: TimeZone, checkIn: String? = nil, place: String? = nil
    ) {
        let exemptions = Exemptions(archive: archive)
        self.init(
            id: id, title: title, team: team, agenda: agenda.map { $0.inheritingExemption(exemptions.basis(of:)) }, scheduledAt: scheduledAt,
            timeZone: timeZone, followUp: archive.openActions,
            reviewDue: archive.reviewDue(on: Day(scheduledAt, in: timeZone)), checkIn: checkIn, place: place)
    }

    /// The `meetingCreated` event: every member on the list, every item with its recipe's steps.
    ///
    /// - Throws: every recipe that cannot be found, at once; or, first, a text of the plan that
    ///   the method would refuse in a command (an unsafe character, longer than
    ///   ``Limits/textCharacters``) or more than ``Limits/itemsPerMeeting`` items.
    public func created(recipes: RecipeBook) throws(MeetingPlanError) -> MeetingCreated {
        if let refusal = refusal { throw MeetingPlanError(problems: [], refusal: refusal) }
        var items: [ItemSpec] = []
        var problems: [RecipeLookupError] = []
        for (index, draft) in agenda.enumerated() {
            switch recipes.resolve(draft) {
            case .success(let recipe):
                var draft = draft
                draft.recipe = recipe.id
                items.append(ItemSpec(id: ItemID("s\(index + 1)"), draft: draft, steps: recipe.steps))
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw MeetingPlanError(problems: problems) }
        return MeetingCreated(
            id: id, title: title, team: team.name, scheduledAt: Timestamp.normalized(scheduledAt),
            participants: team.participants, items: items, facilitator: team.facilitator?.id, scribe: team.scribe?.id,
            followUp: followUp, reviewDue: reviewDue, checkIn: checkIn, agreement: team.agreement,
            timeZone: timeZone?.identifier, place: place)
    }

    /// `2026-11-24-1400-teammote-veke-48`: date and time where the meeting is held, then the title's slug.
    public var fileName: String {
        let stamp = MarkdownMinutes.format(scheduledAt, "yyyy-MM-dd-HHmm", timeZone ?? .gmt)
        let slug = title.slug
        return slug.isEmpty ? stamp : "\(stamp)-\(slug)"
    }
}

extension MeetingPlan {
    /// What the method refuses in the plan's texts — title, team, names, place, the agenda — or its
    /// number of items; nil when nothing.
    var refusal: Refusal? {
        guard agenda.count <= Limits.itemsPerMeeting else { return .tooManyItems(limit: Limits.itemsPerMeeting) }
        let texts =
            [title, team.name] + [team.purpose, checkIn, place].compactMap { $0 } + team.agreement + team.members.map(\.name) + agenda.flatMap(\.texts)
        for text in texts {
            if let unsafe = text.unicodeScalars.first(where: ControlCharacters.isUnsafe) { return .controlCharacter(unsafe) }
            if Limits.isTooLong(text) { return .textTooLong(limit: Limits.textCharacters) }
        }
        return nil
    }
}

/// Why a plan cannot become a meeting: recipes an agenda named that the team folder does not
/// have, or a text or size the method refuses.
public struct MeetingPlanError: Error, Sendable {
    public var problems: [RecipeLookupError]
    /// A text with an unsafe character or too long, or too many items.
    public var refusal: Refusal?

    public init(problems: [RecipeLookupError], refusal: Refusal? = nil) {
        self.problems = problems
        self.refusal = refusal
    }

    /// Every problem, one a line, in `language`.
    public func message(_ language: Language) -> String {
        ((refusal.map { [$0.message(language)] } ?? []) + problems.map { $0.message(language) }).joined(separator: "\n")
    }
}
