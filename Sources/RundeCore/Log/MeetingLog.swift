import Foundation

/// A meeting read back from its log file.
public struct LoadedMeeting: Sendable {
    public let url: URL
    /// The meeting's name: the file name without `.jsonl`. Worked out once: the registers look
    /// meetings up by name, row by row, and taking a URL apart costs more than comparing names.
    public let name: String
    public var meeting: Meeting
    /// A cut-off last line, if the writer crashed mid-line; reported, never used.
    public var tornTail: TornTail?
    /// Bytes of complete, checked lines.
    public var validLength: Int

    init(url: URL, meeting: Meeting, tornTail: TornTail?, validLength: Int) {
        self.url = url
        name = url.deletingPathExtension().lastPathComponent
        self.meeting = meeting
        self.tornTail = tornTail
        self.validLength = validLength
    }

    public var state: MeetingState { meeting.state }
}

/// Reading meeting logs. Readers never take the lock: lines are written whole, and a reader
/// that meets a line still being written sees it as a torn tail.
public enum MeetingLog {
    /// Reads and folds a whole log.
    ///
    /// - Throws: ``LogError`` for a file that cannot be read, is empty, is not JSON Lines, or has
    ///   a broken line, a bad hash, a `seq` gap, a newer format version or an event that does
    ///   not fit — each with file, line and byte offset. A torn last line is not an error.
    public static func read(_ url: URL) throws(LogError) -> LoadedMeeting {
        try parse(try bytes(of: url), url: url)
    }

    /// The log's bytes, as ``read(_:)`` reads them before it parses them (``parse(_:url:)``).
    public static func bytes(of url: URL) throws(LogError) -> Data {
        do { return try readBytes(url) } catch {
            // The system's reason (as the writer gives it), not Foundation's "could not be completed".
            let reason = access(url.path, R_OK) != 0 ? String(cString: strerror(errno)) : error.localizedDescription
            throw LogError(file: url.path, cause: .cannotRead(reason))
        }
    }

    /// The file's bytes, read a chunk at a time; reading stops as soon as a line runs past
    /// ``Limits/logLineBytes``, so a file with one huge line costs no more than the limit and a
    /// chunk (the parser then reports that line, with its number and offset).
    static func readBytes(_ url: URL) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var data = Data()
        var lineStart = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            if let newline = chunk.lastIndex(of: 0x0A) { lineStart = data.count - chunk.count + (newline - chunk.startIndex) + 1 }
            if data.count - lineStart > Limits.logLineBytes { break }
        }
        return data
    }

    /// Parses and folds log bytes as if read from `url`.
    public static func parse(_ bytes: Data, url: URL) throws(LogError) -> LoadedMeeting {
        var parser = LogParser(file: url.path)
        let (records, torn) = try parser.consume(bytes)
        guard !records.isEmpty else {
            throw LogError(file: url.path, line: 1, cause: torn == nil ? .empty : .tornTail)
        }
        do {
            let meeting = try Meeting(records: records)
            return LoadedMeeting(url: url, meeting: meeting, tornTail: torn, validLength: parser.offset)
        } catch {
            throw LogError(file: url.path, line: error.seq, offset: lineOffset(of: error.seq, in: bytes), cause: .eventDoesNotFit(error.cause.description))
        }
    }

    private static func lineOffset(of line: Int, in bytes: Data) -> Int {
        var seen = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            seen += 1
            if seen == line { return index + 1 }
        }
        return 0
    }
}
