import ArgumentParser
import Foundation
import RundeCore

struct Sync: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Del teammappa gjennom git: lagre det som er endra, hent og slå saman, send.",
                nb: "Del teammappen gjennom git: lagre det som er endret, hent og slå sammen, send.",
                en: "Share the team folder through git: commit what changed, fetch and merge, push."
            ).shown,
            discussion: Translation(
                nn: """
                    Møteloggar blir slått saman etter regelen til runde: den lengste kopien av ein logg vinn; \
                    eit møte som voks på to maskiner kvar for seg, er ei forgreining, og dei andre linjene blir \
                    tekne vare på i ei fil ved sida av. Docs/sync.md fortel kvart steg.
                    """,
                nb: """
                    Møtelogger slås sammen etter regelen til runde: den lengste kopien av en logg vinner; \
                    et møte som vokste på to maskiner hver for seg, er en forgrening, og de andre linjene tas \
                    vare på i en fil ved siden av. Docs/sync.md forteller hvert steg.
                    """,
                en: """
                    Meeting logs are merged by runde's rule: the longer copy of a log wins; a meeting that grew \
                    on two machines apart is a fork, whose other lines are kept in a side file. Docs/sync.md \
                    tells every step.
                    """
            ).shown)
    }

    @Option(
        name: .long,
        help: Translation(
            nn: "Fjernlageret i git (standard: det greina følgjer, elles origin).", nb: "Fjernlageret i git (standard: det grenen følger, ellers origin).",
            en: "The git remote (default: the branch's upstream, else origin)."
        ).help(value: Translation(nn: "namn", nb: "navn", en: "name")))
    var remote: String?

    @Flag(
        name: .customLong("init"),
        help: Translation(
            nn: "Gjer teammappa til eit git-lager først, utan å spørje.", nb: "Gjør teammappen til et git-lager først, uten å spørre.",
            en: "Make the team folder a git repository first, without asking."
        ).help)
    var initialize = false

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let folder = try teamOptions.open(language)
        guard Git.isInstalled else { throw Failure(SyncText.noGit[language]) }
        let repository: TeamRepository
        if let existing = TeamRepository(team: folder.url) {
            repository = existing
        } else {
            guard initialize || Self.askToInitialize(folder.url, language) else {
                throw Failure(SyncText.notARepository(folder.url.path)[language])
            }
            do { repository = try TeamRepository.create(team: folder.url, language) } catch let failed as Git.Failed {
                throw Failure(failed.message(language))
            }
            Console.out(SyncText.madeRepository(folder.url.path)[language])
        }
        do {
            try repository.configure()
            try TeamSync(repository: repository, folder: folder, language: language).run(remote: remote)
        } catch let failed as Git.Failed {
            throw Failure(failed.message(language))
        }
    }

    /// Asks on a terminal whether to make the folder a repository; anywhere else the answer is no.
    private static func askToInitialize(_ folder: URL, _ language: Language) -> Bool {
        guard isatty(0) == 1, isatty(1) == 1 else { return false }
        Console.out(SyncText.askInitialize(folder.path)[language], terminator: "")
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["j", "ja", "y", "yes"].contains(answer)
    }
}

/// One `runde sync`, step by step (Docs/sync.md): commit this machine's changes, each log under
/// its lock; fetch; check every log the remote changed; bring those lines into the logs here
/// under their locks (appended, or a fork set aside); merge the rest with git; push.
struct TeamSync {
    var repository: TeamRepository
    var folder: TeamFolder
    var language: Language

    private var git: Git { repository.git }
    private var meetings: String { repository.path("meetings") }

