import Foundation
import RundeCore
import Testing

@Suite struct VerifyAndRepairTests {
    static let week38 = "meetings/2026-09-14-1400-teammote-veke-38.jsonl"

    @Test func soundArchiveVerifies() throws {
        let result = try CLI.run(["verify"], in: try CLI.exampleTeam())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "ok     2026-09-14-1400-teammote-veke-38.jsonl (150 hendingar)\nok     2026-10-12-1400-teammote-veke-42.jsonl (255 hendingar)\n"
                + "indeks: stemmer med loggane (2 møte)\n")
    }

    @Test func editedLineInTheMiddleIsDamageWithItsLine() throws {
        let team = try CLI.exampleTeam()
        let url = team.appendingPathComponent(Self.week38)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        lines[9] = lines[9].replacingOccurrences(of: "\"seq\":10", with: "\"seq\":10 ")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let result = try CLI.run(["verify"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("2026-09-14-1400-teammote-veke-38.jsonl:11: prev stemmer ikkje"))
        #expect(result.stdout.contains("SKADD 2026-09-14-1400-teammote-veke-38.jsonl"))
        #expect(result.stdout.contains("ok     2026-10-12-1400-teammote-veke-42.jsonl"), "the rest of the archive is still checked")
    }

    @Test func extraFieldFailsTheFormatCheck() throws {
        let team = try CLI.exampleTeam()
        let url = team.appendingPathComponent(Self.week38)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        // Rewrite the last line with an extra field; its hash is not referenced by any later line.
        let last = lines.count - 2
        lines[last] = lines[last].replacingOccurrences(of: "\"type\":", with: "\"extra\":1,\"type\":")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let result = try CLI.run(["verify", "veke-38", "--lang", "en"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains(":150: invalid event: field \"extra\" is not part of the format"))
    }

    @Test func tornTailIsAWarningAndRepairMovesItAside() throws {
        let team = try CLI.exampleTeam()
        let url = team.appendingPathComponent(Self.week38)
        let sound = try Data(contentsOf: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\":\"2026-09-14T13:1".utf8))
        try handle.close()

        let show = try CLI.run(["show", "veke-38"], in: team)
        #expect(show.status == 0)
        #expect(show.stderr.contains("2026-09-14-1400-teammote-veke-38.jsonl:151: åtvaring: siste line (22 byte"))
        let verify = try CLI.run(["verify", "veke-38"], in: team)
        #expect(verify.status == 0, "a torn tail alone is a warning")
        #expect(verify.stderr.contains("åtvaring"))

        let repair = try CLI.run(["repair", "veke-38"], in: team)
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(try Data(contentsOf: url) == sound, "the log is back to its last complete line")
        let aside = URL(fileURLWithPath: url.path + ".torn-151")
        #expect(try Data(contentsOf: aside) == Data("{\"at\":\"2026-09-14T13:1".utf8), "the cut-off bytes are kept")
        #expect(try CLI.run(["repair", "veke-38"], in: team).stdout.contains("ingenting å gjere"))
    }

    @Test func notALogAtAll() throws {
        let team = try CLI.exampleTeam()
        try "name,date\nkari,2026\n".write(to: team.appendingPathComponent("meetings/rekneark.jsonl"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["verify", "rekneark"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("rekneark.jsonl:1: lina er ikkje eit JSON-objekt"))
    }
}

@Suite struct ExamplesTests {
    /// Week 42 as runde wrote it before guests were left out of consent rounds: its guest
    /// answered in the consent round and is among the decision's consents. It still reads,
    /// verifies and folds, and its decision stands as it was recorded.
    @Test func anOldLogWithAGuestInTheConsentRoundStillReads() throws {
        let old = CLI.repository.appendingPathComponent("Tests/RundeCLITests/Snapshots/old-logs/2026-10-12-1400-teammote-veke-42.jsonl")
        let log = try MeetingLog.read(old)
        let state = log.meeting.state
        #expect(state.stage == .closed)
        let decision = try #require(state.decisions.first { $0.consents.contains("hanne") })
        #expect(state.isGuest("hanne"))
        #expect(state.presentAtDecision(on: decision.item).contains("hanne"))
        let minutes = Minutes(meeting: state, language: .nn)
        let shown = try #require(minutes.items.compactMap(\.content?.decision).first { $0.consents.contains("hanne") })
        #expect(shown.presentGuests == ["hanne"])
    }

    /// The committed example team is exactly what the generator writes: made by code, not by hand.
    @Test func examplesAreUpToDate() throws {
        let fresh = try CLI.scratch().appendingPathComponent("heimetenesta")
        let result = try CLI.run([fresh.path], in: CLI.repository, product: "runde-examples")
        #expect(result.status == 0, "\(result.stderr)")
        let committed = CLI.repository.appendingPathComponent("Examples/heimetenesta")
        let files = try FileManager.default.subpathsOfDirectory(atPath: fresh.path).sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: committed.path).sorted() == files)
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fresh.appendingPathComponent(file).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            let same = try Data(contentsOf: fresh.appendingPathComponent(file)) == Data(contentsOf: committed.appendingPathComponent(file))
            #expect(same, "Examples/heimetenesta/\(file) is stale: run `make examples`")
        }
    }
}

