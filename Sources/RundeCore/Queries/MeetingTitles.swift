import Foundation

/// The titles and days of a team's meetings and the titles of their items, so minutes can show
/// a reference (`<meeting>#<item>`) as «item title» (meeting title, day) instead of its raw form.
public struct MeetingTitles: Sendable, Hashable {
    /// What is known of each meeting, by meeting name.
    public var meetings: [String: KnownMeeting]

    /// One meeting as references to it are shown.
    public struct KnownMeeting: Sendable, Hashable {
        public var title: String
        /// The day it was held (or planned for), where it was held.
        public var day: Day
        public var items: [ItemID: String]

        public init(title: String, day: Day, items: [ItemID: String]) {
            self.title = title
            self.day = day
            self.items = items
        }
    }

    public init(_ meetings: [String: KnownMeeting] = [:]) { self.meetings = meetings }

    /// Every meeting that reads back, or only those `named` (what a register's rows refer to: on
    /// ten years of meetings, all their item titles would cost more than the register);
    /// days in the zone its log records, else in `fallback`.
    public init(archive: Archive, timeZone fallback: TimeZone, named names: Set<String>? = nil) {
        let known = names.map { $0.compactMap(archive.meeting(named:)) } ?? archive.meetings
        let pairs = known.map { meeting in
            let items = Dictionary(meeting.items.map { ($0.id, $0.draft.title) }) { first, _ in first }
            let day = Day(meeting.openedAt ?? meeting.scheduledAt, in: meeting.timeZone ?? fallback)
            return (meeting.name, KnownMeeting(title: meeting.title, day: day, items: items))
        }
        meetings = Dictionary(pairs) { first, _ in first }
    }

    /// What `reference` points at, when its meeting is known; the item's title is nil when the
    /// reference names no item, or one the meeting does not hold.
    public func resolve(_ reference: DecisionRef) -> ReferencedItem? {
        guard let meeting = meetings[reference.meeting] else { return nil }
        return ReferencedItem(meetingTitle: meeting.title, day: meeting.day, itemTitle: reference.item.flatMap { meeting.items[$0] })
    }
}

/// Another meeting's item as the minutes show a reference to it.
public struct ReferencedItem: Codable, Sendable, Hashable {
    public var meetingTitle: String
    public var day: Day
    public var itemTitle: String?

    public init(meetingTitle: String, day: Day, itemTitle: String?) {
        self.meetingTitle = meetingTitle
        self.day = day
        self.itemTitle = itemTitle
    }
}

extension MeetingTitles {
    /// `reference` in words, as a register shows it: «Fast tid for teammøtet» (Teammøte veke 38,
    /// 2026-09-14) when its meeting is known, the day written as in the register's date column;
    /// else as it is (`2026-09-14-1400-teammote-veke-38#s4`).
    public func shown(_ reference: DecisionRef) -> String {
        MinutesLayout.reference(reference, known: resolve(reference), day: \.description).plainText
    }
}
