import RundeCore
import Testing

@testable import RundeTUI

@Suite("LineEditor")
struct LineEditorTests {
    private func scalars(_ s: String) -> [UInt32] {
        s.unicodeScalars.map(\.value)
    }

    /// Feeds `key` to `e` and expects it to be consumed (or not).
    private func press(_ e: inout LineEditor, _ key: Key, consumed: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(e.handle(key) == consumed, "\(key)", sourceLocation: sourceLocation)
    }

    private func editor(_ text: String, cursor: Int, multiline: Bool = true) -> LineEditor {
        var e = LineEditor(text, multiline: multiline)
        e.cursor = cursor
        return e
    }

    @Test func initPutsTheCursorAtTheEnd() {
        let e = LineEditor("Møte 👍🏽")
        #expect(e.text == "Møte 👍🏽")
        #expect(e.cursor == 6)
        #expect(e.multiline)
        #expect(LineEditor().cursor == 0)
        #expect(LineEditor("a\r\nb", multiline: false).text == "a b")
    }

    @Test func cursorIsClamped() {
        var e = LineEditor("日本")
        e.cursor = 9
        #expect(e.cursor == 2)
        e.cursor = -1
        #expect(e.cursor == 0)
        e.cursor = 2
        e.text = "x"
        #expect(e.cursor == 1)
    }

    @Test func typingInserts() {
        var e = editor("Mte", cursor: 1)
        press(&e, .char("ø"))
        #expect(e.text == "Møte")
        #expect(e.cursor == 2)
        press(&e, .char("日"))
        press(&e, .char("👍🏽"))
        #expect(e.text == "Mø日👍🏽te")
        #expect(e.cursor == 4)
    }

    @Test func typingADecomposedRingJoinsTheLetter() {
        var e = LineEditor("bl")
        press(&e, .char("a"))
        press(&e, .char("\u{30A}"))
        #expect(scalars(e.text) == [0x62, 0x6C, 0x61, 0x30A])
        #expect(e.cursor == 3)
        press(&e, .char("s"))
        #expect(e.cursor == 4)
    }

    @Test func callerKeysAreNotConsumed() {
        var e = LineEditor("ja")
        for key: Key in [.enter, .escape, .tab, .backTab, .pageUp, .function(5), .ctrl("c"), .char("\n"), .char("\u{1B}"), .char("\t")] {
            press(&e, key, consumed: false)
        }
        #expect(e == LineEditor("ja"))
    }

    @Test func backspaceRemovesWholeGraphemes() {
        var e = LineEditor("bla\u{30A}")
        press(&e, .backspace)
        #expect(scalars(e.text) == [0x62, 0x6C])
        #expect(e.cursor == 2)

        e = LineEditor("ok👍🏽")
        press(&e, .backspace)
        #expect(e.text == "ok")

        e = editor("👨‍👩‍👧!", cursor: 1)
        press(&e, .backspace)
        #expect(e.text == "!")
        #expect(e.cursor == 0)
        press(&e, .backspace)
        #expect(e.text == "!")
    }

    @Test func deleteRemovesTheGraphemeAfter() {
        var e = editor("日本", cursor: 0)
        press(&e, .delete)
        #expect(e.text == "本")
        #expect(e.cursor == 0)
        e = editor("xa\u{30A}y", cursor: 1)
        press(&e, .delete)
        #expect(e.text == "xy")
        e = LineEditor("æ")
        press(&e, .delete)
        #expect(e.text == "æ")
    }

    @Test func leftAndRightMoveByGrapheme() {
        var e = LineEditor("æ👍🏽a\u{30A}日")
        #expect(e.cursor == 4)
        press(&e, .left)
        #expect(e.cursor == 3)
        press(&e, .left)
        press(&e, .left)
        #expect(e.cursor == 1)
        press(&e, .left)
        press(&e, .left)
        #expect(e.cursor == 0)
        press(&e, .right)
        #expect(e.cursor == 1)
        e.cursor = 4
        press(&e, .right)
        #expect(e.cursor == 4)
    }

