/// Word wrapping and truncation by display width (see ``DisplayWidth``), never splitting a
/// grapheme: `æ`, `a\u{30A}`, `👍🏽` and `日` stay whole.
public enum TextWrap {
    /// Wraps `text` into lines of at most `width` columns.
    ///
    /// - Line breaks (`\n`, `\r\n`, `\r`, …) always break; `"a\n"` gives `["a", ""]` and `""`
    ///   gives `[""]`.
    /// - Lines break between words, at spaces (`" "`, `\t`, U+3000; a no-break space does not
    ///   break). The spaces at a break are dropped, as are spaces at the end of a paragraph;
    ///   spaces at the start of a paragraph stay, as part of its first word.
    /// - A word longer than `width` starts on a line of its own and is broken between graphemes.
    /// - A grapheme wider than `width` on its own (`日` at width 1) is shown as `…`, so no line is
    ///   ever wider than `width`. A `width` below 1 gives no lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        // Most texts in a register are one line that fits: that line, as the wrapper would give it.
        if width > 0, fitsOnOneLine(text, width: width) { return [text] }
        let chars = Array(text)
        return lines(chars, widths: chars.map(DisplayWidth.of), width: width).map(\.text)
    }

    /// `text` if it fits in `width` columns, otherwise its longest start that fits in
    /// `width - 1` columns followed by `…`; `""` when `width` is below 1.
    ///
    /// Line breaks are not treated specially: each counts one column, as `put` draws it.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        return DisplayWidth.prefix(text, fitting: width - 1).text + ellipsis
    }

    static let ellipsis = "\u{2026}"

    /// One wrapped line, with where it came from in the text's graphemes.
    struct Line: Equatable {
        /// The graphemes shown: `start..<end`.
        var start: Int
        var end: Int
        /// Where the next line starts; graphemes `end..<next` (spaces, a line break) are dropped.
        var next: Int
        var text: String
        var width: Int
    }

    /// The wrapping behind ``wrap(_:width:)``, over graphemes and their widths, keeping for each
    /// line the graphemes it shows so that an editor can place its cursor.
    static func lines(_ chars: [Character], widths: [Int], width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var wrapper = Wrapper(chars: chars, widths: widths, width: width)
        var start = 0
        while true {
            var end = start
            while end < chars.count, !chars[end].isNewline {
                end += 1
            }
            wrapper.paragraph(start..<end)
            guard end < chars.count else { break }
            start = end + 1
        }
        return wrapper.lines
    }

    /// The display column of `cursor` (a grapheme index) on `line`, and at most `width`: in the
    /// dropped spaces after the line, past its last grapheme.
    static func column(of cursor: Int, on line: Line, widths: [Int], width: Int) -> Int {
        var column = 0
        for i in line.start..<min(cursor, line.end) {
            column += widths[i] > width ? 1 : widths[i]
        }
        if cursor > line.end {
            column += widths[line.end..<cursor].reduce(0, +)
        }
        return min(column, width)
    }

    /// Whether wrapping may break at this grapheme.
    /// Whether `text` is one paragraph (no line break) that fits in `width` and does not end
    /// in a space the wrapper would drop: then wrapping gives it back as it is.
    static func fitsOnOneLine(_ text: String, width: Int) -> Bool {
        guard !text.unicodeScalars.contains(where: { [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }) else { return false }
        guard let last = text.last, !isBreakingSpace(last) else { return text.isEmpty }
        return DisplayWidth.of(text) <= width
    }

    static func isBreakingSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}"
    }
}

/// Greedy wrapping, paragraph by paragraph.
private struct Wrapper {
    let chars: [Character]
    let widths: [Int]
    let width: Int
    var lines: [TextWrap.Line] = []
    /// The line being filled.
    var line = TextWrap.Line(start: 0, end: 0, next: 0, text: "", width: 0)

    init(chars: [Character], widths: [Int], width: Int) {
        self.chars = chars
        self.widths = widths
        self.width = width
    }

    /// Wraps the graphemes in `range`, which holds no line break.
    mutating func paragraph(_ range: Range<Int>) {
        line = TextWrap.Line(start: range.lowerBound, end: range.lowerBound, next: range.lowerBound, text: "", width: 0)
        var i = range.lowerBound
        while i < range.upperBound, TextWrap.isBreakingSpace(chars[i]) {
            i += 1
        }
        var wordStart = range.lowerBound
        while i < range.upperBound {
            var end = i
            while end < range.upperBound, !TextWrap.isBreakingSpace(chars[end]) {
                end += 1
            }
            word(wordStart..<end)
            i = end
            while i < range.upperBound, TextWrap.isBreakingSpace(chars[i]) {
                i += 1
            }
            wordStart = i
        }
        finish(next: range.upperBound < chars.count ? range.upperBound + 1 : range.upperBound)
    }

    /// Places one word, after the spaces between it and the line's last word, if any.
    private mutating func word(_ range: Range<Int>) {
        let wordWidth = widths[range].reduce(0, +)
        if line.end > line.start {
            let gap = widths[line.end..<range.lowerBound].reduce(0, +)
            if line.width + gap + wordWidth <= width {
                append(line.end..<range.upperBound)
                return
            }
            finish(next: range.lowerBound)
        }
        if wordWidth <= width {
            append(range)
            return
        }
        for i in range {
            let shown = widths[i] > width ? 1 : widths[i]
            if line.end > line.start, line.width + shown > width {
                finish(next: i)
            }
            append(i..<(i + 1))
        }
    }

    /// Adds graphemes to the line; the caller has checked that they fit.
    private mutating func append(_ range: Range<Int>) {
        for i in range {
            if widths[i] > width {
                line.text += TextWrap.ellipsis
                line.width += 1
            } else {
                line.text.append(chars[i])
                line.width += widths[i]
            }
        }
        line.end = range.upperBound
    }

    /// Ends the line; the next one starts at `next`.
    private mutating func finish(next: Int) {
        line.next = next
        lines.append(line)
        line = TextWrap.Line(start: next, end: next, next: next, text: "", width: 0)
    }
}
