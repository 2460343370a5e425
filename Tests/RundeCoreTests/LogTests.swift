import Foundation
import Testing

@testable import RundeCore

/// The log as a file: damage, torn tails, a second writer, and what the reader says about each.
@Suite struct LogTests {
    /// A short finished meeting through the harness, for damaging.
    static func sampleLog(_ function: String = #function) throws -> (url: URL, bytes: Data) {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Vi prøver 🌞 æøå.")], function: function)
        try h.attend()
        try h.run(.openMeeting)
        try h.everyoneSpeaks()
        try h.run(.addNote("Innsjekk: alle er her.", speaker: nil))
        return (h.url, try Data(contentsOf: h.url))
    }

    static func lines(_ bytes: Data) -> [Data] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
    }

    static func joined(_ lines: [Data]) -> Data {
        lines.reduce(into: Data()) {
            $0.append($1)
            $0.append(0x0A)
        }
    }

    func expectError(_ bytes: Data, at url: URL, line: Int, _ check: (LogError.Cause) -> Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try MeetingLog.parse(bytes, url: url)
            Issue.record("expected an error at line \(line)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
            #expect(check(error.cause), "\(error)", sourceLocation: sourceLocation)
            #expect(error.message(.nn).hasPrefix("\(url.path):\(line): "), sourceLocation: sourceLocation)
        }
    }

    @Test func cuttingTheFileAnywhereIsATornTailOrALocatedErrorNeverACrash() throws {
        let (url, bytes) = try Self.sampleLog()
        let lineEnds = Set(bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 })
        for cut in 0...bytes.count {
            let prefix = bytes.prefix(cut)
            if cut == 0 {
                expectError(prefix, at: url, line: 1) { $0 == .empty }
                continue
            }
            do {
                let loaded = try MeetingLog.parse(prefix, url: url)
                #expect((loaded.tornTail == nil) == lineEnds.contains(cut), "cut at \(cut)")
                #expect(loaded.validLength == (lineEnds.filter { $0 <= cut }.max() ?? 0), "cut at \(cut)")
                if let torn = loaded.tornTail {
                    #expect(torn.offset + torn.length == cut)
                    #expect(torn.line == loaded.meeting.records.count + 1)
                }
            } catch {
                // Only a cut inside the very first line has no complete event to open.
                #expect(error.cause == .tornTail && error.line == 1, "cut at \(cut): \(error)")
                #expect(cut < (lineEnds.min() ?? 0))
            }
        }
    }

    @Test func everyEditedByteInTheMiddleIsFound() throws {
        let (url, bytes) = try Self.sampleLog()
        let lastLineStart = (bytes.dropLast().lastIndex(of: 0x0A) ?? 0) + 1
        // Flip one byte at a time in every line but the last (whose hash no later line holds).
        for offset in stride(from: 0, to: lastLineStart - 1, by: 7) where bytes[offset] != 0x0A {
            var damaged = bytes
            damaged[offset] = damaged[offset] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            let line = bytes.prefix(offset).filter { $0 == 0x0A }.count + 1
            do {
                _ = try MeetingLog.parse(damaged, url: url)
                Issue.record("byte \(offset) edited on line \(line) was not noticed")
            } catch {
                // The damaged line itself fails to decode, or the line after it no longer chains.
                #expect(error.line == line || error.line == line + 1, "byte \(offset): \(error)")
            }
        }
    }

    @Test func lostLineIsASeqGap() throws {
        let (url, bytes) = try Self.sampleLog()
        var lines = Self.lines(bytes)
        lines.remove(at: 3)
        expectError(Self.joined(lines), at: url, line: 4) { $0 == .seqGap(expected: 4, found: 5) }
    }

    @Test func swappedLinesAreFound() throws {
        let (url, bytes) = try Self.sampleLog()
        var lines = Self.lines(bytes)
        lines.swapAt(2, 3)
        expectError(Self.joined(lines), at: url, line: 3) { $0 == .seqGap(expected: 3, found: 4) }
    }

    @Test func newerFormatVersionIsNamed() throws {
        let (url, bytes) = try Self.sampleLog()
        var lines = Self.lines(bytes)
        lines[4] = Data(String(decoding: lines[4], as: UTF8.self).replacingOccurrences(of: "\"v\":4", with: "\"v\":5").utf8)
        expectError(Self.joined(lines), at: url, line: 5) { $0 == .newerVersion(5) }
    }

    /// The meeting's zone is written in its first line and read back, into the state and the minutes.
    @Test func timeZoneRoundTripsThroughTheLog() throws {
        let team = Team(name: "T", members: [Team.Member(id: "kari", name: "Kari")])
        let zone = try #require(TimeZone(identifier: "Europe/Oslo"))
        let plan = MeetingPlan(title: "Møte", team: team, agenda: [], scheduledAt: Date(timeIntervalSince1970: 1_795_000_000), timeZone: zone)
        let record = EventRecord(seq: 1, at: plan.scheduledAt, by: nil, event: .meetingCreated(try plan.created(recipes: .builtIn)), prev: "")
        let line = try LineCodec.encode(record)
        #expect(String(decoding: line, as: UTF8.self).contains(#""timeZone":"Europe/Oslo","title":"Møte""#))
        let read = try LineCodec.decode(line)
        #expect(read == record)
        guard case .meetingCreated(let created) = read.event else {
            Issue.record("not meetingCreated: \(read.event)")
            return
        }
        let state = MeetingState(created: created, at: read.at)
        #expect(state.timeZone == zone)
        #expect(Minutes(meeting: state, language: .nn).zone(else: .gmt) == zone)
        let unzoned = try MeetingPlan(title: "Møte", team: team, agenda: [], scheduledAt: plan.scheduledAt).created(recipes: .builtIn)
        let old = MeetingState(created: unzoned, at: read.at)
        #expect(old.timeZone == nil, "a plan with no zone records none, as logs written before zones")
        #expect(Minutes(meeting: old, language: .nn).zone(else: zone) == zone)
    }

    @Test func unknownTypeIsNamed() throws {
        let (url, bytes) = try Self.sampleLog()
        var lines = Self.lines(bytes)
        lines[4] = Data(String(decoding: lines[4], as: UTF8.self).replacingOccurrences(of: "\"type\":\"attendanceSet\"", with: "\"type\":\"teaServed\"").utf8)
        expectError(Self.joined(lines), at: url, line: 5) { $0 == .unknownType("teaServed") }
    }

    @Test func blankLineAndNonJSONAreLocated() throws {
        let (url, bytes) = try Self.sampleLog()
        var lines = Self.lines(bytes)
        lines.insert(Data(), at: 2)
        expectError(Self.joined(lines), at: url, line: 3) { $0 == .emptyLine }
        expectError(Data("name,date\n".utf8), at: url, line: 1) { if case .notJSON = $0 { true } else { false } }
        expectError(Data([0xFF, 0xFE, 0x0A]), at: url, line: 1) { $0 == .notUTF8 }
    }

    @Test func firstLineMustCreateTheMeeting() throws {
        let (url, bytes) = try Self.sampleLog()
        let lines = Self.lines(bytes)
        // A log that starts at its second line: seq 2 where 1 was expected.
        expectError(Self.joined(Array(lines.dropFirst())), at: url, line: 1) { $0 == .seqGap(expected: 1, found: 2) }
    }

    @Test func writerRefusesToAppendAfterATornTailAndRepairKeepsTheBytes() throws {
        let (url, bytes) = try Self.sampleLog()
        let torn = Data("{\"at\":\"2026".utf8)
        try (bytes + torn).write(to: url)
        let writer = try MeetingLogWriter(url: url)
        #expect(throws: SubmitError.log(LogError(file: url.path, line: Self.lines(bytes).count + 1, offset: bytes.count, cause: .tornTail))) {
            try writer.submit(.addNote("Etter krasjen", speaker: nil), by: "ola")
        }
        #expect(try Data(contentsOf: url) == bytes + torn, "nothing written after a torn tail")
        let aside = try #require(try MeetingLog.repairTornTail(url))
        #expect(try Data(contentsOf: aside) == torn)
        #expect(try Data(contentsOf: url) == bytes)
        try writer.submit(.addNote("Etter reparasjonen", speaker: nil), by: "ola")
        #expect(try MeetingLog.read(url).state.notes.last?.text == "Etter reparasjonen")
    }

    /// A facilitator and a scribe on two terminals: each writer folds the other's lines before it
    /// checks its own command.
    @Test func twoWritersOnOneMeetingSeeEachOther() throws {
        let (url, _) = try Self.sampleLog()
        let facilitator = try MeetingLogWriter(url: url)
        let scribe = try MeetingLogWriter(url: url)
        try facilitator.submit(.startItem("s1"), by: "kari")
        try scribe.submit(.addNote("Kari legg fram forslaget.", speaker: "kari"), by: "ola")
        #expect(scribe.meeting.state.notes.last?.item == "s1", "the scribe's note attaches to the item the facilitator started")
        #expect(try facilitator.refresh())
        #expect(facilitator.meeting == scribe.meeting)
        #expect(try MeetingLog.read(url).meeting == facilitator.meeting)
        // The scribe's stale view cannot skip the method: the command is checked after folding.
        try facilitator.submit(.nextStep, by: "kari")
        #expect(throws: SubmitError.refused(.roundInProgress(waiting: ["ola", "ingrid", "per", "kari"]))) {
            try scribe.submit(.nextStep, by: "ola")
        }
    }

    /// Many processes' worth of appends, interleaved through separate descriptors: the chain holds.
    @Test func interleavedAppendsKeepTheChain() throws {
        let (url, _) = try Self.sampleLog()
        let writers = try (0..<4).map { _ in try MeetingLogWriter(url: url) }
        for index in 0..<100 {
            try writers[index % writers.count].submit(.addNote("Notat \(index) — ø", speaker: nil), by: "ola")
        }
        let loaded = try MeetingLog.read(url)
        #expect(loaded.state.notes.suffix(100).map(\.text) == (0..<100).map { "Notat \($0) — ø" })
        #expect(MeetingLog.verify(url).isOK)
    }

    @Test func timestampsRoundTripToTheMillisecond() throws {
        for milliseconds in [0, 1, 366, 367, 999, 1_795_000_000_123, 1_795_000_000_999] as [Int64] {
            let date = Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
            let text = Timestamp.string(date)
            #expect(Timestamp.date(text) == Timestamp.normalized(date), "\(text)")
            #expect(Timestamp.string(try #require(Timestamp.date(text))) == text)
        }
        #expect(Timestamp.string(Date(timeIntervalSince1970: 1_795_000_000.367)) == "2026-11-18T11:06:40.367Z")
        #expect(Timestamp.date("2026-11-18T11:06:40.367+01:00") == nil, "only UTC")
    }
}
