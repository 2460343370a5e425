import Foundation

/// An objection (*innvending*) raised in a consent round, and how it was integrated.
public struct Objection: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var reason: String
    /// The consent round it was raised in.
    public var round: Int
    /// How the proposal was changed to meet it; nil while it stands.
    public var integration: String?
}

/// A concern (*merknad*) recorded with a consent.
public struct Concern: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var text: String
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
}
