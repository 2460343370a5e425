import Foundation
import RundeTestSupport
import Testing

@testable import RundeCore

/// Lines worth reading with both readers: every example log's, every event type the writer
/// writes (``SchemaScenario``), and the example logs with terminal controls in their text.
private enum SampleLines {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/heimetenesta/meetings")

    static func all() throws -> [Data] {
        let scenarios = [try SchemaScenario.fullMeeting(), try SchemaScenario.bareMeeting()]
        defer { scenarios.forEach(SchemaScenario.removeTemporaryFolder) }
        var lines = try scenarios.flatMap(SchemaScenario.lines(of:))
        for log in Archive.logFiles(in: examples) {
            lines += split(try Data(contentsOf: log))
            lines += split(try HostileLog.lines(from: log))
        }
        return lines
    }

    static func split(_ bytes: Data) -> [Data] { bytes.split(separator: 0x0A).map { Data($0) } }

    /// A record whose note is `text`.
    static func note(_ text: String) -> EventRecord {
        EventRecord(
            seq: 2, at: Date(timeIntervalSince1970: 1_795_000_000.125), by: "kari",
            event: .noteAdded(NoteAdded(text: text, item: "s1", round: 2, speaker: "ola")),
            prev: LineCodec.firstPrev)
    }

    /// Text with everything a string escape is about: each control below U+0020, quote,
    /// backslash, slash, DEL, C1, line and paragraph separators, a bidi override, æøå, a
    /// combining mark, a wide character and an emoji with a joiner.
    static let awkward =
        (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + #"" \ / "# + "\u{7F}\u{85}\u{9B}\u{2028}\u{2029}\u{202E}æøå e\u{301} 会議 👩‍👩‍👧"
}

/// Logs are read with ``LineReader`` (simdjson) and, for anything it leaves, `JSONDecoder`:
/// what the reader reads must be exactly what `JSONDecoder` reads, and what it cannot read
/// exactly alike it must leave.
struct LineReaderTests {
    let reader: LineReader

    init() throws { reader = try #require(LineReader()) }

    @Test func everySampleLineReadsAsJSONDecoderReadsIt() throws {
        let lines = try SampleLines.all()
        #expect(lines.count > 500)
        for line in lines {
            let fast = reader.decode(EventRecord.self, from: line)
            #expect(fast != nil, "the reader reads what runde writes: \(String(decoding: line, as: UTF8.self))")
            #expect(fast == (try LineCodec.decode(line)))
        }
    }

    @Test func awkwardTextReadsAlike() throws {
        let line = try LineCodec.encode(SampleLines.note(SampleLines.awkward))
        #expect(reader.decode(EventRecord.self, from: line) == SampleLines.note(SampleLines.awkward))
    }

    /// Lines `JSONDecoder` has rules of its own for, or that are not one sound event: the reader
    /// leaves each one alone.
    @Test(arguments: [
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"seq":3,"type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","s\u0065q":2,"seq":2,"type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2.0,"type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2e0,"type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":9223372036854775808,"type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"type":"meetingOpened","v":4},{"seq":3}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"type":"meetingOpened","v":4} x"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"\ud800","seq":2,"type":"meetingOpened","v":4}"#,
        "\u{FEFF}" + #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"type":"meetingOpened","v":4}"#,
        #"[{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"type":"meetingOpened","v":4}]"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"type":"meetingOpened","v":4"#,
        #"{"at":"yesterday","prev":"P","seq":2,"type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":"2","type":"meetingOpened","v":4}"#,
        #"{"at":"2026-11-23T18:05:09.120Z","prev":"P","seq":2,"type":"noSuchEvent","v":4}"#,
        "",
    ])
    func linesLeftToJSONDecoder(_ text: String) {
        #expect(reader.decode(EventRecord.self, from: Data(text.utf8)) == nil)
    }

