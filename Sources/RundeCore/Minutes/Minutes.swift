import Foundation

/// The minutes (*referat*) of one meeting as a document: what they say, before any format.
///
/// Made from the log alone (METHOD.md, *Minutes*): attendance with roles, the follow-up, the
/// rounds, each item with what was presented, the points made, its outcome and actions. Markdown,
/// HTML and JSON are all rendered from this value, so they say the same; ``publicView(_:)`` is
/// the one place that decides what public minutes leave out.
public struct Minutes: Codable, Sendable, Hashable {
    public var title: String
    public var team: String
    /// The language of the recipe step titles below.
    public var language: Language
    public var stage: Stage
    /// True for public minutes, made by ``publicView(_:)``.
    public var isPublic: Bool
    public var scheduledAt: Date
    public var openedAt: Date?
    public var closedAt: Date?
    /// Where the meeting was held, as an IANA name (`Europe/Oslo`): the times above are shown
    /// there. Nil for a log written before zones were recorded, or naming one not known here
    /// (``unknownTimeZone``); the JSON minutes then name the zone the reader's runde chose
    /// (``zone(else:)``).
    public var timeZone: String?
    /// The zone the log names when this machine does not know it; the times are then shown in
    /// the reader's fallback zone, and the header says so.
    public var unknownTimeZone: String?
    /// Where the meeting was held, in words (`Møterom 2`); nil when none was given.
    public var place: String?
    public var facilitator: ParticipantID?
    public var scribe: ParticipantID?
    /// Everyone on the meeting's list, with roles and attendance.
    public var participants: [Participant]
    /// Who came and who went after the meeting opened, in order, with the time.
    public var attendanceChanges: [AttendanceChange]
    /// Open actions carried from earlier meetings (*oppfølging*), with what became of them.
    public var followUp: [MinutesFollowUpAction]
    /// Decisions of earlier meetings due for review, with what the team chose.
    public var reviewDue: [MinutesReview]
    /// The team's working agreement (*spelereglar*) the opening screen showed; nil when there was none.
    public var agreement: [String]?
    /// The check-in question the meeting was planned with; nil in logs that hold none.
    public var checkInQuestion: String?
    /// The check-in round(s).
    public var checkIn: [MinutesRound]
    /// The agenda, in order.
    public var items: [MinutesItem]
    /// Every action of the meeting, in the order recorded; those of an item are also in the item.
    public var actions: [Action]
    /// The closing round(s).
    public var checkOut: [MinutesRound]
    /// The evaluations of the meeting (*evaluering av møtet*), one a person; nil when none was given.
    public var evaluations: [EvaluationGiven]?
    /// Notes written outside any item and round.
    public var notes: [MinutesNote]
    /// The log's file name, `<meeting name>.jsonl`.
    public var source: String?
    /// How many events the log held.
    public var events: Int
    /// The other meetings' items the minutes point at (replaces, carried from, follow-up), by
    /// reference (`<meeting>#<item>`), when their meeting is known: shown by title and day.
    public var references: [String: ReferencedItem]

    private enum CodingKeys: String, CodingKey {
        case title, team, language, stage, isPublic = "public", scheduledAt, openedAt, closedAt, timeZone, unknownTimeZone, place, facilitator, scribe,
            participants
        case attendanceChanges, followUp, reviewDue, agreement, checkInQuestion, checkIn, items, actions, checkOut, evaluations, notes, source, events,
            references
    }

