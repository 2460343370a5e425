import Foundation
import Glibc
import Testing

/// One machine shared over ssh (Docs/sync.md): each member has an account of their own, and the
/// team folder is shared through a Unix group (`chgrp` + `chmod 2770`). Real accounts, made for
/// the test: it needs root, as CI has; elsewhere it does not run.
@Suite(.serialized, .enabled(if: getuid() == 0, "making accounts needs root"))
struct SharedMachineTests {
    /// Accounts and a group made for one test, removed after it.
    final class Accounts {
        let suffix = String(UUID().uuidString.prefix(6)).lowercased()
        var group: String { "rt\(suffix)" }
        var facilitator: String { "kari\(suffix)" }
        var scribe: String { "ola\(suffix)" }
        var outsider: String { "eve\(suffix)" }

        init() throws {
            try Self.run("/usr/sbin/groupadd", [group])
            try Self.run("/usr/sbin/useradd", ["--no-create-home", "--gid", group, facilitator])
            try Self.run("/usr/sbin/useradd", ["--no-create-home", "--gid", group, scribe])
            try Self.run("/usr/sbin/useradd", ["--no-create-home", "--user-group", outsider])
        }

        deinit {
            for user in [facilitator, scribe, outsider] { _ = try? Spawn.run("/usr/sbin/userdel", [user], environment: []) }
            _ = try? Spawn.run("/usr/sbin/groupdel", [group], environment: [])
        }

        /// `command` (shell words) as `user`, with a umask that would give nothing to the group:
        /// the group's bits must come from runde.
        func shell(_ user: String, _ command: String) -> String {
            "/usr/sbin/runuser -u \(user) -- sh -c \"umask 077 && \(command)\""
        }

        @discardableResult
        static func run(_ path: String, _ arguments: [String]) throws -> String {
            let result = try Spawn.run(path, arguments, environment: ["PATH=/usr/bin:/bin:/usr/sbin", "LANG=C.UTF-8", "TZ=Europe/Oslo"])
            #expect(result.status == 0, "\(path) \(arguments): \(result.output)")
            return result.output
        }
    }

    @Test func twoAccountsInTheTeamsGroupWriteOneMeetingAndNoOneElseReadsIt() throws {
        let accounts = try Accounts()
        let place = try CLI.scratch()
        let runde = try CLI.runnableByAnyone("runde", in: place)
        let team = place.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: false)
        try Accounts.run("/bin/chgrp", [accounts.group, team.path])
        try Accounts.run("/bin/chmod", ["2770", team.path])

        try Accounts.run(
            "/bin/sh",
            [
                "-c",
                accounts.shell(
                    accounts.facilitator,
                    "cd '\(team.path)' && '\(runde.path)' init . --name Heimetenesta --member 'kari:Kari Nordvik:fasilitator' --member 'ola:Ola Bakken'"
                        + " && printf 'avgjerd: Ny vaktordning @kari\\n' > agenda.txt && '\(runde.path)' new Teammøte --agenda agenda.txt"),
            ])
        let name = try #require(CLI.meetings(in: team).first)
        let log = team.appendingPathComponent("meetings").appendingPathComponent(name)

        let facilitator = try Tmux()
        try facilitator.start(accounts.shell(accounts.facilitator, "cd '\(team.path)' && '\(runde.path)' run '\(name)'"))
        try TmuxTests.openWithKariAlone(facilitator)
        let scribe = try Tmux()
        try scribe.start(accounts.shell(accounts.scribe, "cd '\(team.path)' && '\(runde.path)' run '\(name)' --as ola"))
        try scribe.waitFor("▶ Kari Nordvik")
        try scribe.writeNote("Skrive av Ola på sin eigen konto")
        try facilitator.waitFor("Kari Nordvik: Skrive av Ola på sin eigen konto")
        // And the other way: the facilitator's process appends after the scribe's.
        try facilitator.writeNote("Svar frå Kari")
        try scribe.waitFor("Kari Nordvik: Svar frå Kari")

        var info = stat()
        #expect(stat(log.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660, "the log is the group's to read and write, and no one else's")
        #expect(info.st_gid == (getgrnam(accounts.group)?.pointee.gr_gid ?? 0))
        var meetings = stat()
        #expect(stat(team.appendingPathComponent("meetings").path, &meetings) == 0 && meetings.st_mode & 0o7777 == 0o2770)
        let outsider = try Spawn.run(
            "/usr/sbin/runuser", ["-u", accounts.outsider, "--", "/bin/cat", log.path], environment: ["PATH=/usr/bin:/bin"])
        #expect(outsider.status != 0, "someone outside the group cannot read the log")
        let verified = try CLI.run(["verify", log.path], in: team)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        let authors = try Spawn.run("/usr/bin/jq", ["-r", #"select(.type=="noteAdded") | .by"#, log.path], environment: [])
        #expect(authors.output == "ola\nkari\n")
        for tmux in [facilitator, scribe] {
            try tmux.keys("q")
            try tmux.waitFor("Gå ut av runde?")
            try tmux.keys("j")
            try tmux.waitFor("RC=0", history: true)
        }
    }
}