    @Test func homeAndEndOfTheCurrentLine() {
        var e = LineEditor("første\nandre linje")
        #expect(e.cursor == 18)
        press(&e, .home)
        #expect(e.cursor == 7)
        press(&e, .end)
        #expect(e.cursor == 18)
        press(&e, .ctrl("a"))
        #expect(e.cursor == 7)
        press(&e, .ctrl("e"))
        #expect(e.cursor == 18)
        e.cursor = 3
        press(&e, .ctrl("E"))
        #expect(e.cursor == 6)
        press(&e, .home)
        #expect(e.cursor == 0)
    }

    @Test func wordMovement() {
        var e = LineEditor("Vi prøver heimekontor.")
        #expect(e.cursor == 22)
        for expected in [10, 3, 0, 0] {
            press(&e, .wordLeft)
            #expect(e.cursor == expected)
        }
        for expected in [2, 9, 21, 22] {
            press(&e, .wordRight)
            #expect(e.cursor == expected)
        }
    }

    @Test func wordsAreLettersAndDigits() {
        var e = LineEditor("ja 👍🏽 nei")
        press(&e, .wordLeft)
        #expect(e.cursor == 5)
        press(&e, .wordLeft)
        #expect(e.cursor == 0)
        e = LineEditor("møte 日本 a\u{30A}år 2024")
        for expected in [12, 8, 5, 0] {
            press(&e, .wordLeft)
            #expect(e.cursor == expected)
        }
    }

    @Test func deleteWordBack() {
        var e = LineEditor("Vi prøver heimekontor")
        press(&e, .deleteWordBack)
        #expect(e.text == "Vi prøver ")
        #expect(e.cursor == 10)
        press(&e, .deleteWordBack)
        #expect(e.text == "Vi ")
        e = LineEditor("a 👨‍👩‍👧 日本")
        press(&e, .deleteWordBack)
        #expect(e.text == "a 👨‍👩‍👧 ")
        press(&e, .deleteWordBack)
        #expect(e.text == "")
    }

    @Test func deleteToLineStartAndEnd() {
        var e = LineEditor("første\nandre linje")
        press(&e, .ctrl("u"))
        #expect(e.text == "første\n")
        #expect(e.cursor == 7)
        press(&e, .ctrl("u"))
        #expect(e.text == "første\n")

        e = LineEditor("første\nandre")
        e.cursor = 2
        press(&e, .ctrl("k"))
        #expect(e.text == "fø\nandre")
        #expect(e.cursor == 2)
        press(&e, .ctrl("k"))
        #expect(e.text == "føandre")
        e.cursor = 7
        press(&e, .ctrl("k"))
        #expect(e.text == "føandre")
    }

    @Test func upAndDownKeepTheDisplayColumn() {
        var e = editor("æøå日本\nab\n👍🏽xyz", cursor: 4)
        press(&e, .up, consumed: false)
        #expect(e.cursor == 4)
        press(&e, .down)
        #expect(e.cursor == 8)
        press(&e, .down)
        #expect(e.cursor == 11)
        press(&e, .down, consumed: false)
        press(&e, .up)
        #expect(e.cursor == 8)
        press(&e, .up)
        #expect(e.cursor == 4)
    }

    @Test func upNeverLandsInsideAWideCharacter() {
        var e = editor("日本\nabc", cursor: 4)
        press(&e, .up)
        #expect(e.cursor == 0)
        e = editor("日本\nabc", cursor: 5)
        press(&e, .up)
        #expect(e.cursor == 1)
    }

    @Test func upAndDownInASingleLineEditor() {
        var e = LineEditor("ja", multiline: false)
        press(&e, .up, consumed: false)
        press(&e, .down, consumed: false)
    }

    @Test func pasteThreeLines() {
        var e = LineEditor()
        e.insert("Ein\r\nTo\rTre")
        #expect(e.text == "Ein\nTo\nTre")
        #expect(e.cursor == 10)

        var single = LineEditor(multiline: false)
        single.insert("Ein\r\nTo\nTre\n")
        #expect(single.text == "Ein To Tre ")

        e = editor("[]", cursor: 1)
        e.insert("a\nb")
        #expect(e.text == "[a\nb]")
        #expect(e.cursor == 4)
    }

