import ArgumentParser
import Foundation

@main
struct Runde: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runde",
        abstract: "Run team meetings by consent: rounds, decisions, minutes — from a terminal.",
        discussion: """
            A team folder holds team.toml (members and roles) and meetings/ (one append-only log a \
            meeting). Start with `runde init`, plan with `runde new`, read back with `runde show`.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, New.self, Run.self, Follow.self, Review.self, Show.self, Export.self, Decisions.self, Actions.self, Search.self, Verify.self,
            Repair.self, Sync.self, MergeLog.self,
        ]
    )

    /// As ArgumentParser's own `main`, but every message — help, a usage error, a ``Failure``
    /// quoting a file — is written through ``Console``, so it shows control characters visibly.
    ///
    /// A misspelled command is caught before parsing (``UnknownCommand``): one line, status 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let unknown = UnknownCommand(arguments, commands: commands) {
            Console.error(unknown.message(LanguageOptions.language(unparsed: arguments)))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.out(message) } else { Console.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
