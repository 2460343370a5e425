import Foundation

/// Which items of a team's meetings are exempt from public disclosure (*unnateke
/// offentlegheit*), for what one meeting's minutes say about others: actions carried from an
/// earlier meeting and decisions an item revisits.
public struct Exemptions: Sendable, Hashable {
    /// The exempt items of each meeting known, by meeting name.
    public var items: [String: Set<ItemID>]

    public init(_ items: [String: Set<ItemID>] = [:]) { self.items = items }

    /// The exempt items of every meeting that reads back; a damaged log's meeting stays unknown.
    public init(archive: Archive) {
        let pairs = archive.meetings.map { loaded in (loaded.name, Set(loaded.state.items.filter { $0.draft.exemption != nil }.map(\.id))) }
        items = Dictionary(pairs) { first, _ in first }
    }

    /// Whether public minutes must leave out what `reference` points at: an exempt item, or an
    /// item of a meeting not known here, whose exemption nobody can vouch for.
    public func withhold(_ reference: DecisionRef) -> Bool {
        guard let item = reference.item, let exempt = items[reference.meeting] else { return true }
        return exempt.contains(item)
    }
}

extension Minutes {
    /// The minutes as they may be shown to the public: the one place that decides it.
    ///
    /// Every exempt item becomes a placeholder with only its number and legal basis, so its
    /// title, text, proposal, amendments, rounds and their answers, notes, conclusion, decision,
    /// end reason and actions are gone with it. What points at an exempt item from elsewhere
    /// goes too: the meeting's action list, notes filed under the item in the meeting's own
    /// rounds, follow-up carried from (or a decision due for review of) an exempt item of an earlier meeting, and an item's
    /// reference to a decision it revisits when that decision is exempt.
    ///
    /// - Parameter others: the exempt items of the team's other meetings; this meeting's own
    ///   are read from the minutes.
    public func publicView(_ others: Exemptions) -> Minutes {
        let exempt = Set(items.compactMap { $0.exemption == nil ? nil : $0.content?.id })
        var known = others
        if let name { known.items[name] = exempt }
        let isOpen = { (note: MinutesNote) in note.item.map { !exempt.contains($0) } ?? true }
        var view = self
        view.isPublic = true
        view.items = items.map { item in
            guard item.exemption == nil else { return MinutesItem(number: item.number, exemption: item.exemption, content: nil) }
            var item = item
            if let revisited = item.content?.replaces, known.withhold(revisited) { item.content?.replaces = nil }
            return item
        }
        view.actions = actions.filter { $0.item.map { !exempt.contains($0) } ?? true }
        view.followUp = followUp.filter { carried in
            carried.action.item.map { !known.withhold(DecisionRef(meeting: carried.meeting, item: $0)) } ?? true
        }
        view.reviewDue = reviewDue.filter { !known.withhold($0.due.reference) }
        view.checkIn = checkIn.map { $0.keeping(isOpen) }
        view.checkOut = checkOut.map { $0.keeping(isOpen) }
        view.notes = notes.filter(isOpen)
        return view
    }
}

extension MinutesRound {
    fileprivate func keeping(_ isIncluded: (MinutesNote) -> Bool) -> MinutesRound {
        var round = self
        round.notes = notes.filter(isIncluded)
        return round
    }
}