    func run(remote: String?) throws {
        if git.line(["rev-parse", "-q", "--verify", "MERGE_HEAD"]) != nil { throw Failure(SyncText.mergeInProgress[language]) }
        let saved = try commitLocalChanges()
        for line in saved { Console.out(SyncText.saved(line)[language]) }
        guard let upstream = try upstream(remote) else {
            Console.out(SyncText.noRemote[language])
            repository.keepPrivate()
            return
        }
        guard git.talk(["fetch", "--quiet", upstream.remote]) else { throw Failure(SyncText.fetchFailed(upstream.remote)[language]) }
        if git.line(["rev-parse", "-q", "--verify", upstream.trackingRef + "^{commit}"]) != nil {
            let incoming = try incomingLogs(upstream.trackingRef)
            for line in try bringIn(incoming) { Console.out(line) }
            let before = git.line(["rev-parse", "HEAD"])
            try merge(upstream)
            for name in newMeetings(since: before) { Console.out(SyncText.newMeeting(name)[language]) }
            try checkLogs(changedSince: before)
        }
        repository.keepPrivate()
        guard git.talk(["push", "--quiet", "--set-upstream", upstream.remote, "HEAD:refs/heads/\(upstream.branch)"]) else {
            throw Failure(SyncText.pushFailed(upstream.remote)[language])
        }
        Console.out(SyncText.synced(upstream.remote, upstream.branch)[language])
    }

    // MARK: 1. This machine's changes

    /// Stages every changed file of the team folder and commits them, with a line in words for
    /// each meeting. A log is read under its lock and staged as read, up to its last complete
    /// line, so a line being written is never committed; a log that does not read stops the
    /// sync first.
    private func commitLocalChanges() throws -> [String] {
        let changedLogs = try changedPaths().filter(isLog)
        var staged: [(path: String, lines: Data)] = []
        for path in changedLogs {
            let url = git.root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let (lines, hasTornTail) = try snapshot(url)
            _ = try read(lines, url: url, what: SyncText.here)
            if hasTornTail { warn(SyncText.tornTailLeftOut(url.path)[language]) }
            staged.append((path, lines))
            try stage(lines, at: path)
        }
        let everythingElse = teamPathspec + [":(exclude,glob)\(meetings)/*.jsonl"]
        try git.run(["add", "--all", "--"] + everythingElse)
        guard try hasStagedChanges() else { return [] }
        let lines = staged.compactMap { path, lines in
            (try? MeetingLog.parse(lines, url: git.root.appendingPathComponent(path))).map { SyncText.summary($0)[language] }
        }
        let message = lines.isEmpty ? SyncText.otherChanges(folder.team.name)[language] : lines.joined(separator: "\n")
        try git.run(["commit", "--quiet", "-m", message])
        return lines.isEmpty ? [message] : lines
    }

    /// Paths in the team folder that differ from the last commit, or are new.
    private func changedPaths() throws -> [String] {
        let output = try git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--"] + teamPathspec)
        var paths: [String] = []
        var entries = output.split(separator: 0, omittingEmptySubsequences: true).makeIterator()
        while let entry = entries.next() {
            let status = String(decoding: entry.prefix(2), as: UTF8.self)
            paths.append(String(decoding: entry.dropFirst(3), as: UTF8.self))
            // A rename names its old path next; that one is gone.
            if status.hasPrefix("R") || status.hasPrefix("C") { _ = entries.next() }
        }
        return paths
    }

    // MARK: 2. What the remote changed

    /// A log as the remote has it, checked.
    struct IncomingLog {
        var path: String
        var theirs: Data
    }

    /// Every meeting log the remote changed since the two sides last met, each checked in full:
    /// one that does not read stops the sync before anything here is touched.
    private func incomingLogs(_ ref: String) throws -> [IncomingLog] {
        let base = git.line(["merge-base", "HEAD", ref])
        let range = base.map { [$0, ref] } ?? [ref]
        let removed = try git.run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=D"] + range + ["--", meetings])
        if let path = removed.split(separator: 0).map({ String(decoding: $0, as: UTF8.self) }).first(where: isLog) {
            throw Failure(SyncText.removedOnRemote(path)[language])
        }
        let names = try git.run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM"] + range + ["--", meetings])
        var incoming: [IncomingLog] = []
        for path in names.split(separator: 0).map({ String(decoding: $0, as: UTF8.self) }) where isLog(path) {
            let theirs = try git.run(["cat-file", "blob", "\(ref):\(path)"])
            let url = git.root.appendingPathComponent(path)
            let read = try read(theirs, url: url, what: SyncText.onRemote)
            if read.tornTail != nil { throw Failure(SyncText.damaged(path, SyncText.tornTail[language], SyncText.onRemote[language])[language]) }
            if let local = try? MeetingLog.bytes(of: url), local.last != 0x0A, !local.isEmpty {
                throw Failure(SyncText.repairFirst(url.path)[language])
            }
            incoming.append(IncomingLog(path: path, theirs: theirs))
        }
        return incoming
    }

