import ArgumentParser
import Foundation
import RundeCore
import RundeIndex

/// What `runde decisions`, `runde actions` and `runde search` share: the output format. (The
/// day counted as today, `--today`, is only where it counts: decisions and actions.)
struct RegisterOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: Translation(
            nn: "Skriv JSON for skript i staden for tekst (forma står i Docs/registers.md).",
            nb: "Skriv JSON for skript i stedet for tekst (formen står i Docs/registers.md).",
            en: "Print JSON for scripts instead of text (the shape is in Docs/registers.md)."
        ).help)
    var json = false
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

    /// `--today`, or today's date here.
    static func today(_ text: String?) -> Day { text.flatMap(Day.init) ?? Day(Date(), in: .current) }
}

/// `--teams`: the registers across the teams of a unit.
struct UnitOptions: ParsableArguments {
    @Option(
        name: .long,
        help: Translation(
            nn: "Sjå gjennom alle teammappene rett under denne mappa (kvar med team.toml); kvar linje namngir teamet sitt.",
            nb: "Se gjennom alle teammappene rett under denne mappen (hver med team.toml); hver linje navngir teamet sitt.",
            en: "Look across every team folder directly under this folder (each with a team.toml); each line names its team."
        ).help(value: Translation(nn: "mappe", nb: "mappe", en: "teams")))
    var teams: String?
}

/// What a register reads: the team folder of `--team` (or the nearest one upward), or every
/// team folder under `--teams`, each read through its own index (``ArchiveIndex``).
struct RegisterScope {
    struct Team {
        /// The team's name, shown with every line; nil when only one team is read.
        var name: String?
        var archive: Archive
        /// Where the team meets: the zone of the days its lines show.
        var timeZone: TimeZone
    }

    var teams: [Team]
    /// The folder looked through, named when nothing is found.
    var place: URL

    init(_ teamOptions: TeamOptions, _ unitOptions: UnitOptions, _ language: Language) throws {
        guard let unit = unitOptions.teams else {
            let meetings = teamOptions.meetingsURL
            if !FileManager.default.fileExists(atPath: meetings.path) { _ = try teamOptions.open(language) }
            teams = [Team(name: nil, archive: TeamArchive.read(team: teamOptions.folderURL, language), timeZone: teamOptions.timeZone)]
            place = meetings
            warnOfUnknownZones(language)
            return
        }
        if teamOptions.team != nil {
            throw ValidationError(
                Translation(
                    nn: "Bruk anten --team eller --teams, ikkje begge.", nb: "Bruk enten --team eller --teams, ikke begge.",
                    en: "Use either --team or --teams, not both.")[language])
        }
        guard !unit.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(
                Translation(
                    nn: "--teams treng ei mappe, til dømes --teams /srv/eining.", nb: "--teams trenger en mappe, for eksempel --teams /srv/enhet.",
                    en: "--teams needs a folder, for example --teams /srv/unit.")[language])
        }
        place = URL(fileURLWithPath: unit, isDirectory: true)
        let folders = Self.teamFolders(under: place)
        guard !folders.isEmpty else {
            throw Failure(
                Translation(
                    nn: "Fann ingen teammapper (med \(TeamFile.fileName)) rett under \(place.path).",
                    nb: "Fant ingen teammapper (med \(TeamFile.fileName)) rett under \(place.path).",
                    en: "Found no team folders (with \(TeamFile.fileName)) directly under \(place.path).")[language])
        }
        // An index not built yet is built first, alone (its logs folded on every core already),
        // with no other team's archive held, so that ten teams' first run holds no more than a
        // later one; then every index is read on every core. An archive folded where no index
        // could be written is kept rather than folded twice. What each has to say is said
        // after, in order.
        var folded: [URL: (archive: Archive, problem: String?)] = [:]
        for folder in folders where !Self.hasIndex(folder) {
            let loaded = TeamArchive.load(team: folder)
            if loaded.problem != nil || !Self.hasIndex(folder) { folded[folder] = loaded }
        }
        let archives = folders.concurrentMap { [folded] folder in folded[folder] ?? TeamArchive.load(team: folder) }
        teams = zip(folders, archives).map { folder, loaded in
            TeamArchive.report(loaded, language)
            return Team(name: Self.name(of: folder, language), archive: loaded.archive, timeZone: TeamFolder.meetingTimeZone(at: folder))
        }
        warnOfUnknownZones(language)
    }

    /// A meeting whose log names a zone this machine does not know has its days shown in its
    /// team's zone: said once for each such meeting, as `verify` says it.
    private func warnOfUnknownZones(_ language: Language) {
        for team in teams {
            for meeting in team.archive.meetings {
                guard let unknown = meeting.unknownTimeZone else { continue }
                warn(Translation.unknownTimeZone(unknown, file: meeting.url.path, shownIn: team.timeZone)[language])
            }
        }
    }

    private static func hasIndex(_ team: URL) -> Bool { FileManager.default.fileExists(atPath: ArchiveIndex.location(team: team).path) }

    /// Whether several teams are read (`--teams`), so each line names its team.
    var isUnit: Bool { teams.first?.name != nil }
    var archives: [Archive] { teams.map(\.archive) }

    /// Checks a `--owner` against every team's meetings.
    func check(owner: String?, _ language: Language) throws {
        guard let owner else { return }
        do { try Archive.checkParticipant(ParticipantID(owner), in: archives) } catch { throw Failure(error.message(language)) }
    }

    /// Each team's rows, made by `rows`, as one list ordered by `key` as `areInOrder` says; rows
    /// with equal keys keep their team's order and their order within it.
    func rows<Row: Sendable, Key>(_ rows: @Sendable (Team) -> [Row], key: (Row) -> Key, ordered areInOrder: (Key, Key) -> Bool) -> [Row] {
        // Each team's rows on every core: the unit's teams are independent.
        let lists = teams.concurrentMap(rows)
        guard lists.count > 1 else { return lists.first ?? [] }
        let all = Array(lists.joined())
        let keys = all.map(key)
        // Sorting positions by key, not rows: a row holds its meeting's digest, too big to move around.
        return keys.indices.sorted { a, b in areInOrder(keys[a], keys[b]) || (!areInOrder(keys[b], keys[a]) && a < b) }.map { all[$0] }
    }

    /// Every damaged log of every team, for `--json`.
    func damaged(_ language: Language) -> [RegisterJSON.Damaged] {
        archives.flatMap { $0.damaged.map { RegisterJSON.Damaged(file: $0.file, message: $0.message(language)) } }
    }

    /// The team folders directly under `folder`, by name.
    private static func teamFolders(under folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0, isDirectory: true) }.filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(TeamFile.fileName).path)
        }
    }

    /// The team's name from its team file; the folder's name, with a warning, when it does not read.
    private static func name(of folder: URL, _ language: Language) -> String {
        do { return try TeamFolder.open(folder).team.name } catch {
            warn(error.message(language))
            return folder.lastPathComponent
        }
    }
}

