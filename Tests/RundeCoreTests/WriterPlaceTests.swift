import Foundation
import Glibc
import Testing

@testable import RundeCore

/// The log removed, replaced or cut short under a running writer (another shell's `rm`, `cp` and
/// `mv`, `cat x > log`): the writer writes nothing and says why, and goes on once the file at the
/// path again starts with exactly what it had read.
@Suite struct WriterPlaceTests {
    func expectRefused(_ writer: MeetingLogWriter, _ cause: LogError.Cause, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: SubmitError.log(LogError(file: writer.url.path, cause: cause)), sourceLocation: sourceLocation) {
            try writer.submit(.addNote("Skal ikkje gå tapt", speaker: nil), by: "ola")
        }
    }

    func notes(_ url: URL) throws -> [String] { try MeetingLog.read(url).state.notes.map(\.text) }

    /// `cp log t && mv t log`: the same bytes in a new file. Refused once, so the facilitator
    /// hears of it; the next command goes on in the new file, which continues the log.
    @Test func copiedOverIsRefusedOnceThenContinuedInTheNewFile() throws {
        let (url, bytes) = try LogTests.sampleLog()
        let writer = try MeetingLogWriter(url: url)
        let copy = url.deletingLastPathComponent().appendingPathComponent("t")
        try bytes.write(to: copy)
        #expect(rename(copy.path, url.path) == 0)
        expectRefused(writer, .replaced)
        #expect(try Data(contentsOf: url) == bytes, "nothing written")
        #expect(writer.detached?.cause == .replaced)
        try writer.submit(.addNote("Etter kopien", speaker: nil), by: "ola")
        #expect(writer.detached == nil)
        #expect(try notes(url).last == "Etter kopien")
        #expect(MeetingLog.verify(url).isOK)
    }

    /// Another file moved into the log's place: refused until the original is back.
    @Test func replacedByAnotherFileIsRefusedUntilTheOriginalIsBack() throws {
        let (url, bytes) = try LogTests.sampleLog()
        let writer = try MeetingLogWriter(url: url)
        let saved = url.deletingLastPathComponent().appendingPathComponent("saved.jsonl")
        #expect(link(url.path, saved.path) == 0)
        var lines = LogTests.lines(bytes)
        lines[lines.count - 1] = Data(String(decoding: lines[lines.count - 1], as: UTF8.self).replacingOccurrences(of: "Innsjekk", with: "Utsjekk").utf8)
        let other = LogTests.joined(lines)
        let copy = url.deletingLastPathComponent().appendingPathComponent("t")
        try other.write(to: copy)
        #expect(rename(copy.path, url.path) == 0)
        expectRefused(writer, .replaced)
        expectRefused(writer, .replaced)
        #expect(throws: LogError(file: url.path, cause: .replaced)) { try writer.refresh() }
        #expect(try Data(contentsOf: url) == other, "nothing written")
        #expect(try Data(contentsOf: saved) == bytes, "nothing written to the original either")

        #expect(rename(saved.path, url.path) == 0)
        #expect(try writer.refresh(), "the idle check finds the log again")
        try writer.submit(.addNote("Originalen er attende", speaker: nil), by: "ola")
        #expect(try notes(url).last == "Originalen er attende")
        #expect(MeetingLog.verify(url).isOK)
    }

    /// A replacement that continues the log — a copy another writer appended to — is taken up
    /// with what was appended.
    @Test func replacementThatContinuesTheLogIsFolded() throws {
        let (url, bytes) = try LogTests.sampleLog()
        let writer = try MeetingLogWriter(url: url)
        let copy = url.deletingLastPathComponent().appendingPathComponent("t.jsonl")
        try bytes.write(to: copy)
        try MeetingLogWriter(url: copy).submit(.addNote("Skrive i kopien", speaker: nil), by: "kari")
        #expect(rename(copy.path, url.path) == 0)
        expectRefused(writer, .replaced)
        try writer.submit(.addNote("Etterpå", speaker: nil), by: "ola")
        #expect(try notes(url).suffix(2) == ["Skrive i kopien", "Etterpå"])
        #expect(writer.meeting == (try MeetingLog.read(url).meeting))
    }

    /// `rm log` (or `mv log elsewhere`): refused, and the idle check says so, until it is back.
    @Test func removedIsRefusedUntilItIsBack() throws {
        let (url, bytes) = try LogTests.sampleLog()
        let writer = try MeetingLogWriter(url: url)
        let aside = url.deletingLastPathComponent().appendingPathComponent("aside.jsonl")
        #expect(rename(url.path, aside.path) == 0)
        #expect(throws: LogError(file: url.path, cause: .removed)) { try writer.refresh() }
        expectRefused(writer, .removed)
        #expect(!FileManager.default.fileExists(atPath: url.path), "no new file made")
        #expect(try Data(contentsOf: aside) == bytes, "nothing written")
        #expect(rename(aside.path, url.path) == 0)
        try writer.submit(.addNote("Attende", speaker: nil), by: "ola")
        #expect(try notes(url).last == "Attende")
        #expect(MeetingLog.verify(url).isOK)
    }

    /// `head -n3 log > x; cat x > log`: the same file, cut short. Refused with how much is
    /// missing; once the whole log is written back, the writer goes on.
    @Test func truncatedInPlaceIsRefusedUntilTheWholeLogIsBack() throws {
        let (url, bytes) = try LogTests.sampleLog()
        let writer = try MeetingLogWriter(url: url)
        let cut = LogTests.joined(Array(LogTests.lines(bytes).prefix(3)))
        try overwriteInPlace(url, with: cut)
        expectRefused(writer, .truncated(expected: bytes.count, found: cut.count))
        #expect(throws: LogError(file: url.path, cause: .truncated(expected: bytes.count, found: cut.count))) { try writer.refresh() }
        #expect(try Data(contentsOf: url) == cut, "nothing appended past the cut")

        // As long again, but not the same lines: still refused.
        var longer = cut
        longer.append(Data(repeating: 0x41, count: bytes.count - cut.count - 1))
        longer.append(0x0A)
        try overwriteInPlace(url, with: longer)
        expectRefused(writer, .rewritten)
        #expect(try Data(contentsOf: url) == longer)

        try overwriteInPlace(url, with: bytes)
        try writer.submit(.addNote("Heil att", speaker: nil), by: "ola")
        #expect(try notes(url).last == "Heil att")
        #expect(MeetingLog.verify(url).isOK)
    }

    /// The file at the path, same inode, rewritten with `bytes` (as the shell's `>` does).
    func overwriteInPlace(_ url: URL, with bytes: Data) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: bytes)
        try handle.close()
    }

    @Test func writeErrorsAreNamedByTheirCause() {
        #expect(LogError.Cause.writeFailure(EACCES) == .noPermissionToWrite)
        #expect(LogError.Cause.writeFailure(EPERM) == .noPermissionToWrite)
        #expect(LogError.Cause.writeFailure(EROFS) == .readOnlyFileSystem)
        #expect(LogError.Cause.writeFailure(ENOSPC) == .diskFull)
        #expect(LogError.Cause.writeFailure(EDQUOT) == .diskFull)
        #expect(LogError.Cause.writeFailure(EIO) == .cannotWrite(String(cString: strerror(EIO))))
        let error = LogError(file: "m.jsonl", cause: .noPermissionToWrite)
        #expect(error.message(.nn) == "m.jsonl: du har ikkje løyve til å skrive i loggen; «runde show» og «runde verify» kan framleis lese han")
        #expect(error.message(.en) == "m.jsonl: no permission to write the log; `runde show` and `runde verify` can still read it")
        #expect(LogError(file: "m.jsonl", cause: .readOnlyFileSystem).message(.en).contains("read-only file system"))
    }

    /// A log this user may read but not write. Root may write anything, so as root the same is
    /// checked through another account (`WriterAccountTests` in the CLI tests).
    @Test(.enabled(if: geteuid() != 0, "as root: WriterAccountTests checks this through another account"))
    func readableButNotWritableSaysSo() throws {
        let (url, _) = try LogTests.sampleLog()
        #expect(chmod(url.path, 0o444) == 0)
        #expect(throws: LogError(file: url.path, cause: .noPermissionToWrite)) { try MeetingLogWriter(url: url) }
        #expect(try MeetingLog.read(url).state.notes.last?.text == "Innsjekk: alle er her.")
    }

    /// A log made by the writer is private (the umask here is the test runner's).
    @Test func newLogIsPrivateWhateverTheUmask() throws {
        let (url, _) = try LogTests.sampleLog()
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
    }
}

