import Foundation
import RundeCore
import Testing

/// One team shared through git: a bare remote and clones of it in a scratch folder, each a team
/// folder on "another machine". Real git, real processes, no network.
struct SharedTeam {
    let root: URL
    let remote: URL

    /// git's identity and home, pinned: the tests read no one's own git configuration.
    let environment: [String: String]

    /// Makes the first machine's team folder (`runde init --git`), a bare remote, and pushes.
    init(_ name: String = #function) throws {
        root = try CLI.scratch(name)
        remote = root.appendingPathComponent("remote.git")
        environment = [
            "HOME": root.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Kari", "GIT_AUTHOR_EMAIL": "kari@example.org",
            "GIT_COMMITTER_NAME": "Kari", "GIT_COMMITTER_EMAIL": "kari@example.org",
        ]
        try git(["init", "--quiet", "--bare", "--initial-branch=main", remote.path], in: root)
        let created = try CLI.run(
            ["init", "first", "--git", "--name", "Heimetenesta", "--member", "kari:Kari Nordvik:fasilitator", "--member", "ola:Ola Bakken"], in: root,
            environment: environment)
        #expect(created.status == 0, "\(created.stderr)")
        try git(["remote", "add", "origin", remote.path], in: first)
        let pushed = try sync(first)
        #expect(pushed.status == 0, "\(pushed.stderr)")
    }

    var first: URL { root.appendingPathComponent("first") }

    /// Another machine: a plain `git clone`, then `runde sync` (which sets up the merge driver).
    func clone(_ name: String) throws -> URL {
        try git(["clone", "--quiet", "-b", "main", remote.path, name], in: root)
        let folder = root.appendingPathComponent(name)
        let synced = try sync(folder)
        #expect(synced.status == 0, "\(synced.stderr)")
        return folder
    }

    func sync(_ team: URL) throws -> CLIResult { try CLI.run(["sync"], in: team, environment: environment) }

    @discardableResult
    func git(_ arguments: [String], in folder: URL) throws -> String {
        let result = try Spawn.run("/usr/bin/git", ["-C", folder.path] + arguments, environment: environment.map { "\($0)=\($1)" })
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.output)")
        return result.output
    }

    /// Plans a meeting with `runde new`; its log.
    func plan(_ title: String, at time: String, in team: URL) throws -> URL {
        try "informasjon: Ny turnus @kari\navgjerd: Kaffimaskin @ola\n".write(to: team.appendingPathComponent("agenda.txt"), atomically: true, encoding: .utf8)
        let planned = try CLI.run(["new", title, "--at", time, "--agenda", "agenda.txt"], in: team, environment: environment)
        #expect(planned.status == 0, "\(planned.stderr)")
        let name = try #require(CLI.meetings(in: team).first { $0.hasPrefix(time.prefix(10)) && $0.hasSuffix(".jsonl") })
        return team.appendingPathComponent("meetings").appendingPathComponent(name)
    }

    /// A meeting planned on the first machine and synced to a second (cloned): its log on the
    /// first, the second's folder, and its log there.
    func meetingOnTwoMachines() throws -> (log: URL, second: URL, there: URL) {
        let log = try plan("Teammøte", at: "2026-12-01 14:00", in: first)
        let synced = try sync(first)
        #expect(synced.status == 0, "\(synced.stderr)")
        let second = try clone("second")
        return (log, second, second.appendingPathComponent("meetings").appendingPathComponent(log.lastPathComponent))
    }

    /// Every meeting file (logs and side files) and its bytes.
    func files(in team: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in CLI.meetings(in: team) {
            files[name] = try Data(contentsOf: team.appendingPathComponent("meetings").appendingPathComponent(name))
        }
        return files
    }
}

/// Appends notes to a meeting the way a running `runde run` does (opening it first if needed).
func grow(_ log: URL, notes: [String], by author: ParticipantID = "kari") throws {
    let writer = try MeetingLogWriter(url: log)
    if writer.meeting.state.stage == .scheduled {
        try writer.submit(.setAttendance("kari", .present), by: author)
        try writer.submit(.openMeeting, by: author)
    }
    for note in notes { try writer.submit(.addNote(note, speaker: "kari"), by: author) }
}

