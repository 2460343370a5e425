import Foundation
import RundeCore

/// The review screen (`runde review`): a team's meetings, decisions and open actions, offline,
/// with search as you type, and a meeting's minutes to read. A value, like ``AppState``: keys
/// go through ``update(_:)``, the screen comes from ``render(size:)``.
public struct ReviewState: Sendable {
    /// The three lists, in the order Tab goes through them.
    public enum List: Int, CaseIterable, Sendable {
        case meetings, decisions, actions
    }

    /// One row of a list: its columns, the text search looks in, and the meeting it opens.
    struct Row: Sendable, Equatable {
        var columns: [String]
        var searchText: String
        var meeting: String
    }

    /// Minutes open on screen, and how far down they are scrolled.
    struct OpenMinutes: Sendable, Equatable {
        var title: String
        var lines: MinutesLines
        var scroll = 0
    }

    public var team: String
    public var language: Language
    public var list: List = .meetings
    /// The search, narrowing every list as it is typed, as `runde search` matches: each word
    /// must be found, case and accents aside («hoyring» finds «høyring»).
    public var query = LineEditor("", multiline: false)
    /// Whether keys go to the search field.
    public var searching = false
    public var selection = 0
    var minutes: OpenMinutes?
    /// The help, scrolled down by a number of lines, while it is open.
    var help: Int?
    /// Logs that could not be read, said once on screen.
    var message: String?
    let rows: [List: [Row]]
    let archive: Archive
    let timeZone: TimeZone
    /// The meetings whose texts match the search: found again each time the search changes.
    var meetingsMatching: Set<String> = []

    /// The lists come from the archive's digests; a meeting's minutes are made from its log
    /// when it is opened, so the screen shows at once however long the archive.
    public init(archive: Archive, team: String, language: Language, timeZone: TimeZone = .current, today: Day) {
        self.team = team
        self.language = language
        self.archive = archive
        self.timeZone = timeZone
        rows = ReviewRows(archive: archive, language: language, timeZone: timeZone, today: today).all
        message = archive.damaged.isEmpty ? nil : archive.damaged.map { $0.message(language) }.joined(separator: " · ")
    }

    /// Where the keys act: the lists, or the minutes.
    public var context: Context { minutes == nil ? .reviewList : .reviewMinutes }

    /// The rows of the current list that the search lets through.
    var visibleRows: [Row] {
        let all = rows[list] ?? []
        guard let pattern = SearchPattern(query.text) else { return all }
        return all.filter { pattern.matches($0.searchText) || (list == .meetings && meetingsMatching.contains($0.meeting)) }
    }

    func count(_ list: List) -> Int { rows[list]?.count ?? 0 }

    /// Finds the meetings the search matches anywhere in their texts.
    mutating func searchChanged() {
        selection = 0
        meetingsMatching = SearchPattern(query.text).map { Set(archive.search($0).map(\.meeting)) } ?? []
    }

    /// Opens the minutes of the selected row's meeting: reads and folds its log (the one file
    /// this screen reads), and says so when it no longer reads back.
    mutating func openSelected() {
        let visible = visibleRows
        guard visible.indices.contains(selection), let meeting = archive.meeting(named: visible[selection].meeting) else { return }
        do {
            let loaded = try MeetingLog.read(meeting.url)
            let titles = MeetingTitles(archive: archive, timeZone: timeZone)
            let document = Minutes(meeting: loaded.state, language: language, source: meeting.url.lastPathComponent, titles: titles)
            minutes = OpenMinutes(title: loaded.state.title, lines: MinutesLines(blocks: document.blocks(timeZone: timeZone)))
        } catch {
            message = error.message(language)
        }
    }
}

/// Builds the three lists from the archive: meetings newest first, decisions newest first,
/// open actions by due date.
private struct ReviewRows {
    let archive: Archive
    let language: Language
    let timeZone: TimeZone
    let today: Day

    var all: [ReviewState.List: [ReviewState.Row]] {
        [.meetings: meetings, .decisions: decisions, .actions: actions]
    }

    private func name(_ id: ParticipantID, in meeting: String) -> String {
        archive.meeting(named: meeting)?.name(of: id) ?? id.rawValue
    }

