import Foundation
import Glibc

/// Why a command did not reach the log.
public enum SubmitError: Error, Sendable, Hashable {
    /// The method refused it; the log is unchanged.
    case refused(Refusal)
    /// The log is damaged, or could not be read or written.
    case log(LogError)
}

/// Appends to one meeting's log: the only way runde writes a meeting.
///
/// Each ``submit(_:by:)`` takes an exclusive `flock`, folds whatever other processes appended
/// since this writer last read (a scribe on a second terminal), checks the command against
/// that state, and writes all its lines with one `write(2)` to a file opened `O_APPEND`. Before
/// a command that ends a phase returns, the file is synced to disk.
///
/// A class because it owns a file descriptor; not `Sendable`: use it from one task.
public final class MeetingLogWriter {
    public let url: URL
    public private(set) var meeting: Meeting
    private let fd: Int32
    private var parser: LogParser
    private let clock: () -> Date

    /// Opens an existing log for appending.
    ///
    /// - Parameter clock: the time stamped on each event; tests pass a fixed one.
    public init(url: URL, clock: @escaping () -> Date = Date.init) throws(LogError) {
        let fd = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw LogError(file: url.path, cause: .cannotRead(String(cString: strerror(errno)))) }
        self.url = url
        self.fd = fd
        self.clock = clock
        parser = LogParser(file: url.path)
        do {
            let (records, _) = try parser.consume(try Self.readAll(fd, from: 0, file: url.path))
            meeting = try Self.fold(records, file: url.path)
        } catch {
            close(fd)
            throw error
        }
    }

    deinit { close(fd) }

    /// Creates a new log whose first event is `created`; fails if the file exists.
    public static func create(
        at url: URL, _ created: MeetingCreated, by: ParticipantID?, clock: @escaping () -> Date = Date.init
    ) throws(LogError) -> MeetingLogWriter {
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let exists = errno == EEXIST
            throw LogError(file: url.path, cause: exists ? .fileExists : .cannotWrite(String(cString: strerror(errno))))
        }
        defer { close(fd) }
        let record = EventRecord(seq: 1, at: Timestamp.normalized(clock()), by: by, event: .meetingCreated(created), prev: "")
        try write([record], after: LineCodec.firstPrev, to: fd, file: url.path, sync: true)
        return try MeetingLogWriter(url: url, clock: clock)
    }

    /// Carries out `command` and returns the records it appended (none when nothing changed).
    ///
    /// - Throws: ``SubmitError/refused(_:)`` when the method forbids it now, with the log unchanged;
    ///   ``SubmitError/log(_:)`` when the log is damaged (including a torn tail, after which runde
    ///   does not write) or the write fails.
    @discardableResult
    public func submit(_ command: Command, by: ParticipantID?) throws(SubmitError) -> [EventRecord] {
        do { try lock() } catch { throw .log(error) }
        defer { flock(fd, LOCK_UN) }
        do { try catchUp(tornTailIsFinal: true) } catch { throw .log(error) }
        let at = stamp()
        let events: [Event]
        do { events = try meeting.decide(command, at: at) } catch { throw .refused(error) }
        guard !events.isEmpty else { return [] }
        let records = events.enumerated().map { index, event in
            EventRecord(seq: parser.nextSeq + index, at: at, by: by, event: event, prev: "")
        }
        do {
            try Self.write(records, after: parser.prev, to: fd, file: url.path, sync: events.contains(where: \.endsPhase))
            try catchUp(tornTailIsFinal: true)
        } catch { throw .log(error) }
        return Array(meeting.records.suffix(records.count))
    }

    /// Folds what other processes appended since the last read, without taking the lock.
    /// A line still being written is left for next time.
    ///
    /// - Returns: whether anything new was folded.
    @discardableResult
    public func refresh() throws(LogError) -> Bool {
        let before = parser.nextSeq
        try catchUp(tornTailIsFinal: false)
        return parser.nextSeq != before
    }

    // MARK: Helpers

    /// The time for a new command: the clock, but at least a millisecond after the log's last
    /// line, so times only grow and the lines of one command are told apart from the next's.
    private func stamp() -> Date {
        let now = Timestamp.normalized(clock())
        guard let last = meeting.records.last?.at, now <= last else { return now }
        return Timestamp.normalized(last.addingTimeInterval(0.001))
    }

    private func lock() throws(LogError) {
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw LogError(file: url.path, cause: .cannotWrite(String(cString: strerror(errno)))) }
        }
    }

    private func catchUp(tornTailIsFinal: Bool) throws(LogError) {
        let bytes = try Self.readAll(fd, from: parser.offset, file: url.path)
        let line = parser.line
        let (records, torn) = try parser.consume(bytes)
        if let torn, tornTailIsFinal {
            throw LogError(file: url.path, line: torn.line, offset: torn.offset, cause: .tornTail)
        }
        for (index, record) in records.enumerated() {
            do { try meeting.apply(record) } catch {
                throw LogError(file: url.path, line: line + index, cause: .eventDoesNotFit(error.cause.description))
            }
        }
    }

    private static func fold(_ records: [EventRecord], file: String) throws(LogError) -> Meeting {
        do { return try Meeting(records: records) } catch {
            throw LogError(file: file, line: records.isEmpty ? 1 : error.seq, cause: records.isEmpty ? .empty : .eventDoesNotFit(error.cause.description))
        }
    }

    private static func readAll(_ fd: Int32, from offset: Int, file: String) throws(LogError) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var position = off_t(offset)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if count < 0 {
                if errno == EINTR { continue }
                throw LogError(file: file, cause: .cannotRead(String(cString: strerror(errno))))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            position += off_t(count)
        }
    }

    /// Chains `records` after the line whose hash is `prev` and writes them, whole lines, with
    /// one `write(2)`; syncs when asked. Each line's hash is taken of the very bytes written.
    private static func write(_ records: [EventRecord], after prev: String, to fd: Int32, file: String, sync: Bool) throws(LogError) {
        var bytes = Data()
        var prev = prev
        for var record in records {
            record.prev = prev
            let line: Data
            do { line = try LineCodec.encode(record) } catch {
                throw LogError(file: file, cause: .cannotWrite(String(describing: error)))
            }
            // Never a line the readers would refuse (Limits.logLineBytes).
            guard line.count <= Limits.logLineBytes else { throw LogError(file: file, cause: .lineTooLong(limit: Limits.logLineBytes)) }
            prev = LineCodec.hash(line)
            bytes.append(line)
            bytes.append(0x0A)
        }
        var written = -1
        repeat {
            written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        } while written < 0 && errno == EINTR
        guard written == bytes.count else {
            let reason = written < 0 ? String(cString: strerror(errno)) : "only \(written) of \(bytes.count) bytes written"
            throw LogError(file: file, cause: .cannotWrite(reason))
        }
        if sync, fsync(fd) != 0 { throw LogError(file: file, cause: .cannotWrite(String(cString: strerror(errno)))) }
    }
}
