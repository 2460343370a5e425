/// The five item types (*sakstypar*) of the method.
public enum ItemKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// *Informasjonssak*: information is understood and known.
    case information
    /// *Drøftingssak*: the owner wants the team's perspectives and decides alone.
    case discussion
    /// *Avgjerdssak*: the team decides by consent.
    case decision
    /// *Økt*: a template of timeboxed design steps.
    case session
    /// *Vårt problem*: ethical reflection on the team's own dilemma, a fixed recipe of rounds.
    case ourProblem = "our-problem"
}
