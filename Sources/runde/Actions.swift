import ArgumentParser
import Foundation
import RundeCore

struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actions (oppfølgingspunkt) of every meeting in the team folder, soonest due first.",
        discussion: """
            Each with its due date, status, who, meeting and what. Actions from exempt items are \
            listed too, marked §. Example: runde actions --open --owner per. See Docs/registers.md.
            """)

    @Flag(name: .long, help: "Only open actions.")
    var open = false

    @Flag(name: .long, help: "Only open actions whose due date has passed (due today is not overdue).")
    var overdue = false

    @Option(name: .long, help: "Only actions for this person (a member id, e.g. per).")
    var owner: String?

    @OptionGroup var registerOptions: RegisterOptions
    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        try registerOptions.validate(languageOptions.language)
    }

    func run() throws {
        let language = languageOptions.language
        let archive = try teamOptions.archive(language)
        try archive.check(owner: owner, language)
        let today = registerOptions.day
        let entries = ActionQuery(open: open, overdue: overdue, owner: owner.map(ParticipantID.init)).apply(to: archive, today: today)
        let rows = entries.compactMap { ActionRow(entry: $0, meeting: archive.meeting(named: $0.meeting), today: today) }
        if registerOptions.json {
            try RegisterJSON.print(ActionsJSON(actions: rows.map(ActionJSON.init), damaged: RegisterJSON.Damaged.all(archive, language)))
        } else if rows.isEmpty {
            Console.out(RegisterText.nothing(Self.noun, in: archive, folder: teamOptions.meetingsURL, filters: filters(today: today, language), language))
        } else {
            let columns = [
                TextTable.Column(header: MinutesText.due[language], shrinks: false), .init(header: MinutesText.status[language], shrinks: false),
                .init(header: MinutesText.who[language]), .init(header: RegisterText.meeting[language]), .init(header: MinutesText.what[language]),
            ]
            TextTable(columns: columns, records: rows.map { $0.record(language) }, lastColumnWraps: true).print(count: Self.count(rows.count), language)
        }
    }

    private static let noun = Translation(nn: "oppfølgingspunkt", nb: "oppfølgingspunkter", en: "actions")

    private static func count(_ count: Int) -> Translation {
        count == 1
            ? Translation(nn: "1 oppfølgingspunkt.", nb: "1 oppfølgingspunkt.", en: "1 action.")
            : Translation(nn: "\(count) oppfølgingspunkt.", nb: "\(count) oppfølgingspunkter.", en: "\(count) actions.")
    }

    /// The filters in force, in words, for the message when nothing passes them.
    private func filters(today: Day, _ language: Language) -> [String] {
        var out: [String] = []
        if open { out.append(Translation(nn: "opne", nb: "åpne", en: "open")[language]) }
        if overdue {
            out.append(Translation(nn: "over fristen per \(today)", nb: "over fristen per \(today)", en: "overdue as of \(today)")[language])
        }
        if let owner { out.append("\(MinutesText.who[language].lowercased()): \(owner)") }
        return out
    }
}

/// An action with the meeting it was recorded in, ready to show.
struct ActionRow {
    var entry: ActionEntry
    var meeting: MeetingDigest
    /// The item it came from; nil for an action recorded outside any item.
    var place: ItemPlace?
    var overdue: Bool

    /// Nil when the meeting is not the action's (never, for entries of the same archive).
    init?(entry: ActionEntry, meeting: MeetingDigest?, today: Day) {
        guard let meeting else { return nil }
        self.entry = entry
        self.meeting = meeting
        place = entry.action.item.flatMap(meeting.place)
        overdue = entry.isOverdue(today: today)
    }

    func record(_ language: Language) -> TextTable.Record {
        let action = entry.action
        let status = overdue ? RegisterText.overdue[language] : action.status.name(language)
        let cells = [action.due?.description ?? "–", status, meeting.name(of: action.who), meeting.title, action.what]
        return TextTable.Record(cells: cells, marked: place?.exemption != nil)
    }
}

struct ActionsJSON: Encodable {
    var actions: [ActionJSON]
    var damaged: [RegisterJSON.Damaged]
}

struct ActionJSON: Encodable {
    @Null var due: Day?
    var id: String
    @Null var item: RegisterJSON.Item?
    var meeting: RegisterJSON.Meeting
    var overdue: Bool
    var status: String
    var what: String
    var who: RegisterJSON.Person

    init(_ row: ActionRow) {
        let action = row.entry.action
        due = action.due
        id = action.id.rawValue
        item = row.place.map(RegisterJSON.Item.init)
        meeting = RegisterJSON.Meeting(row.meeting)
        overdue = row.overdue
        status = action.status.rawValue
        what = action.what
        who = RegisterJSON.Person(action.who, in: row.meeting)
    }
}
