import Foundation
import Glibc

/// A meeting's log held under the writers' lock by a process that is not a writer: `runde sync`,
/// staging what a log holds or bringing in another machine's lines. A running ``MeetingLogWriter``
/// waits for the lock and then finds the new lines as it finds a second terminal's.
///
/// A class because it owns the file descriptor and the lock; the lock goes with it.
public final class LockedLog {
    public let url: URL
    private let fd: Int32
    /// The log's complete lines: a cut-off last line is not part of them.
    public private(set) var lines: Data
    /// Whether the file ends in a cut-off line (a crashed writer; `runde repair` moves it aside).
    public let hasTornTail: Bool

    /// Opens the log and waits for its lock.
    public init(_ url: URL) throws(LogError) {
        fd = try MeetingLogWriter.openForAppend(url)
        self.url = url
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let error = LogError(file: url.path, cause: .cannotWrite(String(cString: strerror(errno))))
                close(fd)
                throw error
            }
        }
        let bytes: Data
        do { bytes = try MeetingLogWriter.readAll(fd, from: 0, file: url.path) } catch {
            close(fd)
            throw error
        }
        let complete = (bytes.lastIndex(of: 0x0A)).map { $0 + 1 - bytes.startIndex } ?? 0
        lines = bytes.prefix(complete)
        hasTornTail = complete < bytes.count
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Appends complete lines and syncs them; on failure the log is as it was.
    public func append(_ more: Data) throws(LogError) {
        precondition(!hasTornTail, "lines are never appended after a cut-off line")
        try MeetingLogWriter.append(more, to: fd, at: lines.count, file: url.path)
        lines.append(more)
    }

    /// Cuts the log back to its first `length` bytes (a line boundary) and syncs it: for the copy
    /// that lost a fork, once its lines are safe in the side file.
    public func cut(to length: Int) throws(LogError) {
        precondition(!hasTornTail && length <= lines.count && (length == 0 || lines[lines.startIndex + length - 1] == 0x0A))
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else { throw LogError(file: url.path, cause: .writeFailure(errno)) }
        lines = lines.prefix(length)
    }
}
