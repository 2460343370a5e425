import ArgumentParser
import Foundation
import RundeCore

struct Search: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Søk i alle møta i teammappa: titlar, forslag, avgjerder, merknader, notat, oppfølgingspunkt, grunngivingar.",
                nb: "Søk i alle møtene i teammappen: titler, forslag, avgjørelser, merknader, notater, oppfølgingspunkter, begrunnelser.",
                en: "Search every meeting in the team folder: titles, proposals, decisions, concerns, notes, actions, reasons."
            ).shown,
            discussion: Translation(
                nn:
                    "Kvart ord må stå i same tekst; store og små bokstavar og aksentar tel likt, og ø, å, æ passar òg med o/oe, a/aa, ae, så «hoyring» finn «høyring». Nyaste møtet først. Saker unnatekne offentlegheit blir òg søkte i, merkte §. Sjå Docs/registers.md.",
                nb:
                    "Hvert ord må stå i samme tekst; store og små bokstaver og aksenter teller likt, og ø, å, æ passer også med o/oe, a/aa, ae, så «hoyring» finner «høyring». Nyeste møte først. Saker unntatt offentlighet søkes også i, merket §. Se Docs/registers.md.",
                en:
                    "Every word must occur in the same text; case and accents are ignored, and ø, å, æ also match o/oe, a/aa, ae, so \"hoyring\" finds \"høyring\". Newest meeting first. Exempt items are searched too, marked §. See Docs/registers.md."
            ).shown)
    }

    @Argument(
        help: Translation(
            nn: "Kva du leitar etter: eitt eller fleire ord.", nb: "Hva du leter etter: ett eller flere ord.", en: "What to look for: one or more words."
        ).help(value: Translation(nn: "ord", nb: "ord", en: "words")))
    var words: [String]

    @OptionGroup var registerOptions: RegisterOptions
    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var unitOptions: UnitOptions
    @OptionGroup var languageOptions: LanguageOptions

    var pattern: SearchPattern? { SearchPattern(words.joined(separator: " ")) }

    func validate() throws {
        let language = languageOptions.language(teamOptions)
        if pattern == nil {
            throw ValidationError(Translation(nn: "Kva skal eg søkje etter?", nb: "Hva skal jeg søke etter?", en: "What should I search for?")[language])
        }
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        guard let pattern else { return }
        let scope = try RegisterScope(teamOptions, unitOptions, language)
        let hits = scope.rows(
            { team in team.archive.search(pattern).map { (hit: $0, team: team.name, timeZone: team.timeZone) } }, key: \.hit.meetingAt, ordered: >)
        if registerOptions.json {
            try RegisterJSON.print(SearchJSON(damaged: scope.damaged(language), hits: hits.map(SearchHitJSON.init), query: pattern.description))
        } else if hits.isEmpty {
            Console.out(nothing(pattern, scope, language))
        } else {
            let columns = [
                TextTable.Column(header: RegisterText.date[language], shrinks: false), .init(header: RegisterText.meeting[language]),
                .init(header: RegisterText.item[language]), .init(header: RegisterText.field[language], shrinks: false),
            ]
            let records = hits.map { hit, _, timeZone in
                TextTable.Record(
                    cells: [
                        Day(hit.meetingAt, in: hit.meetingTimeZone ?? timeZone).description, hit.meetingTitle, hit.item?.numberedTitle ?? "–",
                        hit.field.name(language),
                    ],
                    details: [hit.snippet], marked: hit.item?.exemption != nil)
            }
            TextTable(columns: columns, records: records).namingTeams(scope.isUnit ? hits.map(\.team) : nil, language)
                .print(count: Self.count(hits.count), language)
        }
    }

    private static func count(_ count: Int) -> Translation {
        count == 1 ? Translation(nn: "1 treff.", nb: "1 treff.", en: "1 hit.") : Translation(nn: "\(count) treff.", nb: "\(count) treff.", en: "\(count) hits.")
    }

    /// What an empty result says: the words, where, and what kinds of text were looked at.
    private func nothing(_ pattern: SearchPattern, _ scope: RegisterScope, _ language: Language) -> String {
        let found = Translation(nn: "Fann ikkje «\(pattern)».", nb: "Fant ikke «\(pattern)».", en: "Found no “\(pattern)”.")[language]
        let looked = SearchField.allCases.map { $0.name(language) }.joined(separator: ", ")
        return "\(found) \(RegisterText.lookedThrough(scope, language)): \(looked)."
    }
}

struct SearchJSON: Encodable {
    var damaged: [RegisterJSON.Damaged]
    var hits: [SearchHitJSON]
    var query: String
}

struct SearchHitJSON: Encodable {
    var field: String
    @Null var item: RegisterJSON.Item?
    var meeting: RegisterJSON.Meeting
    var snippet: String
    /// The team's name with `--teams`; null for one team.
    @Null var team: String?
    var text: String

    init(_ found: (hit: SearchHit, team: String?, timeZone: TimeZone)) {
        let hit = found.hit
        team = found.team
        field = hit.field.rawValue
        item = hit.item.map(RegisterJSON.Item.init)
        meeting = RegisterJSON.Meeting(at: hit.meetingAt, name: hit.meeting, title: hit.meetingTitle)
        snippet = hit.snippet
        text = hit.text
    }
}
