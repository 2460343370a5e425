import ArgumentParser
import Foundation
import RundeCore

struct New: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Planlegg eit nytt møte frå ei sakliste-fil; skriv meetings/<dato>-<tid>-<tittel>.jsonl.",
                nb: "Planlegg et nytt møte fra en sakslistefil; skriver meetings/<dato>-<tid>-<tittel>.jsonl.",
                en: "Plan a new meeting from an agenda file; writes meetings/<date>-<time>-<title>.jsonl."
            ).shown,
            discussion: Translation(
                nn:
                    "Formatet for saklista står i Docs/agenda.md. Utan --agenda byrjar møtet med ei tom sakliste. Saker møtet før utsette eller ikkje nådde, kjem etter dei, med tekstar og unntak; --drop tek ut ei (i ein terminal spør runde om kvar).",
                nb:
                    "Formatet for sakslisten står i Docs/agenda.md. Uten --agenda begynner møtet med en tom saksliste. Saker møtet før utsatte eller ikke nådde, kommer etter dem, med tekster og unntak; --drop tar ut én (i en terminal spør runde om hver).",
                en:
                    "The agenda format is in Docs/agenda.md. Without --agenda the meeting starts with an empty agenda. Items the meeting before postponed or did not reach are carried in after them, with their texts and exemptions; --drop leaves one out (on a terminal, runde asks about each)."
            ).shown)
    }

    @Argument(
        help: Translation(
            nn: "Tittelen på møtet, t.d. «Teammøte veke 48».", nb: "Tittelen på møtet, f.eks. «Teammøte uke 48».",
            en: "The meeting's title, e.g. \"Teammøte veke 48\"."
        ).help(value: Translation(nn: "tittel", nb: "tittel", en: "title")))
    var title: String

    @Option(
        name: .long,
        help: Translation(
            nn: "Ei sakliste-fil: éi sak på kvar linje (type: tittel @eigar 20m).", nb: "En sakslistefil: én sak på hver linje (type: tittel @eier 20m).",
            en: "An agenda file: one item a line (type: title @owner 20m)."
        ).help(value: Translation(nn: "fil", nb: "fil", en: "agenda")))
    var agenda: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Når møtet er, som «ÅÅÅÅ-MM-DD TT:MM» der teamet møtest (time_zone i team.toml, elles tidssona til maskina; standard: no).",
            nb: "Når møtet er, som «ÅÅÅÅ-MM-DD TT:MM» der teamet møtes (time_zone i team.toml, ellers tidssonen til maskinen; standard: nå).",
            en: "When the meeting is, as \"YYYY-MM-DD HH:MM\" where the team meets (team.toml's time_zone, else this machine's; default: now)."
        ).help(value: Translation(nn: "tid", nb: "tid", en: "at")))
    var at: String?

    @Option(
        name: .customLong("check-in"),
        help: Translation(
            nn: "Spørsmålet i innsjekkrunden for dette møtet (standard: check_in i teamfila, elles det runde har).",
            nb: "Spørsmålet i innsjekkrunden for dette møtet (standard: check_in i teamfilen, ellers det runde har).",
            en: "The check-in round's question for this meeting (default: the team file's check_in, else runde's)."
        ).help(value: Translation(nn: "spørsmål", nb: "spørsmål", en: "check-in")))
    var checkIn: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Kvar møtet blir halde, til dømes «Møterom 2» (står øvst i referatet).",
            nb: "Hvor møtet holdes, for eksempel «Møterom 2» (står øverst i referatet).",
            en: "Where the meeting is held, e.g. “Møterom 2” (shown in the minutes' header)."
        ).help(value: Translation(nn: "stad", nb: "sted", en: "place")))
    var place: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Ta ut ei sak møtet før utsette eller ikkje nådde, som <møte>#<sak> (kan gjentakast).",
            nb: "Ta ut en sak møtet før utsatte eller ikke nådde, som <møte>#<sak> (kan gjentas).",
            en: "Leave out an item the meeting before postponed or did not reach, as <meeting>#<item> (repeatable)."
        ).help(value: Translation(nn: "møte#sak", nb: "møte#sak", en: "drop")))
    var drop: [String] = []

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language(teamOptions)
        try checkArgument(title, "TITLE", language)
        if title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(Translation(nn: "Tittelen er tom.", nb: "Tittelen er tom.", en: "The title is empty.")[language])
        }
        if let checkIn {
            try checkArgument(checkIn, "--check-in", language)
            if checkIn.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(
                    Translation(nn: "--check-in: spørsmålet er tomt.", nb: "--check-in: spørsmålet er tomt.", en: "--check-in: the question is empty.")[
                        language])
            }
        }
        if let place {
            try checkArgument(place, "--place", language)
            if place.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(Translation(nn: "--place: staden er tom.", nb: "--place: stedet er tomt.", en: "--place: the place is empty.")[language])
            }
        }
        for reference in drop { try checkArgument(reference, "--drop", language) }
        if let at, Self.parseTime(at, in: teamOptions.timeZone) == nil {
            throw ValidationError(
                Translation(
                    nn: "--at «\(at)»: skriv tida som ÅÅÅÅ-MM-DD TT:MM.", nb: "--at «\(at)»: skriv tiden som ÅÅÅÅ-MM-DD TT:MM.",
                    en: "--at \"\(at)\": write the time as YYYY-MM-DD HH:MM.")[language])
        }
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let folder = try teamOptions.open(language)
        var drafts: [ItemDraft] = []
        if let agenda {
            drafts = try folder.agenda(URL(fileURLWithPath: agenda), file: agenda, language)
        }
        let archive = TeamArchive.read(team: folder.url, language)
        let drop = self.drop.isEmpty && isatty(0) == 1 && isatty(1) == 1 ? Self.askWhatToDrop(archive.carryOver, language) : self.drop
        let planned = try folder.planMeeting(
            title: title, agenda: drafts, at: at.flatMap { Self.parseTime($0, in: folder.team.meetingTimeZone) } ?? Date(), following: archive,
            checkIn: checkIn, place: place, drop: drop, language)
        let count = planned.carried.count + drafts.count
        Console.out(
            Translation(
                nn: "Planla «\(title)» med \(count) \(count == 1 ? "sak" : "saker"): \(planned.url.path)",
                nb: "Planla «\(title)» med \(count) \(count == 1 ? "sak" : "saker"): \(planned.url.path)",
                en: "Planned “\(title)” with \(count) \(count == 1 ? "item" : "items"): \(planned.url.path)")[language])
        Self.report(planned, language)
    }

    /// Says which items from the meeting before were carried in, and which dropped.
    static func report(_ planned: TeamFolder.Planned, _ language: Language) {
        if !planned.carried.isEmpty {
            Console.out(
                Translation(nn: "Teke med frå førre møte:", nb: "Tatt med fra forrige møte:", en: "Carried from the meeting before:")[language])
            for item in planned.carried { Console.out(item.line(language)) }
        }
        if !planned.dropped.isEmpty {
            Console.out(Translation(nn: "Ikkje teke med:", nb: "Ikke tatt med:", en: "Dropped:")[language])
            for item in planned.dropped { Console.out(item.line(language)) }
        }
    }

    /// On a terminal: asks about each item the meeting before leaves over (`offered`; Enter
    /// carries it, `n` drops it) and answers the ones to drop.
    static func askWhatToDrop(_ offered: [CarriedItem], _ language: Language) -> [String] {
        offered.compactMap { item in
            let line = item.line(language).trimmingCharacters(in: .whitespaces)
            Console.out(
                Translation(nn: "Ta med \(line)? [J/n] ", nb: "Ta med \(line)? [J/n] ", en: "Carry \(line)? [Y/n] ")[language], terminator: "")
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            return ["n", "nei", "no"].contains(answer) ? item.reference.rawValue : nil
        }
    }

    /// `YYYY-MM-DD HH:MM` as a time in `timeZone`.
    static func parseTime(_ text: String, in timeZone: TimeZone) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)
    }
}