/// Reading a team's archive through its index, as every register and the review screen do.
enum TeamArchive {
    /// The meetings beside `log`, which its minutes refer to: through the team's index when the
    /// log is in a team folder's `meetings/`, else every log in its folder, folded. Says nothing
    /// of damaged logs: the caller decides what they mean for it.
    static func beside(_ log: URL) -> Archive {
        let meetings = log.deletingLastPathComponent()
        let team = meetings.deletingLastPathComponent()
        guard meetings.lastPathComponent == "meetings", FileManager.default.fileExists(atPath: team.appendingPathComponent(TeamFile.fileName).path)
        else { return Archive(folder: meetings) }
        return ArchiveIndex.archive(meetings: meetings, index: ArchiveIndex.location(team: team)).archive
    }

    /// The archive of the team folder at `team`; says when the index in the folder could not be
    /// used (the answer is the same, only slower) and warns of each damaged log.
    static func read(team: URL, _ language: Language) -> Archive {
        let loaded = load(team: team)
        report(loaded, language)
        return loaded.archive
    }

    /// The archive of the team folder at `team`, and why its index could not be used, if so.
    @Sendable static func load(team: URL) -> (archive: Archive, problem: String?) {
        ArchiveIndex.archive(meetings: team.appendingPathComponent("meetings", isDirectory: true), index: ArchiveIndex.location(team: team))
    }

    /// Warns that the index could not be used, and of each damaged log.
    static func report(_ loaded: (archive: Archive, problem: String?), _ language: Language) {
        if let problem = loaded.problem {
            warn(
                Translation(
                    nn: "Kunne ikkje bruke indeksen (\(problem)): las møteloggane i staden.",
                    nb: "Kunne ikke bruke indeksen (\(problem)): leste møteloggene i stedet.",
                    en: "Could not use the index (\(problem)): read the meeting logs instead.")[language])
        }
        for damaged in loaded.archive.damaged { warn(damaged.message(language)) }
    }
}

extension TextTable {
    /// The table with each record's team in a first column, when `teams` are given (`--teams`).
    func namingTeams(_ teams: [String?]?, _ language: Language) -> TextTable {
        guard let teams else { return self }
        var table = self
        table.columns.insert(Column(header: RegisterText.team[language]), at: 0)
        for index in table.records.indices { table.records[index].cells.insert(teams[index] ?? "", at: 0) }
        return table
    }

    /// Prints the table as wide as the output allows, then how many records it holds and, when
    /// any is exempt, what § means.
    func print(count: Translation, _ language: Language) {
        var buffer = ""
        render(width: OutputWidth.current, marker: RegisterText.exemptMarker) { text in
            buffer += text
            if buffer.utf8.count >= 1 << 16 {
                Console.out(buffer, terminator: "")
                buffer = ""
            }
        }
        Console.out(buffer)
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
    static let team = Translation(nn: "Team", nb: "Team", en: "Team")
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

    /// “Såg gjennom 2 møte i <folder>”, or “… i 3 team under <folder>”: what a register
    /// looked through.
    static func lookedThrough(_ scope: RegisterScope, _ language: Language) -> String {
        let count = meetings(scope.archives.map(\.meetings.count).reduce(0, +))[language]
        let path = scope.place.path
        guard scope.isUnit else {
            return Translation(nn: "Såg gjennom \(count) i \(path)", nb: "Så gjennom \(count) i \(path)", en: "Looked through \(count) in \(path)")[
                language]
        }
        let teams = scope.teams.count
        return Translation(
            nn: "Såg gjennom \(count) i \(teams) team under \(path)", nb: "Så gjennom \(count) i \(teams) team under \(path)",
            en: "Looked through \(count) of \(teams) teams under \(path)")[language]
    }

    /// “Fann ingen avgjerder (filters). Såg gjennom 2 møte i <folder>.”: what an empty list
    /// says, naming the filters and what was looked through.
    static func nothing(_ what: Translation, in scope: RegisterScope, filters: [String], _ language: Language) -> String {
        let filterText = filters.isEmpty ? "" : " (\(filters.joined(separator: ", ")))"
        let found = Translation(nn: "Fann ingen \(what.nn)", nb: "Fant ingen \(what.nb)", en: "No \(what.en)")[language]
        return "\(found)\(filterText). \(lookedThrough(scope, language))."
    }
}

extension ItemPlace {
    /// `3. Sjekkliste for vikarmottak`.
    var numberedTitle: String { "\(number). \(title)" }
}
