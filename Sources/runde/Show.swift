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
        let minutes = MarkdownMinutes(meeting: loaded.state, language: language, timeZone: teamOptions.timeZone, source: loaded.url.lastPathComponent)
        Console.out(minutes.render(), terminator: "")
    }
}
