/// A role a team member holds (seed §4.10). A person can hold several; several can share one.
public enum Role: String, Codable, Sendable, CaseIterable, Hashable {
    /// *Føremålsvaktar*: links the team to the level above.
    case purposeGuardian = "føremålsvaktar"
    /// *Fasilitator*: runs meetings and keeps the method.
    case facilitator = "fasilitator"
    /// *Skrivar*: information and communication; writes the minutes.
    case scribe = "skrivar"
    /// *Formelt personalansvarleg*.
    case personnel = "personalansvarleg"
    /// *Prognoseansvarleg*.
    case forecasting = "prognoseansvarleg"
    /// *Kostnadskontrollør*.
    case costControl = "kostnadskontrollør"
    /// *Kostnadsgodkjennar*.
    case costApproval = "kostnadsgodkjennar"
    /// *Lov- og avtaleansvarleg*.
    case lawAndAgreements = "lov-og-avtaleansvarleg"
    /// *Krise- og beredskapsansvarleg*.
    case crisisPreparedness = "krise-og-beredskapsansvarleg"
    /// *Tillitsvald*: union representative (partssamarbeid).
    case unionRepresentative = "tillitsvald"
    /// *Verneombod*: safety representative.
    case safetyRepresentative = "verneombod"
}
