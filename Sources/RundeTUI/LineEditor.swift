import RundeCore

/// Text entry for names, notes and proposals that keeps Norwegian text whole: the cursor is a
/// grapheme index, so it never sits inside `æ`, a decomposed `a\u{30A}`, `👍🏽`, `👨‍👩‍👧` or `日`, and
/// one backspace removes one whole grapheme.
///
/// A value: feed it keys with ``handle(_:)`` and pastes with ``insert(_:)``, draw it with
/// ``layout(width:)``. Enter and Escape are the caller's (submit and cancel); so are Tab, the
/// function keys and unknown Ctrl keys. Editing is O(n) in the text's length per key, which is
/// fine for a few thousand characters.
public struct LineEditor: Equatable, Sendable {
    /// The text. Setting it keeps the cursor inside it; it is not sanitised (``Screen`` does that
    /// when drawing), but everything typed or pasted is.
    public var text: String {
        didSet {
            if cursor > text.count { cursor = text.count }
            goalColumn = nil
        }
    }

    /// The cursor as a grapheme index, `0...text.count`; setting it clamps it to that range.
    public var cursor: Int {
        didSet {
            cursor = min(max(0, cursor), text.count)
            goalColumn = nil
        }
    }

    /// Whether line feeds may be pasted, and Up and Down move between lines.
    public var multiline: Bool

    /// The display column Up and Down aim for, kept through a series of them.
    private var goalColumn: Int?

    /// An editor holding `text` (sanitised as a paste would be), with the cursor at its end.
    public init(_ text: String = "", multiline: Bool = true) {
        self.text = ""
        self.cursor = 0
        self.multiline = multiline
        insert(text)
    }

    /// Applies a key and answers whether it was the editor's.
    ///
    /// - A printable `.char` is inserted at the cursor; control characters are not consumed.
    /// - `.backspace` / `.delete` remove one grapheme; `.left` / `.right` move by one.
    /// - `.home` / `.end` and Ctrl-A / Ctrl-E go to the start / end of the current line.
    /// - `.wordLeft` / `.wordRight` go to the start of this or the previous word / the end of
    ///   this or the next word, where words are letters (æøå and 日本 too) and digits;
    ///   `.deleteWordBack` deletes back to where `.wordLeft` would go.
    /// - Ctrl-U deletes to the start of the line; Ctrl-K to its end, or joins the next line when
    ///   the cursor is already at the end (as in Emacs).
    /// - `.up` / `.down` move between lines of multiline text, keeping the display column; they
    ///   are not consumed on the first / last line or in a single-line editor, so a caller can
    ///   use them to move focus.
    ///
    /// Keys that do nothing where the cursor is (Backspace at the start) are still consumed.
    public mutating func handle(_ key: Key) -> Bool {
        if case .char(let c) = key {
            guard Self.isPrintable(c) else { return false }
            replace(cursor..<cursor, with: String(c))
            return true
        }
        let chars = Array(text)
        switch key {
        case .backspace:
            if cursor > 0 { replace((cursor - 1)..<cursor, with: "") }
        case .delete:
            if cursor < chars.count { replace(cursor..<(cursor + 1), with: "") }
        case .left:
            cursor -= 1
        case .right:
            cursor += 1
        case .home:
            cursor = Self.lineStart(chars, cursor)
        case .end:
            cursor = Self.lineEnd(chars, cursor)
        case .wordLeft:
            cursor = Self.wordLeft(chars, cursor)
        case .wordRight:
            cursor = Self.wordRight(chars, cursor)
        case .deleteWordBack:
            replace(Self.wordLeft(chars, cursor)..<cursor, with: "")
        case .up:
            return moveLine(chars, down: false)
        case .down:
            return moveLine(chars, down: true)
        case .ctrl(let letter):
            return handleControl(letter.lowercased(), chars)
        default:
            return false
        }
        return true
    }

    /// Inserts pasted (or programmatic) text at the cursor and puts the cursor after it.
    ///
    /// Line breaks (`\r\n`, `\r`, `\n` and the other Unicode ones) become `\n` in a multiline
    /// editor and a space otherwise; a tab becomes a space; every other unsafe character
    /// (``ControlCharacters``: C0 such as ESC, so escape sequences' introducers, DEL, C1 and the
    /// bidirectional controls) is dropped. Everything else goes in as it is.
    public mutating func insert(_ pasted: String) {
        var clean = ""
        for c in pasted {
            if c.isNewline {
                clean += multiline ? "\n" : " "
            } else if c == "\t" {
                clean += " "
            } else if !c.unicodeScalars.contains(where: ControlCharacters.isUnsafe) {
                clean.append(c)
            }
        }
        replace(cursor..<cursor, with: clean)
    }

