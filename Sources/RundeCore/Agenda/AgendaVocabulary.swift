/// The words the agenda format understands, in Nynorsk, Bokmål and English, with and without
/// `æøå`. Matching is case-insensitive, and `-` or `_` count as a space (`vårt-problem`).
enum AgendaVocabulary {
    /// Type keywords, in the order suggestions prefer them (the short Nynorsk form first).
    static let kindKeywords: [(keyword: String, kind: ItemKind)] = [
        ("informasjon", .information), ("informasjonssak", .information), ("info", .information),
        ("information", .information), ("orientering", .information), ("orienteringssak", .information),
        ("drøfting", .discussion), ("drøftingssak", .discussion), ("drøft", .discussion),
        ("diskusjon", .discussion), ("diskusjonssak", .discussion), ("discussion", .discussion),
        ("drofting", .discussion), ("droftingssak", .discussion), ("droft", .discussion),
        ("avgjerd", .decision), ("avgjerdssak", .decision), ("avgjersle", .decision),
        ("avgjørelse", .decision), ("avgjørelsessak", .decision), ("avgjorelse", .decision),
        ("beslutning", .decision), ("beslutningssak", .decision), ("vedtak", .decision),
        ("vedtakssak", .decision), ("decision", .decision),
        ("økt", .session), ("okt", .session), ("session", .session), ("workshop", .session),
        ("vårt problem", .ourProblem), ("vaart problem", .ourProblem), ("vart problem", .ourProblem),
        ("our problem", .ourProblem),
    ]

    private static let kindsByKeyword: [String: ItemKind] = Dictionary(
        kindKeywords.map { ($0.keyword, $0.kind) }, uniquingKeysWith: { first, _ in first })

    /// The keys of the `key:value` marks.
    private static let markKeys: [String: AgendaMark] = [
        "unnateke": .exemption, "unnateken": .exemption, "unntatt": .exemption, "unntak": .exemption,
        "exempt": .exemption,
        "erstattar": .replaces, "erstatter": .replaces, "replaces": .replaces,
        "mal": .recipe, "template": .recipe, "oppskrift": .recipe, "recipe": .recipe,
    ]

    /// The words before `:` that start a proposal in an item's indented text.
    private static let proposalKeys: Set<String> = [
        "forslag", "proposal", "forslag til avgjerd", "forslag til avgjersle", "forslag til vedtak",
        "forslag til avgjørelse", "forslag til beslutning", "vedtaksforslag", "proposed decision",
    ]

    /// The ways to write the *info/drøft* mark, once `/` and `-` are taken out.
    private static let infoDrøftForms: Set<String> = ["infodrøft", "infodrøfting", "infodroft", "infodrofting"]

    private static let hourUnits: Set<String> = ["h", "t", "time", "timar", "timer", "hour", "hours", "hr", "hrs"]
    private static let minuteUnits: Set<String> = [
        "m", "min", "mins", "minutt", "minuttar", "minutter", "minute", "minutes",
    ]

    /// Lowercased, `-` and `_` as spaces, runs of white space as one space, trimmed.
    static func normalized(_ text: some StringProtocol) -> String {
        let spaced = text.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 }
        return String(spaced).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The item type a keyword names, if it names one.
    static func kind(_ keyword: some StringProtocol) -> ItemKind? {
        kindsByKeyword[normalized(keyword)]
    }

    /// The usual word for a keyword that is a longer, rarer or `æøå`-less form of it: what a
    /// suggestion offers, since a person who mistypes `avgjersel` meant an item type, and
    /// «avgjerd» is how the team writes it. A keyword not here is usual itself.
    private static let usualKeywords: [String: String] = [
        "informasjonssak": "informasjon", "orienteringssak": "orientering", "drøftingssak": "drøfting",
        "diskusjonssak": "diskusjon", "drofting": "drøfting", "droftingssak": "drøfting", "droft": "drøft",
        "avgjerdssak": "avgjerd", "avgjersle": "avgjerd", "avgjørelsessak": "avgjørelse", "avgjorelse": "avgjørelse",
        "beslutningssak": "beslutning", "vedtakssak": "vedtak", "okt": "økt", "vaart problem": "vårt problem",
        "vart problem": "vårt problem",
    ]

    /// The keyword an unknown one was likely meant as, if it is a likely typo: the closest of
    /// every keyword in the three languages (``EditDistance``, where swapping two neighbours is
    /// one edit), given as its usual word — `avgjersel` is one swap from «avgjersle», so it
    /// suggests «avgjerd».
    static func suggestedKeyword(for keyword: String) -> String? {
        EditDistance.closest(to: normalized(keyword), in: kindKeywords.map(\.keyword)).map { usualKeywords[$0] ?? $0 }
    }

    /// The type keyword `text` starts with, followed by white space (longest first), if any:
    /// the line was meant as an item but lacks its colon.
    static func leadingKeyword(of text: some StringProtocol) -> String? {
        let words = normalized(text)
        return kindKeywords.map(\.keyword)
            .filter { words.hasPrefix($0 + " ") }
            .max { $0.count < $1.count }
    }

    /// The mark a `key:` names, if any.
    static func mark(forKey key: some StringProtocol) -> AgendaMark? {
        markKeys[normalized(key)]
    }

    static func isProposalKey(_ key: some StringProtocol) -> Bool {
        proposalKeys.contains(normalized(key))
    }

    static func isInfoDrøft(_ word: some StringProtocol) -> Bool {
        infoDrøftForms.contains(word.lowercased().filter { $0 != "/" && $0 != "-" })
    }

    static func isHourUnit(_ unit: String) -> Bool { hourUnits.contains(unit) }
    static func isMinuteUnit(_ unit: String) -> Bool { minuteUnits.contains(unit) }
    static func isUnit(_ unit: String) -> Bool { isHourUnit(unit) || isMinuteUnit(unit) }
}
