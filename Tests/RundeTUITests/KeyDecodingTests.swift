import Testing

@testable import RundeTUI

// `KeyDecoder` from plain values: what ncurses' `wget_wch` hands over, read by read, and the
// events the screen's logic sees. No terminal needed.

private typealias Raw = Terminal.RawInput

private let esc: Raw = .char(0x1B)

private func decode(_ raw: [Raw]) -> [InputEvent] {
    Terminal.decode(raw)
}

private let pasteStart: [Raw] = [esc] + chars("[200~")
private let pasteEnd: [Raw] = [esc] + chars("[201~")

/// Each read in turn through one decoder, then a long quiet: all the events, in order.
private func decode(reads: [[Raw]], quiet: Int = 0) -> [InputEvent] {
    var decoder = KeyDecoder()
    return reads.flatMap { decoder.decode($0) } + decoder.idle(milliseconds: quiet)
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

    @Test("several keys in one read are keys, each in order")
    func batchOfKeys() {
        #expect(decode(chars("ab")) == [.key(.char("a")), .key(.char("b"))])
        #expect(decode(chars("Kari æøå")) == "Kari æøå".map { .key(.char($0)) })
    }

    @Test("Enter Enter Enter in one read is three Enters")
    func threeEnters() {
        #expect(decode(chars("\r\r\r")) == [.key(.enter), .key(.enter), .key(.enter)])
        #expect(decode(chars("\n\n")) == [.key(.enter), .key(.enter)])
    }

    @Test("text then Enter in one read: the Enter is a key, not a line break")
    func textThenEnter() {
        #expect(decode(chars("nhei\r")) == [.key(.char("n")), .key(.char("h")), .key(.char("e")), .key(.char("i")), .key(.enter)])
    }

    @Test("a tab among keys is Tab")
    func tabAmongKeys() {
        #expect(decode(chars("a\tb")) == [.key(.char("a")), .key(.tab), .key(.char("b"))])
    }

    @Test("a control key among keys stays in its place")
    func controlAmongKeys() {
        #expect(decode(chars("ab") + [.char(0x03)] + chars("c")) == [.key(.char("a")), .key(.char("b")), .key(.ctrl("c")), .key(.char("c"))])
    }

    @Test("a bracketed paste with æøå arrives as one paste, line breaks as LF, tabs as spaces")
    func bracketedPaste() {
        let raw = pasteStart + chars("Første linje: æøå\rAndre linje: ÆØÅ 😀\r\ntredje\n日本\tx") + pasteEnd
        #expect(decode(raw) == [.paste("Første linje: æøå\nAndre linje: ÆØÅ 😀\ntredje\n日本 x")])
    }

    @Test("a paste ending in a line break stays a paste: the break does not submit")
    func pasteEndingInLineBreak() {
        #expect(decode(pasteStart + chars("Kari Nordmann\r") + pasteEnd) == [.paste("Kari Nordmann\n")])
    }

    @Test("keys before and after a paste stay keys, in order")
    func keysAroundPaste() {
        let raw = chars("n") + pasteStart + chars("hei") + pasteEnd + chars("\r")
        #expect(decode(raw) == [.key(.char("n")), .paste("hei"), .key(.enter)])
    }

    @Test("escape sequences, keys and control characters inside a paste are dropped")
    func pasteWithControls() {
        let raw =
            pasteStart + chars("a\u{1B}[31mb\u{1B}[0m") + [.char(0x07), .char(0x00), .char(0x9B), .char(0x7F), esc]
            + chars("c") + [.keyCode(0o403), .keyName("kLFT5"), .char(0xD800)] + chars("\u{1B}[Ad") + pasteStart + chars("e") + pasteEnd
        #expect(decode(raw) == [.paste("abcde")])
    }

    @Test("a paste split across reads, even inside its markers, is one paste")
    func pasteAcrossReads() {
        let whole = pasteStart + chars("første\r\nandre") + pasteEnd + chars("x")
        for cut in 1..<whole.count {
            let events = decode(reads: [Array(whole[..<cut]), Array(whole[cut...])])
            #expect(events == [.paste("første\nandre"), .key(.char("x"))], "cut at \(cut)")
        }
    }

    @Test("a key sequence split across reads is still one key")
    func sequenceAcrossReads() {
        #expect(decode(reads: [[esc] + chars("[1;"), chars("5D")]) == [.key(.wordLeft)])
        var decoder = KeyDecoder()
        #expect(decoder.decode([esc]).isEmpty)
        #expect(decoder.awaitsSequence)
        #expect(decoder.decode(chars("[A")) == [.key(.up)])
    }

    @Test("a lone Escape at the end of a read is Escape once the read is followed by quiet")
    func loneEscapeThenQuiet() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(chars("a") + [esc]) == [.key(.char("a"))])
        #expect(decoder.idle(milliseconds: 25) == [.key(.escape)])
        #expect(!decoder.awaitsSequence)
        #expect(decoder.decode(chars("b")) == [.key(.char("b"))])
    }

    @Test("a paste whose end never comes is ended after a second of quiet")
    func unterminatedPaste() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(pasteStart + chars("hei")).isEmpty)
        #expect(decoder.inPaste)
        #expect(decoder.idle(milliseconds: 250).isEmpty)
        #expect(decoder.decode(chars(" du")).isEmpty)  // input resets the quiet
        #expect(decoder.idle(milliseconds: 750).isEmpty)
        #expect(decoder.idle(milliseconds: 250) == [.paste("hei du")])
        #expect(!decoder.inPaste)
        #expect(decoder.decode(chars("q")) == [.key(.char("q"))])
    }

    @Test("a paste holds at most pasteLimit characters; the rest is dropped, the end still ends it")
    func pasteLimit() {
        let long = String(repeating: "ø", count: KeyDecoder.pasteLimit + 10)
        let events = decode(reads: [pasteStart + chars(long), pasteEnd + chars("x")])
        #expect(events == [.paste(String(repeating: "ø", count: KeyDecoder.pasteLimit)), .key(.char("x"))])
    }

    @Test("an empty paste gives nothing; an end marker without a start is dropped")
    func emptyPasteAndStrayEnd() {
        #expect(decode(pasteStart + pasteEnd).isEmpty)
        #expect(decode(pasteEnd + chars("a")) == [.key(.char("a"))])
    }

    @Test("a paste into a single-line editor: its line breaks become spaces")
    func pasteIntoSingleLine() {
        guard case .paste(let text) = decode(pasteStart + chars("Anne\r\nLise\u{1B}[1m!") + pasteEnd).first else {
            Issue.record("no paste")
            return
        }
        var editor = LineEditor("", multiline: false)
        editor.insert(text)
        #expect(editor.text == "Anne Lise!")
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
