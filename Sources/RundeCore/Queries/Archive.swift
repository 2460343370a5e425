import Foundation

/// A team's meetings, read back from the logs in its `meetings/` folder.
///
/// The logs are the truth: nothing here is cached. A damaged log is reported with its error and
/// the rest of the archive is still read.
public struct Archive: Sendable {
    /// Meetings that read back, oldest first (by file name, which starts with date and time).
    public var meetings: [LoadedMeeting]
    /// Logs that could not be read, with why.
    public var damaged: [LogError]

    /// Reads every `*.jsonl` in `folder`.
    ///
    /// - Complexity: reads each log once.
    public init(folder: URL) {
        meetings = []
        damaged = []
        for url in Self.logFiles(in: folder) {
            do { meetings.append(try MeetingLog.read(url)) } catch { damaged.append(error) }
        }
    }

    /// The meeting logs in `folder`, sorted by name.
    public static func logFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Every recorded decision, newest first, with the meeting it was made in.
    public var decisions: [DecisionEntry] {
        let all = meetings.flatMap { loaded in
            loaded.state.items.compactMap { item in
                item.decision.map { DecisionEntry(meeting: loaded.name, meetingTitle: loaded.state.title, item: item, decision: $0) }
            }
        }
        let replacedBy = Dictionary(
            all.compactMap { entry in entry.decision.replaces.map { ($0, entry.reference) } }, uniquingKeysWith: { first, _ in first })
        return all.map { entry in
            var entry = entry
            entry.replacedBy = replacedBy[entry.reference]
            return entry
        }.sorted { $0.decision.decidedAt > $1.decision.decidedAt }
    }

    /// The actions still open, as a new meeting carries them into its follow-up.
    public var openActions: [FollowUpAction] {
        actions.filter { $0.action.status == .open }.map { FollowUpAction(meeting: $0.meeting, action: $0.action) }
    }

    /// Every action, in meeting order, with the meeting it was recorded in.
    public var actions: [ActionEntry] {
        meetings.flatMap { loaded in
            loaded.state.actions.map { ActionEntry(meeting: loaded.name, meetingTitle: loaded.state.title, action: $0) }
        }
    }
}

/// A decision and where it was made.
public struct DecisionEntry: Sendable, Hashable {
    /// The meeting's name (its log file without `.jsonl`).
    public var meeting: String
    public var meetingTitle: String
    public var item: Item
    public var decision: Decision
    /// The later decision that replaced this one, if any.
    public var replacedBy: DecisionRef?

    /// How other items refer to this decision.
    public var reference: DecisionRef { DecisionRef(meeting: meeting, item: decision.item) }
}

/// An action and the meeting it came from.
public struct ActionEntry: Sendable, Hashable {
    public var meeting: String
    public var meetingTitle: String
    public var action: Action
}
