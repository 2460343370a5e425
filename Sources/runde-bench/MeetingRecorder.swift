import Foundation
import RundeCore

/// Where a scripted meeting's commands go: a log built in memory for the bench archives, or the
/// real writer (which syncs every command) for the cost of writing.
protocol MeetingRecorder: AnyObject {
    var meeting: Meeting { get }
    func run(_ command: Command, by: ParticipantID) throws
}

extension MeetingLogWriter: MeetingRecorder {
    func run(_ command: Command, by: ParticipantID) throws { _ = try submit(command, by: by) }
}

/// A meeting log made in memory through the library's fold, chained as the writer chains it, and
/// written out once: millions of events in seconds, where the writer's sync per command would
/// take hours. Its clock moves 15 seconds a command, so the bytes are the same every run.
final class InMemoryLog: MeetingRecorder {
    private(set) var meeting: Meeting
    private(set) var bytes = Data()
    private var prev = LineCodec.firstPrev
    private var now: Date

    init(_ created: MeetingCreated, by: ParticipantID, at: Date) throws {
        let first = EventRecord(seq: 1, at: at, by: by, event: .meetingCreated(created), prev: LineCodec.firstPrev)
        meeting = try Meeting(records: [first])
        now = at
        try append(first)
    }

    func run(_ command: Command, by: ParticipantID) throws {
        now.addTimeInterval(15)
        for event in try meeting.decide(command, at: now) {
            let record = EventRecord(seq: meeting.state.lastSeq + 1, at: now, by: by, event: event, prev: prev)
            try meeting.apply(record)
            try append(record)
        }
    }

    /// Writes the log as a new file with the mode its folder gives (private in a private folder).
    func write(to url: URL) throws {
        let fd = try PrivateFiles.create(url, flags: O_WRONLY)
        defer { close(fd) }
        try PrivateFiles.writeAll(bytes, to: fd, path: url.path)
    }

    private func append(_ record: EventRecord) throws {
        let line = try LineCodec.encode(record)
        prev = LineCodec.hash(line)
        bytes.append(line)
        bytes.append(0x0A)
    }
}
