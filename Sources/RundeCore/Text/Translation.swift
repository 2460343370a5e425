/// One sentence in the three languages runde speaks; picked at the edge, where text is shown.
public struct Translation: Sendable, Hashable {
    public var nn: String
    public var nb: String
    public var en: String

    public init(nn: String, nb: String, en: String) {
        self.nn = nn
        self.nb = nb
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .nn: nn
        case .nb: nb
        case .en: en
        }
    }
}

extension Array where Element == ParticipantID {
    /// `kari, ola og per` (or `og` / `and` by language).
    func listed(_ language: Language, _ name: (ParticipantID) -> String = \.rawValue) -> String {
        let names = map(name)
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        let and = language == .en ? "and" : "og"
        return names.dropLast().joined(separator: ", ") + " \(and) " + last
    }
}