/// Lines of a file, as byte strings.
func lines(_ data: Data) -> [Data] { data.split(separator: 0x0A).map { Data($0) } }

@Suite(.serialized) struct SyncTests {
    /// Different meetings on two machines, synced in both orders: both end with every meeting,
    /// byte for byte, and every log verifies.
    @Test(arguments: [false, true]) func differentMeetingsOnTwoMachinesEndTheSameOnBoth(secondSyncsFirst: Bool) throws {
        let team = try SharedTeam("differentMeetings\(secondSyncsFirst)")
        let second = try team.clone("second")
        let one = try team.plan("Møte på første", at: "2026-12-01 14:00", in: team.first)
        try grow(one, notes: ["Skrive på den første maskina"])
        let two = try team.plan("Møte på andre", at: "2026-12-08 14:00", in: second)
        try grow(two, notes: ["Skrive på den andre maskina 👋"], by: "ola")

        let order = secondSyncsFirst ? [second, team.first, second] : [team.first, second, team.first]
        for folder in order {
            let synced = try team.sync(folder)
            #expect(synced.status == 0, "\(synced.stderr)")
        }
        let firstFiles = try team.files(in: team.first)
        #expect(firstFiles.count == 2)
        #expect(firstFiles == (try team.files(in: second)), "both machines hold the same meetings, byte for byte")
        for folder in [team.first, second] {
            let verified = try CLI.run(["verify"], in: folder, environment: team.environment)
            #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        }
        let log = try team.git(["log", "--format=%s", "-1", "--", "meetings/\(two.lastPathComponent)"], in: team.first)
        #expect(log.hasPrefix("Møte på andre: 2 saker, 0 avgjerder"), "the commit says what happened in words: \(log)")
    }

    /// A meeting that grew on the other machine arrives as appended lines; the next sync here
    /// sends lines written here back.
    @Test func aLogThatGrewElsewhereIsAppendedHere() throws {
        let team = try SharedTeam()
        let (log, second, there) = try team.meetingOnTwoMachines()
        try grow(there, notes: ["Ein", "To"])
        #expect(try team.sync(second).status == 0)
        let synced = try team.sync(team.first)
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("henta:   \(log.lastPathComponent): 5 nye linjer"), "\(synced.stdout)")
        #expect(try Data(contentsOf: log) == (try Data(contentsOf: there)))
        #expect(MeetingFork.sideFiles(of: log).isEmpty, "a log that only grew is no fork")
    }

