import Foundation

/// Which items of a team's meetings are exempt from public disclosure (*unnateke
/// offentlegheit*), and on which legal basis: for what one meeting says about others (actions
/// carried from an earlier meeting, decisions an item revisits) and for what a new meeting
/// inherits from them.
public struct Exemptions: Sendable, Hashable {
    /// The legal basis of each exempt item of each meeting known, by meeting name.
    public var items: [String: [ItemID: String]]

    public init(_ items: [String: [ItemID: String]] = [:]) { self.items = items }

    /// The exempt items of every meeting that reads back; a damaged log's meeting stays unknown.
    public init(archive: Archive) {
        let pairs = archive.meetings.map { meeting in (meeting.name, meeting.exemptItems) }
        items = Dictionary(pairs) { first, _ in first }
    }

    /// The legal basis of the item `reference` points at, when it is known and exempt.
    public func basis(of reference: DecisionRef) -> String? {
        reference.item.flatMap { items[reference.meeting]?[$0] }
    }

    /// Whether public minutes must leave out what `reference` points at: an exempt item, or an
    /// item of a meeting not known here, whose exemption nobody can vouch for.
    public func withhold(_ reference: DecisionRef) -> Bool {
        guard let item = reference.item, let exempt = items[reference.meeting] else { return true }
        return exempt[item] != nil
    }
}

extension ItemDraft {
    /// The draft, exempt on the same legal basis as the decision it revisits when that one was
    /// exempt and the draft names no basis of its own. Anything made from an exempt item stays
    /// exempt until the facilitator lifts it explicitly (``Command/liftExemption(_:reason:)``).
    ///
    /// - Parameter basis: the legal basis of a decision's item, or nil when it is open or unknown.
    public func inheritingExemption(_ basis: (DecisionRef) -> String?) -> ItemDraft {
        guard exemption?.trimmedOrNil == nil, let reference = replaces, let inherited = basis(reference) else { return self }
        var draft = self
        draft.exemption = inherited
        return draft
    }
}
