import Foundation
import RundeCore

extension AppState {
    /// The screen for this state at `size`: a pure function, tested as text snapshots.
    public func render(size: Size) -> Frame {
        if let tooSmall = Frame.tooSmall(size, language) { return tooSmall }
        var painter = Painter(state: self, screen: Screen(size: size))
        painter.header()
        painter.statusLine()
        let agendaWidth = Self.agendaWidth(size.width)
        painter.agenda(in: Rect(x: 0, y: 3, width: agendaWidth, height: size.height - 6))
        painter.main(in: Rect(x: agendaWidth + 2, y: 3, width: size.width - agendaWidth - 3, height: size.height - 6))
        painter.messageLine(y: size.height - 2)
        painter.hintLine(y: size.height - 1)
        let cursor = painter.overlay()
        // With an overlay open, the keys belong to it; clicks elsewhere do nothing.
        return Frame(screen: painter.screen, cursor: cursor, clickTargets: overlay == nil ? painter.clickTargets : [])
    }

    /// The agenda column grows with the screen, so wider screens show whole titles: 28 cells
    /// at 80 columns, 44 at 100, 56 from 115 on.
    static func agendaWidth(_ width: Int) -> Int { min(56, max(28, width * 4 / 5 - 36)) }
}

/// Draws one frame; split by region into `Painter+Regions.swift` and `Painter+Overlay.swift`.
struct Painter {
    let state: AppState
    var screen: Screen
    var clickTargets: [ClickTarget] = []

    var language: Language { state.language }
    var meeting: MeetingState { state.meeting }
    var width: Int { screen.size.width }
    var height: Int { screen.size.height }

    func t(_ text: Translation) -> String { text[language] }

    func name(_ id: ParticipantID) -> String { meeting.participant(id)?.name ?? id.rawValue }

    static func color(_ kind: ItemKind) -> Color {
        switch kind {
        case .information: .blue
        case .discussion: .cyan
        case .decision: .magenta
        case .session: .green
        case .ourProblem: .yellow
        }
    }

    /// Writes `text` wrapped into `rect` from row `y`; returns the next free row.
    @discardableResult
    mutating func paragraph(_ text: String, in rect: Rect, from y: Int, style: Style = .plain, indent: Int = 0) -> Int {
        var row = y
        for line in TextWrap.wrap(text, width: max(1, rect.width - indent)) where row < rect.maxY {
            screen.put(line, at: Point(x: rect.x + indent, y: row), style: style, maxWidth: rect.width - indent)
            row += 1
        }
        return row
    }

    mutating func line(_ text: String, at point: Point, style: Style = .plain, width: Int) {
        screen.put(TextWrap.truncate(text, width: width), at: point, style: style, maxWidth: width)
    }

    // MARK: Top and bottom

