import ArgumentParser
import Foundation
import RundeCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan a new meeting from an agenda file; writes meetings/<date>-<time>-<title>.jsonl.",
        discussion: """
            The agenda format is in Docs/agenda.md. Without --agenda the meeting starts with an empty agenda. \
            Items the meeting before postponed or did not reach are carried in after them, with their texts and \
            exemptions; --drop leaves one out (on a terminal, runde asks about each).
            """)

    @Argument(help: "The meeting's title, e.g. \"Teammøte veke 48\".")
    var title: String

    @Option(name: .long, help: "An agenda file: one item a line (type: title @owner 20m).")
    var agenda: String?

    @Option(name: .long, help: "When the meeting is, as \"YYYY-MM-DD HH:MM\" where the team meets (team.toml's time_zone, else this machine's; default: now).")
    var at: String?

    @Option(
        name: .customLong("check-in"),
        help: "The check-in round's question for this meeting (default: the team file's check_in, else runde's).")
    var checkIn: String?

    @Option(name: .long, help: "Where the meeting is held, e.g. \"Møterom 2\" (shown in the minutes' header).")
    var place: String?

    @Option(
        name: .long,
        help: "Leave out an item the meeting before postponed or did not reach, as <meeting>#<item> (repeatable).")
    var drop: [String] = []

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language(teamOptions)
        try checkArgument(title, "TITLE", language)
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The title is empty.") }
        if let checkIn {
            try checkArgument(checkIn, "--check-in", language)
            if checkIn.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--check-in: the question is empty.") }
        }
        if let place {
            try checkArgument(place, "--place", language)
            if place.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(Translation(nn: "--place: staden er tom.", nb: "--place: stedet er tomt.", en: "--place: the place is empty.")[language])
            }
        }
        for reference in drop { try checkArgument(reference, "--drop", language) }
        if let at, Self.parseTime(at, in: teamOptions.timeZone) == nil { throw ValidationError("--at \"\(at)\": write the time as YYYY-MM-DD HH:MM.") }
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