    /// The internal minutes of `meeting`: everything, exempt items included.
    ///
    /// - Parameters:
    ///   - source: the log's file name, for the footer and for references to this meeting.
    ///   - titles: the team's other meetings, to show references by title and day; a reference
    ///     to a meeting not in it is shown as it is.
    public init(meeting: MeetingState, language: Language, source: String? = nil, titles: MeetingTitles = MeetingTitles()) {
        title = meeting.title
        team = meeting.team
        self.language = language
        stage = meeting.stage
        isPublic = false
        scheduledAt = meeting.scheduledAt
        openedAt = meeting.openedAt
        closedAt = meeting.closedAt
        timeZone = meeting.timeZone?.identifier
        unknownTimeZone = meeting.unknownTimeZone
        place = meeting.place
        facilitator = meeting.facilitator
        scribe = meeting.scribe
        participants = meeting.participants
        attendanceChanges = meeting.attendanceChanges
        followUp = meeting.followUp.map {
            MinutesFollowUpAction(meeting: $0.meeting, action: $0.action, exemption: $0.exemption, chosen: meeting.followUpStatus[$0.reference])
        }
        reviewDue = meeting.reviewDue.map { MinutesReview($0, in: meeting) }
        let notes = meeting.notes.map(MinutesNote.init)
        let rounds = { (purpose: RoundPurpose) in
            meeting.rounds.filter { $0.purpose == purpose }.map { MinutesRound($0, step: nil, notes: notes, language: language) }
        }
        checkInQuestion = meeting.checkIn
        agreement = meeting.agreement.isEmpty ? nil : meeting.agreement
        checkIn = rounds(.checkIn)
        items = meeting.items.enumerated().map { index, item in
            MinutesItem(number: index + 1, exemption: item.draft.exemption, content: ItemContent(item, in: meeting, notes: notes, language: language))
        }
        actions = meeting.actions
        checkOut = rounds(.checkOut)
        evaluations = meeting.evaluations.isEmpty ? nil : meeting.evaluations
        self.notes = notes.filter { $0.round == nil && $0.item == nil }
        self.source = source
        events = meeting.lastSeq
        references = [:]  // set below, from the items and follow-up just made
        references = Dictionary(shownReferences.compactMap { reference in titles.resolve(reference).map { (reference.rawValue, $0) } }) { a, _ in a }
    }

    /// Every reference to another meeting's item the minutes show.
    var shownReferences: [DecisionRef] {
        items.compactMap(\.content).flatMap { [$0.replaces, $0.carriedFrom].compactMap { $0 } } + followUp.map(\.reference)
            + reviewDue.map(\.due.reference)
    }

    /// The zone the minutes show times in: where the meeting was held, else `fallback` (for a
    /// log written before zones were recorded: the team's zone, else the machine's).
    public func zone(else fallback: TimeZone) -> TimeZone { timeZone.flatMap(TimeZone.init(identifier:)) ?? fallback }

    /// The meeting's name (the log's file name without `.jsonl`), as references to it use.
    public var name: String? { source.map { $0.hasSuffix(".jsonl") ? String($0.dropLast(6)) : $0 } }

    /// A participant's name, or their handle when they are not on this meeting's list.
    public func name(of id: ParticipantID) -> String { participants.first { $0.id == id }?.name ?? id.rawValue }
}

/// One agenda item in the minutes. In public minutes an exempt item keeps only its number and
/// legal basis: ``content`` is nil.
public struct MinutesItem: Codable, Sendable, Hashable {
    /// Its place on the agenda, from 1.
    public var number: Int
    /// The legal basis when the item is exempt from public disclosure (*unnateke offentlegheit*).
    public var exemption: String?
    /// Everything else about the item; nil when withheld from public minutes.
    public var content: ItemContent?

    public init(number: Int, exemption: String?, content: ItemContent?) {
        self.number = number
        self.exemption = exemption
        self.content = content
    }

    private enum CodingKeys: String, CodingKey { case number, exemption, withheld }

    // The content's fields sit beside `number` and `exemption` in one JSON object, as an item
    // is one thing to a reader; a withheld item says so with `"withheld": true`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        exemption = try c.decodeIfPresent(String.self, forKey: .exemption)
        content = try c.decodeIfPresent(Bool.self, forKey: .withheld) == true ? nil : try ItemContent(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(exemption, forKey: .exemption)
        if let content { try content.encode(to: encoder) } else { try c.encode(true, forKey: .withheld) }
    }
}