/// Logs of format version 1 written before steps had prompts, meetings a check-in question and
/// rounds a rotating first speaker (the example team's meetings as they were committed then):
/// they still read, verify and make the same minutes, with the orders they recorded.
@Suite struct LogsBeforePromptsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/format-1-before-prompts")

    @Test(arguments: ["2026-09-14-1400-teammote-veke-38.jsonl", "2026-10-12-1400-teammote-veke-42.jsonl"])
    func anOldLogStillReadsAndVerifies(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let report = MeetingLog.verify(url)
        #expect(report.isOK, "\(String(describing: report.error)) \(report.schemaProblems)")
        let meeting = try MeetingLog.read(url).meeting.state
        #expect(meeting.checkIn == nil)
        #expect(meeting.items.allSatisfy { $0.steps.allSatisfy { $0.prompt == nil } })
        #expect(meeting.stage == .closed)
        // Every round keeps the order its line recorded, whoever opened the one before.
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let recorded = objects.filter { $0["type"] as? String == "roundStarted" }.map { $0["order"] as? [String] ?? [] }
        #expect(recorded.count == meeting.rounds.count)
        for (order, round) in zip(recorded, meeting.rounds) {
            #expect(round.opener?.rawValue == order.first)
        }
        let minutes = MarkdownMinutes.render(Minutes(meeting: meeting, language: .nn, source: file), timeZone: .gmt)
        #expect(!minutes.contains("Spørsmål:"), "no check-in question is made up for an old log")
    }

    /// A meeting begun under version 1 and still running when runde was upgraded goes on: the
    /// new lines are the current version, the old ones stay as they are, and the log verifies.
    @Test func aVersion1MeetingGoesOnInTheCurrentVersion() throws {
        let source = Self.folder.appendingPathComponent("2026-10-12-1400-teammote-veke-42.jsonl")
        let lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n")
        let running = lines.prefix { !$0.contains("\"type\":\"meetingClosed\"") }
        #expect(running.count < lines.count)
        let url = try CLI.scratch().appendingPathComponent("mote.jsonl")
        try Data((running.joined(separator: "\n") + "\n").utf8).write(to: url)
        let writer = try MeetingLogWriter(url: url)
        let written = try writer.submit(.addNote("Skrive etter oppgraderinga.", speaker: nil), by: "ola")
        #expect(written.map(\.v) == [EventRecord.formatVersion])
        #expect(EventRecord.formatVersion == 4)
        let report = MeetingLog.verify(url)
        #expect(report.isOK, "\(String(describing: report.error)) \(report.schemaProblems)")
        let versions = try MeetingLog.read(url).meeting.records.map(\.v)
        #expect(Set(versions.dropLast()) == [1], "the old lines stay version 1")
    }
}

