import ArgumentParser
import Foundation
import RundeCore

@main
struct Runde: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "runde",
            abstract: Translation(
                nn: "Styr teammøte etter samtykke: rundar, avgjerder, referat — frå ein terminal.",
                nb: "Styr teammøter etter samtykke: runder, avgjørelser, referat — fra en terminal.",
                en: "Run team meetings by consent: rounds, decisions, minutes — from a terminal."
            ).shown,
            discussion: Translation(
                nn: """
                    Ei teammappe har team.toml (medlemer og roller) og meetings/ (ein logg for kvart møte, \
                    som berre veks). Byrj med «runde init», planlegg med «runde new», les att med «runde show».
                    """,
                nb: """
                    En teammappe har team.toml (medlemmer og roller) og meetings/ (én logg for hvert møte, \
                    som bare vokser). Begynn med «runde init», planlegg med «runde new», les igjen med «runde show».
                    """,
                en: """
                    A team folder holds team.toml (members and roles) and meetings/ (one append-only log a \
                    meeting). Start with `runde init`, plan with `runde new`, read back with `runde show`.
                    """
            ).shown,
            version: "0.1.0",
            subcommands: [
                Init.self, New.self, Run.self, Follow.self, Review.self, Show.self, Export.self, Decisions.self, Actions.self, Search.self, Verify.self,
                Repair.self, Sync.self, MergeLog.self,
            ]
        )
    }

    /// As ArgumentParser's own `main`, but every message — help, a usage error, a ``Failure``
    /// quoting a file — is written through ``Console``, so it shows control characters visibly.
    ///
    /// The language is decided first, from the raw command line (``CLILanguage``), so the help
    /// and ArgumentParser's own errors are in it too (``UsageText``); a misspelled command is
    /// caught before parsing (``UnknownCommand``): one line, status 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = LanguageOptions.language(unparsed: arguments)
        CLILanguage.current = language
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let unknown = UnknownCommand(arguments, commands: commands) {
            Console.error(unknown.message(language))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = message(for: error, code: code, language)
            if !message.isEmpty {
                if code == .success { Console.out(message) } else { Console.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// What to print for `error`, which ends the program with `code`: a help screen, a usage
    /// error or a failure, in `language`.
    static func message(for error: Error, code: ExitCode, _ language: Language) -> String {
        let english = fullMessage(for: error)
        guard !english.isEmpty else { return "" }
        if code == .success {
            let isHelp = error is CleanExit || ParseProblem(error)?.isHelpRequest == true
            return isHelp ? UsageText.help(english, language) : english
        }
        if code == .validationFailure { return UsageText.usageError(error, english: english, root: self, language) }
        return english.hasPrefix(_errorPrefix) ? UsageText.errorPrefix(language) + english.dropFirst(_errorPrefix.count) : english
    }
}
