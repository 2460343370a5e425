import ArgumentParser
import Foundation
import RundeCore

struct Decisions: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "List avgjerdene frå alle møta i teammappa, dei nyaste først.", nb: "List avgjørelsene fra alle møtene i teammappen, de nyeste først.",
                en: "List the decisions of every meeting in the team folder, newest first."
            ).shown,
            discussion: Translation(
                nn:
                    "Kvar med dato, møte, sak, sakseigar, tekst, merknader, innvendingar og evalueringsdato. Saker unnatekne offentlegheit er òg med, merkte §: registeret er for teamet. Døme: runde decisions --due-for-review --within 14. Sjå Docs/registers.md.",
                nb:
                    "Hver med dato, møte, sak, sakseier, tekst, merknader, innvendinger og evalueringsdato. Saker unntatt offentlighet er også med, merket §: registeret er for teamet. Eksempel: runde decisions --due-for-review --within 14. Se Docs/registers.md.",
                en:
                    "Each with its date, meeting, item, owner, text, concerns, objections and review date. Exempt items are listed too, marked §: the register is for the team. Example: runde decisions --due-for-review --within 14. See Docs/registers.md."
            ).shown)
    }

    @Option(
        name: .long,
        help: Translation(
            nn: "Berre avgjerder tekne denne dagen (ÅÅÅÅ-MM-DD) eller seinare.", nb: "Bare avgjørelser tatt denne dagen (ÅÅÅÅ-MM-DD) eller senere.",
            en: "Only decisions made on this day (YYYY-MM-DD) or later."
        ).help(value: Translation(nn: "dato", nb: "dato", en: "since")))
    var since: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Berre avgjerder tekne denne dagen (ÅÅÅÅ-MM-DD) eller tidlegare.", nb: "Bare avgjørelser tatt denne dagen (ÅÅÅÅ-MM-DD) eller tidligere.",
            en: "Only decisions made on this day (YYYY-MM-DD) or earlier."
        ).help(value: Translation(nn: "dato", nb: "dato", en: "until")))
    var until: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Berre avgjerder i saker denne personen eig (ein medlems-id, t.d. kari).",
            nb: "Bare avgjørelser i saker denne personen eier (en medlems-id, f.eks. kari).",
            en: "Only decisions on items this person owns (a member id, e.g. kari)."
        ).help(value: Translation(nn: "id", nb: "id", en: "owner")))
    var owner: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Berre avgjerder der saka nemner denne teksten ein stad (store og små bokstavar og aksentar likt).",
            nb: "Bare avgjørelser der saken nevner denne teksten et sted (store og små bokstaver og aksenter likt).",
            en: "Only decisions whose item mentions this text anywhere (case and accents ignored)."
        ).help(value: Translation(nn: "tekst", nb: "tekst", en: "search")))
    var search: String?

    @Flag(
        name: .long,
        help: Translation(
            nn: "Berre avgjerder der evalueringsdatoen er passert eller er i dag (eller innan --within dagar).",
            nb: "Bare avgjørelser der evalueringsdatoen er passert eller er i dag (eller innen --within dager).",
            en: "Only decisions whose review date has passed or is today (or within --within days)."
        ).help)
    var dueForReview = false

    @Option(
        name: .long,
        help: Translation(
            nn: "Med --due-for-review: òg dei som skal evaluerast innan så mange dagar.",
            nb: "Med --due-for-review: også de som skal evalueres innen så mange dager.", en: "With --due-for-review: also those due within this many days."
        ).help(value: Translation(nn: "dagar", nb: "dager", en: "within")))
    var within: Int?

    @Flag(
        name: .customLong("info-droft"),
        help: Translation(
            nn: "Berre avgjerder i saker merkte info/drøft (informasjon og drøfting med tillitsvalde).",
            nb: "Bare avgjørelser i saker merket info/drøft (informasjon og drøfting med tillitsvalgte).",
            en: "Only decisions of items marked info/drøft (information and consultation with the union)."
        ).help)
    var infoDrøft = false

    @Option(
        name: .long,
        help: Translation(
            nn: "Rekn frå denne dagen (ÅÅÅÅ-MM-DD) i staden for i dag, for --due-for-review.",
            nb: "Regn fra denne dagen (ÅÅÅÅ-MM-DD) i stedet for i dag, for --due-for-review.",
            en: "Count from this day (YYYY-MM-DD) instead of today, for --due-for-review."
        ).help(value: Translation(nn: "dato", nb: "dato", en: "today")))
    var today: String?

    @OptionGroup var registerOptions: RegisterOptions
    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language(teamOptions)
        _ = try RegisterDay.parse(today, option: "--today", language)
        let from = try RegisterDay.parse(since, option: "--since", language)
        let to = try RegisterDay.parse(until, option: "--until", language)
        if let from, let to, from > to {
            throw ValidationError(
                Translation(
                    nn: "--since (\(from)) er etter --until (\(to)).", nb: "--since (\(from)) er etter --until (\(to)).",
                    en: "--since (\(from)) is after --until (\(to)).")[language])
        }
        if let within, !dueForReview {
            throw ValidationError(
                Translation(
                    nn: "--within \(within) høyrer til --due-for-review.", nb: "--within \(within) hører til --due-for-review.",
                    en: "--within \(within) goes with --due-for-review.")[language])
        }
        if let within, within < 0 {
            throw ValidationError(
                Translation(nn: "--within må vere 0 eller meir.", nb: "--within må være 0 eller mer.", en: "--within must be 0 or more.")[language])
        }
        if let search, SearchPattern(search) == nil {
            throw ValidationError(Translation(nn: "--search er tom.", nb: "--search er tom.", en: "--search is empty.")[language])
        }
    }

    /// The filters, with days counted in `timeZone`, where the team meets.
    func query(in timeZone: TimeZone) -> DecisionQuery {
        DecisionQuery(
            since: since.flatMap(Day.init), until: until.flatMap(Day.init), owner: owner.map(ParticipantID.init),
            search: search.flatMap(SearchPattern.init), dueForReviewWithin: dueForReview ? (within ?? 0) : nil,
            infoDrøft: infoDrøft, timeZone: timeZone)
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let scope = try RegisterScope(teamOptions, unitOptions, language)
        try scope.check(owner: owner, language)
        let today = RegisterDay.today(self.today)
        let rows = scope.rows(
            { team in
                let entries = query(in: team.timeZone).apply(to: team.archive, today: today)
                let referenced = Set(entries.flatMap { [$0.decision.replaces?.meeting, $0.replacedBy?.meeting].compactMap { $0 } })
                let titles = MeetingTitles(archive: team.archive, timeZone: team.timeZone, named: referenced)
                return entries.compactMap {
                    DecisionRow(entry: $0, meeting: team.archive.meeting(named: $0.meeting), team: team.name, timeZone: team.timeZone, titles: titles)
                }
            }, key: \.entry.decision.decidedAt, ordered: >)
        if registerOptions.json {
            try RegisterJSON.print(DecisionsJSON(damaged: scope.damaged(language), decisions: rows.map(DecisionJSON.init)))
        } else if rows.isEmpty {
            Console.out(RegisterText.nothing(Self.noun, in: scope, filters: filters(today: today, language), language))
        } else {
            table(rows, unit: scope.isUnit, language).print(count: Self.count(rows.count), language)
        }
    }

    private static let noun = Translation(nn: "avgjerder", nb: "beslutninger", en: "decisions")

    private func table(_ rows: [DecisionRow], unit: Bool, _ language: Language) -> TextTable {
        let columns = [
            TextTable.Column(header: RegisterText.date[language], shrinks: false), .init(header: RegisterText.meeting[language]),
            .init(header: RegisterText.item[language]), .init(header: MinutesText.owner[language]),
            .init(header: MinutesText.reviewDate[language], shrinks: false),
        ]
        return TextTable(columns: columns, records: rows.map { $0.record(language) }).namingTeams(unit ? rows.map(\.team) : nil, language)
    }

    private static func count(_ count: Int) -> Translation {
        count == 1
            ? Translation(nn: "1 avgjerd.", nb: "1 beslutning.", en: "1 decision.")
            : Translation(nn: "\(count) avgjerder.", nb: "\(count) beslutninger.", en: "\(count) decisions.")
    }

    /// The filters in force, in words, for the message when nothing passes them.
    private func filters(today: Day, _ language: Language) -> [String] {
        var out: [String] = []
        if let since { out.append(Translation(nn: "frå og med \(since)", nb: "fra og med \(since)", en: "from \(since)")[language]) }
        if let until { out.append(Translation(nn: "til og med \(until)", nb: "til og med \(until)", en: "until \(until)")[language]) }
        if let owner { out.append("\(MinutesText.owner[language].lowercased()) \(owner)") }
        if let search { out.append(Translation(nn: "som nemner «\(search)»", nb: "som nevner «\(search)»", en: "mentioning “\(search)”")[language]) }
        if infoDrøft { out.append(Translation(nn: "på info/drøft-saker", nb: "på info/drøft-saker", en: "on info/drøft items")[language]) }
        if dueForReview {
            let last = today.adding(days: within ?? 0)
            out.append(
                Translation(
                    nn: "evalueringsdato til og med \(last)", nb: "evalueringsdato til og med \(last)", en: "review date on or before \(last)")[
                        language])
        }
        return out
    }
}

