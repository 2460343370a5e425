import CWidth
import RundeCore

/// How many terminal columns text takes, by the C library's `wcwidth` in a UTF-8 locale: the
/// table ncursesw uses, so the grid and the terminal agree on where every character ends.
///
/// A grapheme (a `Character`: `ø`, `a\u{30A}`, `👍🏽`, `日`) takes the sum of its scalars' widths,
/// measured as ``Screen/put(_:at:style:maxWidth:)`` draws it: an unsafe character
/// (``ControlCharacters``) as its visible form (`␛`: one column, `\u{202E}`: eight), `\t` and
/// line breaks as one space. A scalar `wcwidth` does not know
/// (-1) counts 0 when it is a combining mark or a format character (it is dropped when drawn),
/// and 1 otherwise (it is drawn as `�`). So `A❤️B` is 3 and `A👍🏽B` is 6, as ncursesw counts them,
/// even where a terminal draws the skin-tone sequence narrower; keep such sequences out of text
/// where the layout matters.
public enum DisplayWidth {
    /// The columns one grapheme takes: 0 only when it holds nothing but zero-width scalars
    /// (a lone combining mark, a zero-width joiner), 1 or more otherwise.
    public static func of(_ c: Character) -> Int {
        // Every ASCII grapheme draws as one column, controls included (see `drawn`).
        if c.isASCII || c.isNewline { return 1 }
        var width = 0
        for scalar in c.unicodeScalars {
            if ControlCharacters.isUnsafe(scalar) { return visible(c).width }
            width += of(scalar)
        }
        return width
    }

    /// The columns one scalar adds to its grapheme (neither a control nor a line break).
    private static func of(_ scalar: Unicode.Scalar) -> Int {
        let w = Int(runde_wcwidth(scalar.value))
        return w >= 0 ? w : (isZeroWidth(scalar) ? 0 : 1)
    }

    /// The columns a string takes: the sum over its graphemes.
    ///
    /// A grapheme's width is the sum of its scalars', so text without controls or line breaks is
    /// measured scalar by scalar, without finding where graphemes end; other text grapheme by grapheme.
    public static func of(_ s: String) -> Int {
        var total = 0
        for scalar in s.unicodeScalars {
            if (0x20..<0x7F).contains(scalar.value) {
                total += 1
            } else if scalar.value < 0xA0 || scalar.value == 0x2028 || scalar.value == 0x2029 || ControlCharacters.isUnsafe(scalar) {
                return s.reduce(0) { $0 + of($1) }
            } else {
                total += of(scalar)
            }
        }
        return total
    }

    /// The longest start of `s` that fits in `columns`, and its width; never splits a grapheme.
    ///
    /// Zero-width graphemes right after the last fitting one are kept with it.
    public static func prefix(_ s: String, fitting columns: Int) -> (text: String, width: Int) {
        var width = 0
        var end = s.startIndex
        var index = s.startIndex
        while index < s.endIndex {
            let w = of(s[index])
            if width + w > columns { break }
            width += w
            index = s.index(after: index)
            end = index
        }
        return (String(s[..<end]), width)
    }

    /// What ``Screen`` stores for a grapheme, and its width.
    ///
    /// Line breaks (`\n`, `\r\n`, `\r`, VT, FF, NEL, U+2028, U+2029) and `\t` become one space.
    /// Any other unsafe character (``ControlCharacters``: C0, DEL, C1 — so the ESC of an escape
    /// sequence — and the bidirectional controls) becomes its visible form (`␛`, `\u{202E}`). Scalars `wcwidth` does not know are dropped when they are
    /// combining or format characters and become `�` otherwise. A width of 0 means the grapheme
    /// draws nothing (a lone combining mark or zero-width joiner) and `put` skips it.
    static func drawn(_ c: Character) -> (text: String, width: Int) {
        if let ascii = c.asciiValue {
            switch ascii {
            case 0x20...0x7E: return (String(c), 1)
            default: return c.isNewline || ascii == 0x09 ? (" ", 1) : visible(c)
            }
        }
        if c.isNewline { return (" ", 1) }
        if c.unicodeScalars.contains(where: ControlCharacters.isUnsafe) { return visible(c) }
        var text = ""
        var width = 0
        for scalar in c.unicodeScalars {
            let w = Int(runde_wcwidth(scalar.value))
            if w >= 0 {
                text.unicodeScalars.append(scalar)
                width += w
            } else if !isZeroWidth(scalar) {
                text += replacement
                width += 1
            }
        }
        return (text, width)
    }

    /// Shown in place of an unknown scalar.
    static let replacement = "\u{FFFD}"

    /// A grapheme holding an unsafe character as ``ControlCharacters/visible(_:)`` shows it
    /// (`␛`, `\u{202E}`), and its width: one column for each character of that form, which is
    /// ASCII or a one-column control picture. So a cell never holds a control character.
    static func visible(_ c: Character) -> (text: String, width: Int) {
        var text = ""
        var width = 0
        for scalar in c.unicodeScalars {
            if ControlCharacters.isUnsafe(scalar) {
                let form = ControlCharacters.visibleForm(of: scalar)
                text += form
                width += form.unicodeScalars.count
            } else {
                let w = Int(runde_wcwidth(scalar.value))
                if w > 0 {
                    text.unicodeScalars.append(scalar)
                    width += w
                }
            }
        }
        return (text, width)
    }

    /// Combining marks and format characters: zero columns even where `wcwidth` does not know
    /// them (a C library older than Swift's Unicode tables).
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
