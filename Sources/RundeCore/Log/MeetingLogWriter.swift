import Crypto
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
/// Each ``submit(_:by:)`` takes an exclusive `flock`, checks that the file at the log's path is
/// still the one it has been reading and still holds what it read, folds whatever other processes
/// appended since this writer last read (a scribe on a second terminal), checks the command
/// against that state, and writes all its lines with one `write(2)` to a file opened `O_APPEND`,
/// then syncs the file to disk before it returns.
///
/// When the log was removed, replaced or cut short under it, the writer writes nothing and says
/// so (``LogError/Cause/removed``, ``LogError/Cause/replaced``, ``LogError/Cause/truncated(expected:found:)``,
/// ``LogError/Cause/rewritten``) until the path again holds a file that starts with exactly the
/// bytes it had read; then it opens that file and goes on there.
///
/// A class because it owns a file descriptor; not `Sendable`: use it from one task.
public final class MeetingLogWriter {
    public let url: URL
    public private(set) var meeting: Meeting
    private var fd: Int32
    private var parser: LogParser
    private let clock: () -> Date
    /// SHA-256 of every byte read so far (up to ``LogParser/offset``): what a file at the path
    /// must start with for the writer to go on in it.
    private var digest = SHA256()
    /// Why the path no longer holds what this writer read; nil while it does.
    public private(set) var detached: LogError?
    /// The file last found at the path and found not to continue the log, so the next check
    /// need not read it again unless it changed.
    private var rejected: FileStamp?
    /// Damage found in what others appended: from then on this writer writes nothing.
    private var damaged: LogError?

    /// Opens an existing log for appending.
    ///
    /// - Parameter clock: the time stamped on each event; tests pass a fixed one.
    /// - Throws: ``LogError`` when the log cannot be read, is damaged, or cannot be written
    ///   (``LogError/Cause/noPermissionToWrite``, ``LogError/Cause/readOnlyFileSystem``).
    public init(url: URL, clock: @escaping () -> Date = Date.init) throws(LogError) {
        let fd = try Self.openForAppend(url)
        self.url = url
        self.fd = fd
        self.clock = clock
        parser = LogParser(file: url.path)
        do {
            let bytes = try Self.readAll(fd, from: 0, file: url.path)
            let (records, _) = try parser.consume(bytes)
            digest.update(data: bytes.prefix(parser.offset))
            meeting = try Self.fold(records, file: url.path)
        } catch {
            close(fd)
            throw error
        }
    }

    deinit { close(fd) }

    /// Creates a new log whose first event is `created`; fails if the file exists. The file gets
    /// the mode of ``FileModes/inside(_:)``; it and its folder are synced before this returns.
    public static func create(
        at url: URL, _ created: MeetingCreated, by: ParticipantID?, clock: @escaping () -> Date = Date.init
    ) throws(LogError) -> MeetingLogWriter {
        let fd: Int32
        do { fd = try PrivateFiles.create(url, flags: O_WRONLY | O_APPEND) } catch {
            // No permission or a read-only file system here is about the folder, not a log that exists.
            let cause: LogError.Cause = error.code == EEXIST ? .fileExists : [ENOSPC, EDQUOT].contains(error.code) ? .diskFull : .cannotWrite(error.reason)
            throw LogError(file: url.path, cause: cause)
        }
        let record = EventRecord(seq: 1, at: Timestamp.normalized(clock()), by: by, event: .meetingCreated(created), prev: "")
        do {
            try append(encode([record], after: LineCodec.firstPrev, file: url.path), to: fd, at: 0, file: url.path)
        } catch {
            close(fd)
            unlink(url.path)
            throw error
        }
        close(fd)
        do { try PrivateFiles.syncFolder(url.deletingLastPathComponent()) } catch {
            throw LogError(file: url.path, cause: .writeFailure(error.code))
        }
        return try MeetingLogWriter(url: url, clock: clock)
    }

