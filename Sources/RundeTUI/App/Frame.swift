/// What one render gives the terminal: the cells, and where the text cursor goes (when typing).
public struct Frame: Equatable, Sendable {
    public var screen: Screen
    public var cursor: Point?
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
    static let hintKey = Style(bold: true)
    static let proposal = Style(foreground: .cyan)

    static func kind(_ kind: ItemKindColor) -> Style { Style(foreground: kind.color, bold: true) }
}

/// Each item type its own colour, so the agenda reads at a glance from the back of the room.
struct ItemKindColor {
    var color: Color
}