    mutating func header() {
        screen.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Theme.header)
        let clock = MarkdownMinutes.format(state.now, "HH:mm", state.timeZone)
        line(" runde · \(meeting.title) · \(meeting.team)", at: Point(x: 0, y: 0), style: Theme.header, width: width - 8)
        screen.put(clock + " ", at: Point(x: width - 6, y: 0), style: Theme.header)
    }

    mutating func statusLine() {
        var parts: [String] = [t(UIText.contextName(state.context))]
        if let item = meeting.activeItem, let index = meeting.items.firstIndex(where: { $0.id == item.id }) {
            parts = ["\(t(UIText.item)) \(index + 1)/\(meeting.items.count) · \(item.kind.name(language))"]
            if let step = item.currentStep, let number = item.stepIndex {
                parts.append("\(t(UIText.step)) \(number + 1)/\(item.steps.count): \(step.title[language])")
                let nextTitle = item.steps.indices.contains(number + 1) ? item.steps[number + 1].title[language] : nil
                if let nextTitle { parts.append("\(t(UIText.next)): \(nextTitle)") }
            }
        }
        line(parts.joined(separator: " · "), at: Point(x: 1, y: 1), style: Theme.heading, width: width - 22)
        if let timer = timebox() {
            screen.put(timer.text, at: Point(x: width - DisplayWidth.of(timer.text) - 1, y: 1), style: timer.over ? Theme.error : Theme.dim)
        }
        screen.put(String(repeating: "─", count: width), at: Point(x: 0, y: 2), style: Theme.dim)
    }

    /// Elapsed time of the active item against its timebox, `12:30 / 25:00`; overrun marked.
    func timebox() -> (text: String, over: Bool)? {
        guard let item = meeting.activeItem, let started = item.startedAt else { return nil }
        let elapsed = max(0, Int(state.now.timeIntervalSince(started)))
        let clock = { (seconds: Int) in String(format: "%d:%02d", seconds / 60, seconds % 60) }
        guard let minutes = item.draft.timebox else { return (clock(elapsed), false) }
        let over = elapsed > minutes * 60
        let text = "\(clock(elapsed)) / \(clock(minutes * 60))" + (over ? " \(t(UIText.overrun))" : "")
        return (text, over)
    }

    /// The last message; when there is none, the warning that the log cannot be written, which
    /// stays until the log is back.
    mutating func messageLine(y: Int) {
        if let message = state.message {
            wholeLines(message.text, endingAt: y, style: message.isError ? Theme.error : Theme.warning)
        } else if let warning = state.logWarning {
            wholeLines(warning, endingAt: y, style: Theme.error)
        }
    }

    /// The rows the message (or the log's warning) takes above the hint line, at least one:
    /// a box opened over the screen sits above them.
    var messageRows: Int {
        guard let text = state.message?.text ?? state.logWarning else { return 1 }
        return wrappedLines(text).count
    }

    private func wrappedLines(_ text: String) -> ArraySlice<String> {
        TextWrap.wrap(text, width: width - 2).suffix(max(1, height / 3))
    }

    /// A message read whole: wrapped to the screen's width, its last line on row `y` and the
    /// lines before it over the rows above (at most a third of the screen), cleared first.
    mutating func wholeLines(_ text: String, endingAt y: Int, style: Style, fill: Style? = nil) {
        let lines = wrappedLines(text)
        let top = y - lines.count + 1
        screen.fill(Rect(x: 0, y: top, width: width, height: lines.count), style: fill ?? .plain)
        for (offset, text) in lines.enumerated() {
            line(text, at: Point(x: 1, y: top + offset), style: style, width: width - 2)
        }
    }

    /// A key's words on the hint line; Enter on an item's last step finishes the item.
    private func label(_ binding: Binding) -> String {
        let item = meeting.activeItem
        if binding.action == .nextStep, let item, let index = item.stepIndex, index == item.steps.count - 1 { return t(UIText.finishItem) }
        return binding.short[language]
    }

    /// The context, `?`, and the hinted keys that work now (``AppState/isAvailable(_:)``, the
    /// predicate the keys obey too): one table feeds this, the help and the docs.
    mutating func hintLine(y: Int) {
        let painter = self
        clickTargets += screen.hintLine(y: y, context: state.context, language: language) { painter.state.isHinted($0.action) ? painter.label($0) : nil }
    }
}

extension Screen {
    /// The bottom line of every screen: the context's name, `?`, then the hinted keys of the
    /// context for which `label` gives words, as many as fit. Answers the keys as click targets.
    mutating func hintLine(y: Int, context: Context, language: Language, label: (Binding) -> String?) -> [ClickTarget] {
        fill(Rect(x: 0, y: y, width: size.width, height: 1), style: Theme.selected)
        var x = put(" \(UIText.contextName(context)[language]) ", at: Point(x: 0, y: y), style: Style(bold: true, reverse: true))
        let keys = Keymap.bindings(in: context)
        var targets: [ClickTarget] = []
        let help = keys.filter { $0.action == .help }.map { ($0, $0.short[language]) }
        let hinted = keys.filter { $0.hinted && $0.action != .help }.compactMap { binding in label(binding).map { (binding, $0) } }
        for (binding, words) in help + hinted {
            let text = " \(binding.keyName) \(words) "
            guard x + DisplayWidth.of(text) <= size.width else { break }
            let drawn = put(text, at: Point(x: x, y: y), style: Theme.selected)
            targets.append(ClickTarget(rect: Rect(x: x, y: y, width: drawn, height: 1), meaning: .key(binding.key)))
            x += drawn
        }
        return targets
    }
}
