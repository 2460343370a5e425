// Turning what ncurses reads into keys, pastes, resizes and clicks, one read after another.
// Pure: no terminal needed, so every mapping is tested from plain values
// (Tests/RundeTUITests/KeyDecodingTests.swift) and fuzzed (Sources/runde-fuzz).

/// Decodes raw input into ``InputEvent``s across reads.
///
/// - Every character is a key of its own, in order, however many arrive in one read: a fast
///   typist, a batch over ssh or `tmux send-keys Enter Enter Enter` lose nothing. Characters
///   are counted as graphemes, so `e` + U+0301 is one key. CR, LF and CRLF are `.enter`, a tab
///   is `.tab`.
/// - A paste is only what the terminal sends between `ESC [ 200 ~` and `ESC [ 201 ~`
///   (bracketed paste mode, which ``Terminal`` turns on). It comes as one `.paste` with line
///   breaks as `"\n"` and tabs as spaces; other control characters, escape sequences and keys
///   inside it are dropped, so nothing in a paste acts as a key. A paste may span many reads.
///   It holds at most ``pasteLimit`` characters (the rest is dropped), and one whose end
///   marker never comes is ended after ``pasteQuiet`` milliseconds without input.
/// - ESC alone is `.escape`; ESC then `b`/`f` is a word left/right (Alt+b/f), ESC then
///   Backspace deletes a word, ESC then another printable character (an Alt combination) is
///   dropped. Escape sequences ncurses did not recognise (`ESC [ 1 ; 5 D`) are decoded here; a
///   complete one that means nothing is dropped whole. One cut off at the end of a read waits
///   for the next read, or for ``idle(milliseconds:)``, which takes it as the keys it holds.
/// - `0x7F`, `0x08` and `KEY_BACKSPACE` are `.backspace`; Ctrl-W is `.deleteWordBack`; other
///   control characters are `.ctrl(letter)`, Ctrl-C `.ctrl("c")`; C1 controls are dropped.
/// - Several resizes in a row within a read collapse into the last.
package struct KeyDecoder: Sendable {
    package typealias RawInput = Terminal.RawInput
    typealias KeyCode = Terminal.KeyCode

    /// The most characters one paste holds; the rest of a longer paste is dropped.
    package static let pasteLimit = 100_000
    /// Milliseconds without input after which a paste whose end marker never came is ended.
    package static let pasteQuiet = 1_000

    /// An escape sequence cut off at the end of the last read, to be finished by the next.
    private var pending: [RawInput] = []
    /// The paste being read, between its start and end markers; nil outside a paste.
    private var paste: String?
    /// Characters in ``paste``, counted as they come (cheaper than `String.count`).
    private var pasteCount = 0
    /// Milliseconds without input while a paste is open.
    private var quiet = 0
    /// Whether the paste's last character was a CR, so that an LF right after it (even in the
    /// next read) makes no second line break.
    private var pasteAfterCR = false

    // The state of one pass over a read.
    private var input: [RawInput] = []
    private var index = 0
    /// Printable characters not yet emitted (kept together so a combining mark stays with its base).
    private var text = ""
    private var events: [InputEvent] = []

    package init() {}

    /// Whether the last read ended inside an escape sequence: the caller should give the rest
    /// a moment to arrive, then call ``decode(_:)`` with it or ``idle(milliseconds:)``.
    package var awaitsSequence: Bool { !pending.isEmpty }

    /// Whether a paste has started and not yet ended.
    package var inPaste: Bool { paste != nil }

    /// Decodes one read, continuing whatever the previous read left unfinished.
    package mutating func decode(_ raw: [RawInput]) -> [InputEvent] {
        guard !raw.isEmpty else { return [] }
        quiet = 0
        return pass(pending + raw, final: false)
    }

    /// No input came for `milliseconds`. An escape sequence left unfinished outside a paste is
    /// taken as the keys it holds (a lone Escape, or Escape and `[`); a paste still open after
    /// ``pasteQuiet`` milliseconds of quiet is ended as it is.
    package mutating func idle(milliseconds: Int) -> [InputEvent] {
        guard paste != nil else {
            return pending.isEmpty ? [] : pass(pending, final: true)
        }
        quiet += max(0, milliseconds)
        guard quiet >= Self.pasteQuiet else { return [] }
        pending = []
        events = []
        endPaste()
        return events
    }

    // MARK: - One pass

    /// Decodes `raw`. With `final`, a sequence cut off at the end is not kept for later.
    private mutating func pass(_ raw: [RawInput], final: Bool) -> [InputEvent] {
        input = raw
        index = 0
        pending = []
        events = []
        while index < input.count {
            let start = index
            let item = input[index]
            index += 1
            let complete = paste == nil ? key(item, final: final) : pasted(item, final: final)
            if !complete {
                pending = Array(input[start...])
                break
            }
        }
        flushText()
        input = []
        return events
    }

    /// One item outside a paste; false when it starts an escape sequence the read cut off.
    private mutating func key(_ item: RawInput, final: Bool) -> Bool {
        switch item {
        case .char(let value): return char(value, final: final)
        case .keyCode(let code): emit(Self.key(code: code))
        case .keyName(let name): emit(Self.key(name: name))
        case .resized(let size): resize(size)
        case .clicked(let point): emit(.click(point))
        }
        return true
    }

    private mutating func char(_ value: UInt32, final: Bool) -> Bool {
        switch value {
        case 0x0D:
            emit(.key(.enter))
            if index < input.count, input[index] == .char(0x0A) { index += 1 }
        case 0x0A: emit(.key(.enter))
        case 0x09: emit(.key(.tab))
        case 0x1B: return escape(final: final)
        case 0x7F, 0x08: emit(.key(.backspace))
        case 0x17: emit(.key(.deleteWordBack))
        case 0x00: emit(.key(.ctrl("@")))
        case 0x01...0x1A: emit(.key(.ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))))
        case 0x1C...0x1F: emit(.key(.ctrl(Character(Unicode.Scalar(UInt8(0x40 + value))))))
        case 0x80...0x9F: break
        default:
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        return true
    }

    /// ESC at `index - 1`, outside a paste: a lone Escape, an Alt combination, an escape
    /// sequence or the start of a paste. False when the read ended before telling which.
    private mutating func escape(final: Bool) -> Bool {
        guard index < input.count else {
            guard final else { return false }
            emit(.key(.escape))
            return true
        }
        switch input[index] {
        case .char(0x5B), .char(0x4F):  // `[` or `O`
            switch sequence() {
            case .incomplete where !final: return false
            case .incomplete, .invalid: emit(.key(.escape))
            case .pasteStart:
                flushText()
                paste = ""
                pasteCount = 0
            case .pasteEnd: break  // an end without a start: nothing to end
            case .key(let key): emit(key.map(InputEvent.key))
            }
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
        return true
    }

    /// One item inside a paste; false when an escape sequence (perhaps the end marker) was
    /// cut off by the read.
    private mutating func pasted(_ item: RawInput, final: Bool) -> Bool {
        let afterCR = pasteAfterCR
        pasteAfterCR = item == .char(0x0D)
        switch item {
        case .char(0x0D): append("\n")
        case .char(0x0A): if !afterCR { append("\n") }
        case .char(0x09): append(" ")
        case .char(0x1B):
            guard index < input.count else { return final }
            guard case .char(0x5B) = input[index] else { return true }  // ESC alone is dropped
            switch sequence() {
            case .incomplete: return final
            case .pasteEnd: endPaste()
            case .invalid, .pasteStart, .key: break  // dropped: nothing in a paste is a key
            }
        case .char(let value) where value < 0x20 || (0x7F...0x9F).contains(value): break
        case .char(let value):
            if let scalar = Unicode.Scalar(value) { append(Character(scalar)) }
        case .keyCode, .keyName: break  // a pasted escape sequence ncurses took for a key
        case .resized(let size): resize(size)
        case .clicked: break
        }
        return true
    }

    private mutating func append(_ character: Character) {
        guard pasteCount < Self.pasteLimit else { return }
        paste?.append(character)
        pasteCount += 1
    }

    private mutating func endPaste() {
        if let paste, !paste.isEmpty { events.append(.paste(paste)) }
        paste = nil
        pasteCount = 0
        pasteAfterCR = false
        quiet = 0
    }

    private enum Sequence {
        /// The read ended inside it.
        case incomplete
        /// Not a sequence after all (a key or an unexpected byte came before a final byte).
        case invalid
        case pasteStart, pasteEnd
        /// A complete sequence: the key it means, or nil for one that means nothing here.
        case key(Key?)
    }

    /// Reads `[`/`O`, parameters and a final byte after an ESC. Moves past the sequence when
    /// it is complete, and leaves `index` alone otherwise.
    private mutating func sequence() -> Sequence {
        var cursor = index
        guard case .char(let introducer) = input[cursor] else { return .invalid }
        cursor += 1
        var parameters = ""
        while cursor < input.count, case .char(let value) = input[cursor], (0x20...0x3F).contains(value) {
            parameters.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
            cursor += 1
        }
        guard cursor < input.count else { return .incomplete }
        guard case .char(let value) = input[cursor], (0x40...0x7E).contains(value) else { return .invalid }
        index = cursor + 1
        let final = Character(Unicode.Scalar(UInt8(value)))
        if introducer == 0x4F { return .key(Self.ss3(final: final)) }
        switch (parameters, final) {
        case ("200", "~"): return .pasteStart
        case ("201", "~"): return .pasteEnd
        default: return .key(Self.csi(parameters: parameters, final: final))
        }
    }

    private mutating func resize(_ size: Size) {
        flushText()
        if case .resize = events.last { events.removeLast() }
        events.append(.resize(size))
    }

    private mutating func emit(_ event: InputEvent?) {
        flushText()
        if let event { events.append(event) }
    }

    /// Printable characters become keys, one per grapheme.
    private mutating func flushText() {
        guard !text.isEmpty else { return }
        events += text.map { .key(.char($0)) }
        text = ""
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
