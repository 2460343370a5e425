import Testing

@testable import RundeTUI

// `Terminal.decode` from plain values: what ncurses' `wget_wch` hands over in one read, and the
// events the screen's logic sees. No terminal needed.

private typealias Raw = Terminal.RawInput

private let esc: Raw = .char(0x1B)

/// Raw characters for each scalar of `text`, as `wget_wch` returns them one by one.
private func chars(_ text: String) -> [Raw] {
    text.unicodeScalars.map { .char($0.value) }
}

private func decode(_ raw: [Raw]) -> [InputEvent] {
    Terminal.decode(raw)
}

/// One read and the events it must give.
struct DecodeCase: Sendable, CustomTestStringConvertible {
    let name: String
    fileprivate let raw: [Raw]
    let expected: [InputEvent]

    fileprivate init(_ name: String, _ raw: [Raw], _ expected: InputEvent...) {
        self.name = name
        self.raw = raw
        self.expected = expected
    }

    var testDescription: String { name }
}

@Suite("Key decoding")
struct KeyDecodingTests {
    static let singleKeys: [DecodeCase] = [
        DecodeCase("ø is one char, U+F8", [.char(0xF8)], .key(.char("ø"))),
        DecodeCase("Å", [.char(0xC5)], .key(.char("Å"))),
        DecodeCase("日 (wide)", [.char(0x65E5)], .key(.char("日"))),
        DecodeCase("emoji", [.char(0x1F600)], .key(.char("😀"))),
        DecodeCase("e + combining acute is one grapheme", chars("e\u{301}"), .key(.char("é"))),
        DecodeCase("space", chars(" "), .key(.char(" "))),
        DecodeCase("Enter as CR (nonl)", [.char(0x0D)], .key(.enter)),
        DecodeCase("Enter as LF (Ctrl-J)", [.char(0x0A)], .key(.enter)),
        DecodeCase("Enter as CRLF", [.char(0x0D), .char(0x0A)], .key(.enter)),
        DecodeCase("KEY_ENTER (keypad)", [.keyCode(0o527)], .key(.enter)),
        DecodeCase("Tab", [.char(0x09)], .key(.tab)),
        DecodeCase("KEY_BTAB", [.keyCode(0o541)], .key(.backTab)),
        DecodeCase("lone ESC", [esc], .key(.escape)),
        DecodeCase("Alt-b", [esc, .char(0x62)], .key(.wordLeft)),
        DecodeCase("Alt-f", [esc, .char(0x66)], .key(.wordRight)),
        DecodeCase("Alt-Backspace as DEL", [esc, .char(0x7F)], .key(.deleteWordBack)),
        DecodeCase("Alt-Backspace as KEY_BACKSPACE", [esc, .keyCode(0o407)], .key(.deleteWordBack)),
        DecodeCase("Alt-Left as ESC + KEY_LEFT", [esc, .keyCode(0o404)], .key(.wordLeft)),
        DecodeCase("other Alt combinations are dropped", [esc, .char(0x78)]),
        DecodeCase("ESC ESC is two escapes", [esc, esc], .key(.escape), .key(.escape)),
        DecodeCase("Backspace as DEL", [.char(0x7F)], .key(.backspace)),
        DecodeCase("Backspace as ^H", [.char(0x08)], .key(.backspace)),
        DecodeCase("KEY_BACKSPACE", [.keyCode(0o407)], .key(.backspace)),
        DecodeCase("KEY_DC", [.keyCode(0o512)], .key(.delete)),
        DecodeCase("Ctrl-C is a key, not a signal", [.char(0x03)], .key(.ctrl("c"))),
        DecodeCase("Ctrl-D", [.char(0x04)], .key(.ctrl("d"))),
        DecodeCase("Ctrl-Z", [.char(0x1A)], .key(.ctrl("z"))),
        DecodeCase("Ctrl-\\", [.char(0x1C)], .key(.ctrl("\\"))),
        DecodeCase("Ctrl-W deletes a word", [.char(0x17)], .key(.deleteWordBack)),
        DecodeCase("C1 controls are dropped", [.char(0x9B)]),
        DecodeCase("a surrogate is dropped", [.char(0xD800)]),
        DecodeCase("up", [.keyCode(0o403)], .key(.up)),
        DecodeCase("down", [.keyCode(0o402)], .key(.down)),
        DecodeCase("left", [.keyCode(0o404)], .key(.left)),
        DecodeCase("right", [.keyCode(0o405)], .key(.right)),
        DecodeCase("home", [.keyCode(0o406)], .key(.home)),
        DecodeCase("end", [.keyCode(0o550)], .key(.end)),
        DecodeCase("page up", [.keyCode(0o523)], .key(.pageUp)),
        DecodeCase("page down", [.keyCode(0o522)], .key(.pageDown)),
        DecodeCase("F1", [.keyCode(0o411)], .key(.function(1))),
        DecodeCase("F12", [.keyCode(0o410 + 12)], .key(.function(12))),
        DecodeCase("unknown key code", [.keyCode(0o513)]),
        DecodeCase("Ctrl-Left by terminfo name", [.keyName("kLFT5")], .key(.wordLeft)),
        DecodeCase("Ctrl-Right by terminfo name", [.keyName("kRIT5")], .key(.wordRight)),
        DecodeCase("Alt-Left by terminfo name", [.keyName("kLFT3")], .key(.wordLeft)),
        DecodeCase("Shift-Up by terminfo name", [.keyName("kUP2")], .key(.up)),
        DecodeCase("unknown terminfo name", [.keyName("kDC5")]),
        DecodeCase("raw Ctrl-Left", [esc] + chars("[1;5D"), .key(.wordLeft)),
        DecodeCase("raw Ctrl-Right", [esc] + chars("[1;5C"), .key(.wordRight)),
        DecodeCase("raw Up", [esc] + chars("[A"), .key(.up)),
        DecodeCase("raw application-mode Down", [esc] + chars("OB"), .key(.down)),
        DecodeCase("raw Delete", [esc] + chars("[3~"), .key(.delete)),
        DecodeCase("raw Page Down", [esc] + chars("[6~"), .key(.pageDown)),
        DecodeCase("raw F5", [esc] + chars("[15~"), .key(.function(5))),
        DecodeCase("raw Shift-Tab", [esc] + chars("[Z"), .key(.backTab)),
        DecodeCase("unknown sequence is dropped whole", [esc] + chars("[2~")),
        DecodeCase("ESC [ with no final byte is Escape, then text", [esc] + chars("["), .key(.escape), .key(.char("["))),
    ]