    // MARK: 3. Their lines into the logs here

    /// Brings each incoming log into the copy here, under its lock, the way a second terminal's
    /// lines arrive: a running meeting shows them. A fork keeps one copy by ``LogMerge``'s rule
    /// and the other's lines in a side file, written before the log is touched. What changed is
    /// committed, so that git's merge finds the logs here already holding the remote's lines.
    private func bringIn(_ incoming: [IncomingLog]) throws -> [String] {
        var said: [String] = []
        for log in incoming {
            let url = git.root.appendingPathComponent(log.path)
            guard FileManager.default.fileExists(atPath: url.path), let merged = try merge(log, into: url) else { continue }
            said.append(merged.said)
            if let side = merged.side { try git.run(["add", "--", relative(side)]) }
            try stage(merged.lines, at: log.path)
        }
        if try hasStagedChanges() {
            try git.run(["commit", "--quiet", "-m", said.joined(separator: "\n")])
        }
        return said
    }

    /// The other machine's lines of one log brought into it under its lock, which is let go
    /// before git is run: what the log now holds, what to say, and the side file of a fork; nil
    /// when the log already holds all of them.
    private func merge(_ log: IncomingLog, into url: URL) throws -> (lines: Data, said: String, side: URL?)? {
        let locked = try lock(url)
        // Checked before too, but a writer may have crashed mid-line since.
        guard !locked.hasTornTail else { throw Failure(SyncText.repairFirst(url.path)[language]) }
        switch LogMerge.merge(ours: locked.lines, theirs: log.theirs) {
        case .keepOurs:
            return nil
        case .append(let lines):
            try attempt { () throws(LogError) in try locked.append(lines) }
            return (locked.lines, SyncText.received(url.lastPathComponent, lines.filter { $0 == 0x0A }.count)[language], nil)
        case .fork(let fork):
            let side: URL
            do { side = try fork.setAside(beside: url) } catch { throw Failure(SyncText.cannotSetAside(error)[language]) }
            if !fork.keptOurs {
                try attempt { () throws(LogError) in
                    try locked.cut(to: fork.sharedBytes)
                    try locked.append(fork.kept.suffix(from: fork.kept.startIndex + fork.sharedBytes))
                }
            }
            return (locked.lines, SyncText.forked(url.lastPathComponent, side.lastPathComponent, fork.sharedLines, fork.keptOurs)[language], side)
        }
    }

    // MARK: 4. git's merge, 5. push

    /// Merges the remote branch; logs go through runde's merge driver, which finds them already
    /// brought together. Conflicts in other files stop the sync with the merge undone.
    private func merge(_ upstream: Upstream) throws {
        let message = SyncText.mergeMessage(upstream.remote, upstream.branch)[language]
        do {
            try git.run(repository.driverOptions + ["merge", "--quiet", "--no-edit", "-m", message, upstream.trackingRef])
        } catch {
            let conflicted = git.line(["diff", "--name-only", "--diff-filter=U"]) ?? ""
            if git.line(["rev-parse", "-q", "--verify", "MERGE_HEAD"]) != nil { _ = try? git.run(["merge", "--abort"]) }
            guard !conflicted.isEmpty else { throw error }
            throw Failure(SyncText.conflicts(conflicted.split(separator: "\n").joined(separator: ", "))[language])
        }
    }

