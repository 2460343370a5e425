/// The colours runde uses; the terminal type maps them to ncurses pairs, or drops them under
/// `NO_COLOR`, where bold, reverse and underline still tell things apart.
public enum Color: String, Hashable, Sendable, CaseIterable {
    case red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(foreground: Color? = nil, bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = Style()
}
