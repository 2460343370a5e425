import Foundation
import Testing

@testable import RundeCore

/// The reader decodes a log's lines with one call (``LineCodec/decode(lines:)``); what it reads
/// and what it reports must be exactly what decoding each line alone gives.
struct BatchDecodeTests {
    let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/heimetenesta/meetings")

    func lines(_ bytes: Data) -> [Data] { bytes.split(separator: 0x0A).map { Data($0) } }

    @Test func allLinesAtOnceAreEachLineAlone() throws {
        for log in Archive.logFiles(in: examples) {
            let lines = lines(try Data(contentsOf: log))
            let alone = try lines.map(LineCodec.decode)
            #expect(LineCodec.decode(lines: lines) == alone, "\(log.lastPathComponent)")
        }
    }

    /// A line holding two events, a comma apart, would be two elements of the array: the count
    /// gives it away, and the line is reported as each line alone reports it.
    @Test func aLineThatIsTwoEventsIsStillDamage() throws {
        let log = try #require(Archive.logFiles(in: examples).first)
        var lines = lines(try Data(contentsOf: log))
        lines[2] = lines[2] + Data(",".utf8) + lines[3]
        lines.remove(at: 3)
        #expect(LineCodec.decode(lines: lines) == nil)
        let joined = lines.reduce(into: Data()) { $0.append($1 + [0x0A]) }
        #expect(throws: LogError.self) { try MeetingLog.parse(joined, url: log) }
        do {
            _ = try MeetingLog.parse(joined, url: log)
        } catch {
            #expect(error.line == 3, "the line that is two events is named: \(error)")
        }
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
