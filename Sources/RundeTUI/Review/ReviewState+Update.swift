import Foundation
import RundeCore

extension ReviewState {
    /// Takes one input; true while the screen should stay open. No clock; the only file it reads is the log of minutes being opened.
    public mutating func update(_ event: InputEvent) -> Bool {
        switch event {
        case .resize, .click: return true
        case .paste(let text):
            guard searching else { return true }  // a paste is text, never commands
            query.insert(text.replacingOccurrences(of: "\n", with: " "))
            searchChanged()
            return true
        case .key(.ctrl("c")): return false
        case .key(let key):
            if let help {
                switch key {
                case .up, .char("k"): self.help = max(0, help - 1)
                case .down, .char("j"): self.help = help + 1
                default: self.help = nil
                }
                return true
            }
            if searching { return search(key) }
            message = nil
            guard let binding = Keymap.binding(for: key, in: context) else { return true }
            return perform(binding.action)
        }
    }

    /// A click: on a row it selects it (on the selected one it opens the minutes); on the
    /// hint line it presses that key.
    public mutating func click(_ point: Point, on frame: Frame) -> Bool {
        switch frame.target(at: point) {
        case .row(let index) where index == selection && minutes == nil:
            openSelected()
            return true
        case .row(let index):
            selection = index
            return true
        case .key(let key): return update(.key(key))
        case nil: return true
        }
    }

    private mutating func search(_ key: Key) -> Bool {
        switch key {
        case .enter, .down:
            searching = false
        case .escape:
            query = LineEditor("", multiline: false)
            searching = false
        default:
            _ = query.handle(key)
        }
        searchChanged()
        return true
    }

    private mutating func perform(_ action: Action) -> Bool {
        switch action {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(max(0, visibleRows.count - 1), selection + 1)
        case .nextList: switchList(by: 1)
        case .previousList: switchList(by: -1)
        case .help: help = 0
        case .search: searching = true
        case .open: openSelected()
        case .back: minutes = nil
        case .scrollUp: scroll(by: -1)
        case .scrollDown: scroll(by: 1)
        case .pageUp: scroll(by: -10)
        case .pageDown: scroll(by: 10)
        case .quit: return false
        default: break
        }
        return true
    }

    private mutating func switchList(by step: Int) {
        let count = List.allCases.count
        list = List(rawValue: (list.rawValue + step + count) % count) ?? .meetings
        selection = 0
    }

    private mutating func scroll(by lines: Int) {
        guard var open = minutes else { return }
        open.scroll = max(0, open.scroll + lines)
        minutes = open
    }
}
