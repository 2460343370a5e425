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

    /// Every recorded decision, newest first, with the meeting it was made in, what replaced it,
    /// and when it is next to be reviewed after the reviews held since.
    public var decisions: [DecisionEntry] {
        let all = meetings.flatMap { loaded in
            loaded.state.items.compactMap { item in
                item.decision.map {
                    DecisionEntry(meeting: loaded.name, meetingTitle: loaded.state.title, item: item, decision: $0, nextReview: $0.reviewDate)
                }
            }
        }
        let replacedBy = Dictionary(
            all.compactMap { entry in entry.decision.replaces.map { ($0, entry.reference) } }, uniquingKeysWith: { first, _ in first })
        // Meetings are in order, so a later review overwrites an earlier one.
        var kept: [DecisionRef: Day?] = [:]
        for loaded in meetings {
            for review in loaded.state.reviews.values where review.outcome == .kept { kept[review.decision] = review.nextReview }
        }
        return all.map { entry in
            var entry = entry
            entry.replacedBy = replacedBy[entry.reference]
            if let next = kept[entry.reference] { entry.nextReview = next }
            return entry
        }.sorted { $0.decision.decidedAt > $1.decision.decidedAt }
    }

    /// The decisions whose next review is on or before `day` and that nothing has replaced, as
    /// a new meeting on that day lists them in its follow-up.
    public func reviewDue(on day: Day) -> [FollowUpDecision] {
        decisions.reversed().compactMap { entry in
            guard entry.replacedBy == nil, let review = entry.nextReview, review <= day else { return nil }
            return FollowUpDecision(
                meeting: entry.meeting, title: entry.item.title, reviewDate: review, decision: entry.decision, exemption: entry.item.draft.exemption)
        }
    }

    /// The actions still open, as a new meeting carries them into its follow-up.
    public var openActions: [FollowUpAction] {
        actions.filter { $0.action.status == .open }.map { FollowUpAction(meeting: $0.meeting, action: $0.action, exemption: $0.exemption) }
    }

    /// Every action, in meeting order, with the meeting it was recorded in. Its status is the
    /// latest word on it: its own meeting's, or what a later meeting's follow-up chose.
    public var actions: [ActionEntry] {
        var chosen: [ActionRef: ActionStatus] = [:]
        for loaded in meetings { chosen.merge(loaded.state.followUpStatus) { _, later in later } }
        return meetings.flatMap { loaded in
            loaded.state.actions.map { action in
                var action = action
                if let status = chosen[ActionRef(meeting: loaded.name, action: action.id)] { action.status = status }
                let exemption = action.item.flatMap { loaded.state.item($0)?.draft.exemption }
                return ActionEntry(meeting: loaded.name, meetingTitle: loaded.state.title, action: action, exemption: exemption)
            }
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
    /// When the decision is next to be reviewed: its own review date, or the one set when a
    /// later meeting let it stand; nil for none.
    public var nextReview: Day?

    /// How other items refer to this decision.
    public var reference: DecisionRef { DecisionRef(meeting: meeting, item: decision.item) }
}

/// An action and the meeting it came from.
public struct ActionEntry: Sendable, Hashable {
    public var meeting: String
    public var meetingTitle: String
    public var action: Action
    /// The legal basis of the exempt item the action was recorded under; nil when open.
    public var exemption: String?
}
