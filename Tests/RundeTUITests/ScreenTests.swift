import RundeCore
import Testing

@testable import RundeTUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test(
        "one grapheme",
        arguments: [
            ("ø", 1), ("Å", 1), ("a\u{30A}", 1), ("日", 2), ("😀", 2), ("❤", 1), ("❤️", 1),
            ("👍🏽", 4), ("👨‍👩‍👧", 6), ("\u{301}", 0), ("\u{200D}", 0), ("\u{1B}", 1), ("\t", 1), ("\n", 1),
        ] as [(Character, Int)]
    )
    func grapheme(_ c: Character, _ width: Int) {
        #expect(DisplayWidth.of(c) == width)
    }

    @Test func widthIsWhatPutDraws() {
        let samples: [Character] = [
            "a", "ø", "a\u{30A}", "日", "❤️", "👍🏽", "👨‍👩‍👧", "\u{301}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\r\n", "\u{2028}", "\u{378}", "\u{E0001}",
            "\u{1FAE8}",
        ]
        for c in samples {
            #expect(DisplayWidth.of(c) == DisplayWidth.drawn(c).width, "\(c.unicodeScalars.map(\.value))")
        }
        #expect(DisplayWidth.drawn("\u{378}").text == "\u{FFFD}")
        #expect(DisplayWidth.drawn("\u{85}").text == " ")
    }

    @Test func strings() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("A❤️B") == 3)
        #expect(DisplayWidth.of("A👍🏽B") == 6)
        #expect(DisplayWidth.of("æøå ÆØÅ") == 7)
        #expect(DisplayWidth.of("Avgjerdssak: Prøve ut heimekontor — æøå ÆØÅ 😀 日本") == 51)
    }

    /// A string is measured scalar by scalar where it can be; that must be the sum over its
    /// graphemes, for every mix of letters, marks, emoji sequences, wide text, controls and breaks.
    @Test func aStringIsTheSumOfItsGraphemes() {
        let pieces = [
            "a", "ø", "Å", "e\u{301}", "a\u{30A}", "日", "😀", "👍🏽", "👩‍👩‍👧", "❤️", "\u{200D}", "\u{FE0F}", "\r\n", "\n", "\t", "\u{1B}",
            "\u{85}", "\u{2028}", "\u{202E}", "\u{AD}", "–", "…", "«", "§", "\u{1100}\u{1161}", "🇳🇴", " ",
        ]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<8, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func prefixNeverSplitsAGrapheme() {
        #expect(DisplayWidth.prefix("日本", fitting: 3) == ("日", 2))
        #expect(DisplayWidth.prefix("ab日", fitting: 3) == ("ab", 2))
        #expect(DisplayWidth.prefix("a\u{30A}b", fitting: 1).text.unicodeScalars.map(\.value) == [0x61, 0x30A])
        #expect(DisplayWidth.prefix("👍🏽x", fitting: 3) == ("", 0))
        #expect(DisplayWidth.prefix("Møte", fitting: 10) == ("Møte", 4))
        #expect(DisplayWidth.prefix("x", fitting: 0) == ("", 0))
    }
}

@Suite("Screen.put")
struct ScreenPutTests {
    private func texts(_ screen: Screen, row y: Int) -> [String] {
        (0..<screen.size.width).map { screen[$0, y].text }
    }

    @Test func blankScreen() {
        let screen = Screen(size: Size(width: 3, height: 2))
        #expect(screen.row(0) == "   ")
        #expect(screen[2, 1] == Cell(text: " ", style: .plain))
        #expect(screen[5, 9] == Cell())
        #expect(screen.row(7) == "")
    }

