/// The languages runde speaks: Nynorsk by default, Bokmål and English.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case nn, nb, en

    /// Picks a language from a POSIX locale name such as `nb_NO.UTF-8`; nil when none fits.
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        switch code {
        case "nn": self = .nn
        case "nb", "no": self = .nb
        case "en": self = .en
        default: return nil
        }
    }
}

/// Text given in Nynorsk, optionally translated; falls back to Nynorsk.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var nn: String
    public var nb: String?
    public var en: String?

    public init(nn: String, nb: String? = nil, en: String? = nil) {
        self.nn = nn
        self.nb = nb
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .nn: nn
        case .nb: nb ?? nn
        case .en: en ?? nn
        }
    }
}
