import ArgumentParser
import Foundation
import RundeCore

struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move a cut-off last line (after a crash) out of a meeting log into a file beside it.",
        discussion: "Nothing is lost: the cut-off bytes are kept in <log>.torn-<seq>. Other damage is only reported.")

    @Argument(help: "The meeting: a path to its log, or its name in the team folder.")
    var meeting: String

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let url = try teamOptions.locate(meeting, language)
        do {
            if let aside = try MeetingLog.repairTornTail(url) {
                Console.out(
                    Translation(
                        nn: "Flytte den avkutta lina til \(aside.path). Loggen er heil att.",
                        nb: "Flyttet den avkuttede linjen til \(aside.path). Loggen er hel igjen.",
                        en: "Moved the cut-off line to \(aside.path). The log is whole again.")[language])
            } else {
                Console.out(
                    Translation(
                        nn: "Loggen har inga avkutta line; ingenting å gjere.", nb: "Loggen har ingen avkuttet linje; ingenting å gjøre.",
                        en: "The log has no cut-off line; nothing to do.")[language])
            }
        } catch {
            throw Failure(error.message(language))
        }
    }
}
