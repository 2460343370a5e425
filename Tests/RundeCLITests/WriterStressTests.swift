import Foundation
import Glibc
import RundeCore
import Testing

/// The writer as processes use it: several at once on one meeting, killed mid-write, on a full
/// disk, on a read-only file system. `runde-stress` appends notes through the real writer and
/// prints each one the writer acknowledged; whatever was acknowledged must be in the log.
@Suite struct WriterStressTests {
    /// A team folder with one planned meeting; answers the log.
    static func meeting(in folder: URL) throws -> URL {
        let team = folder.appendingPathComponent("team")
        let created = try CLI.run(["init", team.path, "--name", "Stress", "--member", "kari:Kari Nordvik:fasilitator"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let planned = try CLI.run(["new", "Stresstest", "--at", "2026-12-01 14:00"], in: team)
        #expect(planned.status == 0, "\(planned.stderr)")
        let log = try #require(CLI.meetings(in: team).first)
        return team.appendingPathComponent("meetings").appendingPathComponent(log)
    }

    /// What a `runde-stress` run printed: the `seq` and text of each acknowledged note.
    static func acknowledged(_ output: String) -> [(seq: Int, text: String)] {
        output.split(separator: "\n").compactMap { line in
            guard let space = line.firstIndex(of: " "), let seq = Int(line[..<space]) else { return nil }
            return (seq, String(line[line.index(after: space)...]))
        }
    }

    /// The note texts in the log by `seq`.
    static func notes(_ loaded: LoadedMeeting) -> [Int: String] {
        var notes: [Int: String] = [:]
        for record in loaded.meeting.records {
            if case .noteAdded(let note) = record.event { notes[record.seq] = note.text }
        }
        return notes
    }

    static func expectAllIn(_ acknowledged: [(seq: Int, text: String)], _ loaded: LoadedMeeting, sourceLocation: SourceLocation = #_sourceLocation) {
        let notes = notes(loaded)
        for (seq, text) in acknowledged where notes[seq] != text {
            Issue.record("acknowledged note \(seq) “\(text)” is not in the log (found \(notes[seq] ?? "nothing"))", sourceLocation: sourceLocation)
            return
        }
    }

    @Test func fourWritersAtOnceLoseAndDuplicateNothing() throws {
        let log = try Self.meeting(in: try CLI.scratch())
        let children = try (1...4).map { try Child(product: "runde-stress", [log.path, "625", "skrivar\($0)"]) }
        var acknowledged: [(seq: Int, text: String)] = []
        for child in children {
            #expect(child.wait() == 0, "\(child.errors)")
            let lines = Self.acknowledged(child.output)
            #expect(lines.count == 625)
            acknowledged += lines
        }
        let loaded = try MeetingLog.read(log)
        #expect(loaded.tornTail == nil, "no torn line")
        #expect(Set(acknowledged.map(\.seq)).count == 2_500, "no seq handed out twice")
        #expect(loaded.meeting.records.count == 2_501)
        #expect(Self.notes(loaded).count == 2_500)
        Self.expectAllIn(acknowledged, loaded)
        let verify = try CLI.run(["verify", log.path], in: log.deletingLastPathComponent())
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    /// `kill -9` at random moments: what was acknowledged is there; a cut-off line, if any, was
    /// never acknowledged and `runde repair` moves it aside.
    @Test func writerKilledAtRandomLosesNothingAcknowledged() throws {
        let log = try Self.meeting(in: try CLI.scratch())
        var generator = SystemRandomNumberGenerator()
        var acknowledgedInAll = 0
        var torn = 0
        for run in 1...100 {
            let child = try Child(product: "runde-stress", [log.path, "100000", "k\(run)"])
            usleep(UInt32.random(in: 5_000...60_000, using: &generator))
            child.kill()
            _ = child.wait()
            let acknowledged = Self.acknowledged(child.output)
            acknowledgedInAll += acknowledged.count
            var loaded = try MeetingLog.read(log)
            if let tail = loaded.tornTail {
                torn += 1
                let cut = try Data(contentsOf: log).suffix(from: tail.offset)
                let text = String(decoding: cut, as: UTF8.self)
                #expect(!acknowledged.contains { text.contains("\"\($0.text)\"") }, "a cut-off line was acknowledged")
                let aside = try #require(try MeetingLog.repairTornTail(log))
                try FileManager.default.removeItem(at: aside)
                loaded = try MeetingLog.read(log)
                #expect(loaded.tornTail == nil)
            }
            Self.expectAllIn(acknowledged, loaded)
            #expect(!child.errors.contains("runde-stress:"), "\(child.errors)")
        }
        print("writerKilledAtRandomLosesNothingAcknowledged: \(acknowledgedInAll) notes acknowledged, \(torn) torn tails repaired")
        #expect(acknowledgedInAll > 0, "some notes were written before the kills")
        let verify = try CLI.run(["verify", log.path], in: log.deletingLastPathComponent())
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    /// A full disk: the command that does not fit is refused, never acknowledged, and the log
    /// stays whole (the writer cuts its partial line back off). With room again, writing goes on.
    @Test func fullDiskRefusesAndKeepsTheLogWhole() throws {
        let mount: URL
        switch Mounts.tmpfs(size: "64k") {
        case .failure(let reason):
            print("fullDiskRefusesAndKeepsTheLogWhole: skipped: \(reason)")
            return
        case .success(let url): mount = url
        }
        defer { Mounts.unmount(mount) }
        let log = try Self.meeting(in: mount)
        let filler = mount.appendingPathComponent("filler")
        Mounts.fill(filler)

        let child = try Child(product: "runde-stress", [log.path, "2000", "full"])
        #expect(child.wait() == 1, "the writer stops at a full disk")
        #expect(child.errors.contains("the disk is full; nothing of the command was written"), "\(child.errors)")
        let loaded = try MeetingLog.read(log)
        #expect(loaded.tornTail == nil, "no partial line left behind")
        Self.expectAllIn(Self.acknowledged(child.output), loaded)
        #expect(Self.notes(loaded).count == Self.acknowledged(child.output).count, "nothing in the log that was not acknowledged")
        let verify = try CLI.run(["verify", log.path], in: mount)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")

        try FileManager.default.removeItem(at: filler)
        let again = try Child(product: "runde-stress", [log.path, "3", "etterpå"])
        #expect(again.wait() == 0, "\(again.errors)")
        #expect(try CLI.run(["verify", log.path], in: mount).status == 0)
    }

    /// Every command is on disk before it is acknowledged: traced with `strace`, each write to
    /// the log is followed by an `fsync` of it before the writer says the note is in.
    @Test func everyCommandIsSyncedBeforeItIsAcknowledged() throws {
        let strace = "/usr/bin/strace"
        guard FileManager.default.isExecutableFile(atPath: strace) else {
            print("everyCommandIsSyncedBeforeItIsAcknowledged: skipped: strace is not installed")
            return
        }
        let log = try Self.meeting(in: try CLI.scratch())
        let trace = log.deletingLastPathComponent().appendingPathComponent("trace")
        let stress = CLI.products.appendingPathComponent("runde-stress").path
        let child = try Child(
            executable: strace,
            ["-f", "-qq", "-e", "trace=write,fsync,fdatasync", "-e", "signal=none", "-o", trace.path, stress, log.path, "20", "synk"])
        guard child.wait() == 0 else {
            print("everyCommandIsSyncedBeforeItIsAcknowledged: skipped: strace cannot trace here: \(child.errors)")
            return
        }
        var unsynced: Set<Int> = []
        var acknowledged = 0
        for line in try String(contentsOf: trace, encoding: .utf8).split(separator: "\n") {
            guard let call = line.split(separator: " ", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces),
                let open = call.firstIndex(of: "("), let fd = Int(call[call.index(after: open)...].prefix { $0.isNumber })
            else { continue }
            switch call[..<open] {
            case "write" where fd == 1:
                #expect(unsynced.isEmpty, "note \(acknowledged + 1) was acknowledged before its lines were synced")
                acknowledged += 1
            case "write" where fd > 2: unsynced.insert(fd)
            case "fsync", "fdatasync": unsynced.remove(fd)
            default: break
            }
        }
        #expect(acknowledged == 20, "every note acknowledged, and traced")
    }

    /// A log on a read-only file system: writing says so, and reading still works.
    @Test func readOnlyFileSystemSaysSoAndReadingWorks() throws {
        let log = try Self.meeting(in: try CLI.scratch())
        let team = log.deletingLastPathComponent().deletingLastPathComponent()
        let mount: URL
        switch Mounts.readOnlyBind(of: team) {
        case .failure(let reason):
            print("readOnlyFileSystemSaysSoAndReadingWorks: skipped: \(reason)")
            return
        case .success(let url): mount = url
        }
        defer { Mounts.unmount(mount) }
        let readOnlyLog = mount.appendingPathComponent("meetings").appendingPathComponent(log.lastPathComponent)
        let child = try Child(product: "runde-stress", [readOnlyLog.path, "1", "x"])
        #expect(child.wait() == 1)
        #expect(child.errors.contains("the log is on a read-only file system; `runde show` and `runde verify` can still read it"), "\(child.errors)")
        #expect(try CLI.run(["show", readOnlyLog.path], in: mount).status == 0)
        #expect(try CLI.run(["verify", readOnlyLog.path], in: mount).status == 0)
    }
}

/// A child process started with `posix_spawn` (default signal handling, unlike the test
/// runner's threads), its output in files so that it survives a `kill -9`.
final class Child {
    let pid: pid_t
    private let folder: URL
    private var status: Int32?

    /// One of this package's products, run with `arguments`.
    convenience init(product: String, _ arguments: [String]) throws {
        try self.init(executable: CLI.products.appendingPathComponent(product).path, arguments)
    }

    init(executable path: String, _ arguments: [String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var attributes = Spawn.attributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let environment: [String] = ["LANG=C.UTF-8", "TZ=Europe/Oslo", "PATH=/usr/bin:/bin"]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Spawn.Failed(code: spawned) }
        self.pid = pid
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    /// Waits for the child; its exit status, or 128 + the signal that ended it.
    @discardableResult
    func wait() -> Int32 {
        if let status { return status }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
        let result = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        status = result
        return result
    }

    var output: String { (try? String(contentsOf: folder.appendingPathComponent("out"), encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8)) ?? "" }
}

/// Mounts for the tests that need a small or a read-only file system; only root can make them,
/// so each says why when it cannot.
enum Mounts {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    static func tmpfs(size: String) -> Result<URL, Unavailable> {
        guard geteuid() == 0 else { return .failure(Unavailable(description: "not running as root, so no tmpfs can be mounted")) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runde-tmpfs-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let result = try Spawn.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", url.path], environment: ["PATH=/usr/bin:/bin"])
            guard result.status == 0 else { return .failure(Unavailable(description: "mount -t tmpfs failed: \(result.output)")) }
        } catch { return .failure(Unavailable(description: "mount -t tmpfs failed: \(error)")) }
        return .success(url)
    }

    static func readOnlyBind(of folder: URL) -> Result<URL, Unavailable> {
        guard geteuid() == 0 else { return .failure(Unavailable(description: "not running as root, so no read-only bind mount can be made")) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runde-ro-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let bind = try Spawn.run("/usr/bin/mount", ["--bind", folder.path, url.path], environment: ["PATH=/usr/bin:/bin"])
            guard bind.status == 0 else { return .failure(Unavailable(description: "mount --bind failed: \(bind.output)")) }
            let readOnly = try Spawn.run("/usr/bin/mount", ["-o", "remount,ro,bind", url.path], environment: ["PATH=/usr/bin:/bin"])
            guard readOnly.status == 0 else {
                unmount(url)
                return .failure(Unavailable(description: "mount -o remount,ro,bind failed: \(readOnly.output)"))
            }
        } catch { return .failure(Unavailable(description: "mount --bind failed: \(error)")) }
        return .success(url)
    }

    static func unmount(_ url: URL) {
        _ = try? Spawn.run("/usr/bin/umount", [url.path], environment: ["PATH=/usr/bin:/bin"])
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes to `url` until the file system is full.
    static func fill(_ url: URL) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let block = [UInt8](repeating: 0x78, count: 512)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
