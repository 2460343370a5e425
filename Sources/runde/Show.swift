import ArgumentParser
import Foundation
import RundeCore

struct Show: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Skriv ut referatet frå eit møte som Markdown, laga frå loggen.", nb: "Skriv ut referatet fra et møte som Markdown, laget fra loggen.",
                en: "Print a meeting's minutes (referat) as Markdown, made from its log."
            ).shown)
    }

    @Argument(help: .meeting)
    var meeting: String

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(teamOptions)
        try teamOptions.read(meeting, language) { loaded in
            // The meetings beside the log, so references to them read by title and day.
            let titles = MeetingTitles(archive: TeamArchive.beside(loaded.url), timeZone: teamOptions.timeZone)
            let minutes = Minutes(meeting: loaded.state, language: language, source: loaded.url.lastPathComponent, titles: titles)
            Console.out(MarkdownMinutes.render(minutes, timeZone: teamOptions.timeZone), terminator: "")
        }
    }
}