    @Test func norwegianText() {
        var screen = Screen(size: Size(width: 10, height: 2))
        #expect(screen.put("Møte æøå", at: Point(x: 0, y: 0)) == 8)
        #expect(screen.row(0) == "Møte æøå  ")
        #expect(screen.put("ÆØÅ", at: Point(x: 7, y: 1), style: Style(bold: true)) == 3)
        #expect(screen.row(1) == "       ÆØÅ")
        #expect(screen[9, 1] == Cell(text: "Å", style: Style(bold: true)))
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = Screen(size: Size(width: 5, height: 1))
        #expect(screen.put("日本", at: Point(x: 0, y: 0)) == 4)
        #expect(texts(screen, row: 0) == ["日", "", "本", "", " "])
        #expect(screen[1, 0].isContinuation)
        #expect(screen.row(0) == "日本 ")
    }

    @Test func emojiSequencesAndCombiningMarks() {
        var screen = Screen(size: Size(width: 10, height: 2))
        #expect(screen.put("A👍🏽B", at: Point(x: 0, y: 0)) == 6)
        #expect(texts(screen, row: 0) == ["A", "👍🏽", "", "", "", "B", " ", " ", " ", " "])
        #expect(screen.put("a\u{30A}\u{301}b", at: Point(x: 0, y: 1)) == 2)
        #expect(screen[0, 1].text.unicodeScalars.map(\.value) == [0x61, 0x30A, 0x301])
        #expect(screen[1, 1].text == "b")
    }

    @Test func loneZeroWidthGraphemesAreSkipped() {
        var screen = Screen(size: Size(width: 4, height: 1))
        #expect(screen.put("\u{301}b\u{200B}c", at: Point(x: 0, y: 0)) == 2)
        #expect(screen.row(0) == "bc  ")
    }

