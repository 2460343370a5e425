import Foundation

/// Where an item stands on its meeting's agenda, for registers that list items from many
/// meetings.
public struct ItemPlace: Sendable, Hashable {
    public var id: ItemID
    /// 1 for the first item on the agenda, as the minutes number it.
    public var number: Int
    public var title: String
    public var kind: ItemKind
    /// The legal basis when the item is exempt from public disclosure (*unnateke
    /// offentlegheit*); the registers show exempt items to the team, marked.
    public var exemption: String?
}

extension MeetingState {
    /// When the meeting was opened, or is planned for when it has not been.
    public var heldAt: Date { openedAt ?? scheduledAt }

    /// The item's place on the agenda; nil for an item not on it.
    public func place(of id: ItemID) -> ItemPlace? {
        guard let index = items.firstIndex(where: { $0.id == id }) else { return nil }
        let item = items[index]
        return ItemPlace(id: id, number: index + 1, title: item.title, kind: item.kind, exemption: item.draft.exemption)
    }

    /// A participant's name as this meeting lists them; their id when it does not.
    public func name(of id: ParticipantID) -> String { participant(id)?.name ?? id.rawValue }
}
