import RundeCore

/// The minutes laid out for the screen: the blocks Markdown and HTML write (``Minutes/blocks(timeZone:)``),
/// drawn with the screen's styles instead of markup, and wrapped by display width.
///
/// Headings are bold (the top two levels underlined too), strong text bold, emphasis
/// underlined; bullets hang their wrapped lines under their text; blocks are a blank line apart.
struct MinutesLines: Equatable, Sendable {
    /// One screen line: styled runs drawn from `indent` columns in.
    struct Line: Equatable, Sendable {
        var indent = 0
        var runs: [StyledText] = []
    }

    let blocks: [Block]

    /// Every line at `width` columns.
    func lines(width: Int) -> [Line] { lines(for: blocks, width: width) }

    /// Blocks a blank line apart.
    private func lines(for blocks: [Block], width: Int) -> [Line] {
        var out: [Line] = []
        for block in blocks {
            if !out.isEmpty { out.append(Line()) }
            out += lines(for: block, width: width)
        }
        return out
    }

    private func lines(for block: Block, width: Int) -> [Line] {
        switch block {
        case .heading(let level, let spans):
            return wrapped(spans, style: Style(bold: true, underline: level <= 2), width: width)
        case .paragraph(let spans):
            return wrapped(spans, width: width)
        case .list(let lead, let entries):
            let leadLines = lead.map { wrapped($0, width: width) } ?? []
            return leadLines
                + entries.flatMap { entry in
                    bullet(entry.spans, glyph: "•", indent: 0, width: width) + entry.children.flatMap { bullet($0, glyph: "◦", indent: 2, width: width) }
                }
        case .quote(let text):
            return wrapped([.text(text)], style: Theme.proposal, indent: 2, width: width).map { line in
                Line(indent: 0, runs: [StyledText("│ ", Theme.proposal)] + line.runs)
            }
        case .table(let header, let rows):
            return table(header: header, rows: rows, width: width)
        case .decision(let parts):
            // Kept together on paper (HTML); on the screen, the same blocks in a row.
            return lines(for: parts, width: width)
        case .rule:
            return [Line(runs: [StyledText(String(repeating: "─", count: max(0, width)), Theme.dim)])]
        }
    }

    /// A table in aligned columns under a dim header when it fits in `width` and no cell holds
    /// a line break; otherwise a bullet a row, its cells joined by `·`.
    private func table(header: [String], rows: [[[Span]]], width: Int) -> [Line] {
        let lines = [header.map { [StyledText($0, Theme.dim)] }] + rows.map { $0.map { Self.runs($0, style: .plain) } }
        let texts = lines.map { $0.map { $0.map(\.text).joined() } }
        let widths = header.indices.map { column in texts.map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        let fits = widths.reduce(0, +) + 2 * max(0, widths.count - 1) <= width
        guard fits, !texts.joined().contains(where: { $0.contains(where: \.isNewline) }) else {
            let head = Line(runs: [StyledText(header.joined(separator: " · "), Theme.dim)])
            return [head] + rows.flatMap { cells in bullet(Array(cells.joined(separator: [.word(" · ")])), glyph: "•", indent: 0, width: width) }
        }
        return zip(lines, texts).map { cells, text in
            let padded = cells.indices.flatMap { column in
                let gap = column == cells.count - 1 ? 0 : widths[column] - DisplayWidth.of(text[column]) + 2
                return cells[column] + [StyledText(String(repeating: " ", count: gap))]
            }
            return Line(runs: padded)
        }
    }

    /// A bullet: its glyph at `indent`, its text after it, wrapped lines hanging under the text.
    private func bullet(_ spans: [Span], glyph: String, indent: Int, width: Int) -> [Line] {
        var lines = wrapped(spans, indent: indent + 2, width: width)
        guard !lines.isEmpty else { return [] }
        lines[0].indent = indent
        lines[0].runs.insert(StyledText(glyph + " "), at: 0)
        return lines
    }

    /// `spans` wrapped into `width - indent` columns, each line starting at `indent`.
    private func wrapped(_ spans: [Span], style: Style = .plain, indent: Int = 0, width: Int) -> [Line] {
        TextWrap.wrap(Self.runs(spans, style: style), width: width - indent).map { Line(indent: indent, runs: $0) }
    }

    /// The spans as text in styles: strong adds bold, emphasis underline; markup never shows.
    static func runs(_ spans: [Span], style: Style) -> [StyledText] {
        spans.flatMap { span -> [StyledText] in
            switch span {
            case .text(let text), .word(let text), .code(let text): return [StyledText(text, style)]
            case .strong(let inner):
                var bold = style
                bold.bold = true
                return runs(inner, style: bold)
            case .emphasis(let inner):
                var underlined = style
                underlined.underline = true
                return runs(inner, style: underlined)
            }
        }
    }
}
