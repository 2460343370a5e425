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

    @Argument(
        help: Translation(
            nn: "Møtet: stien til loggen, eller namnet på møtet i teammappa.", nb: "Møtet: stien til loggen, eller navnet på møtet i teammappen.",
            en: "The meeting: a path to its log, or its name in the team folder."
        ).help(value: Translation(nn: "møte", nb: "møte", en: "meeting")))
    var meeting: String

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let loaded = try teamOptions.read(meeting, language)
        // The meetings beside the log, so references to them read by title and day.
        let titles = MeetingTitles(archive: TeamArchive.beside(loaded.url), timeZone: teamOptions.timeZone)
        let minutes = Minutes(meeting: loaded.state, language: language, source: loaded.url.lastPathComponent, titles: titles)
        Console.out(MarkdownMinutes.render(minutes, timeZone: teamOptions.timeZone), terminator: "")
    }
}
