import Foundation
import Testing

/// `--help`, the usage and ArgumentParser's own errors speak the user's language, chosen as for
/// everything else runde prints: `--lang`, `RUNDE_LANG`, the team file, the locale, Nynorsk.
@Suite struct HelpLanguageTests {
    /// The ways to ask for each language, each with the arguments and environment it takes.
    static func ways(_ language: String) throws -> [(arguments: [String], environment: [String: String], directory: URL)] {
        let scratch = try CLI.scratch(language)
        switch language {
        case "nn": return [([], [:], scratch)]
        case "nb": return [(["--lang", "nb"], [:], scratch), ([], ["RUNDE_LANG": "nb"], scratch), (["--lang=nb"], ["RUNDE_LANG": "en"], scratch)]
        default:
            let team = try CLI.exampleTeam(language)
            let teamFile = team.appendingPathComponent("team.toml")
            let text = try String(contentsOf: teamFile, encoding: .utf8).replacingOccurrences(of: "language = \"nn\"", with: "language = \"en\"")
            try text.write(to: teamFile, atomically: true, encoding: .utf8)
            return [
                (["--lang", "en"], [:], scratch), ([], ["RUNDE_LANG": "en"], scratch), ([], [:], team),
                (["--team", team.path], [:], scratch), (["--team=\(team.path)"], ["LANG": "nb_NO.UTF-8"], scratch),
            ]
        }
    }

    @Test(arguments: ["nn", "nb", "en"])
    func rootHelp(language: String) throws {
        for way in try Self.ways(language) {
            let result = try CLI.run(["--help"] + way.arguments, in: way.directory, environment: way.environment)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(way)")
            try assertSnapshot(result.stdout, named: "help-runde-\(language).txt")
        }
    }

    @Test(arguments: ["nn", "nb", "en"])
    func showHelp(language: String) throws {
        for way in try Self.ways(language) {
            let result = try CLI.run(["show", "--help"] + way.arguments, in: way.directory, environment: way.environment)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(way)")
            try assertSnapshot(result.stdout, named: "help-show-\(language).txt")
            let named = try CLI.run(["help", "show"], in: way.directory, environment: way.environment)
            if way.arguments.isEmpty { #expect(named.stdout == result.stdout, "runde help show, \(way)") }
        }
    }

    static let unknownOption = [
        "nn": """
        Feil: Ukjend val «--tema». Meinte du «--team»?
        Bruk:  runde show <møte> [--team <mappe>] [--lang <språk>]
          Sjå «runde show --help» for meir.

        """,
        "nb": """
        Feil: Ukjent valg «--tema». Mente du «--team»?
        Bruk:  runde show <møte> [--team <mappe>] [--lang <språk>]
          Se «runde show --help» for mer.

        """,
        "en": """
        Error: Unknown option "--tema". Did you mean "--team"?
        Usage: runde show <meeting> [--team <team>] [--lang <lang>]
          See 'runde show --help' for more information.

        """,
    ]

    @Test(arguments: ["nn", "nb", "en"])
    func anUnknownOptionSuggestsTheOneMeant(language: String) throws {
        for way in try Self.ways(language) {
            let result = try CLI.run(["show", "veke-42", "--tema", "x"] + way.arguments, in: way.directory, environment: way.environment)
            #expect(result.status == 64, "\(way)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == Self.unknownOption[language], "\(way)")
        }
    }

    static let missingArgument = [
        "nn": """
        Feil: Manglar «<møte>».
        Hjelp: <møte>  Møtet: stien til loggen, eller namnet på møtet i teammappa.
        Bruk:  runde show <møte> [--team <mappe>] [--lang <språk>]
          Sjå «runde show --help» for meir.

        """,
        "nb": """
        Feil: Mangler «<møte>».
        Hjelp: <møte>  Møtet: stien til loggen, eller navnet på møtet i teammappen.
        Bruk:  runde show <møte> [--team <mappe>] [--lang <språk>]
          Se «runde show --help» for mer.

        """,
        "en": """
        Error: Missing "<meeting>".
        Help:  <meeting>  The meeting: a path to its log, or its name in the team folder.
        Usage: runde show <meeting> [--team <team>] [--lang <lang>]
          See 'runde show --help' for more information.

        """,
    ]

    @Test(arguments: ["nn", "nb", "en"])
    func aMissingArgumentIsNamed(language: String) throws {
        for way in try Self.ways(language) {
            let result = try CLI.run(["show"] + way.arguments, in: way.directory, environment: way.environment)
            #expect(result.status == 64, "\(way)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == Self.missingArgument[language], "\(way)")
        }
    }

    @Test(arguments: [
        (["export", "x", "--format", "pdf"], "Feil: «pdf» er ikkje ein gyldig verdi for «--format». Vel mellom «md», «html», «json».\n"),
        (["decisions", "--within"], "Feil: «--within» treng ein verdi.\n"),
        (["decisions", "--json=ja"], "Feil: «--json» tek ingen verdi, men fekk «ja».\n"),
        (["show", "a", "b"], "Feil: Uventa argument «b».\n"),
        (["verify", "--tema"], "Feil: Ukjend val «--tema». Meinte du «--team»?\n"),
        (["actions", "--opne"], "Feil: Ukjend val «--opne». Meinte du «--open»?\n"),
        (["init", "x", "--name", "X", "--membr", "kari"], "Feil: Ukjend val «--membr». Meinte du «--member»?\n"),
        (["show", "x", "--heilt-ukjend"], "Feil: Ukjend val «--heilt-ukjend».\n"),
        (["new", " "], "Feil: Tittelen er tom.\n"),
        (["new", "X", "--check-in", " "], "Feil: --check-in: spørsmålet er tomt.\n"),
        (["new", "X", "--at", "i morgon"], "Feil: --at «i morgon»: skriv tida som ÅÅÅÅ-MM-DD TT:MM.\n"),
        (["export", "x", "-ox"], "Feil: Ukjend val «-ox»; eller manglar «-o» ein verdi?\n"),
        (["-x"], "Feil: Ukjend val «-x».\nBruk:  runde <kommando>\n  Sjå «runde --help» for meir.\n"),
        (["show", "--lang", "xx"], "Feil: «xx» er ikkje ein gyldig verdi for «--lang». Vel mellom «nn», «nb», «en».\n"),
    ])
    func parserErrorsInNynorsk(arguments: [String], firstLine: String) throws {
        let result = try CLI.run(arguments, in: try CLI.scratch())
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(firstLine), "\(result.stderr)")
    }

