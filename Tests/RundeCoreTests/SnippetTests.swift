import Foundation
import Testing

@testable import RundeCore

@Suite struct SnippetTests {
    @Test func shortTextIsWholeOnOneLine() throws {
        let text = "Namn er\nikkje   skrivne ned."
        let range = try #require(SearchPattern("skrivne")?.firstMatch(in: text))
        #expect(Snippet.around(range, in: text) == "Namn er ikkje skrivne ned.")
    }

    @Test func longTextIsCutAtWordsAroundTheMatch() throws {
        let words = (1...60).map { "ord\($0)" }
        let text = words.joined(separator: " ") + " høyring " + words.joined(separator: " ")
        let range = try #require(SearchPattern("hoyring")?.firstMatch(in: text))
        let snippet = Snippet.around(range, in: text)
        #expect(snippet.hasPrefix("…ord"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains(" høyring ord1 ord2"))
        #expect(snippet.count <= Snippet.length + 2)
        #expect(!snippet.dropFirst().dropLast().split(separator: " ").contains { !$0.hasPrefix("ord") && $0 != "høyring" }, "no word is cut")
    }

    @Test func aMatchNearTheEndGetsTheRoomBeforeIt() throws {
        let text = (1...60).map { "ord\($0)" }.joined(separator: " ") + " høyring."
        let range = try #require(SearchPattern("hoyring")?.firstMatch(in: text))
        let snippet = Snippet.around(range, in: text)
        #expect(snippet.hasPrefix("…ord"))
        #expect(snippet.hasSuffix(" høyring."))
        #expect(snippet.count > Snippet.length - 10, "the room after the match is given to the text before it")
        #expect(snippet.count <= Snippet.length + 1)
    }
}