/// What the minutes say of an item they show.
public struct ItemContent: Codable, Sendable, Hashable {
    public var id: ItemID
    public var kind: ItemKind
    public var title: String
    public var owner: ParticipantID
    public var status: ItemStatus
    /// Minutes.
    public var timebox: Int?
    /// Marked for information or consultation under the Basic Agreement (*info/drøft*).
    public var infoDrøft: Bool
    /// The union representative's views recorded on the item (info/drøft); nil when none.
    public var unionViews: [String]?
    /// The earlier decision this item revisits.
    public var replaces: DecisionRef?
    /// The item of an earlier meeting it was carried from (postponed or not reached there).
    public var carriedFrom: DecisionRef?
    /// The exemption from public disclosure the facilitator lifted, and why.
    public var liftedExemption: LiftedExemption?
    /// Those who sat out the item (*ugild*), with why.
    public var disqualified: [Disqualification]
    /// What the owner presented.
    public var text: String
    /// The proposal as it stands (decision items).
    public var proposal: String?
    /// Notes written on the item outside its rounds.
    public var notes: [MinutesNote]
    public var rounds: [MinutesRound]
    /// Why it was withdrawn or postponed.
    public var endReason: String?
    /// The owner's conclusion or summary.
    public var conclusion: String?
    public var decision: MinutesDecision?
    public var amendments: [Amendment]
    public var actions: [Action]

    private enum CodingKeys: String, CodingKey {
        case id, kind, title, owner, status, timebox, infoDrøft = "infoDroft", unionViews, replaces, carriedFrom, liftedExemption, disqualified, text, proposal,
            notes,
            rounds
        case endReason, conclusion, decision, amendments, actions
    }

    init(_ item: Item, in meeting: MeetingState, notes: [MinutesNote], language: Language) {
        id = item.id
        kind = item.kind
        title = item.title
        owner = item.owner
        status = item.status
        timebox = item.draft.timebox
        infoDrøft = item.draft.infoDrøft
        unionViews = item.unionViews.isEmpty ? nil : item.unionViews
        replaces = item.draft.replaces
        carriedFrom = item.draft.carriedFrom
        liftedExemption = item.liftedExemption
        disqualified = item.disqualified
        text = item.draft.text
        proposal = item.proposal
        self.notes = notes.filter { $0.item == item.id && $0.round == nil }
        rounds = meeting.rounds(of: item.id).map { round in
            MinutesRound(round, step: item.steps.first { $0.key == round.step }, notes: notes, language: language)
        }
        endReason = item.endReason
        conclusion = item.conclusion
        decision = item.decision.map { MinutesDecision($0, present: meeting.presentAtDecision(on: item.id), guest: meeting.isGuest) }
        amendments = item.amendments
        actions = meeting.actions.filter { $0.item == item.id }
    }
}

/// A decision as the minutes record it; who helped amend is in the item's amendments.
public struct MinutesDecision: Codable, Sendable, Hashable {
    public var text: String
    public var decidedAt: Date
    public var consents: [ParticipantID]
    public var concerns: [Concern]
    public var objections: [Objection]
    public var reviewDate: Day?
    /// What will show whether it works; nil when none was given.
    public var criteria: String?
    /// Who must be told of it; nil when none was given.
    public var inform: String?
    /// The members present when it was recorded (the team that decided).
    public var present: [ParticipantID]
    /// The guests present then; they spoke in rounds but did not take part in the consent round.
    public var presentGuests: [ParticipantID]

    init(_ decision: Decision, present: [ParticipantID], guest: (ParticipantID) -> Bool) {
        text = decision.text
        decidedAt = decision.decidedAt
        self.present = present.filter { !guest($0) }
        presentGuests = present.filter(guest)
        consents = decision.consents
        concerns = decision.concerns
        objections = decision.objections
        reviewDate = decision.reviewDate
        criteria = decision.criteria
        inform = decision.inform
    }
}

