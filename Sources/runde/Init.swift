import ArgumentParser
import Foundation
import RundeCore

struct Init: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Lag ei teammappe: team.toml til å redigere, og meetings/.", nb: "Lag en teammappe: team.toml til å redigere, og meetings/.",
                en: "Create a team folder: team.toml to edit, and meetings/."
            ).shown,
            discussion: Translation(
                nn: "Døme: runde init heimetenesta --name \"Heimetenesta Fjordvik\" --member \"kari:Kari Nordvik:fasilitator\"",
                nb: "Eksempel: runde init heimetenesta --name \"Heimetenesta Fjordvik\" --member \"kari:Kari Nordvik:fasilitator\"",
                en: "Example: runde init heimetenesta --name \"Heimetenesta Fjordvik\" --member \"kari:Kari Nordvik:fasilitator\""
            ).shown)
    }

    @Argument(
        help: Translation(
            nn: "Mappa som skal lagast (standard: her).", nb: "Mappen som skal lages (standard: her).", en: "The folder to create (default: here)."
        ).help(value: Translation(nn: "mappe", nb: "mappe", en: "folder")))
    var folder: String?

    @Option(
        name: .long,
        help: Translation(nn: "Namnet på teamet.", nb: "Navnet på teamet.", en: "The team's name.").help(value: Translation(nn: "namn", nb: "navn", en: "name"))
    )
    var name: String

    @Option(
        name: .long,
        help: Translation(
            nn: "Eit medlem som id:Namn[:rolle,rolle]; gjenta for kvart. Rediger team.toml seinare for meir.",
            nb: "Et medlem som id:Navn[:rolle,rolle]; gjenta for hvert. Rediger team.toml senere for mer.",
            en: "A member as id:Name[:role,role]; repeat for each. Edit team.toml later for more."
        ).help(value: Translation(nn: "medlem", nb: "medlem", en: "member")))
    var member: [String] = []

    @Flag(
        name: .customLong("git"),
        help: Translation(
            nn: "Gjer òg mappa til eit git-lager, for runde sync (Docs/sync.md).", nb: "Gjør også mappen til et git-lager, for runde sync (Docs/sync.md).",
            en: "Also make the folder a git repository, for runde sync (Docs/sync.md)."
        ).help)
    var makeRepository = false

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language
        if let folder { try checkArgument(folder, "FOLDER", language) }
        try checkArgument(name, "--name", language)
        for text in member { try checkArgument(text, "--member", language) }
        for text in member where Self.parseMember(text) == nil {
            throw ValidationError(
                Translation(
                    nn: "--member «\(text)»: skriv id:Namn eller id:Namn:rolle,rolle (roller som i team.toml, t.d. fasilitator).",
                    nb: "--member «\(text)»: skriv id:Navn eller id:Navn:rolle,rolle (roller som i team.toml, f.eks. fasilitator).",
                    en: "--member \"\(text)\": write id:Name or id:Name:role,role (roles as in team.toml, e.g. fasilitator).")[language])
        }
    }

    func run() throws {
        let language = languageOptions.language
        let members = member.compactMap(Self.parseMember)
        let url = URL(fileURLWithPath: folder ?? ".")
        if makeRepository, !Git.isInstalled { throw Failure(SyncText.noGit[language]) }
        do {
            let created = try TeamFolder.create(at: url, name: name, members: members)
            Console.out(
                Translation(
                    nn: "Laga teammappa \(created.url.path). Rediger \(TeamFile.fileName) for medlemer og roller.",
                    nb: "Laget teammappen \(created.url.path). Rediger \(TeamFile.fileName) for medlemmer og roller.",
                    en: "Created the team folder \(created.url.path). Edit \(TeamFile.fileName) for members and roles.")[language])
        } catch {
            throw Failure(error.message(language))
        }
        guard makeRepository else { return }
        do { _ = try TeamRepository.create(team: url, language) } catch let failed as Git.Failed { throw Failure(failed.message(language)) }
        Console.out(SyncText.madeRepository(url.path)[language])
    }

    static func parseMember(_ text: String) -> Team.Member? {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        var roles: [Role] = []
        if parts.count == 3 {
            for word in parts[2].split(separator: ",") {
                guard let role = Role(rawValue: word.trimmingCharacters(in: .whitespaces)) else { return nil }
                roles.append(role)
            }
        }
        return Team.Member(id: ParticipantID(parts[0]), name: parts[1], roles: roles)
    }
}
