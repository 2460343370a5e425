import Foundation

/// Reads log lines from bytes, checking each against the chain so far: format version, `seq`,
/// `prev`. Used on a whole file and, by the writer, on what others appended since it last read.
struct LogParser {
    let file: String
    /// The 1-based number of the next line.
    private(set) var line = 1
    /// Byte offset of the next line's start: everything before it is complete, checked lines.
    private(set) var offset = 0
    /// Byte offset of the last complete line's start (its bytes end at ``offset``, line feed included).
    private(set) var lastLineStart = 0
    private(set) var nextSeq = 1
    private(set) var prev = LineCodec.firstPrev

    init(file: String) { self.file = file }

    /// Parses every complete line in `bytes`, which must start at ``offset``. A final part with no
    /// line feed is not consumed: it is returned as a torn tail.
    ///
    /// A line longer than ``Limits/logLineBytes`` is an error (``LogError/Cause/lineTooLong(limit:)``)
    /// found by looking at no more than that many bytes of it, plus one: it is never decoded.
    mutating func consume(_ bytes: Data) throws(LogError) -> (records: [EventRecord], torn: TornTail?) {
        var lines: [Range<Data.Index>] = []
        var start = bytes.startIndex
        var tooLong = false
        while start < bytes.endIndex {
            let window = min(bytes.endIndex - start, Limits.logLineBytes + 1)
            guard let newline = Self.newline(in: bytes, from: start, within: window) else {
                tooLong = window > Limits.logLineBytes
                break
            }
            lines.append(start..<newline)
            start = newline + 1
        }
        let reader = lines.isEmpty ? nil : LineReader()
        var records: [EventRecord] = []
        records.reserveCapacity(lines.count)
        for range in lines {
            let lineBytes = bytes[range]
            if let fast = reader?.decode(EventRecord.self, from: lineBytes) { records.append(try check(fast)) } else { records.append(try parse(lineBytes)) }
            prev = LineCodec.hash(lineBytes)
            nextSeq += 1
            line += 1
            lastLineStart = offset
            offset += lineBytes.count + 1
        }
        if tooLong { throw fail(.lineTooLong(limit: Limits.logLineBytes)) }
        return (records, start < bytes.endIndex ? TornTail(line: line, offset: offset, length: bytes.endIndex - start) : nil)
    }

    /// The index of the first line feed in the `count` bytes of `bytes` from `start`, found with
    /// `memchr`; nil when there is none.
    static func newline(in bytes: Data, from start: Data.Index, within count: Int) -> Data.Index? {
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Data.Index? in
            guard let base = buffer.baseAddress, count > 0 else { return nil }
            let from = start - bytes.startIndex
            guard let found = memchr(base + from, 0x0A, count) else { return nil }
            return bytes.startIndex + (base.distance(to: UnsafeRawPointer(found)))
        }
    }

    private func fail(_ cause: LogError.Cause) -> LogError {
        LogError(file: file, line: line, offset: offset, cause: cause)
    }

    private struct Header: Decodable {
        var v: Int?
        var seq: Int?
        var type: String?
        var prev: String?
    }

    /// A sound line decodes at once and is then checked against the chain; only a line that
    /// does not decode is taken apart (``diagnose(_:)``) to say exactly why.
    private func parse(_ bytes: Data) throws(LogError) -> EventRecord {
        guard let record = try? LineCodec.decode(bytes) else { return try diagnose(bytes) }
        return try check(record)
    }

    /// A decoded line against the chain so far.
    private func check(_ record: EventRecord) throws(LogError) -> EventRecord {
        try checkVersion(record.v)
        try checkLink(seq: record.seq, prev: record.prev)
        return try checkPlace(record)
    }

    private func checkVersion(_ v: Int) throws(LogError) {
        guard v <= EventRecord.formatVersion else { throw fail(.newerVersion(v)) }
        guard v >= 1 else { throw fail(.badVersion(v)) }
    }

    /// `seq` and `prev` against the chain so far.
    private func checkLink(seq: Int, prev: String?) throws(LogError) {
        guard seq == nextSeq else { throw fail(.seqGap(expected: nextSeq, found: seq)) }
        guard prev == self.prev else { throw fail(.hashMismatch) }
    }

    /// `meetingCreated` first, and only there.
    private func checkPlace(_ record: EventRecord) throws(LogError) -> EventRecord {
        if record.seq == 1, case .meetingCreated = record.event {} else if record.seq == 1 { throw fail(.firstEventNotMeetingCreated) }
        if record.seq > 1, case .meetingCreated = record.event { throw fail(.eventDoesNotFit("meetingCreated may only be the first event")) }
        return record
    }

    /// Why a line does not decode, checked in the order a reader would want to hear it: empty,
    /// not UTF-8, not a JSON object, the envelope, an unknown type, then the event's fields.
    private func diagnose(_ bytes: Data) throws(LogError) -> EventRecord {
        guard !bytes.isEmpty else { throw fail(.emptyLine) }
        guard String(data: bytes, encoding: .utf8) != nil else { throw fail(.notUTF8) }
        guard (try? JSONSerialization.jsonObject(with: bytes)) is [String: Any] else {
            throw fail(.notJSON(String(decoding: bytes.prefix(60), as: UTF8.self)))
        }
        let header: Header
        do { header = try JSONDecoder().decode(Header.self, from: bytes) } catch { throw fail(.badEvent(Self.describe(error))) }
        guard let v = header.v else { throw fail(.badEvent("no field \"v\"")) }
        try checkVersion(v)
        guard let seq = header.seq else { throw fail(.badEvent("no field \"seq\"")) }
        try checkLink(seq: seq, prev: header.prev)
        guard let type = header.type else { throw fail(.badEvent("no field \"type\"")) }
        guard Event.knownTypes.contains(type) else { throw fail(.unknownType(type)) }
        let record: EventRecord
        do { record = try LineCodec.decode(bytes) } catch { throw fail(.badEvent(Self.describe(error))) }
        return try checkPlace(record)
    }

    /// A decoding error in a few words: the field path and what was wrong.
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing field \"\(path(context.codingPath + [key]))\""
        case DecodingError.typeMismatch(let type, let context):
            return "field \"\(path(context.codingPath))\" should be \(type)"
        case DecodingError.valueNotFound(let type, let context):
            return "field \"\(path(context.codingPath))\" is null, should be \(type)"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? context.debugDescription : "field \"\(path(context.codingPath))\": \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }
}
