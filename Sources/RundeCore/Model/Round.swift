/// Why a round is held.
public enum RoundPurpose: String, Codable, Sendable, Hashable, CaseIterable {
    /// *Innsjekk*: opens the meeting.
    case checkIn
    /// A round in an item's recipe step (clarifying questions, reactions, views, reflection).
    case item
    /// *Samtykkerunde*: each answers consent, consent with a concern, or objection.
    case consent
    /// *Utsjekk / evaluering*: how was this meeting?
    case checkOut
}

/// An answer in a consent round.
public enum ConsentAnswer: Codable, Sendable, Hashable {
    /// *Samtykke*: I can live with it.
    case consent
    /// *Samtykke med merknad*: consent, with a concern to record; does not block.
    case concern(String)
    /// *Innvending*: blocks the decision until integrated.
    case objection(String)

    /// Consent, with or without a concern: everything but an objection.
    public var consents: Bool {
        if case .objection = self { false } else { true }
    }
}

/// What one participant did with their turn.
public enum TurnOutcome: Codable, Sendable, Hashable {
    case spoke
    case passed
    case answered(ConsentAnswer)
}

/// One participant's turn in a round.
public struct Turn: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var outcome: TurnOutcome
}

/// A round (*runde*): everyone, in turn, gets the chance to speak.
public struct Round: Sendable, Hashable, Identifiable {
    /// The `seq` of the event that started the round, unique within the meeting.
    public var id: Int
    public var purpose: RoundPurpose
    public var item: ItemID?
    /// The recipe step the round belongs to.
    public var step: String?
    /// Who speaks, in this order: those present and not *ugild*.
    public var order: [ParticipantID]
    public var turns: [Turn] = []
    /// 1 for the first round of a step, 2 when the facilitator runs it again, and so on.
    public var number: Int
    /// Stopped by the facilitator before everyone had their turn.
    public var stoppedEarly = false
    /// Who opened the round: the first of its order when it started, or whom the facilitator
    /// chose. The next round starts with the one after them. Stays when they leave the round.
    public var opener: ParticipantID?

    /// Those still to have their turn, in order.
    public var waiting: [ParticipantID] { order.filter { turn(of: $0) == nil } }

    /// Whether `participant` is in the round and still to have their turn. This and the two
    /// below ask without making ``waiting``: every turn folded asks them.
    public func isWaiting(_ participant: ParticipantID) -> Bool {
        order.contains(participant) && turn(of: participant) == nil
    }

    /// Whose turn it is now; nil when the round is over.
    public var speaker: ParticipantID? { stoppedEarly ? nil : order.first { turn(of: $0) == nil } }

    public var isOver: Bool { stoppedEarly || order.allSatisfy { turn(of: $0) != nil } }

    public func turn(of participant: ParticipantID) -> Turn? {
        turns.first { $0.participant == participant }
    }
}
