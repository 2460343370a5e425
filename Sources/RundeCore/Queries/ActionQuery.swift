import Foundation

/// Which actions of an archive to list: every filter that is set must hold.
///
/// An action's status is ``ActionEntry/action``'s, as ``Archive/actions`` gives it.
public struct ActionQuery: Sendable, Hashable {
    /// Only open actions.
    public var open: Bool
    /// Only open actions whose due date has passed (see ``ActionEntry/isOverdue(today:)``).
    public var overdue: Bool
    /// Who is to do it.
    public var owner: ParticipantID?

    public init(open: Bool = false, overdue: Bool = false, owner: ParticipantID? = nil) {
        self.open = open
        self.overdue = overdue
        self.owner = owner
    }

    /// The archive's actions that pass every filter: soonest due first, those without a due date
    /// last, and otherwise in meeting order.
    public func apply(to archive: Archive, today: Day) -> [ActionEntry] {
        let chosen = archive.actions.filter { entry in
            if open && entry.action.status != .open { return false }
            if overdue && !entry.isOverdue(today: today) { return false }
            if let owner, entry.action.who != owner { return false }
            return true
        }
        return chosen.enumerated().sorted { a, b in
            Self.isSooner(a.element.action.due, than: b.element.action.due)
                || (!Self.isSooner(b.element.action.due, than: a.element.action.due) && a.offset < b.offset)
        }.map(\.element)
    }

    /// Whether an action due on `due` comes before one due on `other`: the sooner first, and
    /// those without a due date last.
    public static func isSooner(_ due: Day?, than other: Day?) -> Bool {
        switch (due, other) {
        case (let x?, let y?): x < y
        case (.some, nil): true
        default: false
        }
    }
}

extension ActionEntry {
    /// Open, and its due date is before `today`; an action due today is not yet overdue.
    public func isOverdue(today: Day) -> Bool {
        guard action.status == .open, let due = action.due else { return false }
        return due < today
    }
}
