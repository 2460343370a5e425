import Foundation
import TOMLKit

/// Reads values out of a parsed TOML file, collecting one located ``TeamFileError`` for each
/// value that is missing, of the wrong type or under a key the format does not know.
///
/// TOMLKit's own decoder reports a wrong type as a missing key and gives no line, so the files
/// are read by hand and the lines come from ``TOMLLayout``.
struct TOMLChecker {
    /// One table of the file and the lines it was written on.
    struct Table {
        let table: TOMLTable
        let section: TOMLLayout.Section
        /// `members` for the elements of `[[members]]`; nil for the root table.
        let name: String?
    }

    let file: String
    let layout: TOMLLayout
    private(set) var errors: [TeamFileError] = []
    /// Keys suggested for a typo, by the line of the table they belong to: a missing key that
    /// was suggested is not reported again.
    private var suggested: Set<String> = []

    /// Parses `text`; on a syntax error, returns nil and a checker holding that one error.
    static func parse(_ text: String, file: String) -> (root: Table?, checker: TOMLChecker) {
        let layout = TOMLLayout(text)
        var checker = TOMLChecker(file: file, layout: layout)
        if let bad = TOMLPrecheck.firstProblem(in: text) {
            checker.report(.syntax(bad.problem), line: bad.line, column: bad.column)
            return (nil, checker)
        }
        do {
            let table = try TOMLTable(string: text)
            return (Table(table: table, section: layout.root, name: nil), checker)
        } catch let error as TOMLParseError {
            checker.report(.syntax(error.description), line: error.source.begin.line, column: error.source.begin.column)
        } catch {
            checker.report(.syntax(String(describing: error)), line: 1)
        }
        return (nil, checker)
    }

    mutating func report(_ problem: TeamFileProblem, line: Int, column: Int? = nil) {
        errors.append(TeamFileError(file: file, line: line, column: column, problem: problem))
    }

    /// The errors in line order.
    var sortedErrors: [TeamFileError] {
        errors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// The line where `key` is set in `table`: its own line, the header of a `[key]` sub-table,
    /// or the table's header.
    func line(of key: String, in table: Table) -> Int {
        if table.section.contains(key) { return table.section.line(of: key) }
        if table.name == nil, let header = layout.header(key) { return header.line }
        return table.section.line
    }

    // MARK: Values

    /// A text value; reports it when missing (if `required`), of another type, or blank (unless
    /// `allowEmpty`).
    mutating func text(_ key: String, in table: Table, required: Bool, allowEmpty: Bool = false) -> String? {
        guard let value = value(key, in: table, required: required, expected: .text) else { return nil }
        guard let raw = value.string, let text = safe(raw, key: key, in: table) else { return nil }
        if !allowEmpty, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(.emptyValue(key: key), line: line(of: key, in: table))
            return nil
        }
        return text
    }

    /// `text` with Windows line ends made `\n`, when it holds no unsafe character
    /// (``ControlCharacters``) and is not too long (``Limits/textCharacters``); otherwise
    /// reports it — at the line of the character, for a text over several lines — and gives nil.
    private mutating func safe(_ raw: String, key: String, in table: Table) -> String? {
        let text = raw.contains("\r\n") ? raw.replacingOccurrences(of: "\r\n", with: "\n") : raw
        let keyLine = line(of: key, in: table)
        if let unsafe = ControlCharacters.firstUnsafe(in: text) {
            // The line of the file holding the value's line with the character, when it is
            // written as it is; else (a TOML escape) as far below the key as it is in the value.
            let end = max(table.section.endLine, keyLine)
            let valueLine = text.split(separator: "\n", omittingEmptySubsequences: false)[unsafe.line - 1]
            let found = layout.line(containing: String(valueLine), from: keyLine, through: end)
            let line = found != keyLine ? found : min(keyLine + unsafe.line - 1, end)
            report(.controlCharacter(key: key, unsafe.scalar), line: line)
            return nil
        }
        if Limits.isTooLong(text) {
            report(.textTooLong(key: key, limit: Limits.textCharacters), line: keyLine)
            return nil
        }
        return text
    }

