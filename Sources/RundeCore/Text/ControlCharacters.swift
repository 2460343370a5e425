/// The one rule for characters that must never reach a terminal as they are, and the one way
/// to show them when they do.
///
/// An **unsafe character** is one a terminal may act on instead of drawing, or one that makes
/// text read differently from what it holds:
///
/// - C0 controls, U+0000–U+001F (ESC starts escape sequences, BEL rings, CR overwrites), except
///   the line feed and the tab, which every text format runde reads allows;
/// - DEL, U+007F;
/// - C1 controls, U+0080–U+009F (U+009B is a one-byte CSI on some terminals);
/// - bidirectional controls: U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, which
///   reorder what is shown (“Trojan Source”).
///
/// Where text enters (the agenda, `team.toml`, recipe files, command-line arguments, the line
/// editor, a ``Command``) an unsafe character is refused. Where text leaves (the CLI, the
/// Markdown, HTML and JSON minutes, the screen) every unsafe character that still reaches it —
/// from an old or hand-written log — is shown visibly by ``visible(_:)``:
///
/// - a C0 control as its Unicode control picture, U+2400 + code (ESC → `␛`, BEL → `␇`,
///   CR → `␍`, NUL → `␀`);
/// - DEL as `␡` (U+2421);
/// - a C1 or bidirectional control as the text `\u{XXXX}` (at least four uppercase hex digits),
///   for example `\u{202E}`.
///
/// None of these forms holds `&`, `<`, `>` or quotes, so they can be applied to finished HTML.
public enum ControlCharacters {
    /// Whether `scalar` is unsafe; the line feed and the tab are not.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `text` holds an unsafe character.
    public static func containsUnsafe(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    /// The first unsafe character of `text`, with its 1-based column in characters (graphemes)
    /// and its 1-based line, counting line feeds; nil when there is none.
    public static func firstUnsafe(in text: some StringProtocol) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        var line = 1
        var column = 1
        for character in text {
            if let scalar = character.unicodeScalars.first(where: isUnsafe) { return (scalar, line, column) }
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// How one unsafe character is shown: `␛`, `␡`, `\u{202E}`. A safe one is itself.
    public static func visibleForm(of scalar: Unicode.Scalar) -> String {
        guard isUnsafe(scalar) else { return String(scalar) }
        switch scalar.value {
        case 0x00...0x1F: return String(Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"))
        case 0x7F: return "\u{2421}"
        default: return name(of: scalar)
        }
    }

    /// `U+202E`: how messages name a character.
    public static func name(of scalar: Unicode.Scalar) -> String {
        "\\u{" + hex(scalar.value) + "}"
    }

    /// `text` with every unsafe character replaced by its ``visibleForm(of:)``; the line feed and
    /// the tab are kept. Text without one is returned as it is, without copying.
    public static func visible(_ text: String) -> String {
        guard containsUnsafe(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// JSON text with every unsafe character that is still raw written as a JSON escape
    /// (`\u0085`, `\u202e`), so it decodes to the same value. `JSONEncoder` escapes C0 but
    /// writes DEL, C1 and the bidirectional controls as they are; they can only stand inside
    /// strings, so replacing them keeps the JSON valid.
    public static func escapingJSON(_ json: String) -> String {
        guard containsUnsafe(json) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isUnsafe(scalar) {
                let digits = hex(scalar.value).lowercased()
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension String {
    /// The text with every unsafe character shown visibly (``ControlCharacters/visible(_:)``).
    public var visibleControls: String { ControlCharacters.visible(self) }
}
