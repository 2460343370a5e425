import Foundation

/// Where a live screen gets the meeting from, and learns of lines others appended: the writer
/// (`runde run`), or a follower that only reads (`runde follow`).
public protocol MeetingFeed: AnyObject {
    var url: URL { get }
    var meeting: Meeting { get }
    /// Folds what was appended since; whether anything was.
    func refresh() throws(LogError) -> Bool
}

extension MeetingLogWriter: MeetingFeed {}

/// A meeting log followed read-only, for a second screen or someone who joins over ssh: it
/// opens the file for reading only, takes no lock and never writes. When the file changes (its
/// size or time), it reads the log again; a line still being written is left for next time.
public final class MeetingLogFollower: MeetingFeed {
    public let url: URL
    public private(set) var meeting: Meeting
    private var stamp: FileStamp?

    public init(url: URL) throws(LogError) {
        self.url = url
        stamp = FileStamp(url)
        meeting = try MeetingLog.read(url).meeting
    }

    @discardableResult
    public func refresh() throws(LogError) -> Bool {
        let now = FileStamp(url)
        guard now != stamp else { return false }
        let read = try MeetingLog.read(url).meeting
        stamp = now
        guard read.records.count != meeting.records.count || read.records.last != meeting.records.last else { return false }
        meeting = read
        return true
    }

    /// A file's size and modification time, read with one `stat`.
    private struct FileStamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int

        init?(_ url: URL) {
            var info = stat()
            guard stat(url.path, &info) == 0 else { return nil }
            size = Int(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        }
    }
}
