import Foundation

/// A team's meetings, as the registers, the review screen and the next meeting's plan see
/// them: one ``MeetingDigest`` a meeting, oldest first, and the texts search looks at.
///
/// The logs are the truth. ``init(folder:)`` folds them one at a time; the index (RundeIndex's
/// `ArchiveIndex`) hands over the same digests without folding, and finds the texts a search
/// may match with full-text search. Every question below is answered by the same code either
/// way. A damaged log is reported with its error and the rest of the archive is still read.
public struct Archive: Sendable {
    /// Meetings that read back, oldest first (by file name, which starts with date and time).
    public let meetings: [MeetingDigest]
    /// Logs that could not be read, with why.
    public let damaged: [LogError]
    /// Where search finds the meetings' texts.
    let texts: any ArchiveTexts
    /// Each meeting's position in ``meetings``, by name.
    private let positions: [String: Int]

    public init(meetings: [MeetingDigest], damaged: [LogError], texts: any ArchiveTexts) {
        self.meetings = meetings
        self.damaged = damaged
        self.texts = texts
        positions = Dictionary(meetings.enumerated().map { ($1.name, $0) }) { first, _ in first }
    }

    /// Reads every `*.jsonl` in `folder`, keeping each meeting's digest and searchable texts
    /// (logs are folded on every core, a batch at a time, and only what is kept stays).
    ///
    /// - Complexity: reads each log once.
    public init(folder: URL) {
        var meetings: [MeetingDigest] = []
        var damaged: [LogError] = []
        var texts: [String: [SearchableText]] = [:]
        for batch in Self.logFiles(in: folder).batches(of: 32) {
            let folded = Array(batch).concurrentMap { url -> Result<(MeetingDigest, [SearchableText]), LogError> in
                Result { () throws(LogError) in
                    let state = try MeetingLog.read(url).state
                    return (MeetingDigest(state, url: url), state.searchableTexts)
                }
            }
            for result in folded {
                switch result {
                case .success(let (digest, searchable)):
                    meetings.append(digest)
                    texts[digest.name] = searchable
                case .failure(let error): damaged.append(error)
                }
            }
        }
        self.init(meetings: meetings, damaged: damaged, texts: TextsInMemory(texts: texts))
    }

    /// The meeting logs in `folder`, sorted by name.
    public static func logFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The meeting with this name (its log file without `.jsonl`).
    public func meeting(named name: String) -> MeetingDigest? { positions[name].map { meetings[$0] } }

    /// Every recorded decision, newest first, with the meeting it was made in, what replaced it,
    /// and when it is next to be reviewed after the reviews held since.
    public var decisions: [DecisionEntry] {
        let all = meetings.flatMap { meeting in
            meeting.decisions.compactMap { decision in
                meeting.items.first { $0.id == decision.item }.map {
                    DecisionEntry(
                        meeting: meeting.name, meetingTitle: meeting.title, meetingTimeZone: meeting.timeZone, item: $0, decision: decision,
                        nextReview: decision.reviewDate)
                }
            }
        }
        let replacedBy = Dictionary(
            all.compactMap { entry in entry.decision.replaces.map { ($0, entry.reference) } }, uniquingKeysWith: { first, _ in first })
        // Meetings are in order, so a later review overwrites an earlier one.
        var kept: [DecisionRef: Day?] = [:]
        for meeting in meetings { kept.merge(meeting.keptReviews) { _, later in later } }
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
                meeting: entry.meeting, title: entry.item.draft.title, reviewDate: review, decision: entry.decision,
                exemption: entry.item.draft.exemption)
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
        for meeting in meetings { chosen.merge(meeting.followUpStatus) { _, later in later } }
        return meetings.flatMap { meeting in
            let exempt = meeting.exemptItems
            return meeting.actions.map { action in
                var action = action
                if let status = chosen[ActionRef(meeting: meeting.name, action: action.id)] { action.status = status }
                return ActionEntry(meeting: meeting.name, meetingTitle: meeting.title, action: action, exemption: action.item.flatMap { exempt[$0] })
            }
        }
    }
}

/// A decision and where it was made.
public struct DecisionEntry: Sendable, Hashable {
    /// The meeting's name (its log file without `.jsonl`).
    public var meeting: String
    public var meetingTitle: String
    /// The zone the meeting was held in, when its log records it.
    public var meetingTimeZone: TimeZone?
    public var item: ItemDigest
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
