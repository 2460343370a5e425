import ArgumentParser
import Foundation
import RundeCore
import RundeIndex

/// What `runde decisions`, `runde actions` and `runde search` share: the output format and the
/// day counted as today.
struct RegisterOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for scripts instead of text (the shape is in Docs/registers.md).")
    var json = false

    @Option(name: .long, help: "Count from this day (YYYY-MM-DD) instead of today, for --due-for-review and --overdue.")
    var today: String?

    /// Checks `--today`; call from the command's `validate()`.
    func validate(_ language: Language) throws {
        _ = try RegisterDay.parse(today, option: "--today", language)
    }

    /// `--today`, or today's date here.
    var day: Day { today.flatMap(Day.init) ?? Day(Date(), in: .current) }
}

/// Days typed on the command line.
enum RegisterDay {
    /// The day in `text`, nil when there is none; a usage error, worded for the user, when the
    /// text is not a day.
    static func parse(_ text: String?, option: String, _ language: Language) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else {
            throw ValidationError(
                Translation(
                    nn: "\(option) «\(text)» er ikkje ein dag. Skriv ÅÅÅÅ-MM-DD, til dømes 2026-11-23.",
                    nb: "\(option) «\(text)» er ikke en dag. Skriv ÅÅÅÅ-MM-DD, for eksempel 2026-11-23.",
                    en: "\(option) “\(text)” is not a day. Write YYYY-MM-DD, for example 2026-11-23.")[language])
        }
        return day
    }
}

extension TeamOptions {
    /// Every meeting of the team folder, through its index (``ArchiveIndex``); each damaged log
    /// is warned about and left out. A folder without a `meetings/` folder is checked as a team
    /// folder, so that a wrong place says so.
    func archive(_ language: Language) throws -> Archive {
        if !FileManager.default.fileExists(atPath: meetingsURL.path) { _ = try open(language) }
        return TeamArchive.read(team: folderURL, language)
    }
}

/// Reading a team's archive through its index, as every register and the review screen do.
enum TeamArchive {
    /// The archive of the team folder at `team`; says when the index in the folder could not be
    /// used (the answer is the same, only slower) and warns of each damaged log.
    static func read(team: URL, _ language: Language) -> Archive {
        let meetings = team.appendingPathComponent("meetings", isDirectory: true)
        let (archive, problem) = ArchiveIndex.archive(meetings: meetings, index: ArchiveIndex.location(team: team))
        if let problem {
            warn(
                Translation(
                    nn: "Kunne ikkje bruke indeksen (\(problem)): las møteloggane i staden.",
                    nb: "Kunne ikke bruke indeksen (\(problem)): leste møteloggene i stedet.",
                    en: "Could not use the index (\(problem)): read the meeting logs instead.")[language])
        }
        for damaged in archive.damaged { warn(damaged.message(language)) }
        return archive
    }
}

extension Archive {
    /// Checks a `--owner` against the meetings' lists.
    func check(owner: String?, _ language: Language) throws {
        guard let owner else { return }
        do { try checkParticipant(ParticipantID(owner)) } catch { throw Failure(error.message(language)) }
    }
}

extension TextTable {
    /// Prints the table as wide as the output allows, then how many records it holds and, when
    /// any is exempt, what § means.
    func print(count: Translation, _ language: Language) {
        Console.out(render(width: OutputWidth.current, marker: RegisterText.exemptMarker))
        Console.out(count[language])
        if records.contains(where: \.marked) { Console.out(RegisterText.exemptLegend[language]) }
    }
}

/// Where text output goes: how wide it may be.
enum OutputWidth {
    /// `COLUMNS` when set; otherwise the terminal's width on a terminal, and 100 elsewhere.
    static var current: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, windowSizeRequest, &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }

    #if os(Linux)
        private static let windowSizeRequest = UInt(TIOCGWINSZ)
    #else
        /// `TIOCGWINSZ`, a macro Swift cannot import on Darwin: `_IOR('t', 104, struct winsize)`.
        private static let windowSizeRequest: UInt = 0x4008_7468
    #endif
}

/// The words the registers print, in the three languages.
enum RegisterText {
    static let date = Translation(nn: "Dato", nb: "Dato", en: "Date")
    static let meeting = Translation(nn: "Møte", nb: "Møte", en: "Meeting")
    static let item = Translation(nn: "Sak", nb: "Sak", en: "Item")
    static let field = Translation(nn: "Kvar", nb: "Hvor", en: "Where")
    static let concernFrom = Translation(nn: "Merknad frå", nb: "Merknad fra", en: "Concern from")
    static let objectionFrom = Translation(nn: "Innvending frå", nb: "Innvending fra", en: "Objection from")
    static let replacedBy = Translation(nn: "Erstatta av", nb: "Erstattet av", en: "Replaced by")
    /// An open action's status once its due date has passed.
    static let overdue = Translation(nn: "over fristen", nb: "over fristen", en: "overdue")
    /// The marker in front of an exempt item, and what it means.
    static let exemptMarker = "§"
    static let exemptLegend = Translation(
        nn: "§ Unnateke offentlegheit: for teamet, ikkje for offentlege referat.",
        nb: "§ Unntatt offentlighet: for teamet, ikke for offentlige referater.",
        en: "§ Exempt from public disclosure: for the team, not for public minutes.")

    static func meetings(_ count: Int) -> Translation {
        count == 1
            ? Translation(nn: "1 møte", nb: "1 møte", en: "1 meeting")
            : Translation(nn: "\(count) møte", nb: "\(count) møter", en: "\(count) meetings")
    }

    /// “Såg gjennom 2 møte i <folder>”: what a register looked through.
    static func lookedThrough(_ archive: Archive, folder: URL, _ language: Language) -> String {
        let count = meetings(archive.meetings.count)[language]
        return Translation(
            nn: "Såg gjennom \(count) i \(folder.path)", nb: "Så gjennom \(count) i \(folder.path)", en: "Looked through \(count) in \(folder.path)")[
                language]
    }

    /// “Fann ingen avgjerder (filters). Såg gjennom 2 møte i <folder>.”: what an empty list
    /// says, naming the filters and what was looked through.
    static func nothing(_ what: Translation, in archive: Archive, folder: URL, filters: [String], _ language: Language) -> String {
        let filterText = filters.isEmpty ? "" : " (\(filters.joined(separator: ", ")))"
        let found = Translation(nn: "Fann ingen \(what.nn)", nb: "Fant ingen \(what.nb)", en: "No \(what.en)")[language]
        return "\(found)\(filterText). \(lookedThrough(archive, folder: folder, language))."
    }
}

extension ItemPlace {
    /// `3. Sjekkliste for vikarmottak`.
    var numberedTitle: String { "\(number). \(title)" }
}