    /// Each meeting with its counts and, where the meeting was evaluated, the average score and
    /// its trend against the last meeting before it that was evaluated (↑ better, ↓ worse, = same).
    private var meetings: [ReviewState.Row] {
        var previous: Double?
        var rows: [ReviewState.Row] = []
        for meeting in archive.meetings {
            let day = meeting.day(of: meeting.heldAt, else: timeZone).description
            var counts = ReviewText.counts(decisions: meeting.decisions.count, actions: meeting.actions.count)[language]
            if let average = meeting.averageScore {
                counts += " · " + ReviewText.evaluation(average, trend: previous.map { ReviewText.trend(from: $0, to: average) }, language)
                previous = average
            }
            rows.append(
                .init(
                    columns: [day, meeting.title, counts], searchText: ([meeting.title] + meeting.participants.map(\.name)).joined(separator: " "),
                    meeting: meeting.name))
        }
        return rows.reversed()
    }

    private var decisions: [ReviewState.Row] {
        archive.decisions.map { entry in
            let day = Day(entry.decision.decidedAt, in: entry.meetingTimeZone ?? timeZone).description
            // Due for review (today or before) is marked, as an overdue action is.
            let review =
                entry.replacedBy != nil
                ? ReviewText.replaced[language] : entry.nextReview.map { ($0 <= today ? "! " : "") + ReviewText.review($0)[language] } ?? ""
            let concerns = entry.decision.concerns.map(\.text).joined(separator: " ")
            return .init(
                columns: [day, entry.item.draft.title, name(entry.decision.owner, in: entry.meeting), review],
                searchText: [entry.item.draft.title, entry.decision.text, concerns, entry.meetingTitle].joined(separator: " "), meeting: entry.meeting)
        }
    }

    private var actions: [ReviewState.Row] {
        archive.actions.filter { $0.action.status == .open }
            .sorted { first, second in
                guard let due = first.action.due else { return false }
                return second.action.due.map { due < $0 } ?? true
            }
            .map { entry in
                let due = entry.action.due.map { ($0 < today ? "! " : "") + $0.description } ?? "–"
                let who = name(entry.action.who, in: entry.meeting)
                return .init(
                    columns: [due, entry.action.what, who, entry.meetingTitle],
                    searchText: [entry.action.what, who, entry.meetingTitle].joined(separator: " "),
                    meeting: entry.meeting)
            }
    }
}

/// The review screen's own words.
enum ReviewText {
    static let meetings = Translation(nn: "Møte", nb: "Møter", en: "Meetings")
    static let decisions = Translation(nn: "Avgjerder", nb: "Beslutninger", en: "Decisions")
    static let actions = Translation(nn: "Opne oppfølgingspunkt", nb: "Åpne oppfølgingspunkter", en: "Open actions")
    static let search = Translation(nn: "Søk", nb: "Søk", en: "Search")
    static let searchKeys = Translation(
        nn: "Skriv for å søkje · Enter: ferdig · Esc: tøm søket", nb: "Skriv for å søke · Enter: ferdig · Esc: tøm søket",
        en: "Type to search · Enter: done · Esc: clear the search")
    static let replaced = Translation(nn: "erstatta", nb: "erstattet", en: "replaced")
    static let nothing = Translation(nn: "Ingenting her.", nb: "Ingenting her.", en: "Nothing here.")

    static func noMatch(_ query: String) -> Translation {
        Translation(nn: "Ingen treff på «\(query)».", nb: "Ingen treff på «\(query)».", en: "Nothing matches “\(query)”.")
    }

    static func review(_ day: Day) -> Translation {
        Translation(nn: "evaluerast \(day)", nb: "evalueres \(day)", en: "review \(day)")
    }

    /// A meeting's average evaluation score, with its trend when there is an earlier one.
    static func evaluation(_ average: Double, trend: String?, _ language: Language) -> String {
        let word = Translation(nn: "evaluering", nb: "evaluering", en: "evaluation")[language]
        return "\(word) \(MinutesText.score(average, language))" + (trend.map { " \($0)" } ?? "")
    }

    /// ↑ when the meeting scored better than the last evaluated one before it, ↓ worse, = the same
    /// (to a tenth).
    static func trend(from previous: Double, to average: Double) -> String {
        let change = Int((average * 10).rounded()) - Int((previous * 10).rounded())
        return change > 0 ? "↑" : change < 0 ? "↓" : "="
    }

    static func counts(decisions: Int, actions: Int) -> Translation {
        Translation(
            nn: "\(decisions) avgjerder · \(actions) oppfølgingspunkt", nb: "\(decisions) beslutninger · \(actions) oppfølgingspunkter",
            en: "\(decisions) decisions · \(actions) actions")
    }

    static func name(_ list: ReviewState.List) -> Translation {
        switch list {
        case .meetings: meetings
        case .decisions: decisions
        case .actions: actions
        }
    }
}
