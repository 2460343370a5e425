import Foundation
import Testing

/// An agenda file that is not there: said in the user's language, with how to write one.
struct AgendaFileCLITests {
    @Test(arguments: [
        ("nn", "nope.txt finst ikkje. Skriv saklista der, éi sak per linje"), ("nb", "nope.txt finnes ikke. Skriv sakslisten der"),
        ("en", "nope.txt does not exist. Write the agenda there, one item a line"),
    ])
    func aMissingAgendaFileSaysSoInTheLanguage(language: String, expected: String) throws {
        let team = try CLI.exampleTeam("missingAgenda\(language)")
        let before = CLI.meetings(in: team)
        let result = try CLI.run(["new", "Teammøte", "--agenda", "nope.txt", "--lang", language], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!result.stderr.contains("The operation could not be completed"), "no Foundation text")
        #expect(CLI.meetings(in: team) == before, "nothing planned")
    }
}