/// A fork's side file that cannot be read, or does not read on from its log, as `verify` checks
/// it: `show` and `export` say why, naming the file, and fail, yet still write the minutes of
/// the log, which is whole.
@Suite struct ForkSideFileDamageTests {
    let team: URL
    let side: URL

    /// The example team with week 38 forked after line 140: the log keeps its first 140 lines, the
    /// side file holds the 10 after them.
    init() throws {
        team = try CLI.exampleTeam("ForkSideFileDamageTests")
        let log = team.appendingPathComponent(VerifyAndRepairTests.week38)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let aside = Data((lines[140..<150].joined(separator: "\n") + "\n").utf8)
        try Data((lines[..<140].joined(separator: "\n") + "\n").utf8).write(to: log)
        side = MeetingFork.sideFile(of: log, aside: aside)
        try aside.write(to: side)
    }

    /// What `arguments` print with no side file at all: the log's minutes.
    private func minutesWithoutTheSideFile(_ arguments: [String]) throws -> String {
        try FileManager.default.removeItem(at: side)
        let result = try CLI.run(arguments, in: team)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func aSideFileWhoseChainBreaksIsDamage() throws {
        var lines = try String(contentsOf: side, encoding: .utf8).components(separatedBy: "\n")
        lines[1] = lines[1].replacingOccurrences(of: "\"seq\":142", with: "\"seq\":142 ")
        try lines.joined(separator: "\n").write(to: side, atomically: true, encoding: .utf8)

        let show = try CLI.run(["show", "veke-38"], in: team)
        #expect(show.status == 1)
        #expect(show.stderr.contains("Møtet har ei forgreining etter linje 140: 10 linjer skrivne på ein annan maskin er i \(side.lastPathComponent)."))
        #expect(show.stderr.contains("\(side.path):3: prev stemmer ikkje med lina før"), "the side file's own line: \(show.stderr)")
        let export = try CLI.run(["export", "veke-38", "--format", "json", "--lang", "en"], in: team)
        #expect(export.status == 1)
        #expect(export.stderr.contains("\(side.path):3: prev does not match the line before"), "\(export.stderr)")

        #expect(show.stdout == (try minutesWithoutTheSideFile(["show", "veke-38"])), "the log's minutes, whole")
        #expect(export.stdout == (try CLI.run(["export", "veke-38", "--format", "json", "--lang", "en"], in: team).stdout))
    }

    /// Root reads whatever the mode says, so as root `runde` runs as `nobody`.
    @Test func aSideFileThatCannotBeReadIsSaidWithWhy() throws {
        let meetings = team.appendingPathComponent("meetings")
        for folder in [team, meetings] { chmod(folder.path, 0o755) }
        for file in CLI.meetings(in: team) { chmod(meetings.appendingPathComponent(file).path, 0o644) }
        chmod(side.path, 0o000)
        let user = geteuid() == 0 ? "nobody" : nil

        let show = try CLI.run(["show", "veke-38"], in: team, as: user)
        #expect(show.status == 1)
        #expect(show.stderr.contains("Møtet har ei forgreining: linjene skrivne på ein annan maskin er i \(side.lastPathComponent)."), "\(show.stderr)")
        #expect(show.stderr.contains("\(side.path): kan ikkje lesast: Permission denied"), "\(show.stderr)")
        let export = try CLI.run(["export", "veke-38", "--lang", "nb"], in: team, as: user)
        #expect(export.status == 1)
        #expect(export.stderr.contains("\(side.path): kan ikke leses: Permission denied"), "\(export.stderr)")

        let minutes = try minutesWithoutTheSideFile(["show", "veke-38"])
        #expect(show.stdout == minutes, "the log's minutes, whole")
        #expect(!export.stdout.isEmpty)
    }
}