    /// Sync reads a log under its lock but lets the lock go before git stages it: a writer of
    /// the meeting never waits for git, which may be slow. A `git` in front of the real one
    /// tries the log's lock (`flock -n`) each time it is asked to stage a log.
    @Test func gitStagesALogWithItsLockLetGo() throws {
        let team = try SharedTeam()
        let (_, second, there) = try team.meetingOnTwoMachines()
        let bin = team.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = team.root.appendingPathComponent("locks.txt")
        let wrapper = bin.appendingPathComponent("git")
        try """
        #!/bin/sh
        root=$(pwd)
        [ "$1" = -C ] && root=$2
        for argument in "$@"; do
          case $argument in
            --path=*) if flock -n "$root/${argument#--path=}" true; then echo free >> "\(record.path)"; else echo held >> "\(record.path)"; fi ;;
          esac
        done
        exec /usr/bin/git "$@"

        """.write(to: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        var environment = team.environment
        environment["PATH"] = "\(bin.path):/usr/bin:/bin"

        try grow(there, notes: ["Ein", "To"])
        let committed = try CLI.run(["sync"], in: second, environment: environment)  // stages the grown log here
        #expect(committed.status == 0, "\(committed.stderr)")
        let broughtIn = try CLI.run(["sync"], in: team.first, environment: environment)  // appends the lines there, then stages
        #expect(broughtIn.status == 0, "\(broughtIn.stderr)")
        #expect(broughtIn.stdout.contains("5 nye linjer"), "\(broughtIn.stdout)")
        let seen = try String(contentsOf: record, encoding: .utf8).split(separator: "\n")
        #expect(seen.count >= 2 && seen.allSatisfy { $0 == "free" }, "\(seen)")
    }

    /// The same meeting grew on both machines while apart: a fork. Nothing is lost, the same
    /// copy is kept on every machine, verify and show say so, and a third clone sees the same.
    @Test func theSameMeetingOnBothMachinesIsAForkAndLosesNothing() throws {
        let team = try SharedTeam()
        let (log, second, there) = try team.meetingOnTwoMachines()
        try grow(log, notes: ["Berre på første"])
        try grow(there, notes: ["Berre på andre", "Og ein til på andre"], by: "ola")
        let everyLine = Set(lines(try Data(contentsOf: log)) + lines(try Data(contentsOf: there)))

        #expect(try team.sync(team.first).status == 0)
        let forked = try team.sync(second)
        #expect(forked.status == 0, "\(forked.stderr)")
        #expect(forked.stdout.contains("FORGREINING i \(log.lastPathComponent) etter linje 1: kopien her er møtet"), "\(forked.stdout)")
        let back = try team.sync(team.first)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("FORGREINING i \(log.lastPathComponent) etter linje 1: kopien frå fjernlageret er møtet"), "\(back.stdout)")

        let third = try team.clone("third")
        let files = try team.files(in: team.first)
        #expect(files == (try team.files(in: second)))
        #expect(files == (try team.files(in: third)))
        let side = try #require(MeetingFork.sideFiles(of: log).first)
        #expect(Set(lines(try Data(contentsOf: log)) + lines(try Data(contentsOf: side))) == everyLine, "every line of both copies is kept")
        #expect(try Data(contentsOf: log) == (try Data(contentsOf: there)), "the copy with more lines is the meeting")

        let verified = try CLI.run(["verify"], in: third, environment: team.environment)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("Møtet har ei forgreining etter linje 1: "), "\(verified.stdout)")
        #expect(verified.stdout.contains("skrivne på ein annan maskin er i \(side.lastPathComponent)."), "\(verified.stdout)")
        let shown = try CLI.run(["show", log.lastPathComponent], in: third, environment: team.environment)
        #expect(shown.stderr.contains("Møtet har ei forgreining"), "\(shown.stderr)")
    }

    /// A log on the remote that does not verify: sync stops, names it, and leaves the files and
    /// the branch here as they were.
    @Test func aDamagedLogOnTheRemoteStopsSyncAndChangesNothingHere() throws {
        let team = try SharedTeam()
        let (log, second, there) = try team.meetingOnTwoMachines()
        try grow(there, notes: ["Ein", "To"])
        var bytes = try String(contentsOf: there, encoding: .utf8)
        bytes = bytes.replacingOccurrences(of: "\"Ein\"", with: "\"Tre\"")
        try bytes.write(to: there, atomically: true, encoding: .utf8)
        // Committed and pushed past runde, as a hand edit would be.
        try team.git(["commit", "--quiet", "-am", "hand edit"], in: second)
        try team.git(["push", "--quiet", "origin", "main"], in: second)

        try grow(log, notes: ["Her"])
        let before = try team.files(in: team.first)
        let synced = try team.sync(team.first)
        #expect(synced.status != 0)
        #expect(synced.stderr.contains("Stoppa: meetings/\(log.lastPathComponent) i fjernlageret les ikkje"), "\(synced.stderr)")
        #expect(try team.files(in: team.first) == before, "the files here are unchanged")
        let head = try team.git(["rev-parse", "HEAD"], in: team.first)
        let merged = try team.git(["merge-base", "--is-ancestor", "origin/main", "HEAD"], in: team.first, allowingFailure: true)
        #expect(merged == nil, "the remote's commit was not merged (HEAD \(head))")
    }

    /// The team file changed on both machines: git cannot merge it, so sync undoes the merge,
    /// names the file and leaves it as it was here; an unreachable remote says so too.
    @Test func aConflictOutsideTheLogsOrAnUnreachableRemoteStopsSyncCleanly() throws {
        let team = try SharedTeam()
        let second = try team.clone("second")
        for (folder, purpose) in [(team.first, "Vi hjelper folk heime."), (second, "Vi hjelper folk i heimen sin.")] {
            let file = folder.appendingPathComponent("team.toml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try (text + "\n# \(purpose)\n").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(try team.sync(team.first).status == 0)
        let here = try Data(contentsOf: second.appendingPathComponent("team.toml"))
        let stopped = try team.sync(second)
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("git kunne ikkje slå saman team.toml"), "\(stopped.stderr)")
        #expect(try Data(contentsOf: second.appendingPathComponent("team.toml")) == here)
        #expect(try team.git(["status", "--porcelain"], in: second).isEmpty, "no merge left half done")

        try team.git(["remote", "set-url", "origin", team.root.appendingPathComponent("nowhere.git").path], in: team.first)
        let unreachable = try team.sync(team.first)
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("Kunne ikkje hente frå origin"), "\(unreachable.stderr)")
    }

    /// A meeting log removed on the remote (by hand: runde never removes one) is not removed here.
    @Test func aMeetingRemovedOnTheRemoteStaysHere() throws {
        let team = try SharedTeam()
        let log = try team.plan("Teammøte", at: "2026-12-01 14:00", in: team.first)
        #expect(try team.sync(team.first).status == 0)
        let second = try team.clone("second")
        try team.git(["rm", "--quiet", "meetings/\(log.lastPathComponent)"], in: second)
        try team.git(["commit", "--quiet", "-m", "removed by hand"], in: second)
        try team.git(["push", "--quiet", "origin", "main"], in: second)
        let before = try team.files(in: team.first)
        let synced = try team.sync(team.first)
        #expect(synced.status == 1)
        #expect(synced.stderr.contains("Stoppa: meetings/\(log.lastPathComponent) er fjerna i fjernlageret"), "\(synced.stderr)")
        #expect(try team.files(in: team.first) == before)
    }

    /// Sync while `runde run` holds the meeting here: the remote's lines appear on the running
    /// screen, the lines written here reach the remote on the next sync, and no commit of the
    /// log ever holds a torn or broken line.
    @Test func syncWhileTheMeetingRunsHereShowsTheRemotesLines() throws {
        let team = try SharedTeam()
        let log = try team.plan("Teammøte", at: "2026-12-01 14:00", in: team.first)
        let tmux = try runningHere(log, team)
        #expect(try team.sync(team.first).status == 0)

        let second = try team.clone("second")
        let there = second.appendingPathComponent("meetings").appendingPathComponent(log.lastPathComponent)
        try grow(there, notes: ["Frå den andre maskina 🖥"], by: "ola")
        #expect(try team.sync(second).status == 0)
        let synced = try team.sync(team.first)
        #expect(synced.status == 0, "\(synced.stderr)")
        try tmux.waitFor("Kari Nordvik: Frå den andre maskina 🖥", seconds: 10)

        try tmux.writeNote("Skrive her medan møtet går")
        try tmux.waitFor("Kari Nordvik: Skrive her medan møtet går")
        #expect(try team.sync(team.first).status == 0)
        #expect(try team.sync(second).status == 0)
        #expect(try Data(contentsOf: there) == (try Data(contentsOf: log)))
        #expect(String(decoding: try Data(contentsOf: there), as: UTF8.self).contains("Skrive her medan møtet går"))

        let commits = try team.git(["log", "--format=%H", "--", "meetings/\(log.lastPathComponent)"], in: second).split(separator: "\n")
        #expect(commits.count >= 3)
        for commit in commits {
            let copy = team.root.appendingPathComponent("commit-\(commit.prefix(8)).jsonl")
            try Data(try team.git(["show", "\(commit):meetings/\(log.lastPathComponent)"], in: second).utf8).write(to: copy)
            let verified = try CLI.run(["verify", copy.path], in: second, environment: team.environment)
            #expect(verified.status == 0 && !verified.stderr.contains("avkutta"), "commit \(commit): \(verified.stdout)\(verified.stderr)")
        }
        try leave(tmux)
    }

    /// The meeting runs here while it also grew, longer, on the other machine: sync keeps the
    /// other copy, sets this one's lines aside, and the running screen says it is a fork and
    /// how to go on, instead of writing on.
    @Test func aForkLostUnderTheRunningScreenIsSaidAsAFork() throws {
        let team = try SharedTeam()
        let (log, second, there) = try team.meetingOnTwoMachines()
        let tmux = try runningHere(log, team)
        let here = try Data(contentsOf: log)
        try grow(there, notes: (1...12).map { "Notat \($0) på den andre maskina" }, by: "ola")
        #expect(try team.sync(second).status == 0)

        let synced = try team.sync(team.first)
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("kopien frå fjernlageret er møtet"), "\(synced.stdout)")
        try tmux.waitFor("Møtet har ei forgreining", seconds: 10)
        let side = try #require(MeetingFork.sideFiles(of: log).first)
        #expect(Set(lines(here)).isSubset(of: Set(lines(try Data(contentsOf: log)) + lines(try Data(contentsOf: side)))), "nothing written here is lost")
        try leave(tmux)
    }

    /// The meeting runs here and grew longer here than on the other machine: sync keeps this
    /// copy, sets the other machine's lines aside, and the running screen says so as it happens,
    /// though its own log goes on as it was.
    @Test func aForkWonUnderTheRunningScreenIsSaid() throws {
        let team = try SharedTeam()
        let (log, second, there) = try team.meetingOnTwoMachines()
        let tmux = try runningHere(log, team)
        try grow(there, notes: ["Eitt notat på den andre maskina"], by: "ola")
        #expect(try team.sync(second).status == 0)
        try grow(log, notes: (1...12).map { "Notat \($0) her" }, by: "kari")

        let synced = try team.sync(team.first)
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("kopien her er møtet"), "\(synced.stdout)")
        try tmux.waitFor("Møtet har ei forgreining", seconds: 10)
        #expect(MeetingFork.sideFiles(of: log).count == 1)
        #expect(!(try tmux.capture()).contains("opne møtet att"), "a notice, not the lost copy's warning")
        try leave(tmux)
    }

    /// `runde run` of `log` on the first machine, in tmux, opened with Kari alone.
    private func runningHere(_ log: URL, _ team: SharedTeam) throws -> Tmux {
        let tmux = try Tmux()
        try tmux.start(TmuxTests.runde(in: team.first, "run '\(log.lastPathComponent)'"))
        try TmuxTests.openWithKariAlone(tmux)
        return tmux
    }

    /// Leaves the running screen, which exits cleanly.
    private func leave(_ tmux: Tmux) throws {
        try tmux.keys("q")
        try tmux.waitFor("Gå ut av runde?")
        try tmux.keys("j")
        try tmux.waitFor("RC=0", history: true)
    }

    /// A plain `git pull` (not runde sync) uses runde's merge driver: a fork gets no conflict
    /// markers, and the side file is there.
    @Test func aPlainGitPullMergesLogsByTheSameRule() throws {
        let team = try SharedTeam()
        let (log, second, there) = try team.meetingOnTwoMachines()
        try grow(log, notes: ["Første"])
        try grow(there, notes: ["Andre", "Andre igjen"])
        #expect(try team.sync(team.first).status == 0)
        try team.git(["commit", "--quiet", "-am", "by hand"], in: second)
        try team.git(["pull", "--quiet", "--no-rebase", "origin", "main"], in: second)
        let merged = String(decoding: try Data(contentsOf: there), as: UTF8.self)
        #expect(!merged.contains("<<<<<<<"), "no conflict markers in a log")
        #expect(MeetingFork.sideFiles(of: there).count == 1)
        #expect(try CLI.run(["verify"], in: second, environment: team.environment).status == 0)
    }

    /// The merge driver given copies that are not there: it says so in the system's words, leaves
    /// nothing behind, and git sees a conflict (status 1), never a merge.
    @Test func theMergeDriverGivenNoCopiesSaysWhy() throws {
        let folder = try CLI.scratch()
        let result = try CLI.run(["merge-log", "base", "ours", "theirs", "meetings/m.jsonl"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("ours: kan ikkje lesast: No such file or directory"), "\(result.stderr)")
        #expect(!result.stderr.contains("could not be completed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// `runde init --git` and a folder that is not a repository yet.
    @Test func initGitSetsUpTheFolderAndSyncAsksFirst() throws {
        let team = try SharedTeam()
        let ignored = try String(contentsOf: team.first.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored.contains(".runde/"))
        let attributes = try String(contentsOf: team.first.appendingPathComponent(".gitattributes"), encoding: .utf8)
        #expect(attributes.contains("meetings/*.jsonl -text merge=runde-log"))
        #expect(try team.git(["log", "--format=%s"], in: team.first).contains("Teammappa «Heimetenesta» i git"))

        let plain = team.root.appendingPathComponent("plain")
        #expect(try CLI.run(["init", plain.path, "--name", "Lag", "--member", "kari:Kari"], in: team.root, environment: team.environment).status == 0)
        let refused = try CLI.run(["sync"], in: plain, environment: team.environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("er ikkje eit git-lager. Køyr runde sync --init"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent(".git").path))
        let made = try CLI.run(["sync", "--init"], in: plain, environment: team.environment)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Ingen fjernlager er sett opp"), "\(made.stdout)")

        var noGit = team.environment
        noGit["PATH"] = team.root.path
        let missing = try CLI.run(["sync"], in: team.first, environment: noGit)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("git er ikkje installert"), "\(missing.stderr)")
    }

    /// A team folder inside a larger repository (a unit's): sync sets it up, commits only what is
    /// in it, and never the index.
    @Test func aTeamFolderInsideALargerRepositoryIsSetUpBySync() throws {
        let team = try SharedTeam()
        let unit = team.root.appendingPathComponent("unit")
        try team.git(["init", "--quiet", "--initial-branch=main", unit.path], in: team.root)
        for name in ["lag-a", "lag-b"] {
            let made = try CLI.run(
                ["init", name, "--name", name, "--member", "kari:Kari Nordvik:fasilitator", "--member", "ola:Ola Bakken"], in: unit,
                environment: team.environment)
            #expect(made.status == 0, "\(made.stderr)")
        }
        let lagA = unit.appendingPathComponent("lag-a")
        _ = try team.plan("Teammøte", at: "2026-12-01 14:00", in: lagA)
        _ = try CLI.run(["decisions"], in: lagA, environment: team.environment)  // builds the index
        let synced = try CLI.run(["sync", "--team", lagA.path], in: unit, environment: team.environment)
        #expect(synced.status == 0, "\(synced.stderr)")
        let tracked = try team.git(["ls-files"], in: unit).split(separator: "\n").map(String.init)
        #expect(tracked.contains("lag-a/.gitattributes") && tracked.contains("lag-a/.gitignore"))
        #expect(tracked.contains { $0.hasPrefix("lag-a/meetings/") && $0.hasSuffix(".jsonl") })
        #expect(!tracked.contains { $0.contains(".runde") }, "the index is never committed: \(tracked)")
        #expect(!tracked.contains { $0.hasPrefix("lag-b/") }, "only the team folder synced is committed")
    }

    /// Whatever the umask, nothing in a synced team folder, git's own files included, can be
    /// read by other users of the machine.
    @Test func aSyncedFolderStaysPrivateWhateverTheUmask() throws {
        let team = try SharedTeam()
        _ = try team.plan("Teammøte", at: "2026-12-01 14:00", in: team.first)
        #expect(try team.sync(team.first).status == 0)
        let runde = CLI.products.appendingPathComponent("runde").path
        let clone = try Spawn.run(
            "/bin/sh", ["-c", "umask 000 && cd '\(team.root.path)' && git clone --quiet -b main remote.git open && cd open && '\(runde)' sync"],
            environment: team.environment.map { "\($0)=\($1)" } + ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"])
        #expect(clone.status == 0, "\(clone.output)")
        let folder = team.root.appendingPathComponent("open")
        let readable = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { path in
            var info = stat()
            return lstat(folder.appendingPathComponent(path).path, &info) == 0 && info.st_mode & 0o007 != 0 && info.st_mode & S_IFMT != S_IFLNK
        }
        #expect(readable.isEmpty, "readable by others: \(readable.prefix(10))")
        var top = stat()
        #expect(stat(folder.path, &top) == 0 && top.st_mode & 0o077 == 0)
    }
}

extension SharedTeam {
    /// Like ``git(_:in:)``, but a failure gives nil instead of failing the test.
    func git(_ arguments: [String], in folder: URL, allowingFailure: Bool) throws -> String? {
        let result = try Spawn.run("/usr/bin/git", ["-C", folder.path] + arguments, environment: environment.map { "\($0)=\($1)" })
        return result.status == 0 ? result.output : nil
    }
}
