// Turning what ncurses reads into keys, pastes, resizes and clicks. Pure: no terminal needed,
// so every mapping is tested from plain values (Tests/RundeTUITests/KeyDecodingTests.swift).

extension Terminal {
    /// One thing `wget_wch` handed over, before decoding.
    enum RawInput: Hashable, Sendable {
        /// A character (`OK` from `wget_wch`): a Unicode scalar value, control characters included.
        case char(UInt32)
        /// A key code (`KEY_CODE_YES`) in ncurses' standard range, such as `KEY_UP`.
        case keyCode(Int32)
        /// A key the terminfo entry knows only by name (code above `KEY_MAX`), such as `kLFT5`.
        case keyName(String)
        /// `KEY_RESIZE`, with the size ncurses reported right after it.
        case resized(Size)
        /// `KEY_MOUSE` that was a left click, at a cell.
        case clicked(Point)
    }

    /// ncurses' key codes (curses.h, octal as there). They are fixed values; ``Terminal`` checks
    /// them against the header in debug builds, so this file needs no `import CNcurses`.
    enum KeyCode {
        static let down: Int32 = 0o402
        static let up: Int32 = 0o403
        static let left: Int32 = 0o404
        static let right: Int32 = 0o405
        static let home: Int32 = 0o406
        static let backspace: Int32 = 0o407
        static let f0: Int32 = 0o410
        static let delete: Int32 = 0o512
        static let pageDown: Int32 = 0o522
        static let pageUp: Int32 = 0o523
        static let enter: Int32 = 0o527
        static let keypadA1: Int32 = 0o534
        static let keypadA3: Int32 = 0o535
        static let keypadC1: Int32 = 0o537
        static let keypadC3: Int32 = 0o540
        static let backTab: Int32 = 0o541
        static let end: Int32 = 0o550
        static let find: Int32 = 0o552
        static let select: Int32 = 0o601
        static let shiftEnd: Int32 = 0o602
        static let shiftHome: Int32 = 0o607
        static let shiftLeft: Int32 = 0o611
        static let shiftRight: Int32 = 0o622
    }

    /// Decodes one read's worth of raw input into events, in order.
    ///
    /// - Printable characters come as `.key(.char)`; two or more printable characters that
    ///   arrived together (a paste, or typing faster than the screen reads) come as one
    ///   `.paste`, with CR, CRLF and LF all as `"\n"` and tabs as spaces. One lone line break is
    ///   `.enter`, one tab `.tab`. Characters are counted as graphemes, so `e` + U+0301 is one key.
    /// - ESC alone is `.escape`; ESC then `b`/`f` is a word left/right (Alt+b/f), ESC then
    ///   Backspace deletes a word, ESC then an unknown character (another Alt combination) is
    ///   dropped. Escape sequences ncurses did not recognise (`ESC [ 1 ; 5 D`) are decoded here.
    /// - `0x7F`, `0x08` and `KEY_BACKSPACE` are `.backspace`; Ctrl-W is `.deleteWordBack`; other
    ///   control characters are `.ctrl(letter)`, Ctrl-C `.ctrl("c")`.
    /// - Several resizes in a row collapse into the last.
    nonisolated static func decode(_ raw: [RawInput]) -> [InputEvent] {
        var decoder = KeyDecoder(raw)
        decoder.run()
        return decoder.events
    }
}

/// The state of one ``Terminal/decode(_:)`` pass.
private struct KeyDecoder {
    typealias RawInput = Terminal.RawInput
    typealias KeyCode = Terminal.KeyCode

    private let raw: [RawInput]
    private var index = 0
    /// Printable text read so far and not yet emitted: a key when one grapheme, else a paste.
    private var text = ""
    private(set) var events: [InputEvent] = []

    init(_ raw: [RawInput]) { self.raw = raw }

    mutating func run() {
        while index < raw.count {
            let item = raw[index]
            index += 1
            switch item {
            case .char(let value): char(value)
            case .keyCode(let code): emit(Self.key(code: code))
            case .keyName(let name): emit(Self.key(name: name))
            case .resized(let size):
                flushText()
                if case .resize = events.last { events.removeLast() }
                events.append(.resize(size))
            case .clicked(let point): emit(.click(point))
            }
        }
        flushText()
    }

