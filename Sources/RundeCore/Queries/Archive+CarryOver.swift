import Foundation

/// An item of an earlier meeting that the next meeting takes up again: postponed there, or not
/// reached before that meeting closed.
public struct CarriedItem: Sendable, Hashable {
    /// Why the item is carried.
    public enum Reason: String, Sendable, Hashable {
        /// The owner or the team put it off (`itemPostponed`).
        case postponed
        /// Still pending when the meeting closed.
        case notReached
    }

    /// The item where it was: `<meeting>#<item>`.
    public var reference: DecisionRef
    public var meetingTitle: String
    public var reason: Reason
    /// The item as the new meeting's agenda takes it: the same kind, title, owner, text, recipe
    /// and legal basis, the proposal as it last stood, and `carriedFrom` naming where it was.
    public var draft: ItemDraft
}

extension Archive {
    /// What the next meeting carries into its agenda: the items of the newest meeting that was
    /// opened that were postponed, or still pending when it closed (a meeting still running
    /// passes on only what it postponed). An item that a later meeting already carries (even one
    /// planned and not yet opened) is not carried again, and an item carried once is the new
    /// meeting's own: if it is put off again, it is carried from there. An exempt item stays
    /// exempt on the same legal basis; a lifted exemption stays lifted.
    public var carryOver: [CarriedItem] {
        guard let index = meetings.lastIndex(where: { $0.stage != .scheduled }) else { return [] }
        let source = meetings[index]
        let alreadyCarried = Set(meetings[(index + 1)...].flatMap { $0.items.compactMap(\.draft.carriedFrom) })
        return source.items.compactMap { item in
            let reason: CarriedItem.Reason
            switch item.status {
            case .postponed: reason = .postponed
            case .pending where source.stage == .closed: reason = .notReached
            default: return nil
            }
            let reference = DecisionRef(meeting: source.name, item: item.id)
            guard !alreadyCarried.contains(reference) else { return nil }
            var draft = item.draft
            draft.carriedFrom = reference
            if draft.kind == .decision, let proposal = item.proposal { draft.proposal = proposal }
            return CarriedItem(reference: reference, meetingTitle: source.title, reason: reason, draft: draft)
        }
    }
}