    /// An integer value; reports it when missing (if `required`) or of another type.
    mutating func integer(_ key: String, in table: Table, required: Bool) -> Int? {
        value(key, in: table, required: required, expected: .integer)?.int
    }

    /// A list of texts; reports it when missing (if `required`), not a list, or holding other values.
    mutating func textList(_ key: String, in table: Table, required: Bool) -> [String]? {
        guard let value = value(key, in: table, required: required, expected: .textList) else { return nil }
        guard let array = value.array else { return nil }
        var texts: [String] = []
        for element in array {
            guard let raw = element.string else {
                report(.wrongType(key: key, expected: .textList, found: Self.valueType(of: element)), line: line(of: key, in: table))
                return nil
            }
            guard let text = safe(raw, key: key, in: table) else { return nil }
            texts.append(text)
        }
        return texts
    }

    /// The tables of a `[[key]]` array, each with its lines; reports a value of another shape.
    mutating func tableList(_ key: String, in table: Table, required: Bool) -> [Table]? {
        guard let value = value(key, in: table, required: required, expected: .tableList) else { return nil }
        guard let array = value.array else { return nil }
        var tables: [Table] = []
        for (index, element) in array.enumerated() {
            guard let elementTable = element.table else {
                report(.wrongType(key: key, expected: .tableList, found: .list), line: line(of: key, in: table))
                return nil
            }
            let fallback = TOMLLayout.Section(
                name: key, isArrayElement: true, line: line(of: key, in: table), endLine: line(of: key, in: table), keys: [])
            tables.append(Table(table: elementTable, section: layout.element(key, index) ?? fallback, name: key))
        }
        return tables
    }

    /// Reports every key of `table` not in `known`, with the closest known key as a suggestion.
    mutating func checkKeys(of table: Table, known: [String]) {
        for key in table.table.keys where !known.contains(key) {
            let alias = Self.aliases[key.lowercased()].flatMap { known.contains($0) ? $0 : nil }
            let suggestion = alias ?? EditDistance.closest(to: key, in: known)
            report(.unknownKey(key, suggestion: suggestion, known: known), line: line(of: key, in: table))
            if let suggestion { suggested.insert("\(table.section.line):\(suggestion)") }
        }
    }

    private mutating func value(
        _ key: String, in table: Table, required: Bool, expected: TOMLValueType
    ) -> (any TOMLValueConvertible)? {
        guard let value = table.table[key] else {
            if required, !suggested.contains("\(table.section.line):\(key)") {
                report(.missingKey(key, table: table.name), line: table.section.line)
            }
            return nil
        }
        let found = Self.valueType(of: value)
        let fits =
            switch expected {
            case .textList, .tableList: found == .list || found == expected
            default: found == expected
            }
        guard fits else {
            report(.wrongType(key: key, expected: expected, found: found), line: line(of: key, in: table))
            return nil
        }
        return value
    }

    static func valueType(of value: any TOMLValueConvertible) -> TOMLValueType {
        switch value.type {
        case .string: .text
        case .int: .integer
        case .double: .decimal
        case .bool: .boolean
        case .date, .time, .dateTime: .dateTime
        case .array: .list
        case .table: .table
        }
    }

    /// Norwegian (and near-English) words people write for the format's keys.
    private static let aliases: [String: String] = [
        "navn": "name", "namn": "name", "formål": "purpose", "føremål": "purpose", "formal": "purpose",
        "språk": "language", "sprak": "language", "lang": "language", "medlemmer": "members",
        "medlemer": "members", "medlem": "members", "member": "members", "roller": "roles", "rolle": "roles",
        "role": "roles", "tittel": "title", "steg": "steps", "step": "steps", "modus": "mode",
        "tid": "timebox", "tidsramme": "timebox", "minutt": "timebox", "minutter": "timebox",
        "type": "kind", "sakstype": "kind", "nøkkel": "key",
    ]
}
