import Foundation
import RundeCore

extension ReviewState {
    /// The screen for this state at `size`: a pure function, tested as text snapshots.
    public func render(size: Size) -> Frame {
        if let tooSmall = Frame.tooSmall(size, language) { return tooSmall }
        var screen = Screen(size: size)
        screen.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: Theme.header)
        screen.put(
            TextWrap.truncate(" runde · \(team) · \(UIText.contextName(.reviewList)[language])", width: size.width), at: Point(x: 0, y: 0), style: Theme.header)
        var targets: [ClickTarget] = []
        var cursor: Point?
        let body = Rect(x: 1, y: 3, width: size.width - 2, height: size.height - 5)
        if let help {
            drawHelp(scroll: help, on: &screen, in: Rect(x: 1, y: 1, width: size.width - 2, height: size.height - 2))
        } else if let minutes {
            screen.put(TextWrap.truncate(minutes.title, width: body.width), at: Point(x: 1, y: 1), style: Theme.heading)
            screen.put(String(repeating: "─", count: size.width), at: Point(x: 0, y: 2), style: Theme.dim)
            drawMinutes(minutes, on: &screen, in: body)
        } else {
            cursor = drawTabsAndSearch(on: &screen, width: size.width, targets: &targets)
            screen.put(String(repeating: "─", count: size.width), at: Point(x: 0, y: 2), style: Theme.dim)
            targets += drawList(on: &screen, in: body)
        }
        let status = searching ? ReviewText.searchKeys[language] : message
        if let status {
            screen.put(TextWrap.truncate(status, width: size.width - 2), at: Point(x: 1, y: size.height - 2), style: message == nil ? Theme.dim : Theme.warning)
        }
        targets += screen.hintLine(y: size.height - 1, context: context, language: language) { $0.short[language] }
        return Frame(screen: screen, cursor: searching ? cursor : nil, clickTargets: help == nil && !searching ? targets : [])
    }

    /// The three lists as tabs with their counts, then the search field; answers where the
    /// cursor goes when searching.
    private func drawTabsAndSearch(on screen: inout Screen, width: Int, targets: inout [ClickTarget]) -> Point {
        var x = 1
        for tab in List.allCases {
            let text = " \(ReviewText.name(tab)[language]) (\(count(tab))) "
            let drawn = screen.put(text, at: Point(x: x, y: 1), style: tab == list ? Style(bold: true, reverse: true) : Theme.dim)
            if tab != list {
                // A click on another list goes there, as Tab would (once or twice).
                let presses = (tab.rawValue - list.rawValue + List.allCases.count) % List.allCases.count
                targets.append(ClickTarget(rect: Rect(x: x, y: 1, width: drawn, height: 1), meaning: .key(presses == 1 ? .tab : .backTab)))
            }
            x += drawn + 1
        }
        let label = "\(ReviewText.search[language]): "
        x += 2
        x += screen.put(label, at: Point(x: x, y: 1), style: searching ? Theme.heading : Theme.dim)
        let room = max(1, width - x - 1)
        let layout = query.layout(width: room)
        screen.put(layout.lines.first ?? "", at: Point(x: x, y: 1), style: .plain, maxWidth: room)
        return Point(x: x + layout.cursor.x, y: 1)
    }

    /// The rows the search lets through, in aligned columns; the selected one reversed.
    private func drawList(on screen: inout Screen, in rect: Rect) -> [ClickTarget] {
        let visible = visibleRows
        guard !visible.isEmpty else {
            let text = query.text.isEmpty ? ReviewText.nothing : ReviewText.noMatch(query.text)
            screen.put(text[language], at: Point(x: rect.x, y: rect.y), style: Theme.dim, maxWidth: rect.width)
            return []
        }
        let widths = columnWidths(visible, width: rect.width)
        let first = max(0, selection - rect.height + 1)
        var targets: [ClickTarget] = []
        for (offset, row) in visible.dropFirst(first).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            var x = rect.x
            for (column, text) in row.columns.enumerated() where column < widths.count {
                screen.put(TextWrap.truncate(text, width: widths[column]), at: Point(x: x, y: y), style: column == 0 ? Theme.dim : .plain)
                x += widths[column] + 2
            }
            let line = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            if first + offset == selection { screen.style(line) { $0.reverse = true } }
            targets.append(ClickTarget(rect: line, meaning: .row(first + offset)))
        }
        return targets
    }

    /// Each column as wide as its widest cell, the second (the title) taking what is left.
    private func columnWidths(_ rows: [Row], width: Int) -> [Int] {
        let count = rows.map(\.columns.count).max() ?? 0
        var widths = (0..<count).map { column in
            min(width / 3, rows.map { $0.columns.indices.contains(column) ? DisplayWidth.of($0.columns[column]) : 0 }.max() ?? 0)
        }
        if widths.count > 1 { widths[1] = max(10, width - widths.enumerated().filter { $0.offset != 1 }.map { $0.element + 2 }.reduce(0, +) - 2) }
        return widths
    }

    private func drawMinutes(_ minutes: OpenMinutes, on screen: inout Screen, in rect: Rect) {
        let lines = minutes.lines.lines(width: rect.width)
        let top = min(minutes.scroll, max(0, lines.count - rect.height))
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            var x = rect.x + line.indent
            for run in line.runs {
                x += screen.put(run.text, at: Point(x: x, y: rect.y + offset), style: run.style, maxWidth: rect.x + rect.width - x)
            }
        }
    }

    private func drawHelp(scroll: Int, on screen: inout Screen, in rect: Rect) {
        screen.put("\(UIText.help[language]) · \(UIText.helpClose[language])", at: Point(x: rect.x, y: rect.y), style: Theme.heading, maxWidth: rect.width)
        let lines = Painter.helpLines(language, contexts: Context.review)
        for (offset, line) in lines.dropFirst(scroll).prefix(rect.height - 2).enumerated() {
            screen.put(line.text, at: Point(x: rect.x, y: rect.y + 2 + offset), style: line.heading ? Theme.heading : .plain, maxWidth: rect.width)
        }
    }
}
