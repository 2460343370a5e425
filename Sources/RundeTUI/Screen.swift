/// One cell of a ``Screen``: a grapheme and how it looks.
///
/// A grapheme wider than one column sits in its first cell; each following cell it covers holds
/// `""` (a continuation) with the same style.
public struct Cell: Equatable, Sendable {
    /// The grapheme as drawn (already sanitised), `" "` when blank, `""` for a continuation.
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// True for the second (and later) column of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }
}

/// Changed cells on one row with one style, for the terminal layer to draw in one call.
///
/// `text` holds whole graphemes; its display width is the number of columns it covers.
public struct Run: Equatable, Sendable {
    public var point: Point
    public var text: String
    public var style: Style

    public init(point: Point, text: String, style: Style) {
        self.point = point
        self.text = text
        self.style = style
    }
}

/// A frame as plain data: a grid of cells that views draw into and the terminal layer diffs
/// against the last frame it drew (ratatui's buffer). No ncurses here.
///
/// Text reaches the grid only through ``put(_:at:style:maxWidth:)``, which sanitises it once.
/// The grid never holds half a wide grapheme: whatever overwrites one half blanks the other.
public struct Screen: Equatable, Sendable {
    /// The grid's size; negative sizes are treated as empty.
    public let size: Size
    /// Row by row, `size.width * size.height` cells.
    private(set) var cells: [Cell]

    /// A blank screen: every cell a plain space.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: Cell(), count: self.size.width * self.size.height)
    }

    /// The cell at column `x`, row `y`; a blank cell outside the screen.
    public subscript(x: Int, y: Int) -> Cell {
        contains(x: x, y: y) ? cells[y * size.width + x] : Cell()
    }

    private func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    // MARK: - Drawing

    /// Draws `text` from `point` on one row and answers how many grid columns it wrote.
    ///
    /// - Unsafe characters (``ControlCharacters``: C0, DEL, C1 — so an escape sequence's ESC —
    ///   and the bidirectional controls) are drawn in their visible form (`␛`, `\u{202E}`); `\t`
    ///   and line breaks become one space (wrap text with ``TextWrap`` first). A cell never holds
    ///   a control character. See ``DisplayWidth``.
    /// - Graphemes that draw nothing (a lone combining mark) are skipped.
    /// - Clips at `maxWidth` columns and at the screen's edges. A wide grapheme is never split:
    ///   one that does not fit becomes spaces up to the limit, and that is where drawing stops.
    /// - Overwriting half of a wide grapheme already on the grid blanks its other half.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        let end = min(size.width, maxWidth.map { point.x + max(0, $0) } ?? size.width)
        var x = point.x
        var written = 0
        for c in text {
            guard x < end else { break }
            let (drawn, width) = DisplayWidth.drawn(c)
            if width == 0 { continue }
            if x + width > end {
                written += blank(from: max(0, x), to: end, y: point.y, style: style)
                break
            }
            if x < 0 {
                written += blank(from: 0, to: x + width, y: point.y, style: style)
            } else {
                set(drawn, width: width, x: x, y: point.y, style: style)
                written += width
            }
            x += width
        }
        return written
    }

    /// Blanks `rect` (clipped to the screen) with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        guard let (x0, x1, y0, y1) = clip(rect) else { return }
        for y in y0..<y1 {
            _ = blank(from: x0, to: x1, y: y, style: style)
        }
    }

    /// Changes the style of every cell in `rect` (clipped), such as reversing a selected row.
    ///
    /// A wide grapheme partly inside `rect` is changed whole, so both halves keep one style.
    public mutating func style(_ rect: Rect, _ change: (inout Style) -> Void) {
        guard let (x0, x1, y0, y1) = clip(rect) else { return }
        for y in y0..<y1 {
            let from = graphemeStart(x0, y: y)
            let to = graphemeEnd(x1 - 1, y: y)
            for x in from..<to {
                change(&cells[y * size.width + x].style)
            }
        }
    }

    /// The text of row `y`: continuation cells skipped, trailing spaces kept; `""` outside.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var line = ""
        for cell in cells[(y * size.width)..<((y + 1) * size.width)] {
            line += cell.text
        }
        return line
    }

    // MARK: - Diff

    /// The runs to draw to turn `old` into this screen: changed graphemes grouped by row and
    /// style, left to right, top to bottom. Everything when `old` is nil or another size.
    ///
    /// A run never starts on a continuation cell: a wide grapheme with any changed half is drawn
    /// whole.
    public func changes(since old: Screen?) -> [Run] {
        let previous = old.flatMap { $0.size == size ? $0 : nil }
        var runs: [Run] = []
        for y in 0..<size.height {
            var open: Run?
            var x = 0
            while x < size.width {
                let end = graphemeEnd(x, y: y)
                let lead = cells[y * size.width + x]
                let changed = previous.map { p in (x..<end).contains { cells[y * size.width + $0] != p.cells[y * size.width + $0] } } ?? true
                if changed, var run = open, run.style == lead.style {
                    run.text += lead.text
                    open = run
                } else {
                    if let run = open { runs.append(run) }
                    open = changed ? Run(point: Point(x: x, y: y), text: lead.text, style: lead.style) : nil
                }
                x = end
            }
            if let run = open { runs.append(run) }
        }
        return runs
    }

    // MARK: - Cells

    /// Writes a sanitised grapheme of `width` columns at `x`, repairing wide graphemes it cuts.
    private mutating func set(_ text: String, width: Int, x: Int, y: Int, style: Style) {
        breakWide(at: x, y: y)
        breakWide(at: x + width - 1, y: y)
        let base = y * size.width
        cells[base + x] = Cell(text: text, style: style)
        for i in (x + 1)..<(x + width) {
            cells[base + i] = Cell(text: "", style: style)
        }
    }

    /// Blanks columns `from..<to` of row `y` in `style`; answers how many.
    private mutating func blank(from: Int, to: Int, y: Int, style: Style) -> Int {
        guard from < to else { return 0 }
        breakWide(at: from, y: y)
        breakWide(at: to - 1, y: y)
        for x in from..<to {
            cells[y * size.width + x] = Cell(text: " ", style: style)
        }
        return to - from
    }

    /// If column `x` is part of a wide grapheme, turns all of its columns into spaces, each
    /// keeping its style, so that writing one of them leaves no orphan half.
    private mutating func breakWide(at x: Int, y: Int) {
        let start = graphemeStart(x, y: y)
        let end = graphemeEnd(x, y: y)
        guard end - start > 1 || cells[y * size.width + start].isContinuation else { return }
        for i in start..<end {
            cells[y * size.width + i].text = " "
        }
    }

    /// The first column of the grapheme covering column `x` of row `y`.
    private func graphemeStart(_ x: Int, y: Int) -> Int {
        var start = x
        while start > 0, cells[y * size.width + start].isContinuation {
            start -= 1
        }
        return start
    }

    /// The column after the grapheme covering column `x` of row `y`.
    private func graphemeEnd(_ x: Int, y: Int) -> Int {
        var end = graphemeStart(x, y: y) + 1
        while end < size.width, cells[y * size.width + end].isContinuation {
            end += 1
        }
        return end
    }

    /// `rect` clipped to the screen as column and row ranges, or nil when nothing is left.
    private func clip(_ rect: Rect) -> (Int, Int, Int, Int)? {
        let x0 = max(0, rect.x)
        let x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y)
        let y1 = min(size.height, rect.maxY)
        return x0 < x1 && y0 < y1 ? (x0, x1, y0, y1) : nil
    }
}
