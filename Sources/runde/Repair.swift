import ArgumentParser
import Foundation
import RundeCore

struct Repair: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Flytt ei avkutta siste linje (etter eit krasj) ut av ein møtelogg og inn i ei fil ved sida av.",
                nb: "Flytt en avkuttet siste linje (etter et krasj) ut av en møtelogg og inn i en fil ved siden av.",
                en: "Move a cut-off last line (after a crash) out of a meeting log into a file beside it."
            ).shown,
            discussion: Translation(
                nn: "Ingenting går tapt: dei avkutta bytane blir tekne vare på i <logg>.torn-<seq>. Anna skade blir berre meld.",
                nb: "Ingenting går tapt: de avkuttede bytene tas vare på i <logg>.torn-<seq>. Annen skade blir bare meldt.",
                en: "Nothing is lost: the cut-off bytes are kept in <log>.torn-<seq>. Other damage is only reported."
            ).shown)
    }

    @Argument(help: .meeting)
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