    @Test("one key per read", arguments: singleKeys)
    func singleKey(_ testCase: DecodeCase) {
        #expect(decode(testCase.raw) == testCase.expected)
    }

    @Test("a single printable character is a key, not a paste")
    func singleCharacter() {
        #expect(decode(chars("j")) == [.key(.char("j"))])
    }

    @Test("a multi-line paste with æøå arrives as one paste, line feeds kept")
    func multiLinePaste() {
        let raw = chars("Første linje: æøå\rAndre linje: ÆØÅ 😀\r\ntredje\n日本")
        #expect(decode(raw) == [.paste("Første linje: æøå\nAndre linje: ÆØÅ 😀\ntredje\n日本")])
    }

    @Test("a paste ending in a line break stays a paste: the break does not submit")
    func pasteEndingInLineBreak() {
        #expect(decode(chars("Kari Nordmann\r")) == [.paste("Kari Nordmann\n")])
    }

    @Test("tabs in a paste become spaces")
    func pasteTabs() {
        #expect(decode(chars("a\tb")) == [.paste("a b")])
    }

    @Test("a control key ends the paste before it and comes after")
    func pasteThenControl() {
        #expect(decode(chars("ab") + [.char(0x03)] + chars("c")) == [.paste("ab"), .key(.ctrl("c")), .key(.char("c"))])
    }

    @Test("keys and text in one read stay in order")
    func mixedOrder() {
        let raw: [Raw] = [.keyCode(0o403)] + chars("ø") + [esc, .char(0x62)] + chars("x")
        #expect(decode(raw) == [.key(.up), .key(.char("ø")), .key(.wordLeft), .key(.char("x"))])
    }

    @Test("resize carries the new size; several in a row collapse into the last")
    func resize() {
        #expect(decode([.resized(Size(width: 100, height: 30))]) == [.resize(Size(width: 100, height: 30))])
        let raw: [Raw] = [.resized(Size(width: 90, height: 25)), .resized(Size(width: 60, height: 20))]
        #expect(decode(raw) == [.resize(Size(width: 60, height: 20))])
        let apart: [Raw] = [.resized(Size(width: 90, height: 25)), .char(0x61), .resized(Size(width: 60, height: 20))]
        #expect(decode(apart) == [.resize(Size(width: 90, height: 25)), .key(.char("a")), .resize(Size(width: 60, height: 20))])
    }

    @Test("a left click carries its cell")
    func click() {
        #expect(decode([.clicked(Point(x: 10, y: 5))]) == [.click(Point(x: 10, y: 5))])
    }

    @Test("nothing read, nothing decoded")
    func empty() {
        #expect(decode([]).isEmpty)
    }
}
