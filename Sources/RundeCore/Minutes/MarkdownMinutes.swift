import Foundation

/// The minutes (*referat*) as Markdown, what `runde show` prints: headings, lists, quotes and
/// tables, with what people wrote escaped.
public enum MarkdownMinutes {
    /// `minutes` as Markdown, times shown where the meeting was held, else in `timeZone`; a
    /// control character from the log is shown visibly (``ControlCharacters/visible(_:)``).
    public static func render(_ minutes: Minutes, timeZone: TimeZone) -> String {
        ControlCharacters.visible(minutes.blocks(timeZone: timeZone).map(markdown).joined(separator: "\n\n") + "\n")
    }

    // MARK: Blocks

    static func markdown(_ block: Block) -> String {
        switch block {
        case .heading(let level, let spans): return String(repeating: "#", count: level) + " " + markdown(spans)
        case .paragraph(let spans): return markdown(spans)
        case .list(let lead, let entries):
            let lines = entries.map { entry in
                ([bullet(entry.spans, indent: "")] + entry.children.map { bullet($0, indent: "  ") }).joined(separator: "\n")
            }
            return ((lead.map { [markdown($0)] } ?? []) + lines).joined(separator: "\n")
        case .quote(let text):
            return escaped(text).split(separator: "\n", omittingEmptySubsequences: false).map { "> \($0)" }.joined(separator: "\n")
        case .table(let header, let rows):
            let lines = [row(header), "|" + String(repeating: "---|", count: header.count)] + rows.map { row($0.map(markdown)) }
            return lines.joined(separator: "\n")
        case .decision(let blocks): return blocks.map(markdown).joined(separator: "\n\n")
        case .rule: return "---"
        }
    }

    /// A bullet; lines after its first are indented to stay inside it.
    private static func bullet(_ spans: [Span], indent: String) -> String {
        indent + "- " + markdown(spans).replacingOccurrences(of: "\n", with: "\n" + indent + "  ")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |"
    }

    static func markdown(_ spans: [Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): escaped(text)
            case .word(let word): word
            case .strong(let inner): "**\(markdown(inner))**"
            case .emphasis(let inner): "_\(markdown(inner))_"
            case .code(let code): "`\(code)`"
            }
        }.joined()
    }

    /// `date` as `pattern` (DateFormatter syntax) in `timeZone`, independent of the locale.
    public static func format(_ date: Date, _ pattern: String, _ timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// Text a person wrote, made safe to place in Markdown: characters that would start markup
    /// are escaped, so a note reading `# 1` or `*viktig*` shows as written.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            if let first = line.first, "-+".contains(first) || (first.isNumber && line.contains(". ")) {
                line = "\\" + line
            }
            return line
        }.joined(separator: "\n")
    }
}
