import Foundation

/// Text as search compares it: each character lowercased and its accents dropped, except that
/// `æ`, `ø` and `å` are kept, because each has several spellings of its own (see
/// ``SearchPattern``). Every folded letter remembers the character it came from, so a match can
/// be shown in the text as written.
struct FoldedText {
    var letters: [Character] = []
    /// For each letter, the range of the character in the original text it came from.
    var origins: [Range<String.Index>] = []

    init(_ text: String) {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            for letter in Self.fold(text[index]) {
                letters.append(letter)
                origins.append(index..<next)
            }
            index = next
        }
    }

    /// `Ø` → `ø`, `É` → `e`, `a` + combining ring → `å`.
    static func fold(_ character: Character) -> String {
        if character.isASCII { return character.lowercased() }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, let letter = latin1Folds[only] { return letter }
        return folded.value(for: character, foldedByFoundation)
    }

    private static func foldedByFoundation(_ character: Character) -> String {
        let lower = character.lowercased().precomposedStringWithCanonicalMapping
        if lower.count == 1, let only = lower.first, norwegian.keys.contains(only) { return lower }
        return lower.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The letters of Latin-1 (`æ`, `ø`, `å`, `é`, `ü`, …), the non-ASCII letters Norwegian text
    /// is made of, folded once and then only read: no lock and no lookup by grapheme on the way
    /// of every text the index folds.
    private static let latin1Folds: [Unicode.Scalar: String] = Dictionary(
        uniqueKeysWithValues: (0xC0...0xFF).compactMap(Unicode.Scalar.init).map { ($0, foldedByFoundation(Character($0))) }
    )

    /// Every other non-ASCII character folded once: folding asks Foundation, and ten years of
    /// texts hold the same few hundred characters over and over.
    private static let folded = FoldCache()

    /// The Norwegian letters and their other spellings, the plainest last.
    static let norwegian: [Character: [[Character]]] = ["æ": [["a", "e"]], "ø": [["o", "e"], ["o"]], "å": [["a", "a"], ["a"]]]
}

/// Characters and how they fold, shared by every thread that folds texts.
private final class FoldCache: @unchecked Sendable {
    private let lock = NSLock()
    private var folds: [Character: String] = [:]

    func value(for character: Character, _ fold: (Character) -> String) -> String {
        if let known = lock.withLock({ folds[character] }) { return known }
        let value = fold(character)
        lock.withLock { folds[character] = value }
        return value
    }
}

extension String {
    /// Lowercased, accents and Norwegian letters folded to ASCII (`høyring` → `hoyring`), so a
    /// search typed without æøå still finds them.
    public var searchFolded: String {
        String(FoldedText(self).letters.flatMap { FoldedText.norwegian[$0]?.last ?? [$0] })
    }
}

/// What a person searches for: one or more words, each of which must occur in a text, in any
/// order, ignoring case and accents.
///
/// The Norwegian letters match the ways they are typed on a keyboard without them: `ø` matches
/// `o` and `oe`, `å` matches `a` and `aa`, `æ` matches `ae` — in either direction. So
/// `hoyring` and `hoeyring` find `høyring`, `AEROE` finds `Ærø`, `paaroerande` finds
/// `pårørande`, and `høyring` finds `hoyring`; but `noe` does not find `nord`.
public struct SearchPattern: Sendable, Hashable, CustomStringConvertible {
    /// The words as typed.
    public let description: String
    let words: [[Character]]

