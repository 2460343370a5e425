import ArgumentParser
import Foundation
import RundeCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan a new meeting from an agenda file; writes meetings/<date>-<time>-<title>.jsonl.",
        discussion: "The agenda format is in Docs/agenda.md. Without --agenda the meeting starts with an empty agenda.")

    @Argument(help: "The meeting's title, e.g. \"Teammøte veke 48\".")
    var title: String

    @Option(name: .long, help: "An agenda file: one item a line (type: title @owner 20m).")
    var agenda: String?

    @Option(name: .long, help: "When the meeting is, as \"YYYY-MM-DD HH:MM\" local time (default: now).")
    var at: String?

    @Option(
        name: .customLong("check-in"),
        help: "The check-in round's question for this meeting (default: the team file's check_in, else runde's).")
    var checkIn: String?

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        try checkArgument(title, "TITLE", languageOptions.language)
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The title is empty.") }
        if let checkIn {
            try checkArgument(checkIn, "--check-in", languageOptions.language)
            if checkIn.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--check-in: the question is empty.") }
        }
        if let at, Self.parseTime(at) == nil { throw ValidationError("--at \"\(at)\": write the time as YYYY-MM-DD HH:MM.") }
    }

    func run() throws {
        let language = languageOptions.language
        let folder = try teamOptions.open(language)
        var drafts: [ItemDraft] = []
        if let agenda {
            drafts = try folder.agenda(URL(fileURLWithPath: agenda), file: agenda, language)
        }
        let url = try folder.planMeeting(title: title, agenda: drafts, at: at.flatMap(Self.parseTime) ?? Date(), checkIn: checkIn, language)
        Console.out(
            Translation(
                nn: "Planla «\(title)» med \(drafts.count) saker: \(url.path)",
                nb: "Planla «\(title)» med \(drafts.count) saker: \(url.path)",
                en: "Planned “\(title)” with \(drafts.count) items: \(url.path)")[language])
    }

    static func parseTime(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)
    }
}
