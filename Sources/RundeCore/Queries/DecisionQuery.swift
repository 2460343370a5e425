import Foundation

/// Which decisions of an archive to list: every filter that is set must hold.
public struct DecisionQuery: Sendable, Hashable {
    /// Decided on this day or later.
    public var since: Day?
    /// Decided on this day or earlier.
    public var until: Day?
    /// The item's owner.
    public var owner: ParticipantID?
    /// Something recorded on the decision's item matches: any text ``Archive/search(_:)`` looks
    /// at on that item (title, proposal, decision, concerns, objections, notes, actions, …).
    public var search: SearchPattern?
    /// Due for review: the review date has passed or is at most this many days after today. A
    /// decision without a review date, or already replaced by a later one, is never due.
    public var dueForReviewWithin: Int?
    /// Only decisions of items marked info/drøft (information and consultation under the Basic Agreement).
    public var infoDrøft: Bool
    /// Where a decision's day is counted when its meeting records no zone (a decision at 00:30
    /// in Oslo is on that Oslo day); otherwise in the meeting's own zone.
    public var timeZone: TimeZone

    public init(
        since: Day? = nil, until: Day? = nil, owner: ParticipantID? = nil, search: SearchPattern? = nil, dueForReviewWithin: Int? = nil,
        infoDrøft: Bool = false, timeZone: TimeZone = .current
    ) {
        self.infoDrøft = infoDrøft
        self.since = since
        self.until = until
        self.owner = owner
        self.search = search
        self.dueForReviewWithin = dueForReviewWithin
        self.timeZone = timeZone
    }

    /// The archive's decisions that pass every filter, newest first.
    public func apply(to archive: Archive, today: Day) -> [DecisionEntry] {
        let mentioned = search.map(archive.itemsMentioning)
        return archive.decisions.filter { entry in
            if since != nil || until != nil {
                let day = Day(entry.decision.decidedAt, in: entry.meetingTimeZone ?? timeZone)
                if let since, day < since { return false }
                if let until, day > until { return false }
            }
            if let owner, entry.decision.owner != owner { return false }
            if infoDrøft, !entry.item.draft.infoDrøft { return false }
            if let dueForReviewWithin, !entry.isDueForReview(today: today, within: dueForReviewWithin) { return false }
            if let mentioned, !mentioned.contains(entry.reference) { return false }
            return true
        }
    }
}

extension DecisionEntry {
    /// Whether the next review (the decision's review date, or the one set when a later meeting
    /// let it stand) has passed or is at most `days` days after `today`; never for a decision
    /// without one or replaced by a later decision (it has been revisited).
    public func isDueForReview(today: Day, within days: Int) -> Bool {
        guard replacedBy == nil, let review = nextReview else { return false }
        return review <= today.adding(days: days)
    }
}
