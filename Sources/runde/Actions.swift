import ArgumentParser
import Foundation
import RundeCore

struct Actions: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "List oppfølgingspunkta frå alle møta i teammappa, med den næraste fristen først.",
                nb: "List oppfølgingspunktene fra alle møtene i teammappen, med nærmeste frist først.",
                en: "List the actions (oppfølgingspunkt) of every meeting in the team folder, soonest due first."
            ).shown,
            discussion: Translation(
                nn:
                    "Kvart med frist, status, kven, møte og kva. Oppfølgingspunkt frå saker unnatekne offentlegheit er òg med, merkte §. Døme: runde actions --open --owner per. Sjå Docs/registers.md.",
                nb:
                    "Hvert med frist, status, hvem, møte og hva. Oppfølgingspunkter fra saker unntatt offentlighet er også med, merket §. Eksempel: runde actions --open --owner per. Se Docs/registers.md.",
                en:
                    "Each with its due date, status, who, meeting and what. Actions from exempt items are listed too, marked §. Example: runde actions --open --owner per. See Docs/registers.md."
            ).shown)
    }

    @Flag(name: .long, help: Translation(nn: "Berre opne oppfølgingspunkt.", nb: "Bare åpne oppfølgingspunkter.", en: "Only open actions.").help)
    var open = false

    @Flag(
        name: .long,
        help: Translation(
            nn: "Berre opne oppfølgingspunkt der fristen er ute (frist i dag er ikkje over fristen).",
            nb: "Bare åpne oppfølgingspunkter der fristen er ute (frist i dag er ikke over fristen).",
            en: "Only open actions whose due date has passed (due today is not overdue)."
        ).help)
    var overdue = false

    @Option(
        name: .long,
        help: Translation(
            nn: "Berre oppfølgingspunkt for denne personen (ein medlems-id, t.d. per).",
            nb: "Bare oppfølgingspunkter for denne personen (en medlems-id, f.eks. per).", en: "Only actions for this person (a member id, e.g. per)."
        ).help(value: Translation(nn: "id", nb: "id", en: "owner")))
    var owner: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Rekn frå denne dagen (ÅÅÅÅ-MM-DD) i staden for i dag, for --overdue og kva som er over fristen.",
            nb: "Regn fra denne dagen (ÅÅÅÅ-MM-DD) i stedet for i dag, for --overdue og hva som er over fristen.",
            en: "Count from this day (YYYY-MM-DD) instead of today, for --overdue and what is overdue."
        ).help(value: Translation(nn: "dato", nb: "dato", en: "today")))
    var today: String?

    @OptionGroup var registerOptions: RegisterOptions
    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        _ = try RegisterDay.parse(today, option: "--today", languageOptions.language(teamOptions))
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let scope = try RegisterScope(teamOptions, unitOptions, language)
        try scope.check(owner: owner, language)
        let today = RegisterDay.today(self.today)
        let query = ActionQuery(open: open, overdue: overdue, owner: owner.map(ParticipantID.init))
        let rows = scope.rows(
            { team in
                query.apply(to: team.archive, today: today).compactMap {
                    ActionRow(entry: $0, meeting: team.archive.meeting(named: $0.meeting), team: team.name, today: today)
                }
            }, key: \.entry.action.due, ordered: ActionQuery.isSooner)
        if registerOptions.json {
            try RegisterJSON.print(ActionsJSON(actions: rows.map(ActionJSON.init), damaged: scope.damaged(language)))
        } else if rows.isEmpty {
            Console.out(RegisterText.nothing(Self.noun, in: scope, filters: filters(today: today, language), language))
        } else {
            let columns = [
                TextTable.Column(header: MinutesText.due[language], shrinks: false), .init(header: MinutesText.status[language], shrinks: false),
                .init(header: MinutesText.who[language]), .init(header: RegisterText.meeting[language]), .init(header: MinutesText.what[language]),
            ]
            TextTable(columns: columns, records: rows.map { $0.record(language) }, lastColumnWraps: true)
                .namingTeams(scope.isUnit ? rows.map(\.team) : nil, language)
                .print(count: Self.count(rows.count), language)
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
    /// The team, when several are listed (`--teams`).
    var team: String?

    /// Nil when the meeting is not the action's (never, for entries of the same archive).
    init?(entry: ActionEntry, meeting: MeetingDigest?, team: String?, today: Day) {
        guard let meeting else { return nil }
        self.entry = entry
        self.meeting = meeting
        self.team = team
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
    /// The team's name with `--teams`; null for one team.
    @Null var team: String?
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
        team = row.team
        what = action.what
        who = RegisterJSON.Person(action.who, in: row.meeting)
    }
}
