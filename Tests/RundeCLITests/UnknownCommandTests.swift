import Foundation
import Testing

/// A misspelled command gets one line in the user's language with the command meant, status 64,
/// not ArgumentParser's "Unexpected argument" and the usage.
@Suite struct UnknownCommandTests {
    @Test func suggestsTheCommandMeantInNynorsk() throws {
        let result = try CLI.run(["decisons"], in: try CLI.scratch())
        #expect(result.status == 64)
        #expect(result.stderr == "runde: «decisons» er ikkje ein kommando. Meinte du «runde decisions»?\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func suggestsTheCommandMeantInEnglish() throws {
        let flag = try CLI.run(["serch", "høyring", "--lang", "en"], in: try CLI.scratch())
        #expect(flag.status == 64)
        #expect(flag.stderr == "runde: \"serch\" is not a command. Did you mean \"runde search\"?\n")
        let environment = try CLI.run(["actoins"], in: try CLI.scratch(), environment: ["RUNDE_LANG": "en"])
        #expect(environment.stderr == "runde: \"actoins\" is not a command. Did you mean \"runde actions\"?\n")
    }

    @Test func aWordLikeNoCommandPointsToTheHelp() throws {
        let result = try CLI.run(["møte"], in: try CLI.scratch(), environment: ["LANG": "nb_NO.UTF-8"])
        #expect(result.status == 64)
        #expect(result.stderr == "runde: «møte» er ikke en kommando. Se «runde --help» for kommandoene.\n")
    }
}
