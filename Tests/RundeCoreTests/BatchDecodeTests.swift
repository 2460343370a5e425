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
