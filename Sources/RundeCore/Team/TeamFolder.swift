import Foundation

/// A team's folder: everything runde keeps for one team, in files a person can read.
///
/// ```text
/// team.toml        the team and its members (TeamFile)
/// meetings/        one log per meeting
/// recipes/*.toml   optional: the team's own økt templates and vårt problem recipe (RecipeFile)
/// agenda.txt       optional: the next meeting's agenda
/// ```
public struct TeamFolder: Sendable {
    public let url: URL
    public var team: Team
    /// The built-in recipes merged with the team's own.
    public var recipes: RecipeBook
    /// The recipes the team's files define, in file-name order.
    public var teamRecipes: [Recipe]

    /// A folder value for a team already read; ``recipes`` is the built-in book merged with
    /// `teamRecipes`. Nothing is read or written.
    public init(url: URL, team: Team, teamRecipes: [Recipe] = []) {
        self.url = url
        self.team = team
        self.teamRecipes = teamRecipes
        self.recipes = RecipeBook.builtIn.merging(teamRecipes)
    }

    /// `team.toml`.
    public var teamFileURL: URL { url.appendingPathComponent(TeamFile.fileName) }
    /// `meetings/`, one log file per meeting.
    public var meetingsURL: URL { url.appendingPathComponent("meetings", isDirectory: true) }
    /// `recipes/`, the team's own recipe files.
    public var recipesURL: URL { url.appendingPathComponent(RecipeFile.folderName, isDirectory: true) }
    /// `agenda.txt`, the next meeting's agenda, when the team keeps one.
    public var agendaURL: URL { url.appendingPathComponent("agenda.txt") }

    /// The name of the example recipe file ``create(at:name:members:purpose:language:)`` writes.
    public static let exampleRecipeFileName = "eksempel.toml"

    /// Opens the team folder at `url`, reading `team.toml` and every `recipes/*.toml`.
    ///
    /// Files whose names start with `.` are skipped, and so is a recipe file that defines
    /// nothing (only comments). A missing `meetings/` is not an error: it is made when a meeting
    /// is first written.
    ///
    /// - Throws: ``TeamFolderError/notATeamFolder(_:)`` when there is no `team.toml`;
    ///   ``TeamFolderError/invalid(_:)`` with every problem in the team file and the recipe files
    ///   together.
    public static func open(_ url: URL) throws(TeamFolderError) -> TeamFolder {
        let teamFile = url.appendingPathComponent(TeamFile.fileName)
        guard FileManager.default.fileExists(atPath: teamFile.path) else { throw .notATeamFolder(url) }
        var errors: [TeamFileError] = []
        var team: Team?
        switch readText(teamFile, name: TeamFile.fileName, limit: Limits.teamFileBytes) {
        case .success(let text):
            let checked = TeamFile.check(text, file: TeamFile.fileName)
            team = checked.team
            errors += checked.errors
        case .failure(let error):
            errors.append(error)
        }
        let recipes = readRecipes(in: url.appendingPathComponent(RecipeFile.folderName, isDirectory: true), &errors)
        guard let team, errors.isEmpty else { throw .invalid(errors) }
        return TeamFolder(url: url, team: team, teamRecipes: recipes)
    }

    /// The team in `team.toml` at `url` alone, as far as it reads: nil when there is none or it
    /// has a problem. For the team's language and time zone before the folder is opened, so a
    /// command can word the folder's own errors in that language.
    public static func team(at url: URL) -> Team? {
        guard case .success(let text) = readText(url.appendingPathComponent(TeamFile.fileName), name: TeamFile.fileName, limit: Limits.teamFileBytes)
        else { return nil }
        return TeamFile.check(text, file: TeamFile.fileName).team
    }

    /// Where the team at `url` holds its meetings: the team file's `time_zone`, else the
    /// machine's (also when the file does not read). A meeting's own log says where it was held;
    /// this is for what has no log yet, or a log written before zones were recorded.
    public static func meetingTimeZone(at url: URL) -> TimeZone { team(at: url)?.meetingTimeZone ?? .current }

    private static func readRecipes(in folder: URL, _ errors: inout [TeamFileError]) -> [Recipe] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
        } catch {
            errors.append(TeamFileError(file: RecipeFile.folderName, line: 0, problem: .unreadable(error.localizedDescription)))
            return []
        }
        var recipes: [Recipe] = []
        var files: [String: String] = [:]
        for name in names {
            let file = "\(RecipeFile.folderName)/\(name)"
            let text: String
            switch readText(folder.appendingPathComponent(name), name: file, limit: Limits.recipeFileBytes) {
            case .success(let read): text = read
            case .failure(let error):
                errors.append(error)
                continue
            }
            let checked = RecipeFile.check(text, file: file, source: .team)
            errors += checked.errors
            guard let recipe = checked.recipe else { continue }
            if let other = files[recipe.id] {
                let line = TOMLLayout(text).root.line(of: "id")
                errors.append(TeamFileError(file: file, line: line, problem: .duplicateRecipeID(recipe.id, otherFile: other)))
            } else {
                files[recipe.id] = file
                recipes.append(recipe)
            }
        }
        return recipes
    }

    /// The file's text, reading no more than one byte past `limit`: a larger file is refused.
    private static func readText(_ url: URL, name: String, limit: Int) -> Result<String, TeamFileError> {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else { return .failure(TeamFileError(file: name, line: 0, problem: .fileTooLarge(limit: limit))) }
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(TeamFileError(file: name, line: 0, problem: .unreadable(nil)))
            }
            return .success(text)
        } catch {
            return .failure(TeamFileError(file: name, line: 0, problem: .unreadable(error.localizedDescription)))
        }
    }
}