    /// A failure worded by runde itself gets the prefix in the same language.
    @Test func aFailureHasTheErrorPrefixInTheLanguage() throws {
        let nn = try CLI.run(["show", "veke-99"], in: try CLI.exampleTeam())
        #expect(nn.status == 1)
        #expect(nn.stderr.hasPrefix("Feil: Finn ikkje noko møte «veke-99»"), "\(nn.stderr)")
        let en = try CLI.run(["show", "veke-99", "--lang", "en"], in: try CLI.exampleTeam())
        #expect(en.stderr.hasPrefix("Error: "), "\(en.stderr)")
    }

    /// No default said twice, and no option a command does not have.
    @Test func helpSaysEachDefaultOnceAndOnlyTheOptionsThatApply() throws {
        let scratch = try CLI.scratch()
        for language in ["nn", "en"] {
            let initHelp = try CLI.run(["init", "--help", "--lang", language], in: scratch).stdout
            let folder = initHelp.split(separator: "\n").first { $0.contains(language == "en" ? "The folder to create" : "Mappa som skal lagast") } ?? ""
            #expect(folder.components(separatedBy: language == "en" ? "default" : "standard").count == 2, "\(folder)")
        }
        let search = try CLI.run(["search", "--help"], in: scratch).stdout
        #expect(!search.contains("--today") && search.contains("--json") && search.contains("--teams"), "\(search)")
        let decisions = try CLI.run(["decisions", "--help", "--lang", "en"], in: scratch).stdout
        #expect(decisions.contains("--today") && !decisions.contains("--overdue"), "\(decisions)")
        let actions = try CLI.run(["actions", "--help", "--lang", "en"], in: scratch).stdout
        #expect(actions.contains("--today") && !actions.contains("--due-for-review"), "\(actions)")
        let searchToday = try CLI.run(["search", "høyring", "--today", "2026-01-01"], in: scratch)
        #expect(searchToday.status == 64 && searchToday.stderr.hasPrefix("Feil: Ukjend val «--today»."), "\(searchToday.stderr)")
    }

    /// Every command's help is in the language, down to ArgumentParser's own lines.
    @Test func noEnglishLeftInAnyCommandsHelp() throws {
        let scratch = try CLI.scratch()
        let commands = ["init", "new", "run", "follow", "review", "show", "export", "decisions", "actions", "search", "verify", "repair"]
        for command in [[]] + commands.map({ [$0] }) {
            let help = try CLI.run(command + ["--help"], in: scratch).stdout
            for english in [
                "OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "default", "(values:", " the ", "Only ", "<meeting>", "<team>",
            ] {
                #expect(!help.contains(english), "runde \(command) --help says \(english):\n\(help)")
            }
        }
    }
}