    /// The text wrapped to `width` columns by ``TextWrap``'s rules, and where the cursor is:
    /// its line and display column.
    ///
    /// The cursor may sit just after a line's last column, at `x == width`, when it follows a
    /// full line's last grapheme or trailing spaces; reserve a column for it (lay out at
    /// `width - 1`) when that must stay inside a box. At a break inside a word it is shown at
    /// the start of the next line. A `width` below 1 gives no lines and the cursor at 0,0.
    public func layout(width: Int) -> (lines: [String], cursor: Point) {
        let chars = Array(text)
        let widths = chars.map(DisplayWidth.of)
        let lines = TextWrap.lines(chars, widths: widths, width: width)
        var row = 0
        for (index, line) in lines.enumerated() where line.start <= cursor {
            row = index
        }
        guard row < lines.count else { return ([], Point(x: 0, y: 0)) }
        let column = TextWrap.column(of: cursor, on: lines[row], widths: widths, width: width)
        return (lines.map(\.text), Point(x: column, y: row))
    }

    // MARK: - Editing

    /// Replaces the graphemes in `range` with `new` and puts the cursor after `new`.
    private mutating func replace(_ range: Range<Int>, with new: String) {
        guard !range.isEmpty || !new.isEmpty else { return }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        let head = String(text[..<lower]) + new
        text = head + text[upper...]
        cursor = head.count
    }

    private mutating func handleControl(_ letter: String, _ chars: [Character]) -> Bool {
        switch letter {
        case "a":
            cursor = Self.lineStart(chars, cursor)
        case "e":
            cursor = Self.lineEnd(chars, cursor)
        case "u":
            replace(Self.lineStart(chars, cursor)..<cursor, with: "")
        case "k":
            let end = Self.lineEnd(chars, cursor)
            replace(cursor..<(end == cursor && end < chars.count ? end + 1 : end), with: "")
        default:
            return false
        }
        return true
    }

    /// Moves to the previous or next line at the goal column, or answers false if there is none.
    private mutating func moveLine(_ chars: [Character], down: Bool) -> Bool {
        guard multiline else { return false }
        let start = Self.lineStart(chars, cursor)
        let goal = goalColumn ?? DisplayWidth.of(String(chars[start..<cursor]))
        let target: Int
        if down {
            let end = Self.lineEnd(chars, cursor)
            guard end < chars.count else { return false }
            target = Self.index(chars, from: end + 1, atColumn: goal)
        } else {
            guard start > 0 else { return false }
            target = Self.index(chars, from: Self.lineStart(chars, start - 1), atColumn: goal)
        }
        cursor = target
        goalColumn = goal
        return true
    }

    // MARK: - Positions

    static func isPrintable(_ c: Character) -> Bool {
        !c.isNewline && c != "\t" && !c.unicodeScalars.contains(where: ControlCharacters.isUnsafe)
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }

    static func lineStart(_ chars: [Character], _ index: Int) -> Int {
        var i = index
        while i > 0, !chars[i - 1].isNewline {
            i -= 1
        }
        return i
    }

    static func lineEnd(_ chars: [Character], _ index: Int) -> Int {
        var i = index
        while i < chars.count, !chars[i].isNewline {
            i += 1
        }
        return i
    }

    static func wordLeft(_ chars: [Character], _ index: Int) -> Int {
        var i = index
        while i > 0, !isWordCharacter(chars[i - 1]) {
            i -= 1
        }
        while i > 0, isWordCharacter(chars[i - 1]) {
            i -= 1
        }
        return i
    }

    static func wordRight(_ chars: [Character], _ index: Int) -> Int {
        var i = index
        while i < chars.count, !isWordCharacter(chars[i]) {
            i += 1
        }
        while i < chars.count, isWordCharacter(chars[i]) {
            i += 1
        }
        return i
    }

    /// The index on the line starting at `start` whose display column is the largest not past
    /// `column`: never inside a wide grapheme.
    static func index(_ chars: [Character], from start: Int, atColumn column: Int) -> Int {
        var i = start
        var x = 0
        while i < chars.count, !chars[i].isNewline {
            let w = DisplayWidth.of(chars[i])
            if x + w > column { break }
            x += w
            i += 1
        }
        return i
    }
}
