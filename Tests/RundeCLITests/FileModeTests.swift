import Foundation
import Glibc
import Testing

/// Everything runde creates is the user's alone whatever the umask — files 0600, folders 0700 —
/// or, in a group-shared folder (`chmod 2770`), the group's too: 0660 and 02770. Never others'.
@Suite struct FileModeTests {
    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    /// Runs `runde` under `umask` in `folder`, through the shell as a person would.
    @discardableResult
    static func runde(_ arguments: [String], umask: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let runde = CLI.products.appendingPathComponent("runde").path
        let result = try Spawn.run(
            "/bin/sh", ["-c", "cd \"$1\" && umask \(umask) && shift && exec \"$@\"", "sh", folder.path, runde] + arguments,
            environment: ["LANG=C.UTF-8", "TZ=Europe/Oslo", "PATH=/usr/bin:/bin"])
        #expect(result.status == 0, "runde \(arguments.joined(separator: " ")): \(result.output)", sourceLocation: sourceLocation)
        return result.output
    }

    /// `runde init`, `new`, `export -o` and `repair` in `folder`; answers what each made.
    static func makeEverything(in folder: URL, umask: String) throws -> [String: URL] {
        let team = folder.appendingPathComponent("team")
        try runde(["init", "team", "--name", "Modes", "--member", "kari:Kari Nordvik:fasilitator"], umask: umask, in: folder)
        try runde(["new", "Modetest"], umask: umask, in: team)
        let log = team.appendingPathComponent("meetings").appendingPathComponent(try #require(CLI.meetings(in: team).first))
        let minutes = team.appendingPathComponent("referat.md")
        try runde(["export", log.path, "-o", minutes.path], umask: umask, in: team)
        let replaced = team.appendingPathComponent("referat.html")
        try Data("gammal".utf8).write(to: replaced)
        #expect(chmod(replaced.path, 0o644) == 0)
        try runde(["export", log.path, "--format", "html", "-o", replaced.path, "--force"], umask: umask, in: team)
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\":\"2026".utf8))
        try handle.close()
        try runde(["repair", log.path], umask: umask, in: team)
        let recipes = team.appendingPathComponent("recipes")
        let example = recipes.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: recipes.path).first))
        return [
            "team": team, "team.toml": team.appendingPathComponent("team.toml"), "meetings": team.appendingPathComponent("meetings"),
            "recipes": recipes, "example recipe": example, "log": log, "export": minutes, "export --force": replaced,
            "torn": URL(fileURLWithPath: log.path + ".torn-2"), ".runde": team.appendingPathComponent(".runde"),
            "index": team.appendingPathComponent(".runde/index.sqlite"),
        ]
    }

    static let folders: Set = ["team", "meetings", "recipes", ".runde"]

    @Test(arguments: ["000", "022", "077"])
    func privateWhateverTheUmask(umask: String) throws {
        let made = try Self.makeEverything(in: try CLI.scratch("modes\(umask)"), umask: umask)
        for (name, url) in made.sorted(by: { $0.key < $1.key }) {
            let expected: mode_t = Self.folders.contains(name) ? 0o700 : 0o600
            #expect(Self.mode(url) == expected, "\(name) (\(url.lastPathComponent)) is \(String(Self.mode(url), radix: 8)) with umask \(umask)")
        }
    }

    /// A team shares a machine through a group: in a folder with the setgid bit and group rw,
    /// what runde makes is the group's too, and still not others'.
    @Test func groupSharedFolderGivesTheGroupReadAndWrite() throws {
        let shared = try CLI.scratch().appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        #expect(chmod(shared.path, 0o2770) == 0)
        let made = try Self.makeEverything(in: shared, umask: "000")
        for (name, url) in made.sorted(by: { $0.key < $1.key }) {
            let expected: mode_t = Self.folders.contains(name) ? 0o2770 : 0o660
            #expect(Self.mode(url) == expected, "\(name) (\(url.lastPathComponent)) is \(String(Self.mode(url), radix: 8))")
        }
        #expect(Self.mode(shared) == 0o2770, "an existing folder is left as it is")

        // Exported out of the shared folder, the minutes are private again.
        let outside = try CLI.scratch("outside")
        let log = try #require(made["log"])
        try Self.runde(["export", log.path, "-o", outside.appendingPathComponent("referat.md").path], umask: "000", in: shared)
        #expect(Self.mode(outside.appendingPathComponent("referat.md")) == 0o600)
    }

    /// `runde init` into a folder someone made group-shared first.
    @Test func initInAnExistingGroupSharedFolder() throws {
        let team = try CLI.scratch().appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        #expect(chmod(team.path, 0o2770) == 0)
        try Self.runde(["init", ".", "--name", "Delt", "--member", "kari:Kari Nordvik:fasilitator"], umask: "022", in: team)
        #expect(Self.mode(team.appendingPathComponent("team.toml")) == 0o660)
        #expect(Self.mode(team.appendingPathComponent("meetings")) == 0o2770)
        #expect(Self.mode(team) == 0o2770)
    }
}