    private mutating func char(_ value: UInt32) {
        switch value {
        case 0x0D:
            text.append("\n")
            if index < raw.count, raw[index] == .char(0x0A) { index += 1 }
        case 0x0A: text.append("\n")
        case 0x09: text.append("\t")
        case 0x1B: escape()
        case 0x7F, 0x08: emit(.key(.backspace))
        case 0x17: emit(.key(.deleteWordBack))
        case 0x00: emit(.key(.ctrl("@")))
        case 0x01...0x1A: emit(.key(.ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))))
        case 0x1C...0x1F: emit(.key(.ctrl(Character(Unicode.Scalar(UInt8(0x40 + value))))))
        case 0x80...0x9F: break
        default:
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
    }

    /// ESC at `index - 1`: a lone Escape, an Alt combination or an escape sequence.
    private mutating func escape() {
        guard index < raw.count else { return emit(.key(.escape)) }
        switch raw[index] {
        case .char(0x5B), .char(0x4F):  // `[` or `O`
            if !sequence() { emit(.key(.escape)) }
        case .char(0x62):  // b
            index += 1
            emit(.key(.wordLeft))
        case .char(0x66):  // f
            index += 1
            emit(.key(.wordRight))
        case .char(0x7F), .char(0x08), .keyCode(KeyCode.backspace):
            index += 1
            emit(.key(.deleteWordBack))
        case .keyCode(KeyCode.left):
            index += 1
            emit(.key(.wordLeft))
        case .keyCode(KeyCode.right):
            index += 1
            emit(.key(.wordRight))
        case .char(let value) where value > 0x20 && value != 0x7F:
            index += 1  // another Alt combination: nothing is bound to it
        default:
            emit(.key(.escape))
        }
    }

    /// Reads `[`/`O`, parameters and a final byte after an ESC and emits the key; a complete
    /// sequence that means nothing here is dropped. Answers false, with nothing read, when no
    /// complete sequence follows.
    private mutating func sequence() -> Bool {
        var cursor = index
        guard case .char(let introducer) = raw[cursor] else { return false }
        cursor += 1
        var parameters = ""
        while cursor < raw.count, case .char(let value) = raw[cursor], (0x20...0x3F).contains(value) {
            parameters.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
            cursor += 1
        }
        guard cursor < raw.count, case .char(let value) = raw[cursor], (0x40...0x7E).contains(value) else { return false }
        index = cursor + 1
        let final = Character(Unicode.Scalar(UInt8(value)))
        let key = introducer == 0x4F ? Self.ss3(final: final) : Self.csi(parameters: parameters, final: final)
        emit(key.map(InputEvent.key))
        return true
    }

    private mutating func emit(_ event: InputEvent?) {
        flushText()
        if let event { events.append(event) }
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        defer { text = "" }
        if text.count > 1 { return events.append(.paste(text.replacing("\t", with: " "))) }
        switch text {
        case "\n": events.append(.key(.enter))
        case "\t": events.append(.key(.tab))
        default: if let first = text.first { events.append(.key(.char(first))) }
        }
    }

    // MARK: - Tables

    private static func key(code: Int32) -> InputEvent? {
        let key: Key? =
            switch code {
            case KeyCode.up: .up
            case KeyCode.down: .down
            case KeyCode.left, KeyCode.shiftLeft: .left
            case KeyCode.right, KeyCode.shiftRight: .right
            case KeyCode.home, KeyCode.shiftHome, KeyCode.keypadA1, KeyCode.find: .home
            case KeyCode.end, KeyCode.shiftEnd, KeyCode.keypadC1, KeyCode.select: .end
            case KeyCode.pageUp, KeyCode.keypadA3: .pageUp
            case KeyCode.pageDown, KeyCode.keypadC3: .pageDown
            case KeyCode.backspace: .backspace
            case KeyCode.delete: .delete
            case KeyCode.enter: .enter
            case KeyCode.backTab: .backTab
            case (KeyCode.f0 + 1)...(KeyCode.f0 + 63): .function(Int(code - KeyCode.f0))
            default: nil
            }
        return key.map(InputEvent.key)
    }

    /// Extended terminfo keys: the digit is the modifier (3 Alt, 5 Ctrl, 7 Ctrl+Alt, 2/4/6 +Shift).
    private static func key(name: String) -> InputEvent? {
        let base = name.prefix { !$0.isNumber }
        let modifier = Int(name.dropFirst(base.count)) ?? 0
        let word = [3, 5, 7].contains(modifier)
        let key: Key? =
            switch base {
            case "kLFT": word ? .wordLeft : .left
            case "kRIT": word ? .wordRight : .right
            case "kUP": .up
            case "kDN": .down
            case "kHOM": .home
            case "kEND": .end
            default: nil
            }
        return key.map(InputEvent.key)
    }

    /// `ESC [ parameters final`, for terminals whose terminfo entry lacks the sequence.
    private static func csi(parameters: String, final: Character) -> Key? {
        let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
        let modifier = numbers.count > 1 ? numbers[1] : 1
        let word = [3, 5, 7].contains(modifier)
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return word ? .wordRight : .right
        case "D": return word ? .wordLeft : .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            switch numbers.first ?? 0 {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function((numbers.first ?? 0) - 10)
            case 17...21: return .function((numbers.first ?? 0) - 11)
            case 23, 24: return .function((numbers.first ?? 0) - 12)
            default: return nil
            }
        default: return nil
        }
    }

    /// `ESC O final`: application-mode cursor keys, F1–F4 and rxvt's Ctrl+arrows.
    private static func ss3(final: Character) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "M": .enter
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        case "c": .wordRight
        case "d": .wordLeft
        default: nil
        }
    }
}
