import Foundation

/// The rule for the short ids people type: member handles, recipe ids and step keys.
enum Handle {
    private static let letters = Set("abcdefghijklmnopqrstuvwxyzæøå")
    private static let others = Set("0123456789-")

    /// Lowercase letters `a–z`, `æ`, `ø`, `å`, digits and `-`, starting with a letter.
    static func isValid(_ text: String) -> Bool {
        guard let first = text.first, letters.contains(first) else { return false }
        return text.allSatisfy { letters.contains($0) || others.contains($0) }
    }

    /// A valid id close to `text` (`Kari N` → `kari-n`), nil when none can be made.
    static func suggestion(for text: String) -> String? {
        var result = ""
        for character in text.lowercased() {
            if letters.contains(character) || others.contains(character) {
                if character != "-" || result.last != "-" { result.append(character) }
            } else if character == " " || character == "_" || character == "." {
                if result.last != "-" { result.append("-") }
            } else {
                let folded = String(character).folding(options: .diacriticInsensitive, locale: nil)
                result += folded.filter { letters.contains($0) || others.contains($0) }
            }
        }
        let trimmed = String(result.drop { !letters.contains($0) }).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return isValid(trimmed) && trimmed != text ? trimmed : nil
    }
}

extension Team.Member {
    /// Whether `id` is a valid member handle: lowercase letters `a–å`, digits and `-`, starting
    /// with a letter (`kari`, `per-olav`, `åse2`).
    public static func isValidID(_ id: String) -> Bool { Handle.isValid(id) }
}