    /// Unsafe characters are drawn in their visible form (``ControlCharacters``): a C0 control
    /// as its control picture, DEL as `␡`, C1 and bidirectional controls as `\u{XXXX}`.
    @Test func controlCharactersNeverReachTheGrid() {
        var screen = Screen(size: Size(width: 16, height: 4))
        #expect(screen.put("a\u{1B}[2Jb", at: Point(x: 0, y: 0)) == 6)
        #expect(screen.row(0) == "a␛[2Jb          ")
        #expect(screen.put("\u{7}\u{7F}\u{9B}\u{0}x", at: Point(x: 0, y: 1)) == 12)
        #expect(screen.row(1) == "␇␡\\u{009B}␀x    ")
        #expect(screen.put("a\tb\nc\r\nd", at: Point(x: 0, y: 2)) == 7)
        #expect(screen.row(2) == "a b c d         ")
        // The second form does not fit: it is never cut, the rest of the row is blanked.
        #expect(screen.put("x\u{202E}y\u{2066}", at: Point(x: 0, y: 3)) == 16)
        #expect(screen.row(3) == "x\\u{202E}y      ")
        let scalars = (0..<4).flatMap { screen.row($0).unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(!scalars.contains(where: ControlCharacters.isUnsafe))
    }

    /// What a layout measures is what the screen draws, for every unsafe character.
    @Test func widthsOfUnsafeCharactersMatchWhatIsDrawn() {
        for text in ["\u{1B}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{61C}"] {
            var screen = Screen(size: Size(width: 12, height: 1))
            #expect(screen.put(text, at: Point(x: 0, y: 0)) == DisplayWidth.of(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func clipsAtTheRightEdge() {
        var screen = Screen(size: Size(width: 5, height: 2))
        #expect(screen.put("abc", at: Point(x: 4, y: 0)) == 1)
        #expect(screen.row(0) == "    a")
        #expect(screen.put("ab日本", at: Point(x: 0, y: 1)) == 5)
        #expect(texts(screen, row: 1) == ["a", "b", "日", "", " "])
        #expect(screen.put("x", at: Point(x: 5, y: 0)) == 0)
        #expect(screen.put("x", at: Point(x: 0, y: 2)) == 0)
        #expect(screen.put("x", at: Point(x: 0, y: -1)) == 0)
    }

    @Test func clipsAtTheLeftEdge() {
        var screen = Screen(size: Size(width: 5, height: 1))
        #expect(screen.put("日本x", at: Point(x: -1, y: 0)) == 4)
        #expect(texts(screen, row: 0) == [" ", "本", "", "x", " "])
        #expect(screen.put("abc", at: Point(x: -5, y: 0)) == 0)
    }

    @Test func clipsAtMaxWidth() {
        var screen = Screen(size: Size(width: 10, height: 2))
        #expect(screen.put("abcdef", at: Point(x: 1, y: 0), maxWidth: 3) == 3)
        #expect(screen.row(0) == " abc      ")
        #expect(screen.put("日本", at: Point(x: 0, y: 1), style: Style(dim: true), maxWidth: 3) == 3)
        #expect(texts(screen, row: 1).prefix(4) == ["日", "", " ", " "])
        #expect(screen[2, 1].style == Style(dim: true))
        #expect(screen.put("abc", at: Point(x: 0, y: 1), maxWidth: 0) == 0)
        #expect(screen.put("abc", at: Point(x: 0, y: 1), maxWidth: -2) == 0)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("日本", at: Point(x: 0, y: 0), style: Style(foreground: .cyan))
        screen.put("x", at: Point(x: 1, y: 0))
        #expect(texts(screen, row: 0) == [" ", "x", "本", "", " ", " "])
        #expect(screen[0, 0] == Cell(text: " ", style: Style(foreground: .cyan)))
        screen.put("y", at: Point(x: 2, y: 0))
        #expect(texts(screen, row: 0) == [" ", "x", "y", " ", " ", " "])
        #expect(screen[3, 0].style == Style(foreground: .cyan))
    }

    @Test func wideCharacterOverWideCharacters() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("abcdef", at: Point(x: 0, y: 0))
        screen.put("日", at: Point(x: 1, y: 0))
        #expect(screen.row(0) == "a日def")
        screen.put("本", at: Point(x: 2, y: 0))
        #expect(texts(screen, row: 0) == ["a", " ", "本", "", "e", "f"])
        screen.put("😀", at: Point(x: 3, y: 0))
        #expect(texts(screen, row: 0) == ["a", " ", " ", "😀", "", "f"])
    }
}

@Suite("Screen fill, style and changes")
struct ScreenDiffTests {
    @Test func fillRepairsWideCharactersAtItsEdges() {
        var screen = Screen(size: Size(width: 6, height: 3))
        screen.put("日本語", at: Point(x: 0, y: 1))
        screen.fill(Rect(x: 1, y: 1, width: 2, height: 1), style: Style(reverse: true))
        #expect(screen.row(1) == "    語")
        #expect(screen[0, 1] == Cell())
        #expect(screen[1, 1] == Cell(text: " ", style: Style(reverse: true)))
        #expect(screen[2, 1] == Cell(text: " ", style: Style(reverse: true)))
        #expect(screen[3, 1] == Cell())
        screen.fill(Rect(x: -3, y: 2, width: 100, height: 9), style: Style(underline: true))
        #expect(screen[5, 2].style == Style(underline: true))
    }

    @Test func styleCoversWholeWideCharacters() {
        var screen = Screen(size: Size(width: 5, height: 1))
        screen.put("a日b", at: Point(x: 0, y: 0))
        screen.style(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.reverse = true }
        #expect(screen[1, 0].style == Style(reverse: true))
        #expect(screen[2, 0].style == Style(reverse: true))
        #expect(screen[0, 0].style == .plain)
        #expect(screen[3, 0].style == .plain)
    }

    @Test func everythingWithoutAnOldScreen() {
        var screen = Screen(size: Size(width: 3, height: 2))
        screen.put("a", at: Point(x: 0, y: 0), style: Style(bold: true))
        screen.put("b", at: Point(x: 1, y: 0))
        let expected = [
            Run(point: Point(x: 0, y: 0), text: "a", style: Style(bold: true)),
            Run(point: Point(x: 1, y: 0), text: "b ", style: .plain),
            Run(point: Point(x: 0, y: 1), text: "   ", style: .plain),
        ]
        #expect(screen.changes(since: nil) == expected)
        #expect(screen.changes(since: Screen(size: Size(width: 4, height: 2))) == expected)
        #expect(screen.changes(since: screen) == [])
    }