    /// Carries out `command` and returns the records it appended (none when nothing changed).
    /// The lines are on disk (synced) before this returns.
    ///
    /// - Throws: ``SubmitError/refused(_:)`` when the method forbids it now, with the log unchanged;
    ///   ``SubmitError/log(_:)`` when the log is damaged (including a torn tail, after which runde
    ///   does not write), is no longer the file this writer read, or the write fails. Then nothing
    ///   of the command is in the log.
    @discardableResult
    public func submit(_ command: Command, by: ParticipantID?) throws(SubmitError) -> [EventRecord] {
        do {
            if detached != nil { try reattach() }
            try lock()
        } catch { throw .log(error) }
        defer { flock(fd, LOCK_UN) }
        do {
            try checkPlace()
            try catchUp(tornTailIsFinal: true)
        } catch { throw .log(error) }
        let at = stamp()
        let events: [Event]
        do { events = try meeting.decide(command, at: at) } catch { throw .refused(error) }
        guard !events.isEmpty else { return [] }
        let records = events.enumerated().map { index, event in
            EventRecord(seq: parser.nextSeq + index, at: at, by: by, event: event, prev: "")
        }
        do {
            try Self.append(try Self.encode(records, after: parser.prev, file: url.path), to: fd, at: parser.offset, file: url.path)
            // The path may have changed between the check and the write: then the lines went to a
            // file that is no longer the log, and the command is reported as not done.
            try checkPlace()
            try catchUp(tornTailIsFinal: true)
        } catch { throw .log(error) }
        return Array(meeting.records.suffix(records.count))
    }

    /// Folds what other processes appended since the last read, without taking the lock.
    /// A line still being written is left for next time.
    ///
    /// - Returns: whether anything new was folded (or the writer found its log again).
    /// - Throws: ``LogError`` when the log was removed, replaced or cut short (see ``detached``),
    ///   or what was appended is damaged.
    @discardableResult
    public func refresh() throws(LogError) -> Bool {
        if detached != nil {
            try reattach()
            return true
        }
        try checkPlace()
        let before = parser.nextSeq
        try catchUp(tornTailIsFinal: false)
        return parser.nextSeq != before
    }

    // MARK: Where the log is

