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
        let language = languageOptions.language
        let url = try teamOptions.locate(meeting, language)
        let loaded: LoadedMeeting
        do { loaded = try MeetingLog.read(url) } catch { throw Failure(error.message(language)) }
        if let torn = loaded.tornTail { warn(torn.warning(file: url.path, language)) }
        print(MarkdownMinutes(meeting: loaded.state, language: language, source: url.lastPathComponent).render(), terminator: "")
    }
}