    /// A line with a key twice is not damage the reader decides: the log reads as it read
    /// before there was a reader, through `JSONDecoder`.
    @Test func aKeyGivenTwiceReadsAsJSONDecoderReadsIt() throws {
        let log = try #require(Archive.logFiles(in: SampleLines.examples).first)
        var text = String(decoding: try #require(SampleLines.split(try Data(contentsOf: log)).first), as: UTF8.self)
        text.insert(contentsOf: #""title":"Ein annan tittel","#, at: text.index(after: text.startIndex))
        let line = Data(text.utf8)
        #expect(reader.decode(EventRecord.self, from: line) == nil)
        let loaded = try MeetingLog.parse(line + [0x0A], url: URL(fileURLWithPath: "/tmp/x.jsonl"))
        #expect(loaded.meeting.records.first == (try LineCodec.decode(line)))
    }

    /// Lines of the samples, broken at random: whatever the reader reads, `JSONDecoder` reads
    /// the same, and whatever reads is written by ``CanonicalLine`` as `JSONEncoder` writes it
    /// (the broken lines' escapes give texts no sample has). Seeded, so a failure is found again.
    @Test func brokenLinesReadAlikeOrAreLeftToJSONDecoder() throws {
        var random = SplitMix64(seed: 0x5EED_1DEA)
        let lines = try SampleLines.all()
        let bytes: [UInt8] = Array(#"\"{}[],:0129.e-+ nult"#.utf8) + [0x00, 0x1F, 0x7F, 0xC3, 0xA6, 0xE2, 0x80, 0xFF]
        var readFast = 0
        for _ in 0..<4000 {
            var line = Array(lines[Int.random(in: 0..<lines.count, using: &random)])
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<line.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: line.remove(at: at)
                case 1: line.insert(bytes.randomElement(using: &random)!, at: at)
                case 2: line[at] = bytes.randomElement(using: &random)!
                default:
                    // A member again: the text from one comma to the next, copied after another.
                    let commas = line.indices.filter { line[$0] == UInt8(ascii: ",") }
                    guard commas.count > 1 else { continue }
                    let from = commas.randomElement(using: &random)!, to = commas.randomElement(using: &random)!
                    if from < to { line.insert(contentsOf: line[from..<to], at: commas.randomElement(using: &random)!) }
                }
            }
            let data = Data(line)
            let foundation = try? LineCodec.decode(data)
            if let foundation {
                #expect(CanonicalLine.bytes(of: foundation).map { Data($0) } == (try LineCodec.encode(foundation)), "written alike")
            }
            guard let fast = reader.decode(EventRecord.self, from: data) else { continue }
            readFast += 1
            #expect(fast == foundation, "\(String(decoding: data, as: UTF8.self))")
        }
        #expect(readFast > 100, "some broken lines are still events, and the reader reads them")
    }

    /// A line that is two events (a comma between them) is damage, named at its line.
    @Test func aLineThatIsTwoEventsIsStillDamage() throws {
        let log = try #require(Archive.logFiles(in: SampleLines.examples).first)
        var lines = SampleLines.split(try Data(contentsOf: log))
        lines[2] = lines[2] + Data(",".utf8) + lines[3]
        lines.remove(at: 3)
        let joined = lines.reduce(into: Data()) { $0.append($1 + [0x0A]) }
        #expect {
            try MeetingLog.parse(joined, url: log)
        } throws: { error in
            (error as? LogError)?.line == 3
        }
    }
}

/// `runde verify` asks ``CanonicalLine`` whether a line is as runde writes it: its bytes must be
/// exactly `JSONEncoder`'s.
struct CanonicalLineTests {
    @Test func everySampleLineIsWrittenAsJSONEncoderWritesIt() throws {
        for line in try SampleLines.all() {
            let record = try LineCodec.decode(line)
            let canonical = try #require(CanonicalLine.bytes(of: record), "\(String(decoding: line, as: UTF8.self))")
            #expect(Data(canonical) == (try LineCodec.encode(record)), "\(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test func everyCharacterIsEscapedAsJSONEncoderEscapesIt() throws {
        var texts = [SampleLines.awkward]
        texts += (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        texts += [0xA0, 0xAD, 0x2028, 0xFEFF, 0xFFFD, 0x1F600].map { String(UnicodeScalar($0)!) }
        for text in texts {
            let record = SampleLines.note(text)
            #expect(CanonicalLine.bytes(of: record).map { Data($0) } == (try LineCodec.encode(record)), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// A number written another way (`4.0` for `4`) reads, but is not as runde writes it, and
    /// verify names the field.
    @Test func verifyNamesANumberWrittenAnotherWay() throws {
        let log = try #require(Archive.logFiles(in: SampleLines.examples).first)
        var lines = SampleLines.split(try Data(contentsOf: log))
        let last = String(decoding: try #require(lines.last), as: UTF8.self)
        #expect(last.hasSuffix(#""v":4}"#))
        lines[lines.count - 1] = Data(last.replacingOccurrences(of: #""v":4}"#, with: #""v":4.0}"#).utf8)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("runde-v-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: copy) }
        try lines.reduce(into: Data()) { $0.append($1 + [0x0A]) }.write(to: copy)
        let report = MeetingLog.verify(copy)
        #expect(report.error == nil)
        let problem = try #require(report.schemaProblems.first)
        #expect(problem.line == lines.count)
        #expect(problem.message(.en).contains(#""v" has the value 4.0, expected 4"#), "\(problem.message(.en))")
    }

    @Test func verifyStillNamesALineNotAsRunde() throws {
        let record = SampleLines.note("x")
        let written = try LineCodec.encode(record)
        #expect(LineCodec.isCanonical(written, of: record))
        var spaced = String(decoding: written, as: UTF8.self)
        spaced.insert(" ", at: spaced.index(after: spaced.startIndex))
        #expect(!LineCodec.isCanonical(Data(spaced.utf8), of: record))
        let escaped = Data(String(decoding: written, as: UTF8.self).replacingOccurrences(of: #""x""#, with: #""\u0078""#).utf8)
        #expect(try LineCodec.decode(escaped) == record)
        #expect(!LineCodec.isCanonical(escaped, of: record))
    }
}

/// Identifiers and the method's string enums are read and written in place
/// (`StringValueCoding.swift`): the same JSON as `Codable`'s defaults, and the same refusals.
struct StringValueCodingTests {
    /// A line with the envelope's fields and `fields`, its keys sorted as the writer sorts them.
    private func record(_ fields: [String: String]) -> Data {
        let all = fields.merging(["at": #""2026-11-23T18:05:09.120Z""#, "by": #""kari""#, "prev": "\"\(LineCodec.firstPrev)\"", "seq": "2", "v": "4"]) { $1 }
        return Data(("{" + all.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}").utf8)
    }

    @Test func identifiersAndEnumsReadAsTheStringsTheyAre() throws {
        let line = record(["item": #""s2""#, "kind": #""decision""#, "steps": "[]", "type": #""itemKindChanged""#])
        let decoded = try LineCodec.decode(line)
        #expect(decoded.by == "kari")
        #expect(decoded.event == .itemKindChanged(ItemKindChanged(item: "s2", kind: .decision, recipe: nil, steps: [])))
        #expect(try LineCodec.encode(decoded) == line, "written back byte for byte")
    }

    @Test func listsOfIdentifiersRoundTrip() throws {
        let line = record(["order": #"["kari","ola","åse"]"#, "purpose": #""checkIn""#, "type": #""roundStarted""#])
        let decoded = try LineCodec.decode(line)
        #expect(decoded.event == .roundStarted(RoundStarted(purpose: .checkIn, item: nil, step: nil, order: ["kari", "ola", "åse"])))
        #expect(try LineCodec.encode(decoded) == line)
    }

    @Test func aValueThatIsNoCaseIsRefusedByName() {
        let line = record(["item": #""s2""#, "kind": #""vote""#, "steps": "[]", "type": #""itemKindChanged""#])
        #expect {
            try LineCodec.decode(line)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("ItemKind") && context.debugDescription.contains("vote")
                && context.codingPath.last?.stringValue == "kind"
        }
    }

    @Test func anIdentifierThatIsNoStringIsRefused() {
        #expect(throws: DecodingError.self) { try LineCodec.decode(record(["participant": "7", "type": #""turnPassed""#])) }
        #expect(throws: DecodingError.self) {
            try LineCodec.decode(record(["order": #"["kari",null]"#, "purpose": #""checkIn""#, "type": #""roundStarted""#]))
        }
    }

    @Test func aBadTimeIsRefusedAtItsKey() {
        let line = Data(#"{"at":"yesterday","prev":"\#(LineCodec.firstPrev)","seq":2,"type":"meetingOpened","v":4}"#.utf8)
        #expect {
            try LineCodec.decode(line)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("yesterday") && context.codingPath.last?.stringValue == "at"
        }
    }
}
