import Testing

@testable import RundeTUI

@Suite("TextWrap")
struct TextWrapTests {
    @Test func wordsAndSpaces() {
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("hello world", width: 11) == ["hello world"])
        #expect(TextWrap.wrap("hello world", width: 10) == ["hello", "world"])
        #expect(TextWrap.wrap("hello world", width: 5) == ["hello", "world"])
        #expect(TextWrap.wrap("a  b", width: 10) == ["a  b"])
        #expect(TextWrap.wrap("  a b", width: 10) == ["  a b"])
        #expect(TextWrap.wrap("a   ", width: 10) == ["a"])
        #expect(TextWrap.wrap("   ", width: 10) == [""])
        #expect(TextWrap.wrap("a     b", width: 3) == ["a", "b"])
    }

    @Test func norwegianText() {
        #expect(TextWrap.wrap("Vi prøver heimekontor", width: 10) == ["Vi prøver", "heimekonto", "r"])
        #expect(TextWrap.wrap("Vi prøver heimekontor", width: 11) == ["Vi prøver", "heimekontor"])
        #expect(TextWrap.wrap("æøå ÆØÅ æøå", width: 7) == ["æøå ÆØÅ", "æøå"])
        let decomposed = "a\u{30A}a\u{30A}a\u{30A}"
        let lines = TextWrap.wrap(decomposed, width: 2)
        #expect(lines.map { $0.unicodeScalars.count } == [4, 2])
    }

    @Test func lineFeedsAlwaysBreak() {
        #expect(TextWrap.wrap("a\nb\n", width: 5) == ["a", "b", ""])
        #expect(TextWrap.wrap("a\r\nb\rc", width: 5) == ["a", "b", "c"])
        #expect(TextWrap.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrap.wrap("\n", width: 5) == ["", ""])
    }

    @Test func noBreakSpaceKeepsWordsTogether() {
        #expect(TextWrap.wrap("kl.\u{A0}10 møte", width: 6) == ["kl.\u{A0}10", "møte"])
    }

    @Test func wideCharacters() {
        #expect(TextWrap.wrap("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
        #expect(TextWrap.wrap("ok 👍🏽 takk", width: 4) == ["ok", "👍🏽", "takk"])
        #expect(TextWrap.wrap("Møte 日本", width: 8) == ["Møte", "日本"])
    }

    /// A grapheme wider than the whole line is shown as `…` on a line of its own, so no line is
    /// ever wider than asked and wrapping always ends.
    @Test func graphemeWiderThanTheLine() {
        #expect(TextWrap.wrap("日本", width: 1) == ["…", "…"])
        #expect(TextWrap.wrap("a日b", width: 1) == ["a", "…", "b"])
        #expect(TextWrap.wrap("👍🏽", width: 3) == ["…"])
        #expect(TextWrap.wrap("👍🏽x", width: 3) == ["…x"])
    }

    @Test func widthBelowOneGivesNoLines() {
        #expect(TextWrap.wrap("abc", width: 0) == [])
        #expect(TextWrap.wrap("", width: -3) == [])
    }

    @Test(arguments: 1...12)
    func neverWiderThanAsked(width: Int) {
        let texts = [
            "Avgjerdssak: Prøve ut heimekontor — æøå ÆØÅ 😀 日本",
            "Vi   treng ein  plan\nfor 👨‍👩‍👧 og 👍🏽, a\u{30A}, 日本語テキスト og ❤️",
            "heimekontorordninga-for-alle-tilsette",
        ]
        for text in texts {
            let lines = TextWrap.wrap(text, width: width)
            #expect(!lines.isEmpty)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(line) at \(width)")
            }
        }
    }

    @Test func truncate() {
        #expect(TextWrap.truncate("Heimekontor", width: 20) == "Heimekontor")
        #expect(TextWrap.truncate("Heimekontor", width: 11) == "Heimekontor")
        #expect(TextWrap.truncate("Heimekontor", width: 6) == "Heime…")
        #expect(TextWrap.truncate("Prøve ut", width: 4) == "Prø…")
        #expect(TextWrap.truncate("日本語", width: 6) == "日本語")
        #expect(TextWrap.truncate("日本語", width: 5) == "日本…")
        #expect(TextWrap.truncate("日本語", width: 4) == "日…")
        #expect(TextWrap.truncate("👍🏽x", width: 4) == "…")
        #expect(TextWrap.truncate("abc", width: 1) == "…")
        #expect(TextWrap.truncate("abc", width: 0) == "")
        #expect(TextWrap.truncate("", width: 0) == "")
    }
}

/// A text that fits on one line is handed back at once; that must be what wrapping it gives.
@Suite struct TextWrapShortcutTests {
    @Test func aFittingLineIsWhatTheWrapperGives() {
        let pieces = ["ord", " ", "  ", "ø", "日本", "👍🏽", "e\u{301}", "\t", "\u{3000}", "\u{A0}", "\n", "\r\n", "\u{2028}", "–", "lang-ord-utan-mellomrom"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0..<7, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            let width = Int.random(in: 1..<30, using: &random)
            let chars = Array(text)
            let wrapped = TextWrap.lines(chars, widths: chars.map(DisplayWidth.of), width: width).map(\.text)
            #expect(TextWrap.wrap(text, width: width) == wrapped, "\(text.unicodeScalars.map(\.value)) at \(width)")
        }
    }
}

@Suite struct StyledWrapTests {
    /// Styled text wraps into the same lines as its plain text, each grapheme keeping its style.
    @Test(arguments: [1, 3, 7, 12, 40])
    func styledTextWrapsAsItsPlainText(width: Int) {
        let bold = Style(bold: true)
        let runs = [StyledText("Kari Nordvik:", bold), StyledText(" møtet i 東京 👍🏽 gjekk fint,\nog "), StyledText("ære", bold), StyledText(" til alle")]
        let wrapped = TextWrap.wrap(runs, width: width)
        #expect(wrapped.map { $0.map(\.text).joined() } == TextWrap.wrap(runs.map(\.text).joined(), width: width))
        #expect(wrapped.first?.first?.style == bold)
        #expect(wrapped.flatMap { $0 }.filter { $0.style == bold }.map(\.text).joined().filter { !$0.isWhitespace } == "KariNordvik:ære")
    }
}
