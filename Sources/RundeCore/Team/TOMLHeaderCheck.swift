/// Finds a table header whose name does not start with a key character (`[!`, `[` at the end of
/// a line, `[[[`), before TOMLKit sees the text.
///
/// toml++ (inside TOMLKit) takes it for granted that a header's name starts with a bare-key
/// character or a quote: it stops the process with an assertion in a debug build, and its
/// behaviour is undefined in a release build. Found by `make fuzz`; the other places toml++
/// reads a key check first.
///
/// A header can only start a line outside a value, so the scan skips comments, strings
/// (multi-line ones too) and the insides of arrays and inline tables.
enum TOMLHeaderCheck {
    /// The line and column (1-based, in characters) of the first such header's bad character.
    static func badHeader(in text: String) -> (line: Int, column: Int)? {
        let s = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var lineStart = 0
        var depth = 0  // open `[` and `{` of values
        var atLineStart = true  // nothing but whitespace yet on this line, outside a value
        while i < s.count {
            let c = s[i]
            switch c {
            case "\n":
                i += 1
                line += 1
                lineStart = i
                atLineStart = depth == 0
                continue
            case " ", "\t", "\r":
                i += 1
                continue
            case "#":
                while i < s.count, s[i] != "\n" { i += 1 }
                continue
            case "\"", "'":
                skipString(s, &i, &line, &lineStart)
                atLineStart = false
                continue
            case "[" where atLineStart && depth == 0:
                var j = i + 1
                if j < s.count, s[j] == "[" { j += 1 }
                while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < s.count, !startsKey(s[j]) { return (line, j - lineStart + 1) }
                while i < s.count, s[i] != "\n" { i += 1 }  // the rest of the header's line
                atLineStart = false
                continue
            case "[", "{": depth += 1
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
            atLineStart = false
            i += 1
        }
        return nil
    }

    /// A bare-key character (ASCII letters, digits, `_`, `-`), a quote, or `]` (an empty name,
    /// which toml++ reports itself).
    private static func startsKey(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "\"", "'", "]": true
        default: false
        }
    }

    /// Moves `i` past the string starting at `i`: `"…"` and `"""…"""` with backslash escapes,
    /// `'…'` and `'''…'''` without. A one-line string ends at the line's end if not before.
    private static func skipString(_ s: [Unicode.Scalar], _ i: inout Int, _ line: inout Int, _ lineStart: inout Int) {
        let quote = s[i]
        let escapes = quote == "\""
        let multiLine = i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote
        i += multiLine ? 3 : 1
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                guard multiLine else { return }
                line += 1
                lineStart = i + 1
            } else if escapes && c == "\\" {
                i += 1  // the escaped character (a line break after it is counted next time round)
                if i < s.count, s[i] == "\n" { continue }
            } else if c == quote {
                guard multiLine else {
                    i += 1
                    return
                }
                if i + 2 < s.count, s[i + 1] == quote, s[i + 2] == quote {
                    i += 3
                    var extra = 0  // up to two more quotes belong to the text: `""""a""""`
                    while extra < 2, i < s.count, s[i] == quote {
                        i += 1
                        extra += 1
                    }
                    return
                }
            }
            i += 1
        }
    }
}
