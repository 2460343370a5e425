import RundeCore

/// A first argument that names no command (`runde decisons`): ArgumentParser would answer with
/// "Unexpected argument" and the usage; this says in the user's language that there is no such
/// command and suggests the closest one (``EditDistance``).
struct UnknownCommand {
    var word: String
    var suggestion: String?

    /// Nil unless the first of `arguments` is a word (not an option) that is none of `commands`.
    init?(_ arguments: [String], commands: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        word = first
        suggestion = EditDistance.closest(to: first, in: commands)
    }

    func message(_ language: Language) -> String {
        let unknown = Translation(
            nn: "runde: «\(word)» er ikkje ein kommando.",
            nb: "runde: «\(word)» er ikke en kommando.",
            en: "runde: \"\(word)\" is not a command.")[language]
        let hint =
            suggestion.map {
                Translation(nn: "Meinte du «runde \($0)»?", nb: "Mente du «runde \($0)»?", en: "Did you mean \"runde \($0)\"?")[language]
            }
            ?? Translation(nn: "Sjå «runde --help» for kommandoane.", nb: "Se «runde --help» for kommandoene.", en: "See \"runde --help\" for the commands.")[
                language]
        return unknown + " " + hint
    }
}