/// What another writer appended is folded before anything is reported about what follows it.
@Suite struct WriterCatchUpTests {
    /// The scribe's note, then a line cut off by a crash: the facilitator's writer refuses to write
    /// after the torn tail, but its state has the note; after `runde repair` it goes on from there.
    @Test func linesBeforeATornTailAreFoldedBeforeItIsReported() throws {
        let (url, _) = try LogTests.sampleLog()
        let facilitator = try MeetingLogWriter(url: url)
        try MeetingLogWriter(url: url).submit(.addNote("Skrivaren sitt notat", speaker: nil), by: "ola")
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\":\"2026".utf8))
        try handle.close()
        #expect(throws: SubmitError.self) { try facilitator.submit(.addNote("Fasilitatoren", speaker: nil), by: "kari") }
        #expect(facilitator.meeting.state.notes.last?.text == "Skrivaren sitt notat")
        _ = try MeetingLog.repairTornTail(url)
        try facilitator.submit(.addNote("Fasilitatoren", speaker: nil), by: "kari")
        #expect(facilitator.meeting == (try MeetingLog.read(url).meeting))
    }

    /// A damaged line from elsewhere: the writer stops for good, even if the line is cut off
    /// again, rather than write from a state that missed what it skipped.
    @Test func damageStopsTheWriterForGood() throws {
        let (url, bytes) = try LogTests.sampleLog()
        let writer = try MeetingLogWriter(url: url)
        let other = try MeetingLogWriter(url: url)
        try other.submit(.addNote("Gyldig", speaker: nil), by: "ola")
        let good = try Data(contentsOf: url)
        try (good + Data("tull\n".utf8)).write(to: url)
        let damage = LogError(file: url.path, line: LogTests.lines(bytes).count + 2, offset: good.count, cause: .notJSON("tull"))
        #expect(throws: SubmitError.log(damage)) { try writer.submit(.addNote("Etter skaden", speaker: nil), by: "kari") }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(good.count))
        try handle.close()
        #expect(throws: SubmitError.log(damage)) { try writer.submit(.addNote("Etter skaden", speaker: nil), by: "kari") }
        #expect(try Data(contentsOf: url) == good)
        try MeetingLogWriter(url: url).submit(.addNote("Frå ny start", speaker: nil), by: "kari")
        #expect(MeetingLog.verify(url).isOK)
    }
}