    @Test func pasteDropsControlCharacters() {
        var e = LineEditor()
        e.insert("x\u{1B}[31my\u{7}\u{7F}\u{9B}\tz")
        #expect(e.text == "x[31my z")
        e = LineEditor("bla")
        e.insert("\u{30A} 👨‍👩‍👧")
        #expect(scalars(e.text).prefix(4) == [0x62, 0x6C, 0x61, 0x30A])
        #expect(e.cursor == 5)
    }

    /// Bidirectional controls are refused as the other unsafe characters are, typed or pasted.
    @Test func bidiControlsAreNeitherTypedNorPasted() {
        var e = LineEditor()
        e.insert("a\u{202E}b\u{2066}c\u{2069}\u{200F}\u{61C}d")
        #expect(e.text == "abcd")
        for c: Character in ["\u{202E}", "\u{202A}", "\u{2067}", "\u{200E}", "\u{61C}", "\u{9B}", "\u{1B}", "\u{7F}", "\t"] {
            let consumed = e.handle(.char(c))
            #expect(!consumed, "\(c.unicodeScalars.map(\.value)) is not the editor's")
        }
        #expect(e.text == "abcd")
        #expect(!e.text.unicodeScalars.contains(where: ControlCharacters.isUnsafe))
    }

    @Test func layoutWrapsAndPlacesTheCursor() {
        var e = LineEditor("Vi prøver heimekontor")
        #expect(e.layout(width: 10).lines == ["Vi prøver", "heimekonto", "r"])
        #expect(e.layout(width: 10).cursor == Point(x: 1, y: 2))
        for (cursor, point) in [(0, Point(x: 0, y: 0)), (9, Point(x: 9, y: 0)), (10, Point(x: 0, y: 1)), (20, Point(x: 0, y: 2))] {
            e.cursor = cursor
            #expect(e.layout(width: 10).cursor == point, "cursor \(cursor)")
        }
    }

    @Test func layoutCursorAfterSpacesAndLineFeeds() {
        #expect(LineEditor("hello ").layout(width: 6) == (["hello"], Point(x: 6, y: 0)))
        #expect(LineEditor("hello ").layout(width: 5) == (["hello"], Point(x: 5, y: 0)))
        #expect(LineEditor("a\n").layout(width: 5) == (["a", ""], Point(x: 0, y: 1)))
        #expect(LineEditor("Ein\r\nTo\nTre").layout(width: 10) == (["Ein", "To", "Tre"], Point(x: 3, y: 2)))
        #expect(LineEditor("").layout(width: 10) == ([""], Point(x: 0, y: 0)))
        #expect(LineEditor("abc").layout(width: 0) == ([], Point(x: 0, y: 0)))
    }

    @Test func layoutCountsDisplayColumns() {
        var e = LineEditor("日本語")
        #expect(e.layout(width: 4) == (["日本", "語"], Point(x: 2, y: 1)))
        e.cursor = 2
        #expect(e.layout(width: 4).cursor == Point(x: 0, y: 1))
        e.cursor = 1
        #expect(e.layout(width: 4).cursor == Point(x: 2, y: 0))
        #expect(LineEditor("👨‍👩‍👧 ok").layout(width: 10) == (["👨‍👩‍👧 ok"], Point(x: 9, y: 0)))
        #expect(LineEditor("a\u{30A}æ").layout(width: 10).cursor == Point(x: 2, y: 0))
    }

    @Test func longTextStaysUsable() {
        var e = LineEditor()
        for _ in 0..<500 {
            for c in "æøå 日 " {
                _ = e.handle(.char(c))
            }
        }
        #expect(e.cursor == 3000)
        press(&e, .wordLeft)
        #expect(e.cursor == 2998)
        let layout = e.layout(width: 80)
        #expect(layout.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(layout.cursor.y == layout.lines.count - 1)
    }
}
