import ArgumentParser
import Foundation
import RundeCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a team folder: team.toml to edit, and meetings/.",
        discussion: "Example: runde init heimetenesta --name \"Heimetenesta Fjordvik\" --member \"kari:Kari Nordvik:fasilitator\"")

    @Argument(help: "The folder to create (default: here).")
    var folder: String = "."

    @Option(name: .long, help: "The team's name.")
    var name: String

    @Option(name: .long, help: "A member as id:Name[:role,role]; repeat for each. Edit team.toml later for more.")
    var member: [String] = []

    @Flag(name: .customLong("git"), help: "Also make the folder a git repository, for runde sync (Docs/sync.md).")
    var makeRepository = false

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language
        try checkArgument(folder, "FOLDER", language)
        try checkArgument(name, "--name", language)
        for text in member { try checkArgument(text, "--member", language) }
        for text in member where Self.parseMember(text) == nil {
            throw ValidationError("--member \"\(text)\": write id:Name or id:Name:role,role (roles as in team.toml, e.g. fasilitator).")
        }
    }

    func run() throws {
        let language = languageOptions.language
        let members = member.compactMap(Self.parseMember)
        let url = URL(fileURLWithPath: folder)
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
