import Foundation
import Glibc
import RundeCore

/// A team folder kept in git: what `runde init --git` sets up and `runde sync` keeps up.
struct TeamRepository {
    let git: Git
    let team: URL
    /// The team folder as git names paths from the top of the working tree ("" at the top).
    let teamPath: String

    /// The team folder's repository, or nil when the folder is in none.
    init?(team: URL) {
        guard let root = Git.root(of: team) else { return nil }
        let top = root.resolvingSymlinksInPath().path
        let folder = team.resolvingSymlinksInPath().path
        guard folder == top || folder.hasPrefix(top + "/") else { return nil }
        git = Git(root: root)
        self.team = team
        teamPath = folder == top ? "" : String(folder.dropFirst(top.count + 1))
    }

    /// `path` inside the team folder, as git names it.
    func path(_ inTeam: String) -> String { teamPath.isEmpty ? inTeam : teamPath + "/" + inTeam }

    /// The name of the merge driver that `.gitattributes` gives meeting logs.
    static let driverName = "runde-log"

    /// What git leaves out: files runde derives from the logs and can make again.
    static let ignored = """
        # runde: derived from the logs, made again when needed
        .runde/
        exports/

        """

    /// How git treats meeting logs: never as text to be mended (no line-ending changes), and
    /// merged by runde's rule (`runde merge-log`, see Docs/sync.md), never with conflict markers.
    static let attributes = """
        # runde: a meeting log is only appended to; runde's merge driver brings two copies together
        meetings/*.jsonl -text merge=\(driverName)
        meetings/*.jsonl.fork-* -text -merge

        """

    /// Makes the team folder a repository: private like the rest of the folder (the group's in a
    /// group-shared folder), with the two files above, and one first commit of what is there.
    static func create(team: URL, _ language: Language) throws -> TeamRepository {
        let initial = Git(root: team)
        try initial.run(["init", "--quiet", "--initial-branch=main", "--shared=\(sharedRepository(team))"])
        guard let repository = TeamRepository(team: team) else { throw Git.Failed(arguments: ["init"], status: 1, errors: "") }
        try repository.configure()
        let name = TeamFolder.team(at: team)?.name ?? team.lastPathComponent
        try repository.git.run(["add", "--all", "--", "."])
        try repository.git.run([
            "commit", "--quiet", "-m",
            Translation(nn: "Teammappa «\(name)» i git", nb: "Teammappen «\(name)» i git", en: "The team folder “\(name)” in git")[language],
        ])
        return repository
    }

    /// Points git at this runde for merging logs, keeps git's own files private, and sees that
    /// the team folder's `.gitignore` and `.gitattributes` hold runde's lines. Done on every
    /// sync, so a plain `git clone`, or a team folder inside a larger repository, is set up by
    /// its first sync.
    func configure() throws {
        try Self.include(Self.ignored, in: team.appendingPathComponent(".gitignore"))
        try Self.include(Self.attributes, in: team.appendingPathComponent(".gitattributes"))
        try git.run(["config", "merge.\(Self.driverName).name", "runde: meeting logs"])
        try git.run(["config", "merge.\(Self.driverName).driver", Self.driverCommand])
        let shared = Self.sharedRepository(team)
        if git.line(["config", "core.sharedRepository"]) != shared {
            try git.run(["config", "core.sharedRepository", shared])
        }
    }

    /// The `-c` options that name the merge driver for one git run, whatever the repository's
    /// configuration says.
    var driverOptions: [String] { ["-c", "merge.\(Self.driverName).driver=\(Self.driverCommand)"] }

    /// git's `core.sharedRepository`: git's own files as private as runde's (``FileModes``).
    private static func sharedRepository(_ team: URL) -> String { FileModes.inside(team) == .group ? "0660" : "0600" }

    /// The merge driver as git runs it (through the shell): this program, quoted.
    private static var driverCommand: String {
        "'\(executable.replacingOccurrences(of: "'", with: "'\\''"))' merge-log %O %A %B %P"
    }

    /// Takes from every file and folder in the team folder (git's own included) the permission
    /// bits runde never gives (``FileModes``): git writes what it checks out with the umask.
    func keepPrivate() {
        let modes = FileModes.inside(team)
        let forbidden: mode_t = modes == .group ? 0o007 : 0o077
        let walker = FileManager.default.enumerator(atPath: team.path)
        for path in [team.path] + (walker?.compactMap { ($0 as? String).map { team.appendingPathComponent($0).path } } ?? []) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFLNK, info.st_mode & forbidden != 0 else { continue }
            chmod(path, info.st_mode & 0o7777 & ~forbidden)
        }
    }

    /// This program, for git to run as the merge driver.
    private static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Adds to the file at `url` (made if missing) those of `text`'s lines it does not hold yet.
    private static func include(_ text: String, in url: URL) throws {
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let have = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !have.contains(String($0)) }
        guard !missing.isEmpty else { return }
        let added = existing.isEmpty ? text : (existing.hasSuffix("\n") ? existing : existing + "\n") + missing.joined(separator: "\n") + "\n"
        do { try PrivateFiles.write(Data(added.utf8), to: url, replacing: !existing.isEmpty) } catch { throw Failure(error.description) }
    }
}

extension Git.Failed {
    /// What to tell the user: the git command and what git said.
    func message(_ language: Language) -> String {
        let said = errors.trimmingCharacters(in: .whitespacesAndNewlines)
        return Translation(
            nn: "git \(arguments.first ?? "") feila (status \(status))", nb: "git \(arguments.first ?? "") feilet (status \(status))",
            en: "git \(arguments.first ?? "") failed (status \(status))")[language] + (said.isEmpty ? "" : ":\n" + said)
    }
}
