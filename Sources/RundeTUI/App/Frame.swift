import RundeCore

/// What one render gives the terminal: the cells, where the text cursor goes (when typing),
/// and what a click on each part of the screen means.
public struct Frame: Equatable, Sendable {
    public var screen: Screen
    public var cursor: Point?
    public var clickTargets: [ClickTarget] = []
    /// The window is below 80x24 and the frame says only that (``tooSmall(_:_:)``).
    public var isTooSmall = false

    /// Below 80x24 every screen says only that the window is too small, and how large it is;
    /// nil when it is not.
    static func tooSmall(_ size: Size, _ language: Language) -> Frame? {
        guard size.width < 80 || size.height < 24 else { return nil }
        var screen = Screen(size: size)
        for (row, line) in TextWrap.wrap(UIText.tooSmall(size)[language], width: max(1, size.width)).prefix(size.height).enumerated() {
            screen.put(line, at: Point(x: 0, y: row), style: Theme.warning, maxWidth: size.width)
        }
        return Frame(screen: screen, cursor: nil, isTooSmall: true)
    }

    /// Whether `event` may act on the screen this frame shows: on a window too small to show
    /// the keys, none does — only a resize, and Ctrl-C to leave — so no key acts unseen.
    public func accepts(_ event: InputEvent) -> Bool {
        guard isTooSmall else { return true }
        switch event {
        case .resize, .key(.ctrl("c")): return true
        case .key, .paste, .click: return false
        }
    }

    /// What a click at `point` means, if anything.
    public func target(at point: Point) -> ClickTarget.Meaning? {
        clickTargets.last { $0.rect.contains(point) }?.meaning
    }
}

/// A part of the screen a mouse click acts on: a convenience, since every click has a key.
public struct ClickTarget: Equatable, Sendable {
    public enum Meaning: Equatable, Sendable {
        /// A row of the list the context shows (people, or agenda items): selects it.
        case row(Int)
        /// A key on the hint line: presses it.
        case key(Key)
    }

    public var rect: Rect
    public var meaning: Meaning
}

/// The styles the screens use, by meaning.
enum Theme {
    static let header = Style(bold: true, reverse: true)
    static let heading = Style(bold: true)
    static let dim = Style(dim: true)
    static let selected = Style(reverse: true)
    static let speaking = Style(foreground: .green, bold: true)
    static let error = Style(foreground: .red, bold: true)
    static let warning = Style(foreground: .yellow, bold: true)
    static let proposal = Style(foreground: .cyan)
}