/// A decision with the meeting it was made in, ready to show.
struct DecisionRow {
    var entry: DecisionEntry
    var meeting: MeetingDigest
    var place: ItemPlace
    /// The team, when several are listed (`--teams`).
    var team: String?
    /// Where the team meets: the zone of the day the decision was made.
    var timeZone: TimeZone
    /// The team's meetings, to show the decisions this one revisits or was replaced by, by
    /// title and day.
    var titles: MeetingTitles

    /// Nil when the meeting is not the decision's (never, for entries of the same archive).
    init?(entry: DecisionEntry, meeting: MeetingDigest?, team: String?, timeZone: TimeZone, titles: MeetingTitles) {
        guard let meeting, let place = meeting.place(of: entry.item.id) else { return nil }
        self.entry = entry
        self.meeting = meeting
        self.place = place
        self.team = team
        self.timeZone = timeZone
        self.titles = titles
    }

    func record(_ language: Language) -> TextTable.Record {
        let decision = entry.decision
        var details = [decision.text]
        details += decision.concerns.map { "\(RegisterText.concernFrom[language]) \(meeting.name(of: $0.participant)): \($0.text)" }
        details += decision.objections.map { objection in
            let outcome = objection.integration.map { "\(MinutesText.integrated[language]): \($0)" } ?? MinutesText.notIntegrated[language]
            return "\(RegisterText.objectionFrom[language]) \(meeting.name(of: objection.participant)): \(objection.reason) — \(outcome)"
        }
        if let criteria = decision.criteria { details.append("\(MinutesText.criteria[language]): \(criteria)") }
        if let inform = decision.inform { details.append("\(MinutesText.inform[language]): \(inform)") }
        if let replaces = decision.replaces { details.append("\(MinutesText.replaces[language]) \(titles.shown(replaces))") }
        if let later = entry.replacedBy { details.append("\(RegisterText.replacedBy[language]) \(titles.shown(later))") }
        if let basis = place.exemption { details.append("\(MinutesText.exempt[language]) (\(basis))") }
        let cells = [
            meeting.day(of: decision.decidedAt, else: timeZone).description, meeting.title, place.numberedTitle, meeting.name(of: decision.owner),
            entry.nextReview?.description ?? "–",
        ]
        return TextTable.Record(cells: cells, details: details, marked: place.exemption != nil)
    }
}

