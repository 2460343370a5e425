import ArgumentParser
import Foundation
import RundeCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a meeting's minutes (referat) as Markdown, made from its log.")

    @Argument(help: "The meeting: a path to its log, or its name in the team folder.")
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