    @Test func oneCellChange() {
        var old = Screen(size: Size(width: 10, height: 3))
        old.put("Møte", at: Point(x: 0, y: 0))
        var new = old
        new.put("a", at: Point(x: 1, y: 0))
        #expect(new.changes(since: old) == [Run(point: Point(x: 1, y: 0), text: "a", style: .plain)])
        new.put("æ", at: Point(x: 9, y: 2), style: Style(foreground: .green))
        #expect(
            new.changes(since: old) == [
                Run(point: Point(x: 1, y: 0), text: "a", style: .plain),
                Run(point: Point(x: 9, y: 2), text: "æ", style: Style(foreground: .green)),
            ])
    }

    @Test func runsSplitByStyleAndGaps() {
        let old = Screen(size: Size(width: 8, height: 1))
        var new = old
        new.put("ab", at: Point(x: 0, y: 0))
        new.put("c", at: Point(x: 2, y: 0), style: Style(bold: true))
        new.put("d", at: Point(x: 5, y: 0))
        #expect(
            new.changes(since: old) == [
                Run(point: Point(x: 0, y: 0), text: "ab", style: .plain),
                Run(point: Point(x: 2, y: 0), text: "c", style: Style(bold: true)),
                Run(point: Point(x: 5, y: 0), text: "d", style: .plain),
            ])
    }

    @Test func wideCharacterChanges() {
        var old = Screen(size: Size(width: 6, height: 1))
        old.put("日本", at: Point(x: 0, y: 0))
        var new = old
        new.put("月", at: Point(x: 2, y: 0))
        #expect(new.changes(since: old) == [Run(point: Point(x: 2, y: 0), text: "月", style: .plain)])

        new = old
        new.put("x", at: Point(x: 1, y: 0))
        #expect(new.changes(since: old) == [Run(point: Point(x: 0, y: 0), text: " x", style: .plain)])

        new = old
        new.style(Rect(x: 3, y: 0, width: 1, height: 1)) { $0.reverse = true }
        #expect(new.changes(since: old) == [Run(point: Point(x: 2, y: 0), text: "本", style: Style(reverse: true))])

        var narrow = Screen(size: Size(width: 6, height: 1))
        narrow.put("abcd", at: Point(x: 0, y: 0))
        new = narrow
        new.put("日", at: Point(x: 1, y: 0))
        #expect(new.changes(since: narrow) == [Run(point: Point(x: 1, y: 0), text: "日", style: .plain)])
        #expect(narrow.changes(since: new) == [Run(point: Point(x: 1, y: 0), text: "bc", style: .plain)])
    }
}

@Suite("Screen snapshot format")
struct ScreenSnapshotFormatTests {
    @Test func snapshotFormat() {
        var screen = Screen(size: Size(width: 14, height: 3))
        screen.put("Møte veke 48", at: Point(x: 0, y: 0), style: Style(bold: true))
        screen.put("日本 ok", at: Point(x: 0, y: 1))
        screen.style(Rect(x: 1, y: 1, width: 2, height: 1)) { $0.reverse = true }
        screen.put("ja", at: Point(x: 12, y: 2), style: Style(foreground: .red, bold: true, reverse: true))
        #expect(
            screen.snapshot == """
                Møte veke 48  |
                日本 ok       |
                            ja|
                # styles
                0 0-11 bold
                1 0-3 reverse
                2 12-13 bold,reverse,fg=red

                """)
        #expect(screen.text == "Møte veke 48\n日本 ok\n            ja")
    }

    @Test func allAttributesInOrder() {
        var screen = Screen(size: Size(width: 3, height: 1))
        let style = Style(foreground: .yellow, bold: true, reverse: true, dim: true, underline: true)
        screen.put("x", at: Point(x: 1, y: 0), style: style)
        screen.put("y", at: Point(x: 2, y: 0), style: Style(dim: true))
        #expect(screen.snapshot == " xy|\n# styles\n0 1-1 bold,dim,reverse,underline,fg=yellow\n0 2-2 dim\n")
    }
}
