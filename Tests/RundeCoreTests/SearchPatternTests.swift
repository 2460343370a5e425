import Foundation
import Testing

@testable import RundeCore

@Suite struct SearchPatternTests {
    @Test(arguments: [
        ("hoyring", "Høyring om ny turnus"),
        ("HØYRING", "ei høyring"),
        ("hoeyring", "høyring"),
        ("høyring", "Hoyring, skrive utan ø"),
        ("AEROE", "Ærø-ferja"),
        ("aero", "ærø"),
        ("ærø", "Aero"),
        ("paaroerande", "pårørande"),
        ("parorande", "Pårørande"),
        ("PÅRØRANDE", "paarorande"),
        ("cafe", "Café"),
        ("CAFÉ", "cafe"),
        ("sma", "små"),
        ("tysdag", "på tysdag kl. 9"),
        ("turnus høyring", "Høyring om ny turnus"),
    ])
    func matches(query: String, text: String) throws {
        let pattern = try #require(SearchPattern(query))
        #expect(pattern.matches(text), "\(query) should find \(text)")
    }

    @Test(arguments: [
        ("noe", "nord"),
        ("hoeyring", "hoyring"),
        ("aero", "Aro"),
        ("turnus kake", "Høyring om ny turnus"),
        ("ærø", "aro"),
    ])
    func doesNotMatch(query: String, text: String) throws {
        let pattern = try #require(SearchPattern(query))
        #expect(!pattern.matches(text), "\(query) should not find \(text)")
    }

    @Test func decomposedLettersAreTheSameLetters() throws {
        let pattern = try #require(SearchPattern("pa\u{30A}"))
        #expect(pattern.matches("på"))
        #expect(try #require(SearchPattern("paa")).matches("pa\u{30A}"))
    }

    @Test func emptyOrBlankIsNoPattern() {
        #expect(SearchPattern("") == nil)
        #expect(SearchPattern(" \n\t ") == nil)
        #expect(SearchPattern("  to   ord ")?.description == "to ord")
    }

    @Test func firstMatchIsTheTextAsWritten() throws {
        let text = "Ny HØYRING og Ærø-ferja"
        let range = try #require(SearchPattern("hoyring")?.firstMatch(in: text))
        #expect(text[range] == "HØYRING")
        let aero = try #require(SearchPattern("aeroe")?.firstMatch(in: text))
        #expect(text[aero] == "Ærø")
        let earliest = try #require(SearchPattern("ferja ny")?.firstMatch(in: text))
        #expect(text[earliest] == "Ny", "the earliest of the words")
        #expect(SearchPattern("ferja kake")?.firstMatch(in: text) == nil, "every word must occur")
    }

    @Test func searchFoldedIsUnchangedForFileNames() {
        #expect("Høyring på Ærø".searchFolded == "hoyring pa aero")
        #expect("Teammøte veke 48!".slug == "teammote-veke-48")
        #expect("Café Ångström".slug == "cafe-angstrom")
    }
}
