import Foundation

/// The minutes as one self-contained HTML file: inline CSS, no script, no outside resources,
/// set to print on A4.
public enum HTMLMinutes {
    /// `minutes` as an HTML document, times shown where the meeting was held, else in
    /// `timeZone`; a control character from the log is shown visibly
    /// (``ControlCharacters/visible(_:)``, whose forms need no HTML escape).
    public static func render(_ minutes: Minutes, timeZone: TimeZone) -> String {
        ControlCharacters.visible(document(minutes, timeZone: timeZone))
    }

    private static func document(_ minutes: Minutes, timeZone: TimeZone) -> String {
        let body = minutes.blocks(timeZone: timeZone).map(html).joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="\(minutes.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped("\(MinutesText.minutes[minutes.language]): \(minutes.title)"))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// Text made safe anywhere in HTML, in text and in quoted attribute values alike.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    // MARK: Blocks

    static func html(_ block: Block) -> String {
        switch block {
        case .heading(let level, let spans): return "<h\(level)>\(html(spans))</h\(level)>"
        case .paragraph(let spans): return "<p>\(html(spans))</p>"
        case .list(let lead, let entries):
            let items = entries.map { entry in
                let children = entry.children.isEmpty ? "" : "<ul>" + entry.children.map { "<li>\(html($0))</li>" }.joined() + "</ul>"
                return "<li>\(html(entry.spans))\(children)</li>"
            }
            return (lead.map { "<p class=\"lead\">\(html($0))</p>\n" } ?? "") + "<ul>\n" + items.joined(separator: "\n") + "\n</ul>"
        case .quote(let text): return "<blockquote><p>\(html([.text(text)]))</p></blockquote>"
        case .table(let header, let rows):
            let head = "<thead><tr>" + header.map { "<th>\(escaped($0))</th>" }.joined() + "</tr></thead>"
            let body = rows.map { "<tr>" + $0.map { "<td>\(html($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
            return "<table>\n\(head)\n<tbody>\n\(body)\n</tbody>\n</table>"
        case .decision(let blocks): return "<div class=\"decision\">\n" + blocks.map(html).joined(separator: "\n") + "\n</div>"
        case .rule: return "<hr>"
        }
    }

    static func html(_ spans: [Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text), .word(let text): escaped(text).replacingOccurrences(of: "\n", with: "<br>\n")
            case .strong(let inner): "<strong>\(html(inner))</strong>"
            case .emphasis(let inner): "<em>\(html(inner))</em>"
            case .code(let code): "<code>\(escaped(code))</code>"
            }
        }.joined()
    }

    /// Screen and print: a readable column on screen, A4 with margins and page numbers on paper.
    /// In print, headings, an item's facts line and a round's summary line stay with what follows
    /// them; a decision, table rows, quotes and bullets are not split across pages. Text nobody
    /// can break (a long link or reference) wraps rather than widening the page, and nothing
    /// depends on colour or backgrounds, which black-and-white printers drop. Checked in a real
    /// browser by `make screenshots` (Docs/export.md).
    static let style = """
        @page { size: A4; margin: 18mm 18mm 20mm 20mm; }
        @page { @bottom-right { content: counter(page) " / " counter(pages); font: 8.5pt sans-serif; color: #000; } }
        html { color: #111; background: #fff; }
        body { font: 11pt/1.45 "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"; max-width: 46em; margin: 0 auto; padding: 1.5em; overflow-wrap: break-word; }
        h1 { font-size: 1.8em; margin: 0 0 .3em; }
        h1 + ul { list-style: none; padding-left: 0; }
        h1 + ul > li { padding-left: 1.5em; text-indent: -1.5em; }
        h2 { font-size: 1.3em; margin: 1.6em 0 .4em; padding-bottom: .15em; border-bottom: 1px solid #777; }
        h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
        p, ul { margin: .4em 0; }
        p.lead { margin-bottom: 0; }
        ul ul { margin: 0; }
        blockquote { margin: .5em 0; padding: .2em .9em; border-left: 3px solid #666; background: #f3f3f3; }
        table { width: 100%; border-collapse: collapse; margin: .5em 0; }
        th, td { border: 1px solid #999; padding: .25em .5em; text-align: left; vertical-align: top; }
        td:first-child { overflow-wrap: anywhere; }
        th { background: #eee; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
        hr { border: 0; border-top: 1px solid #999; margin: 2em 0 .5em; }
        hr + p { font-size: .9em; color: #444; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          h2 + p, p.lead { break-after: avoid; page-break-after: avoid; }
          h3 + p:has(+ ul) { break-after: avoid; }
          .decision, tr, li, blockquote { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          blockquote, th { background: none; }
          th, td, hr { border-color: #555; }
          hr + p { color: #000; }
        }
        """
}
