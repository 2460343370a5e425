import Foundation

extension TeamFolderError {
    /// What went wrong and what to do next; for ``invalid(_:)`` a count, then one
    /// `file:line: message` line per problem.
    public func message(_ language: Language) -> String {
        switch self {
        case .notATeamFolder(let url):
            Translation(
                nn: "«\(url.path)» er ikkje ei teammappe: der er ingen team.toml. Køyr `runde init` for å lage ei.",
                nb: "«\(url.path)» er ikke en teammappe: der er ingen team.toml. Kjør `runde init` for å lage en.",
                en: "\"\(url.path)\" is not a team folder: it has no team.toml. Run `runde init` to make one.")[language]
        case .invalid(let errors):
            ([Self.count(errors.count)[language]] + errors.map { "  " + $0.line(language) }).joined(separator: "\n")
        case .alreadyExists(let url):
            Translation(
                nn: "Det finst alt ei team.toml i «\(url.path)». runde skriv ikkje over ho.",
                nb: "Det finnes allerede en team.toml i «\(url.path)». runde skriver ikke over den.",
                en: "There is already a team.toml in \"\(url.path)\". runde will not overwrite it.")[language]
        case .cannotWrite(let url, let reason):
            Translation(
                nn: "Kan ikkje skrive «\(url.path)»: \(reason).",
                nb: "Kan ikke skrive «\(url.path)»: \(reason).",
                en: "Cannot write \"\(url.path)\": \(reason).")[language]
        }
    }

    private static func count(_ count: Int) -> Translation {
        Translation(
            nn: "Fann \(count) feil i teammappa:",
            nb: "Fant \(count) feil i teammappen:",
            en: count == 1 ? "Found 1 problem in the team folder:" : "Found \(count) problems in the team folder:")
    }
}
