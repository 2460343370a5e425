import Foundation

/// The first event of every log: what the meeting is and who is on its list.
public struct MeetingCreated: Codable, Sendable, Hashable {
    public var id: UUID
    public var title: String
    public var team: String
    public var scheduledAt: Date
    public var participants: [Participant]
    public var items: [ItemSpec]
    public var facilitator: ParticipantID?
    public var scribe: ParticipantID?
    /// Open actions from earlier meetings; nil when there are none.
    public var followUp: [FollowUpAction]?
    /// Decisions from earlier meetings due for review; nil when there are none.
    public var reviewDue: [FollowUpDecision]?
    /// The check-in question (*innsjekk*) the room is asked when the meeting opens; nil in logs
    /// written before it was recorded (the screen then asks ``CheckIn/defaultQuestion``).
    public var checkIn: String?
    /// The team's working agreement (*spelereglar*) as the team file had it when the meeting was
    /// planned: the opening screen shows these, and the minutes record them; nil when there was none.
    public var agreement: [String]?
    /// Where the meeting is held, as an IANA name (`Europe/Oslo`): the minutes show its times
    /// there, whoever prints them. Nil in logs written before it was recorded.
    public var timeZone: String?
    /// Where the meeting is held, in words (`Møterom 2`), for the minutes' header; nil when
    /// none was given, and in logs written before version 4.
    public var place: String?

    public init(
        id: UUID, title: String, team: String, scheduledAt: Date, participants: [Participant],
        items: [ItemSpec], facilitator: ParticipantID? = nil, scribe: ParticipantID? = nil,
        followUp: [FollowUpAction] = [], reviewDue: [FollowUpDecision] = [], checkIn: String? = nil, agreement: [String] = [],
        timeZone: String? = nil, place: String? = nil
    ) {
        self.place = place
        self.agreement = agreement.isEmpty ? nil : agreement
        self.timeZone = timeZone
        self.checkIn = checkIn
        self.id = id
        self.title = title
        self.team = team
        self.scheduledAt = scheduledAt
        self.participants = participants
        self.items = items
        self.facilitator = facilitator
        self.scribe = scribe
        self.followUp = followUp.isEmpty ? nil : followUp
        self.reviewDue = reviewDue.isEmpty ? nil : reviewDue
    }
}

public struct AttendanceSet: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var attendance: Attendance
}

public struct GuestAdded: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var name: String
}

public struct RoundStarted: Codable, Sendable, Hashable {
    public var purpose: RoundPurpose
    public var item: ItemID?
    public var step: String?
    public var order: [ParticipantID]
}

/// The facilitator chose who opens the round under way: its order, starting with them.
public struct FirstSpeakerChosen: Codable, Sendable, Hashable {
    public var order: [ParticipantID]
}

/// A turn without words: spoke, passed or consented.
public struct TurnTaken: Codable, Sendable, Hashable {
    public var participant: ParticipantID
}

/// A turn with words: a concern or an objection's reason.
public struct TurnWithText: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var text: String
}

public struct ItemRef: Codable, Sendable, Hashable {
    public var item: ItemID
}

public struct StepStarted: Codable, Sendable, Hashable {
    public var item: ItemID
    /// Index into the item's steps.
    public var step: Int
    public var key: String
}

public struct ItemText: Codable, Sendable, Hashable {
    public var item: ItemID
    public var text: String
}

public struct ProposalAmended: Codable, Sendable, Hashable {
    public var item: ItemID
    public var text: String
    public var helpers: [ParticipantID]
    public var reason: String?
}

public struct ObjectionIntegrated: Codable, Sendable, Hashable {
    public var item: ItemID
    public var participant: ParticipantID
    /// How the objection was met.
    public var how: String
    /// The proposal's text after integration.
    public var text: String
}

public struct ItemClosedEarly: Codable, Sendable, Hashable {
    public var item: ItemID
    public var reason: String?
}

public struct ItemKindChanged: Codable, Sendable, Hashable {
    public var item: ItemID
    public var kind: ItemKind
    public var recipe: String?
    public var steps: [RecipeStep]
}

public struct UgildDeclared: Codable, Sendable, Hashable {
    public var item: ItemID
    public var participant: ParticipantID
    public var reason: String
}

/// An item's exemption from public disclosure lifted: from here on the item, and what was made
/// from it, is public. The legal basis it had is kept, so the minutes can say what was lifted.
public struct ExemptionLifted: Codable, Sendable, Hashable {
    public var item: ItemID
    /// The legal basis that no longer applies.
    public var basis: String
    public var reason: String

    public init(item: ItemID, basis: String, reason: String) {
        self.item = item
        self.basis = basis
        self.reason = reason
    }
}

public struct ActionStatusSet: Codable, Sendable, Hashable {
    public var action: ActionID
    public var status: ActionStatus
}

/// In the follow-up: what became of an action from an earlier meeting.
public struct FollowUpActionSet: Codable, Sendable, Hashable {
    public var action: ActionRef
    public var status: ActionStatus
}

/// In the follow-up: a decision due for review was let stand or taken up again.
public struct DecisionReviewed: Codable, Sendable, Hashable {
    public var decision: DecisionRef
    public var outcome: ReviewOutcome
    /// When to review it next, if it stands and the team set a date.
    public var nextReview: Day?
    /// The new item that takes it up again, when redecided.
    public var item: ItemID?
    /// What the team learned from living with the decision, when the facilitator wrote it down.
    public var learned: String?

    public init(decision: DecisionRef, outcome: ReviewOutcome, nextReview: Day? = nil, item: ItemID? = nil, learned: String? = nil) {
        self.decision = decision
        self.outcome = outcome
        self.nextReview = nextReview
        self.item = item
        self.learned = learned
    }
}

public struct NoteAdded: Codable, Sendable, Hashable {
    public var text: String
    public var item: ItemID?
    public var round: Int?
    public var speaker: ParticipantID?
}

/// One person's evaluation of the meeting: how well it went, 1 (poorly) to 5 (very well), and
/// one thing to do better, if they name one. A later evaluation by the same person replaces theirs.
public struct EvaluationGiven: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    /// 1…5 (``EvaluationGiven/scores``).
    public var score: Int
    /// One thing to do better; nil when none was given.
    public var text: String?

    /// The scores an evaluation may give.
    public static let scores = 1...5

    /// The average score of `evaluations`; nil when there are none.
    public static func average(_ evaluations: [EvaluationGiven]) -> Double? {
        guard !evaluations.isEmpty else { return nil }
        return Double(evaluations.map(\.score).reduce(0, +)) / Double(evaluations.count)
    }

    public init(participant: ParticipantID, score: Int, text: String? = nil) {
        self.participant = participant
        self.score = score
        self.text = text
    }
}

public struct ItemMoved: Codable, Sendable, Hashable {
    public var item: ItemID
    /// The new 0-based position in the agenda.
    public var position: Int
}

public struct Undone: Codable, Sendable, Hashable {
    /// The `seq` of the event this one takes back.
    public var target: Int
}
