import Foundation
import Testing

@testable import RundeCore

/// ``LogMerge``: two copies of one log brought together, by a rule every machine works out the same.
struct LogMergeTests {
    let shared = Data("{\"seq\":1,\"at\":\"2026-12-01T13:00:00.000Z\"}\n".utf8)
    let early = Data("{\"seq\":2,\"at\":\"2026-12-01T13:01:00.000Z\"}\n".utf8)
    let late = Data("{\"seq\":2,\"at\":\"2026-12-01T13:02:00.000Z\"}\n".utf8)
    let third = Data("{\"seq\":3,\"at\":\"2026-12-01T13:03:00.000Z\"}\n".utf8)

    @Test func theLongerCopyOfALogThatOnlyGrewIsKept() {
        #expect(LogMerge.merge(ours: shared, theirs: shared) == .keepOurs)
        #expect(LogMerge.merge(ours: shared + early, theirs: shared) == .keepOurs)
        #expect(LogMerge.merge(ours: shared, theirs: shared + early + third) == .append(early + third))
    }

    @Test func aForkKeepsTheCopyWithMoreLinesWhicheverSideAsks() throws {
        let mine = shared + early
        let yours = shared + late + third
        guard case .fork(let here) = LogMerge.merge(ours: mine, theirs: yours), case .fork(let there) = LogMerge.merge(ours: yours, theirs: mine) else {
            Issue.record("not a fork")
            return
        }
        #expect(here.kept == yours && there.kept == yours)
        #expect(here.aside == early && there.aside == early)
        #expect(!here.keptOurs && there.keptOurs)
        #expect(here.sharedLines == 1 && here.sharedBytes == shared.count)
        let log = URL(fileURLWithPath: "/team/meetings/m.jsonl")
        #expect(MeetingFork.sideFile(of: log, aside: here.aside) == MeetingFork.sideFile(of: log, aside: there.aside))
        #expect(MeetingFork.sideFile(of: log, aside: here.aside).lastPathComponent.hasPrefix("m.jsonl.fork-"))
    }

    @Test func onATieTheEarlierFirstDifferentLineIsKept() {
        guard case .fork(let here) = LogMerge.merge(ours: shared + late, theirs: shared + early),
            case .fork(let there) = LogMerge.merge(ours: shared + early, theirs: shared + late)
        else {
            Issue.record("not a fork")
            return
        }
        #expect(here.kept == shared + early && there.kept == shared + early)
        #expect(here.aside == late && there.aside == late)
    }

    @Test func aForkRightAtTheStartSharesNoLines() {
        guard case .fork(let fork) = LogMerge.merge(ours: early, theirs: late + third) else {
            Issue.record("not a fork")
            return
        }
        #expect(fork.sharedLines == 0 && fork.sharedBytes == 0 && fork.kept == late + third)
    }
}

/// A fork's side file read back against its log (``ForkSideFile``).
struct ForkSideFileTests {
    let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/heimetenesta/meetings/2026-09-14-1400-teammote-veke-38.jsonl")

    /// A log beside a side file holding lines that go on from its line `after`; the side file.
    func fork(after: Int, aside: (Data) -> Data = { $0 }) throws -> (log: URL, side: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-fork-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = try Data(contentsOf: example)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let log = folder.appendingPathComponent("m.jsonl")
        try bytes.write(to: log)
        let rest = lines[after...].filter { !$0.isEmpty }.reduce(into: Data()) { $0.append(contentsOf: $1 + [0x0A]) }
        let side = MeetingFork.sideFile(of: log, aside: rest)
        try aside(rest).write(to: side)
        return (log, side)
    }

    @Test func linesThatGoOnFromTheLogReadAndAreNamed() throws {
        let (log, side) = try fork(after: 5)
        let found = ForkSideFile.all(beside: log)
        #expect(found.map(\.url) == [side])
        let read = try #require(found.first)
        #expect(read.afterLine == 5 && read.problem == nil)
        #expect(read.notice[.nn].hasPrefix("Møtet har ei forgreining etter linje 5: \(read.lines) linjer skrivne på ein annan maskin er i m.jsonl.fork-"))
        #expect(read.notice[.en].hasPrefix("The meeting forked after line 5:"))
    }

    @Test func aSideFileWhoseLinesDoNotGoOnFromTheLogIsAProblem() throws {
        let (log, _) = try fork(after: 5) { rest in Data(String(decoding: rest, as: UTF8.self).replacingOccurrences(of: "\"seq\":6", with: "\"seq\":7").utf8) }
        let read = try #require(ForkSideFile.all(beside: log).first)
        #expect(read.problem?.line == 1, "numbered as the side file's own first line")
        #expect(read.problem?.offset == 0)
    }

    /// One that cannot be read (a folder in its place: root reads whatever the mode says) is a
    /// problem with the system's reason, and its notice counts no lines it could not read.
    @Test func aSideFileThatCannotBeReadIsAProblemWithWhy() throws {
        let (log, side) = try fork(after: 5)
        try FileManager.default.removeItem(at: side)
        try FileManager.default.createDirectory(at: side, withIntermediateDirectories: false)
        let read = try #require(ForkSideFile.all(beside: log).first)
        guard case .cannotRead = read.problem?.cause else {
            Issue.record("expected cannotRead, got \(String(describing: read.problem))")
            return
        }
        #expect(read.problem?.file == side.path)
        #expect(read.notice[.nn] == "Møtet har ei forgreining: linjene skrivne på ein annan maskin er i \(side.lastPathComponent).")
    }

    @Test func aLogWithoutSideFilesHasNoFork() throws {
        let (log, side) = try fork(after: 5)
        try FileManager.default.removeItem(at: side)
        #expect(ForkSideFile.all(beside: log).isEmpty)
    }
}