struct DecisionsJSON: Encodable {
    var damaged: [RegisterJSON.Damaged]
    var decisions: [DecisionJSON]
}

struct DecisionJSON: Encodable {
    struct Concern: Encodable {
        var by: RegisterJSON.Person
        var text: String
    }

    struct Objection: Encodable {
        var by: RegisterJSON.Person
        @Null var integration: String?
        var reason: String
    }

    var concerns: [Concern]
    var decidedAt: Date
    var item: RegisterJSON.Item
    var meeting: RegisterJSON.Meeting
    var objections: [Objection]
    var owner: RegisterJSON.Person
    @Null var replacedBy: String?
    /// The meeting and item `replacedBy` names, when that meeting's log reads.
    @Null var replacedByItem: ReferencedItem?
    @Null var replaces: String?
    /// The meeting and item `replaces` names, when that meeting's log reads.
    @Null var replacesItem: ReferencedItem?
    @Null var reviewDate: Day?
    @Null var nextReview: Day?
    /// The team's name with `--teams`; null for one team.
    @Null var team: String?
    /// What will show whether it works, and who must be told: left out when not given.
    var criteria: String?
    var inform: String?
    var text: String

    init(_ row: DecisionRow) {
        let decision = row.entry.decision
        concerns = decision.concerns.map { Concern(by: .init($0.participant, in: row.meeting), text: $0.text) }
        decidedAt = decision.decidedAt
        item = RegisterJSON.Item(row.place)
        meeting = RegisterJSON.Meeting(row.meeting)
        objections = decision.objections.map { Objection(by: .init($0.participant, in: row.meeting), integration: $0.integration, reason: $0.reason) }
        owner = RegisterJSON.Person(decision.owner, in: row.meeting)
        replacedBy = row.entry.replacedBy?.rawValue
        replacedByItem = row.entry.replacedBy.flatMap(row.titles.resolve)
        replaces = decision.replaces?.rawValue
        replacesItem = decision.replaces.flatMap(row.titles.resolve)
        reviewDate = decision.reviewDate
        nextReview = row.entry.nextReview
        team = row.team
        criteria = decision.criteria
        inform = decision.inform
        text = decision.text
    }
}
