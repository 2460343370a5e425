import RundeCore

extension Painter {
    /// Draws the open overlay over the main screen; returns where the text cursor goes.
    mutating func overlay() -> Point? {
        switch state.overlay {
        case .none: return nil
        case .help(let scroll):
            help(scroll: scroll)
            return nil
        case .confirm(let confirmation):
            let style = Style(foreground: .yellow, bold: true, reverse: true)
            wholeLines(confirmation.question, endingAt: height - 2, style: style, fill: style)
            return nil
        case .choice(let choice):
            let keys = choice.marked == nil ? UIText.choiceKeys : UIText.markKeys
            let box = frame(title: t(UIText.choiceTitle(choice.purpose)), rows: choice.options.count, footer: t(keys))
            for (index, option) in choice.options.enumerated() where box.y + index < box.maxY {
                let mark = choice.marked.map { $0.contains(index) ? "[x] " : "[ ] " } ?? ""
                line(
                    "\(index + 1). \(mark)\(option.label)", at: Point(x: box.x, y: box.y + index),
                    style: index == choice.selection ? Theme.selected : .plain, width: box.width)
            }
            return nil
        case .entry(let entry):
            let inner = width - 6
            let layout = entry.editor.layout(width: inner)
            let visible = min(max(1, layout.lines.count), height / 2)
            let box = frame(title: t(UIText.prompt(entry.purpose, state)), rows: visible, footer: t(UIText.entryKeys))
            let first = max(0, layout.cursor.y - visible + 1)
            for (offset, text) in layout.lines.dropFirst(first).prefix(visible).enumerated() {
                screen.put(text, at: Point(x: box.x, y: box.y + offset), maxWidth: box.width)
            }
            return Point(x: box.x + layout.cursor.x, y: box.y + layout.cursor.y - first)
        }
    }

    /// A bordered box at the bottom of the screen with room for `rows` lines; returns the inner rect.
    private mutating func frame(title: String, rows: Int, footer: String) -> Rect {
        let boxHeight = rows + 3
        let top = max(3, height - 1 - messageRows - boxHeight)
        let outer = Rect(x: 2, y: top, width: width - 4, height: boxHeight)
        screen.fill(outer, style: .plain)
        screen.put("┌" + String(repeating: "─", count: outer.width - 2) + "┐", at: Point(x: outer.x, y: outer.y), style: Theme.heading)
        for y in (outer.y + 1)..<(outer.maxY - 1) {
            screen.put("│", at: Point(x: outer.x, y: y), style: Theme.heading)
            screen.put("│", at: Point(x: outer.maxX - 1, y: y), style: Theme.heading)
        }
        screen.put("└" + String(repeating: "─", count: outer.width - 2) + "┘", at: Point(x: outer.x, y: outer.maxY - 1), style: Theme.heading)
        line(" \(title) ", at: Point(x: outer.x + 2, y: outer.y), style: Theme.heading, width: outer.width - 4)
        line(footer, at: Point(x: outer.x + 2, y: outer.maxY - 2), style: Theme.dim, width: outer.width - 4)
        return Rect(x: outer.x + 2, y: outer.y + 1, width: outer.width - 4, height: rows)
    }

    /// Every key of every context, from the one keymap table; scrolls with ↑↓.
    private mutating func help(scroll: Int) {
        screen.fill(Rect(x: 0, y: 1, width: width, height: height - 1), style: .plain)
        line(t(UIText.help) + " · " + t(UIText.helpClose), at: Point(x: 1, y: 1), style: Theme.heading, width: width - 2)
        line("\(t(UIText.log)): \(state.logPath)", at: Point(x: 1, y: 2), style: Theme.dim, width: width - 2)
        let lines = Self.helpLines(language)
        let room = height - 4
        let first = min(max(0, scroll), max(0, lines.count - room))
        for (offset, entry) in lines.dropFirst(first).prefix(room).enumerated() {
            let now = entry.context == state.context
            line(
                entry.text + (now && entry.heading ? " ◀ \(t(UIText.now))" : ""), at: Point(x: 1, y: 4 + offset), style: helpStyle(entry, now: now),
                width: width - 2)
        }
    }

    /// The keys of the moment stand out: the current context's heading is marked, its keys
    /// that work now (``AppState/isAvailable(_:)``, as on the hint line) bold, the rest dim.
    private func helpStyle(_ entry: HelpLine, now: Bool) -> Style {
        if entry.heading { return now ? Theme.speaking : Theme.heading }
        guard now, let action = entry.action else { return .plain }
        return state.isAvailable(action) ? Theme.heading : Theme.dim
    }

    /// The help screen's lines: each context's keys under its name, then the keys for everywhere.
    static func helpLines(_ language: Language, contexts: [Context] = Context.live) -> [HelpLine] {
        let general: [Action] = [.undo, .help, .quit]
        var lines: [HelpLine] = []
        for context in contexts {
            let keys = Keymap.bindings(in: context).filter { !general.contains($0.action) }
            guard !keys.isEmpty else { continue }
            lines.append((UIText.contextName(context)[language], true, context, nil))
            lines += keys.map { (" " + $0.keyName.padding(toLength: 7, withPad: " ", startingAt: 0) + $0.long[language], false, context, $0.action) }
        }
        lines.append((UIText.everywhere[language], true, nil, nil))
        lines += Keymap.bindings.filter { general.contains($0.action) }.map {
            (" " + $0.keyName.padding(toLength: 7, withPad: " ", startingAt: 0) + $0.long[language], false, nil, $0.action)
        }
        return lines
    }

    /// A line of the help: a context's name (a heading) or one of its keys.
    typealias HelpLine = (text: String, heading: Bool, context: Context?, action: Action?)
}
