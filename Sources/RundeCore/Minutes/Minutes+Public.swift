import Foundation

extension Minutes {
    /// The minutes as they may be shown to the public: the one place that decides it.
    ///
    /// Every exempt item becomes a placeholder with only its number and legal basis, so its
    /// title, text, proposal, amendments, rounds and their answers, notes, conclusion, decision,
    /// end reason and actions are gone with it. An item that revisits an exempt decision is
    /// exempt on the same basis unless its exemption was lifted on the record (logs written
    /// before items inherited it say so only through `replaces`). What points at an exempt item
    /// from elsewhere goes too: the meeting's action list, notes filed under the item in the
    /// meeting's own rounds, follow-up carried from (or a decision due for review of) an exempt
    /// item of an earlier meeting or of one not known here, and an item's reference to a
    /// decision it revisits (or the item it was carried from) when that one is exempt; the other
    /// meetings' titles go with every reference withheld, and with those to meetings not known.
    ///
    /// - Parameter others: the exempt items of the team's other meetings; this meeting's own
    ///   are read from the minutes.
    public func publicView(_ others: Exemptions) -> Minutes {
        let exemption = { (item: MinutesItem) -> String? in
            guard let content = item.content else { return item.exemption }
            return item.exemption ?? (content.liftedExemption == nil ? content.replaces.flatMap(others.basis(of:)) : nil)
        }
        let own = Dictionary(items.compactMap { item in item.content.flatMap { content in exemption(item).map { (content.id, $0) } } }) { a, _ in a }
        var known = others
        if let name { known.items[name] = own }
        let isOpen = { (note: MinutesNote) in note.item.map { own[$0] == nil } ?? true }
        var view = self
        view.isPublic = true
        view.items = items.map { item in
            if let basis = exemption(item) { return MinutesItem(number: item.number, exemption: basis, content: nil) }
            var item = item
            if let revisited = item.content?.replaces, known.withhold(revisited) { item.content?.replaces = nil }
            if let carried = item.content?.carriedFrom, known.withhold(carried) { item.content?.carriedFrom = nil }
            return item
        }
        view.actions = actions.filter { $0.item.map { own[$0] == nil } ?? true }
        view.followUp = followUp.filter { carried in
            carried.exemption == nil && (carried.action.item.map { !known.withhold(DecisionRef(meeting: carried.meeting, item: $0)) } ?? true)
        }
        view.reviewDue = reviewDue.filter { $0.due.exemption == nil && !known.withhold($0.due.reference) }
        view.checkIn = checkIn.map { $0.keeping(isOpen) }
        view.checkOut = checkOut.map { $0.keeping(isOpen) }
        view.notes = notes.filter(isOpen)
        let shown = Set(view.shownReferences.filter { !known.withhold($0) }.map(\.rawValue))
        view.references = references.filter { shown.contains($0.key) }
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