    /// Nil when `text` holds no word.
    public init?(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map { FoldedText(String($0)).letters }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        self.words = words
        description = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether every word occurs in `text`.
    public func matches(_ text: String) -> Bool {
        let folded = FoldedText(text)
        return words.allSatisfy { Self.firstMatch(of: $0, in: folded.letters) != nil }
    }

    /// Where the earliest match of any word is in `text`, when every word occurs in it.
    public func firstMatch(in text: String) -> Range<String.Index>? {
        let folded = FoldedText(text)
        var earliest: Range<Int>?
        for word in words {
            guard let found = Self.firstMatch(of: word, in: folded.letters) else { return nil }
            if earliest.map({ found.lowerBound < $0.lowerBound }) ?? true { earliest = found }
        }
        guard let earliest else { return nil }
        return folded.origins[earliest.lowerBound].lowerBound..<folded.origins[earliest.upperBound - 1].upperBound
    }

    private static func firstMatch(of word: [Character], in letters: [Character]) -> Range<Int>? {
        for start in letters.indices {
            if let end = match(word, 0, letters, start) { return start..<end }
        }
        return nil
    }

    /// Where a match of `word[w...]` at `letters[t...]` ends in `letters`, trying the other
    /// spellings of a Norwegian letter on either side.
    private static func match(_ word: [Character], _ w: Int, _ letters: [Character], _ t: Int) -> Int? {
        if w == word.count { return t }
        guard t < letters.count else { return nil }
        if word[w] == letters[t], let end = match(word, w + 1, letters, t + 1) { return end }
        for spelling in FoldedText.norwegian[letters[t]] ?? [] where word[w...].starts(with: spelling) {
            if let end = match(word, w + spelling.count, letters, t + 1) { return end }
        }
        for spelling in FoldedText.norwegian[word[w]] ?? [] where letters[t...].starts(with: spelling) {
            if let end = match(word, w + 1, letters, t + spelling.count) { return end }
        }
        return nil
    }
}

/// How the index's full-text search (SQLite FTS5 with trigrams) finds the texts a
/// ``SearchPattern`` may match without reading them all: texts are stored folded
/// (``String/fullTextFolded``) and the pattern becomes a query (``SearchPattern/fullTextQuery``)
/// that every matching text passes. Texts that pass are then checked with the pattern itself,
/// so the index never changes what a search finds.
extension String {
    /// The text folded as search folds it, each `ø` written `o`, `å` written `a` and `æ` `ae`.
    ///
    /// Every text of every meeting is folded when the index is built, so the common cases are
    /// kept cheap: a text in plain ASCII is only lowercased, and the letters are written straight
    /// into the result.
    public var fullTextFolded: String {
        var folded = ""
        folded.reserveCapacity(utf8.count)
        var index = startIndex
        while index < endIndex {
            // Two ASCII bytes in a row are two characters unless the first is CR (CR LF is one),
            // so such a byte is folded as a byte; anything else as its character.
            let next = utf8.index(after: index)
            if utf8[index] < 0x80, utf8[index] != 0x0D, next == endIndex || utf8[next] < 0x80 {
                folded.unicodeScalars.append(Unicode.Scalar(Self.asciiLowercase(utf8[index])))
                index = next
                continue
            }
            for letter in FoldedText.fold(self[index]) {
                if letter.isASCII { folded.append(letter) } else { folded.append(contentsOf: FullTextQuery.letters(letter)) }
            }
            index = self.index(after: index)
        }
        return folded
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}

extension SearchPattern {
    /// An FTS5 query that every text this pattern matches also matches: for each word, any of
    /// the ways it can stand in a text folded by ``String/fullTextFolded`` (`høyring` as
    /// `hoyring` or `hoeyring`); nil when no word is long enough for trigrams to narrow the
    /// search (then every text is a candidate).
    public var fullTextQuery: String? {
        let clauses = words.compactMap(FullTextQuery.clause)
        return clauses.isEmpty ? nil : clauses.joined(separator: " AND ")
    }
}

enum FullTextQuery {
    /// The shortest text trigrams can find.
    static let shortest = 3
    /// A word with more spellings than this is left out of the query: it would narrow little.
    static let mostSpellings = 32

    /// `ø` → `o`, `å` → `a`, `æ` → `ae`; any other letter as it is.
    static func letters(_ letter: Character) -> [Character] {
        switch letter {
        case "ø": ["o"]
        case "å": ["a"]
        case "æ": ["a", "e"]
        default: [letter]
        }
    }

    /// `("hoyring" OR "hoeyring")`, or nil when a spelling is too short or there are too many.
    static func clause(_ word: [Character]) -> String? {
        let all = spellings(word[...])
        guard all.count <= mostSpellings, all.allSatisfy({ $0.count >= shortest }) else { return nil }
        let phrases = Set(all).sorted().map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return "(" + phrases.joined(separator: " OR ") + ")"
    }

    /// Every way `word` can stand in a folded text where the pattern finds it: `ø` as `o` or
    /// `oe`, `å` as `a` or `aa`, and a typed `oe` or `aa` as the `ø` or `å` it may stand for.
    private static func spellings(_ word: ArraySlice<Character>) -> [String] {
        guard let first = word.first else { return [""] }
        var heads: [(String, ArraySlice<Character>)] = []
        switch first {
        case "ø": heads = [("o", word.dropFirst()), ("oe", word.dropFirst())]
        case "å": heads = [("a", word.dropFirst()), ("aa", word.dropFirst())]
        default: heads = [(String(letters(first)), word.dropFirst())]
        }
        if word.starts(with: ["o", "e"]) { heads.append(("o", word.dropFirst(2))) }
        if word.starts(with: ["a", "a"]) { heads.append(("a", word.dropFirst(2))) }
        var out: [String] = []
        for (head, rest) in heads {
            for tail in spellings(rest) {
                out.append(head + tail)
                if out.count > mostSpellings { return out }
            }
        }
        return out
    }
}
