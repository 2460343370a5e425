import Foundation

/// Where the meeting is in its recipe: scheduled → check-in → agenda → closing round → closed.
public enum Stage: String, Codable, Sendable, Hashable, CaseIterable {
    case scheduled
    /// *Innsjekk*: the meeting is open and the check-in round runs.
    case checkIn
    /// The items, in agenda order.
    case agenda
    /// *Utsjekk*: the closing round.
    case checkOut
    case closed
}

/// A meeting as its log says it is now: the fold of its events.
///
/// A pure value: ``apply(_:)`` folds one event; ``decide(_:recipes:)`` checks a command and
/// gives the events it would append. The same log always folds to the same state.
public struct MeetingState: Sendable, Hashable {
    public var id: UUID
    public var title: String
    public var team: String
    public var scheduledAt: Date
    public var createdAt: Date
    public var facilitator: ParticipantID?
    public var scribe: ParticipantID?
    /// The check-in question set when the meeting was planned; nil for the default.
    public var checkIn: String?
    /// The team's working agreement (*spelereglar*) the meeting was planned with; empty when none.
    public var agreement: [String]
    /// Where the meeting is held, as its log records it; nil in a log written before zones were
    /// recorded, or naming a zone this machine does not know.
    public var timeZone: TimeZone?
    /// The zone the log names when this machine does not know it (a hand-edited log, or one
    /// written with newer time-zone data): whoever shows the times in another zone says so.
    public var unknownTimeZone: String?
    /// Where the meeting is held, in words (`Møterom 2`); nil when none was given.
    public var place: String?
    public var participants: [Participant]
    /// Those added as guests during the meeting; they stay guests when they leave and return.
    public var guests: Set<ParticipantID> = []
    /// The agenda, in order.
    public var items: [Item]
    public var stage: Stage = .scheduled
    public var activeItemID: ItemID?
    /// Every round held, in order; the last may still be open.
    public var rounds: [Round] = []
    public var actions: [Action] = []
    /// Open actions from earlier meetings, for the follow-up (*oppfølging*).
    public var followUp: [FollowUpAction]
    /// Decisions from earlier meetings due for review.
    public var reviewDue: [FollowUpDecision]
    /// What the follow-up chose for earlier actions; the latest choice counts.
    public var followUpStatus: [ActionRef: ActionStatus] = [:]
    /// The reviews of earlier decisions held in this meeting.
    public var reviews: [DecisionRef: DecisionReviewed] = [:]
    public var notes: [Note] = []
    /// The evaluations of the meeting (*evaluering av møtet*), one a person, the latest counting,
    /// in the order given.
    public var evaluations: [EvaluationGiven] = []
    /// Arrivals and departures after the meeting opened, in order, with their times.
    public var attendanceChanges: [AttendanceChange] = []
    /// Who was present when each decision was recorded: derived from the log as it is folded.
    var presentAtDecisions: [ItemID: [ParticipantID]] = [:]
    public var openedAt: Date?
    public var closedAt: Date?
    /// The `seq` of the last event folded in.
    public var lastSeq: Int

    /// The state right after the first event.
    public init(created: MeetingCreated, at: Date, seq: Int = 1) {
        id = created.id
        title = created.title
        team = created.team
        scheduledAt = created.scheduledAt
        createdAt = at
        facilitator = created.facilitator
        scribe = created.scribe
        checkIn = created.checkIn
        agreement = created.agreement ?? []
        timeZone = created.timeZone.flatMap(TimeZone.init(identifier:))
        unknownTimeZone = timeZone == nil ? created.timeZone : nil
        place = created.place
        participants = created.participants
        items = created.items.map(Item.init(spec:))
        followUp = created.followUp ?? []
        reviewDue = created.reviewDue ?? []
        lastSeq = seq
    }

    // MARK: Lookups

    public func participant(_ id: ParticipantID) -> Participant? { participants.first { $0.id == id } }

    public func item(_ id: ItemID) -> Item? { items.first { $0.id == id } }

    public var activeItem: Item? { activeItemID.flatMap(item) }

    /// The round under way, if any.
    public var openRound: Round? {
        guard let last = rounds.last, !last.isOver else { return nil }
        return last
    }

    /// The rounds held on an item, in order.
    public func rounds(of item: ItemID) -> [Round] { rounds.filter { $0.item == item } }

    /// The latest consent round of an item.
    public func lastConsentRound(of item: ItemID) -> Round? {
        rounds.last { $0.item == item && $0.purpose == .consent }
    }

    /// Who takes part in rounds now: present members and guests, in list order.
    public var present: [ParticipantID] { participants.filter(\.isPresent).map(\.id) }

    /// Who speaks in a round on `item`: those present who take part in it (``takesPart(_:in:on:)``).
    public func speakingOrder(for item: Item?, purpose: RoundPurpose = .item) -> [ParticipantID] {
        present.filter { takesPart($0, in: purpose, on: item) }
    }

    /// Membership of a round, apart from its order: everyone present speaks, less those *ugild*
    /// on the item; a consent round is the team's (METHOD.md, «teamet samtykker»), so a guest
    /// speaks in rounds but does not take part in one.
    public func takesPart(_ id: ParticipantID, in purpose: RoundPurpose, on item: Item?) -> Bool {
        if item?.isDisqualified(id) == true { return false }
        return purpose != .consent || !isGuest(id)
    }

    /// Whether `id` is a guest: added as one in the meeting, or on the list as one.
    public func isGuest(_ id: ParticipantID) -> Bool {
        guests.contains(id) || participant(id)?.attendance == .guest
    }

    /// Who was present, member or guest, when a decision was recorded, from the log.
    public func presentAtDecision(on item: ItemID) -> [ParticipantID] { presentAtDecisions[item] ?? [] }

    /// Every decision recorded in this meeting, in agenda order.
    public var decisions: [Decision] { items.compactMap(\.decision) }

    /// The union representatives (role `tillitsvald`) present now.
    public var unionRepresentativesPresent: [Participant] {
        participants.filter { $0.isPresent && $0.roles.contains(.unionRepresentative) }
    }

    /// The evaluations' average score; nil when nobody has given one.
    public var averageScore: Double? { EvaluationGiven.average(evaluations) }

    var nextItemID: ItemID {
        let numbers = items.compactMap { Int($0.id.rawValue.dropFirst()) }
        return ItemID("s\((numbers.max() ?? 0) + 1)")
    }

    var nextActionID: ActionID { ActionID("a\(actions.count + 1)") }
}