/// A round as the minutes show it: who spoke, who passed, what was answered, the scribe's notes.
public struct MinutesRound: Codable, Sendable, Hashable {
    /// The `seq` of the event that started it: what a note's and an objection's `round` name.
    public var id: Int
    public var purpose: RoundPurpose
    /// The recipe step's key and its title in the minutes' language (rounds of an item).
    public var step: String?
    public var stepTitle: String?
    /// 1 the first time a step's round is held, 2 when it is run again, and so on.
    public var number: Int
    public var turns: [MinutesTurn]
    public var stoppedEarly: Bool
    /// Everyone on the round had their turn: the minutes then name only who passed.
    public var complete: Bool
    public var notes: [MinutesNote]

    init(_ round: Round, step: RecipeStep?, notes: [MinutesNote], language: Language) {
        id = round.id
        purpose = round.purpose
        self.step = round.step
        stepTitle = step?.title[language]
        number = round.number
        turns = round.turns.map(MinutesTurn.init)
        stoppedEarly = round.stoppedEarly
        complete = round.waiting.isEmpty
        self.notes = notes.filter { $0.round == round.id }
    }
}

/// One turn: `spoke` or `passed`, or a consent round's `consent`, `concern` or `objection` with its text.
public struct MinutesTurn: Codable, Sendable, Hashable {
    public enum Outcome: String, Codable, Sendable, Hashable {
        case spoke, passed, consent, concern, objection
    }

    public var participant: ParticipantID
    public var outcome: Outcome
    /// The concern or the objection's reason.
    public var text: String?

    init(_ turn: Turn) {
        participant = turn.participant
        switch turn.outcome {
        case .spoke: outcome = .spoke
        case .passed: outcome = .passed
        case .answered(.consent): outcome = .consent
        case .answered(.concern(let text)):
            outcome = .concern
            self.text = text
        case .answered(.objection(let reason)):
            outcome = .objection
            text = reason
        }
    }
}

/// A note the scribe took.
public struct MinutesNote: Codable, Sendable, Hashable {
    public var text: String
    /// Whose words it records, when it records someone's.
    public var speaker: ParticipantID?
    public var at: Date
    /// The item and the round it was written in; public minutes drop an exempt item's notes
    /// wherever they are.
    public var item: ItemID?
    public var round: Int?

    init(_ note: Note) {
        text = note.text
        speaker = note.speaker
        at = note.at
        item = note.item
        round = note.round
    }
}

/// An open action from an earlier meeting, and what this meeting's follow-up chose for it.
public struct MinutesFollowUpAction: Codable, Sendable, Hashable {
    /// The earlier meeting's name.
    public var meeting: String
    public var action: Action
    /// The legal basis of the exempt item it came from; nil when that item was open.
    public var exemption: String?
    /// Done, carried on (`open`) or cancelled; nil when the meeting did not handle it.
    public var chosen: ActionStatus?

    /// The item it came from, or its meeting when the action was not made under an item.
    public var reference: DecisionRef { action.item.map { DecisionRef(meeting: meeting, item: $0) } ?? DecisionRef(rawValue: meeting) }
}

/// A decision of an earlier meeting due for review, and what this meeting chose.
public struct MinutesReview: Codable, Sendable, Hashable {
    public var due: FollowUpDecision
    /// Nil when the meeting did not handle it.
    public var outcome: ReviewOutcome?
    /// When it stands: the next review date, if the team set one.
    public var nextReview: Day?
    /// When taken up again: the new item's number in these minutes.
    public var itemNumber: Int?
    /// What the team learned from the decision, when the facilitator wrote it down.
    public var learned: String?

    /// `due` as `meeting` reviewed it, or did not.
    public init(_ due: FollowUpDecision, in meeting: MeetingState) {
        let review = meeting.reviews[due.reference]
        self.due = due
        outcome = review?.outcome
        nextReview = review?.nextReview
        learned = review?.learned
        itemNumber = review?.item.flatMap { id in meeting.items.firstIndex { $0.id == id }.map { $0 + 1 } }
    }

    /// The outcome in words; nil when not handled.
    public var outcomeText: Translation? {
        switch outcome {
        case .kept: MinutesText.kept(nextReview: nextReview)
        case .redecided: MinutesText.redecided(as: itemNumber)
        case nil: nil
        }
    }
}
