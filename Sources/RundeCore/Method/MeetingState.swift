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

    /// Who speaks in a round on `item`: those present, less those *ugild* on it.
    public func speakingOrder(for item: Item?) -> [ParticipantID] {
        present.filter { item?.isDisqualified($0) != true }
    }

    /// Every decision recorded in this meeting, in agenda order.
    public var decisions: [Decision] { items.compactMap(\.decision) }

    var nextItemID: ItemID {
        let numbers = items.compactMap { Int($0.id.rawValue.dropFirst()) }
        return ItemID("s\((numbers.max() ?? 0) + 1)")
    }

    var nextActionID: ActionID { ActionID("a\(actions.count + 1)") }
}