    /// The meeting logs the merge added: meetings planned on another machine.
    private func newMeetings(since commit: String?) -> [String] {
        guard let commit, let added = git.line(["diff", "--name-only", "--diff-filter=A", commit, "HEAD", "--", meetings]) else { return [] }
        return added.split(separator: "\n").map(String.init).filter(isLog).map { ($0 as NSString).lastPathComponent }
    }

    /// Reads every log the merge changed; one that does not read is never pushed.
    private func checkLogs(changedSince commit: String?) throws {
        guard let commit, let changed = git.line(["diff", "--name-only", commit, "HEAD", "--", meetings]) else { return }
        for url in changed.split(separator: "\n").map(String.init).filter(isLog).map(git.root.appendingPathComponent) {
            let bytes: Data
            do { bytes = try MeetingLog.bytes(of: url) } catch { throw Failure(error.message(language)) }
            _ = try read(bytes, url: url, what: SyncText.here)
        }
    }

    /// Where to sync with: `--remote`, else the branch's upstream, else `origin` (or the only
    /// remote there is); nil when the repository has no remote.
    private func upstream(_ remote: String?) throws -> Upstream? {
        guard let branch = git.line(["symbolic-ref", "--short", "HEAD"]) else { throw Failure(SyncText.detachedHead[language]) }
        let configured = git.line(["config", "branch.\(branch).remote"])
        let remotes = (git.line(["remote"]) ?? "").split(separator: "\n").map(String.init)
        guard let name = remote ?? configured ?? (remotes.contains("origin") ? "origin" : remotes.count == 1 ? remotes.first : nil) else {
            return nil
        }
        guard remotes.contains(name) else { throw Failure(SyncText.unknownRemote(name, remotes)[language]) }
        let merged = name == configured ? git.line(["config", "branch.\(branch).merge"]) : nil
        let remoteBranch = merged.map { $0.hasPrefix("refs/heads/") ? String($0.dropFirst("refs/heads/".count)) : $0 } ?? branch
        return Upstream(remote: name, branch: remoteBranch)
    }

    struct Upstream {
        var remote: String
        var branch: String
        var trackingRef: String { "refs/remotes/\(remote)/\(branch)" }
    }

    // MARK: Helpers

    private var teamPathspec: [String] { [repository.teamPath.isEmpty ? "." : repository.teamPath] }

    /// A meeting log: `meetings/NAME.jsonl` right in the team folder's meetings folder.
    private func isLog(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") && (path as NSString).deletingLastPathComponent == meetings
    }

    private func relative(_ url: URL) -> String {
        String(url.path.dropFirst(git.root.path.count + 1))
    }

    /// Puts exactly these bytes in git's index for `path`, whatever the file holds by now.
    private func stage(_ bytes: Data, at path: String) throws {
        let object = String(decoding: try git.run(["hash-object", "-w", "--stdin", "--path=\(path)"], input: bytes), as: UTF8.self)
        try git.run(["update-index", "--add", "--cacheinfo", "100644,\(object.trimmingCharacters(in: .newlines)),\(path)"])
    }

    private func hasStagedChanges() throws -> Bool {
        (try? git.run(["diff", "--cached", "--quiet"])) == nil
    }

    private func lock(_ url: URL) throws -> LockedLog {
        do { return try LockedLog(url) } catch { throw Failure(error.message(language)) }
    }

    /// A log's complete lines, read under its lock, which is let go on return: git, which may
    /// be slow, never runs while a writer waits.
    private func snapshot(_ url: URL) throws -> (lines: Data, hasTornTail: Bool) {
        let log = try lock(url)
        return (log.lines, log.hasTornTail)
    }

    private func attempt(_ body: () throws(LogError) -> Void) throws {
        do { try body() } catch { throw Failure(error.message(language)) }
    }

    /// Reads a log's bytes, or stops the sync naming the file and where it is.
    private func read(_ bytes: Data, url: URL, what place: Translation) throws -> LoadedMeeting {
        do { return try MeetingLog.parse(bytes, url: url) } catch {
            throw Failure(SyncText.damaged(relative(url), error.message(language), place[language])[language])
        }
    }
}
