import Foundation

/// An objection (*innvending*) raised in a consent round, and how it was integrated.
public struct Objection: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var reason: String
    /// The consent round it was raised in.
    public var round: Int
    /// How the proposal was changed to meet it; nil while it stands.
    public var integration: String?

    public init(participant: ParticipantID, reason: String, round: Int, integration: String? = nil) {
        self.participant = participant
        self.reason = reason
        self.round = round
        self.integration = integration
    }
}

/// A concern (*merknad*) recorded with a consent.
public struct Concern: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var text: String

    public init(participant: ParticipantID, text: String) {
        self.participant = participant
        self.text = text
    }
}

/// A decision the team made by consent. Never edited afterwards: a later item can revisit it
/// and name it in ``replaces``.
public struct Decision: Codable, Sendable, Hashable {
    public var item: ItemID
    public var text: String
    public var owner: ParticipantID
    public var decidedAt: Date
    /// Who consented in the final consent round, with or without a concern.
    public var consents: [ParticipantID]
    public var concerns: [Concern]
    /// Every objection raised on the way, each with its integration.
    public var objections: [Objection]
    /// Who helped amend the proposal.
    public var helpers: [ParticipantID]
    /// Those who sat out as *ugild*.
    public var disqualified: [ParticipantID]
    public var reviewDate: Day?
    public var replaces: DecisionRef?
    /// What will show whether the decision works (*evalueringskriterium*); nil when none was
    /// given, and in logs written before it was asked.
    public var criteria: String?
    /// Who must be told of the decision (*kven skal informerast*); nil when none was given.
    public var inform: String?

    public init(
        item: ItemID, text: String, owner: ParticipantID, decidedAt: Date, consents: [ParticipantID], concerns: [Concern],
        objections: [Objection], helpers: [ParticipantID], disqualified: [ParticipantID], reviewDate: Day?, replaces: DecisionRef?,
        criteria: String? = nil, inform: String? = nil
    ) {
        self.item = item
        self.text = text
        self.owner = owner
        self.decidedAt = decidedAt
        self.consents = consents
        self.concerns = concerns
        self.objections = objections
        self.helpers = helpers
        self.disqualified = disqualified
        self.reviewDate = reviewDate
        self.replaces = replaces
        self.criteria = criteria
        self.inform = inform
    }
}