    /// What identifies one version of a file: which file, how long, when last changed.
    private struct FileStamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var seconds: Int
        var nanoseconds: Int

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        }

        func sameFile(as other: FileStamp) -> Bool { device == other.device && inode == other.inode }
    }

    /// Checks that the path still names the open file, that the file is not shorter than what was
    /// read, and that the last line read is still there byte for byte. Otherwise the writer is
    /// ``detached`` and this throws.
    private func checkPlace() throws(LogError) {
        guard let cause = placeProblem() else { return }
        throw detach(cause)
    }

    private func placeProblem() -> LogError.Cause? {
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { return .cannotRead(String(cString: strerror(errno))) }
        var atPath = stat()
        guard stat(url.path, &atPath) == 0 else {
            return errno == ENOENT ? .removed : .cannotRead(String(cString: strerror(errno)))
        }
        guard FileStamp(atPath).sameFile(as: FileStamp(opened)) else { return .replaced }
        guard Int(opened.st_size) >= parser.offset else { return .truncated(expected: parser.offset, found: Int(opened.st_size)) }
        let length = parser.offset - parser.lastLineStart
        var last = [UInt8](repeating: 0, count: length)
        let count = last.withUnsafeMutableBytes { pread(fd, $0.baseAddress, length, off_t(parser.lastLineStart)) }
        guard count == length, last.last == 0x0A, LineCodec.hash(last.dropLast()) == parser.prev else { return .rewritten }
        return nil
    }

    private func detach(_ cause: LogError.Cause) -> LogError {
        let error = LogError(file: url.path, cause: cause)
        detached = error
        return error
    }

    /// Opens the file now at the path and goes on in it if it starts with exactly the bytes this
    /// writer had read (the same hash chain, to the same line); anything after them is folded as
    /// another writer's lines. Otherwise the writer stays detached and this throws why.
    private func reattach() throws(LogError) {
        var atPath = stat()
        guard stat(url.path, &atPath) == 0 else {
            throw detach(errno == ENOENT ? .removed : .cannotRead(String(cString: strerror(errno))))
        }
        var opened = stat()
        let stamp = FileStamp(atPath)
        let sameFile = fstat(fd, &opened) == 0 && stamp.sameFile(as: FileStamp(opened))
        if stamp == rejected, let detached { throw detached }
        /// Not the log this writer read: another file, or this one cut short or rewritten.
        func mismatch(found size: Int) -> LogError {
            rejected = stamp
            return detach(!sameFile ? .replaced : size < parser.offset ? .truncated(expected: parser.offset, found: size) : .rewritten)
        }
        guard stamp.size >= parser.offset else { throw mismatch(found: stamp.size) }
        let candidate: Int32
        do { candidate = try Self.openForAppend(url) } catch { throw detach(error.cause) }
        var adopted = false
        defer { if !adopted { close(candidate) } }
        let prefix = try Self.readAll(candidate, from: 0, upTo: parser.offset, file: url.path)
        guard prefix.count == parser.offset, SHA256.hash(data: prefix) == digest.finalize() else { throw mismatch(found: prefix.count) }
        close(fd)
        fd = candidate
        adopted = true
        detached = nil
        rejected = nil
        try catchUp(tornTailIsFinal: false)
    }

    /// Opens `url` for appending. A log that can be read but not written says why: no permission,
    /// or a read-only file system.
    static func openForAppend(_ url: URL) throws(LogError) -> Int32 {
        let fd = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        if fd >= 0 { return fd }
        let code = errno
        if [EACCES, EPERM, EROFS].contains(code) {
            let reading = open(url.path, O_RDONLY | O_CLOEXEC)
            if reading >= 0 {
                close(reading)
                throw LogError(file: url.path, cause: .writeFailure(code))
            }
        }
        throw LogError(file: url.path, cause: .cannotRead(String(cString: strerror(code))))
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

    /// Reads, checks and folds what was appended since the last read. Complete lines before a
    /// torn tail are folded before the torn tail is reported, so the state never misses them.
    /// Damage (a line that does not read or does not fit) stops this writer for good: what it
    /// has read and what it has folded no longer agree, and only reading the log afresh (runde
    /// started again, after the log is mended) can tell what holds.
    private func catchUp(tornTailIsFinal: Bool) throws(LogError) {
        if let damaged { throw damaged }
        let bytes = try Self.readAll(fd, from: parser.offset, file: url.path)
        let line = parser.line
        let start = parser.offset
        let records: [EventRecord]
        let torn: TornTail?
        do { (records, torn) = try parser.consume(bytes) } catch {
            damaged = error
            throw error
        }
        digest.update(data: bytes.prefix(parser.offset - start))
        for (index, record) in records.enumerated() {
            do { try meeting.apply(record) } catch {
                let error = LogError(file: url.path, line: line + index, cause: .eventDoesNotFit(error.cause.description))
                damaged = error
                throw error
            }
        }
        if let torn, tornTailIsFinal {
            throw LogError(file: url.path, line: torn.line, offset: torn.offset, cause: .tornTail)
        }
    }

    private static func fold(_ records: [EventRecord], file: String) throws(LogError) -> Meeting {
        do { return try Meeting(records: records) } catch {
            throw LogError(file: file, line: records.isEmpty ? 1 : error.seq, cause: records.isEmpty ? .empty : .eventDoesNotFit(error.cause.description))
        }
    }

    /// The file's bytes from `offset`, to its end or to `limit` bytes from the start.
    static func readAll(_ fd: Int32, from offset: Int, upTo limit: Int = .max, file: String) throws(LogError) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var position = offset
        while position < limit {
            let wanted = min(buffer.count, limit - position)
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, wanted, off_t(position)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw LogError(file: file, cause: .cannotRead(String(cString: strerror(errno))))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            position += count
        }
        return data
    }

    /// Chains `records` after the line whose hash is `prev`: whole lines, each with its `prev`
    /// taken from the very bytes before it.
    private static func encode(_ records: [EventRecord], after prev: String, file: String) throws(LogError) -> Data {
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
        return bytes
    }

    /// Writes `bytes` at the end of the file (which is `end` bytes long) with one `write(2)` and
    /// syncs it. When the write or the sync fails (a full disk, an I/O error), the file is cut
    /// back to `end`, so no part of the command stays in the log, and this throws.
    static func append(_ bytes: Data, to fd: Int32, at end: Int, file: String) throws(LogError) {
        do throws(FileSystemError) {
            try PrivateFiles.writeAll(bytes, to: fd, path: file)
            guard fsync(fd) == 0 else { throw FileSystemError(path: file, code: errno) }
        } catch {
            // If even this fails, what was written stays and the next command finds it as a torn
            // tail, for `runde repair`.
            _ = ftruncate(fd, off_t(end))
            _ = fsync(fd)
            throw LogError(file: file, cause: .writeFailure(error.code))
        }
    }
}
