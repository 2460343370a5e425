import ArgumentParser

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
            Init.self, New.self, Run.self, Review.self, Show.self, Export.self, Decisions.self, Actions.self, Search.self, Verify.self, Repair.self,
        ]
    )
}
