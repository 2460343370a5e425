/// Finds, before TOMLKit sees the text, the places where toml++ (inside TOMLKit) takes for
/// granted what it has not checked: it then stops the process with an assertion in a debug
/// build, and its behaviour is undefined in a release build. All found by `make fuzz`:
///
/// - a table header whose name does not start with a key character (`[!`, `[` at the end of a
///   line, `[[[`);
/// - a `}` where an array's value should be (`a = [}]`, `a = [1,}`);
/// - U+0085, U+2028 or U+2029 outside a string or comment (toml++ takes them for line breaks
///   where it expects a value).
///
/// A header can only start a line outside a value, so the scan skips comments, strings
/// (multi-line ones too) and the insides of arrays and inline tables. Every place it reports
/// is a syntax error anyway; toml++ reports the rest itself.
enum TOMLPrecheck {
    /// The line and column (1-based, in characters) of the first such place, and what is wrong.
    static func firstProblem(in text: String) -> (line: Int, column: Int, problem: String)? {
        let s = Array(text.unicodeScalars)
        var i = s.first == "\u{FEFF}" ? 1 : 0  // a byte order mark, which toml++ skips
        var line = 1
        var lineStart = i
        var open: [Unicode.Scalar] = []  // the `[` and `{` of values not yet closed
        var atLineStart = true  // nothing but whitespace yet on this line, outside a value
        while i < s.count {
            let c = s[i]
            switch c {
            case "\n":
                i += 1
                line += 1
                lineStart = i
                atLineStart = open.isEmpty
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
            case "[" where atLineStart && open.isEmpty:
                var j = i + 1
                if j < s.count, s[j] == "[" { j += 1 }
                while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < s.count, !startsKey(s[j]) {
                    return (line, j - lineStart + 1, "a table header must start with a name (a key or a quoted key)")
                }
                while i < s.count, s[i] != "\n" { i += 1 }  // the rest of the header's line
                atLineStart = false
                continue
            case "[", "{": open.append(c)
            case "}" where open.last == "[":
                return (line, i - lineStart + 1, "'}' inside an array: a value or ']' was expected")
            case "]", "}": _ = open.popLast()
            case "\u{85}", "\u{2028}", "\u{2029}":
                return (line, i - lineStart + 1, "U+\(String(c.value, radix: 16, uppercase: true)) is not a line break in TOML")
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
