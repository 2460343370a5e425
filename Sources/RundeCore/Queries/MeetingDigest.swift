import Foundation

/// What the registers, the review screen and the next meeting's plan need of one meeting,
/// folded from its log: small enough to keep ten years of them in memory, and exactly what the
/// index (``ArchiveIndex`` in RundeIndex) stores, so that an archive read from the index and one
/// folded from the logs are the same value.
public struct MeetingDigest: Sendable, Hashable {
    /// The log file.
    public var url: URL {
        didSet { name = url.deletingPathExtension().lastPathComponent }
    }
    /// The meeting's name: the file name without `.jsonl`.
    public private(set) var name: String
    public var title: String
    public var scheduledAt: Date
    public var openedAt: Date?
    public var stage: Stage
    /// The time zone the meeting was held in, as its log records it; nil in logs written
    /// before it was (their times are shown in the team's zone).
    public var timeZone: TimeZone?
    /// The zone the log names when this machine does not know it (``timeZone`` is then nil):
    /// the registers say so, since the meeting's days are then shown in the team's zone.
    public var unknownTimeZone: String?
    /// Everyone on the meeting's list, by id and name only.
    public var participants: [Participant]
    /// The agenda, in order.
    public var items: [ItemDigest]
    /// The decisions, in agenda order.
    public var decisions: [Decision]
    public var actions: [Action]
    /// The follow-up choices this meeting made on earlier meetings' actions.
    public var followUpStatus: [ActionRef: ActionStatus]
    /// Earlier decisions this meeting let stand, with the next review date it set (nil for none).
    public var keptReviews: [DecisionRef: Day?]
    /// The average of the meeting's evaluations, if any were given.
    public var averageScore: Double?

    public init(
        url: URL, title: String, scheduledAt: Date, openedAt: Date?, stage: Stage, timeZone: TimeZone?, unknownTimeZone: String? = nil,
        participants: [Participant], items: [ItemDigest],
        decisions: [Decision], actions: [Action], followUpStatus: [ActionRef: ActionStatus], keptReviews: [DecisionRef: Day?],
        averageScore: Double?
    ) {
        self.url = url
        name = url.deletingPathExtension().lastPathComponent
        self.title = title
        self.scheduledAt = scheduledAt
        self.openedAt = openedAt
        self.stage = stage
        self.timeZone = timeZone
        self.unknownTimeZone = unknownTimeZone
        self.participants = participants
        self.items = items
        self.decisions = decisions
        self.actions = actions
        self.followUpStatus = followUpStatus
        self.keptReviews = keptReviews
        self.averageScore = averageScore
    }

    /// The digest of a meeting read back from `url`.
    public init(_ state: MeetingState, url: URL) {
        self.init(
            url: url, title: state.title, scheduledAt: state.scheduledAt, openedAt: state.openedAt, stage: state.stage, timeZone: state.timeZone,
            unknownTimeZone: state.unknownTimeZone, participants: state.participants.map { Participant(id: $0.id, name: $0.name) },
            items: state.items.map { ItemDigest(id: $0.id, draft: $0.draft, status: $0.status, proposal: $0.proposal) },
            decisions: state.decisions, actions: state.actions, followUpStatus: state.followUpStatus,
            keptReviews: state.reviews.values.filter { $0.outcome == .kept }.reduce(into: [:]) { $0[$1.decision] = .some($1.nextReview) },
            averageScore: state.averageScore)
    }

    /// When the meeting was opened, or is planned for when it has not been.
    public var heldAt: Date { openedAt ?? scheduledAt }

    /// The day `date` fell on where the meeting was held: in its recorded zone, else in `fallback`
    /// (the team's).
    public func day(of date: Date, else fallback: TimeZone) -> Day { Day(date, in: timeZone ?? fallback) }

    /// A participant's name as this meeting lists them; their id when it does not.
    public func name(of id: ParticipantID) -> String { participants.first { $0.id == id }?.name ?? id.rawValue }

    /// The item's place on the agenda; nil for an item not on it.
    public func place(of id: ItemID) -> ItemPlace? {
        guard let index = items.firstIndex(where: { $0.id == id }) else { return nil }
        let item = items[index]
        return ItemPlace(id: id, number: index + 1, title: item.draft.title, kind: item.draft.kind, exemption: item.draft.exemption)
    }

    /// The legal basis of each exempt item.
    public var exemptItems: [ItemID: String] {
        Dictionary(items.compactMap { item in item.draft.exemption.map { (item.id, $0) } }) { first, _ in first }
    }
}

/// An agenda item as the registers and the next meeting's plan see it.
public struct ItemDigest: Sendable, Hashable {
    public var id: ItemID
    /// As planned, or as last edited.
    public var draft: ItemDraft
    public var status: ItemStatus
    /// The proposal as it stood at the end, when it was set or amended in the meeting.
    public var proposal: String?

    public init(id: ItemID, draft: ItemDraft, status: ItemStatus, proposal: String?) {
        self.id = id
        self.draft = draft
        self.status = status
        self.proposal = proposal
    }
}
