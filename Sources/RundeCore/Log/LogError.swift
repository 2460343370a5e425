import Glibc

/// Damage found in a meeting log, or a log that cannot be used: where, and why.
///
/// runde never skips or repairs a bad line silently; every case names the file and line.
public struct LogError: Error, Sendable, Hashable {
    public enum Cause: Sendable, Hashable {
        case cannotRead(String)
        case cannotWrite(String)
        case empty
        case notUTF8
        case notJSON(String)
        case emptyLine
        case badEvent(String)
        case unknownType(String)
        /// Written by a newer runde than this one.
        case newerVersion(Int)
        case badVersion(Int)
        case seqGap(expected: Int, found: Int)
        /// `prev` does not match the previous line: a line was edited, lost or inserted.
        case hashMismatch
        case firstEventNotMeetingCreated
        case eventDoesNotFit(String)
        /// A cut-off last line (a crash mid-write) is left as it is; runde will not write after it.
        case tornTail
        case fileExists
        /// The log is no longer at its path: deleted or moved away while the writer had it open.
        case removed
        /// Another file is at the log's path now (copied over it, or moved into its place).
        case replaced
        /// The log is shorter than what the writer had read: it was cut under the writer.
        case truncated(expected: Int, found: Int)
        /// The last line the writer had read is no longer there as it was: the log was rewritten.
        case rewritten
        /// The log can be read but this user may not write it.
        case noPermissionToWrite
        /// The log is on a file system mounted read-only.
        case readOnlyFileSystem
        /// The disk (or the user's quota) is full; nothing of the command was kept.
        case diskFull

        /// What a failed `open` for writing, `write` or `fsync` means, from its `errno`.
        public static func writeFailure(_ code: Int32) -> Cause {
            switch code {
            case EACCES, EPERM: .noPermissionToWrite
            case EROFS: .readOnlyFileSystem
            case ENOSPC, EDQUOT: .diskFull
            default: .cannotWrite(String(cString: strerror(code)))
            }
        }
        /// A line longer than `limit` bytes (``Limits/logLineBytes``): not read any further.
        case lineTooLong(limit: Int)
    }

    public var file: String
    /// 1-based; 0 when the problem is the file as a whole.
    public var line: Int
    /// Byte offset of the line's start.
    public var offset: Int
    public var cause: Cause

    public init(file: String, line: Int = 0, offset: Int = 0, cause: Cause) {
        self.file = file
        self.line = line
        self.offset = offset
        self.cause = cause
    }
}

/// A last line cut off before its line feed: reported, and left untouched on disk.
public struct TornTail: Sendable, Hashable {
    public var line: Int
    /// Byte offset where the cut-off line starts.
    public var offset: Int
    public var length: Int
}
