import Foundation
import Testing

@testable import RundeCore

/// Inputs `make fuzz` found that crashed a parser (README, "Fuzzing"). Each must now give a
/// clean, located error.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// toml++ asserted (debug) or assumed (release) that a table header's name starts with a
    /// key character: `[!` in team.toml and `[` + line feed in a recipe file stopped runde.
    static let badHeaders: [(text: String, line: Int, column: Int)] = [
        ("[!", 1, 2),
        ("[\n", 1, 2),
        ("[", 1, 2),
        ("name = \"T\"\n\n  [[ \t#members]]\n", 3, 7),
        ("[[[members]]]\n", 1, 3),
        ("[ø]\n", 1, 2),
        ("roles = [\"a\",\n  \"b\"]\n[=x]\n", 3, 2),
    ]

    @Test("a table header without a name is a syntax error in team.toml", arguments: 0..<badHeaders.count)
    func teamFileHeader(_ index: Int) throws {
        let (text, line, column) = Self.badHeaders[index]
        let errors = TeamFile.check(text, file: "team.toml").errors
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.line == line)
        #expect(error.column == column)
        guard case .syntax = error.problem else {
            Issue.record("not a syntax error: \(error)")
            return
        }
        #expect(throws: TeamFolderError.self) { try TeamFile.parse(text) }
    }

    /// toml++ asserted that an array's value does not start with `}` or a Unicode line break.
    static let badValues: [(text: String, line: Int, column: Int)] = [
        ("s=[}", 1, 4),
        ("a = [1,}", 1, 8),
        ("a = {b = [}]}", 1, 11),
        ("a = [[}]]", 1, 7),
        ("a = [\u{2028}]", 1, 6),
        ("name = \"T\"\na = [\n  \u{85}]", 3, 3),
        ("\u{FEFF}[\u{FFFD}", 1, 2),
    ]

    @Test("a '}' or a Unicode line break where an array's value should be is a syntax error", arguments: 0..<badValues.count)
    func arrayValue(_ index: Int) throws {
        let (text, line, column) = Self.badValues[index]
        for errors in [TeamFile.check(text, file: "team.toml").errors, RecipeFile.check(text, file: "recipes/r.toml", source: .team).errors] {
            #expect(errors.count == 1)
            let error = try #require(errors.first)
            #expect(error.line == line)
            #expect(error.column == column)
            guard case .syntax = error.problem else {
                Issue.record("not a syntax error: \(error)")
                return
            }
        }
    }

    @Test("a table header without a name is a syntax error in a recipe file")
    func recipeFileHeader() throws {
        for text in ["[\n", "[!", "id = \"okt\"\n[[ \u{0}steps]]\n"] {
            #expect(throws: TeamFolderError.self) { try RecipeFile.parse(text, file: "recipes/r.toml") }
        }
    }

    /// The check before toml++ knows values: a line that starts with `[` inside a multi-line
    /// array or string is not a header, and the file still parses.
    @Test("brackets inside values and strings are not headers")
    func bracketsInValuesAreNotHeaders() throws {
        let text = """
            name = "Team [!"
            purpose = \"\"\"
            [! ei line i teksten
            \"\"\"
            # [! ein kommentar
            extra = [
              [{ a = 1 }],
              [
              ],
            ]
            literal = '''
            [#'''
            escaped = "a\\"[!"
            inline = { list = [1, { b = [] }] }
            comment = [ # a comment with } in it
              1 ]

            [[members]]
            id = "kari"
            name = "Kari"
            """
        #expect(TOMLPrecheck.firstProblem(in: text) == nil)
        let errors = TeamFile.check(text, file: "team.toml").errors
        #expect(errors.allSatisfy { if case .syntax = $0.problem { false } else { true } }, "\(errors)")
    }
}
