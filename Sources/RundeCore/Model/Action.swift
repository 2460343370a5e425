import Foundation

/// Where an action stands.
public enum ActionStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case open
    case done
    case cancelled
}

/// An action (*oppfølgingspunkt*): what, who, by when.
public struct Action: Codable, Sendable, Hashable, Identifiable {
    public var id: ActionID
    public var what: String
    public var who: ParticipantID
    public var due: Day?
    /// The item it came from; nil for an action recorded outside any item.
    public var item: ItemID?
    public var status: ActionStatus

    public init(id: ActionID, what: String, who: ParticipantID, due: Day?, item: ItemID?, status: ActionStatus = .open) {
        self.id = id
        self.what = what
        self.who = who
        self.due = due
        self.item = item
        self.status = status
    }
}

/// An open action from an earlier meeting, carried into a new meeting's follow-up (*oppfølging*).
public struct FollowUpAction: Codable, Sendable, Hashable {
    /// The earlier meeting's name (its log file without `.jsonl`).
    public var meeting: String
    /// The action as it stood when the new meeting was planned.
    public var action: Action
    /// The legal basis of the exempt item it came from: the entry is exempt with it, here and
    /// wherever it is carried. Nil when the item was open.
    public var exemption: String?

    public init(meeting: String, action: Action, exemption: String? = nil) {
        self.meeting = meeting
        self.action = action
        self.exemption = exemption
    }

    public var reference: ActionRef { ActionRef(meeting: meeting, action: action.id) }
}

/// A decision from an earlier meeting whose review date has come, listed in a new meeting's
/// follow-up so the team can let it stand or take it up again.
public struct FollowUpDecision: Codable, Sendable, Hashable {
    /// The earlier meeting's name.
    public var meeting: String
    /// The decided item's title, for the list.
    public var title: String
    /// The review date that brought it here: the decision's, or the one set at its last review.
    public var reviewDate: Day
    public var decision: Decision
    /// The legal basis of the exempt item the decision was made under: the entry, and an item
    /// that takes the decision up again, are exempt with it. Nil when the item was open.
    public var exemption: String?

    public init(meeting: String, title: String, reviewDate: Day, decision: Decision, exemption: String? = nil) {
        self.meeting = meeting
        self.title = title
        self.reviewDate = reviewDate
        self.decision = decision
        self.exemption = exemption
    }

    public var reference: DecisionRef { DecisionRef(meeting: meeting, item: decision.item) }
}

/// What the team chose at a decision's review.
public enum ReviewOutcome: String, Codable, Sendable, Hashable, CaseIterable {
    /// The decision stands, perhaps with a next review date.
    case kept
    /// The decision is taken up again: a new decision item that revisits it is on the agenda.
    case redecided
}

/// A note the scribe took, attached to where the meeting was when it was written.
public struct Note: Codable, Sendable, Hashable {
    /// The `seq` of the event that added it.
    public var seq: Int
    public var text: String
    public var item: ItemID?
    public var round: Int?
    /// Whose words the note records, when it records someone's.
    public var speaker: ParticipantID?
    public var by: ParticipantID?
    public var at: Date
}
