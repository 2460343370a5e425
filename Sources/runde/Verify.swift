import ArgumentParser
import Foundation
import RundeCore

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check meeting logs: hash chain, sequence, and every line against the format.",
        discussion: "Exit status 0 when every log is sound, 1 when any is damaged. A cut-off last line is a warning.")

    @Argument(help: "Meetings to check (default: every meeting in the team folder).")
    var meetings: [String] = []

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language
        let urls = meetings.isEmpty ? Archive.logFiles(in: teamOptions.meetingsURL) : try meetings.map { try teamOptions.locate($0, language) }
        guard !urls.isEmpty else {
            throw Failure(
                Translation(
                    nn: "Ingen møte å sjekke i \(teamOptions.meetingsURL.path).",
                    nb: "Ingen møter å sjekke i \(teamOptions.meetingsURL.path).",
                    en: "No meetings to check in \(teamOptions.meetingsURL.path).")[language])
        }
        var damaged = 0
        for url in urls {
            let report = MeetingLog.verify(url)
            if let error = report.error { warn(error.message(language)) }
            for problem in report.schemaProblems { warn(problem.message(language)) }
            if let torn = report.tornTail { warn(torn.warning(file: url.path, language)) }
            if report.isOK {
                Console.out("ok     \(url.lastPathComponent) (\(MinutesText.events(report.events)[language]))")
            } else {
                damaged += 1
                Console.out("\(Translation(nn: "SKADD", nb: "SKADET", en: "DAMAGED")[language]) \(url.lastPathComponent)")
            }
        }
        if damaged > 0 { throw ExitCode.failure }
    }
}
