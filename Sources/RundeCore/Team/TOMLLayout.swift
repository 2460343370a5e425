import Foundation

/// Where the keys and table headers of a TOML text are, line by line.
///
/// TOMLKit reports positions only for syntax errors, not for values, so a problem found after
/// parsing (a wrong type, an unknown role) is located by scanning the text: the n-th
/// `[[members]]` header, then the first line in that section that assigns the key. The scan
/// knows comments, quoted keys, dotted keys and multi-line strings; keys inside inline tables
/// are not located (their problems point at the line of the enclosing key instead).
struct TOMLLayout: Sendable {
    /// The lines from one table header to the next; the first section is the root table.
    struct Section: Sendable {
        /// The header's name (`members` for `[[members]]`); nil for the root table.
        var name: String?
        var isArrayElement: Bool
        /// The header's line; 1 for the root table.
        var line: Int
        /// The last line of the section.
        var endLine: Int
        /// The first line assigning each key, in order; for a dotted key, its first part.
        var keys: [(key: String, line: Int)]

        /// The line of `key` in this section, or the section's own line when not found.
        func line(of key: String) -> Int {
            keys.first { $0.key == key }?.line ?? line
        }

        /// Whether the section assigns `key` on a line of its own.
        func contains(_ key: String) -> Bool {
            keys.contains { $0.key == key }
        }
    }

    private(set) var sections: [Section]
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var sections = [Section(name: nil, isArrayElement: false, line: 1, endLine: 1, keys: [])]
        var openString: String?
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            sections[sections.count - 1].endLine = number
            if let delimiter = openString {
                if raw.components(separatedBy: delimiter).count % 2 == 0 { openString = nil }
                continue
            }
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let isArray = line.hasPrefix("[[")
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                    .trimmingCharacters(in: .whitespaces)
                sections.append(Section(name: name, isArrayElement: isArray, line: number, endLine: number, keys: []))
                continue
            }
            guard let key = Self.key(assignedBy: line) else { continue }
            if !sections[sections.count - 1].contains(key) {
                sections[sections.count - 1].keys.append((key, number))
            }
            for delimiter in ["\"\"\"", "'''"] where line.components(separatedBy: delimiter).count == 2 {
                openString = delimiter
            }
        }
        self.sections = sections
    }

    /// The root table, before the first header.
    var root: Section { sections[0] }

    /// The `index`-th (0-based) `[[name]]` section, nil when the text has fewer (for example when
    /// the array was written inline).
    func element(_ name: String, _ index: Int) -> Section? {
        let matching = sections.filter { $0.isArrayElement && $0.name == name }
        return matching.indices.contains(index) ? matching[index] : nil
    }

    /// The `[name]` or first `[[name]]` header, nil when there is none.
    func header(_ name: String) -> Section? {
        sections.first { $0.name == name }
    }

    /// The first line from `start` through `end` that contains `needle`, or `start` when none does.
    func line(containing needle: String, from start: Int, through end: Int) -> Int {
        guard start >= 1, start <= end, end <= lines.count else { return start }
        for number in start...end where lines[number - 1].contains(needle) {
            return number
        }
        return start
    }

    /// The key a line assigns (`key = …`, `"key" = …`, `key.sub = …`), nil for other lines.
    private static func key(assignedBy line: Substring) -> String? {
        guard let first = line.first, first != "#" else { return nil }
        let key: Substring
        var rest: Substring
        if first == "\"" || first == "'" {
            let body = line.dropFirst()
            guard let close = body.firstIndex(of: first) else { return nil }
            key = body[..<close]
            rest = body[body.index(after: close)...]
        } else {
            key = line.prefix { !" \t=.#".contains($0) }
            rest = line.dropFirst(key.count)
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard !key.isEmpty, let next = rest.first, next == "=" || next == "." else { return nil }
        return String(key)
    }
}
