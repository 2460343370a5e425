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

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The title is empty.") }
        if let at, Self.parseTime(at) == nil { throw ValidationError("--at \"\(at)\": write the time as YYYY-MM-DD HH:MM.") }
    }

    func run() throws {
        let language = languageOptions.language
        let folder = try teamOptions.open(language)
        var drafts: [ItemDraft] = []
        if let agenda {
            let url = URL(fileURLWithPath: agenda)
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw Failure("\(agenda): \(error.localizedDescription)")
            }
            let members = Set(folder.team.members.map(\.id))
            switch AgendaParser.parse(data, file: agenda, members: members, recipes: folder.recipes) {
            case .success(let items): drafts = items
            case .failure(let error): throw Failure(error.message(language))
            }
        }
        let archive = Archive(folder: folder.meetingsURL)
        for damaged in archive.damaged { warn(damaged.message(language)) }
        let plan = MeetingPlan(
            title: title, team: folder.team, agenda: drafts, scheduledAt: at.flatMap(Self.parseTime) ?? Date(),
            followUp: archive.openActions)
        let created: MeetingCreated
        do { created = try plan.created(recipes: folder.recipes) } catch {
            throw Failure(error.problems.map { $0.message(language) }.joined(separator: "\n"))
        }
        try FileManager.default.createDirectory(at: folder.meetingsURL, withIntermediateDirectories: true)
        let url = folder.meetingsURL.appendingPathComponent(plan.fileName(timeZone: .current) + ".jsonl")
        do { _ = try MeetingLogWriter.create(at: url, created, by: folder.team.facilitator?.id) } catch {
            throw Failure(error.message(language))
        }
        print(
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
