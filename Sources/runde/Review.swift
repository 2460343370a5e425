import ArgumentParser
import Foundation
import RundeCore
import RundeTUI

struct Review: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Sjå attende: bla i møta, avgjerdene og dei opne oppfølgingspunkta til teamet, søk medan du skriv, les referat.",
                nb: "Se tilbake: bla i møtene, avgjørelsene og de åpne oppfølgingspunktene til teamet, søk mens du skriver, les referater.",
                en: "Look back: browse the team's meetings, decisions and open actions, search as you type, read minutes."
            ).shown,
            discussion: Translation(
                nn: "Fråkopla og berre for lesing: ingenting i meetings/ blir endra. Trykk ? på skjermen for alle tastane.",
                nb: "Frakoblet og bare for lesing: ingenting i meetings/ blir endret. Trykk ? på skjermen for alle tastene.",
                en: "Offline and read-only: nothing in meetings/ changes. Press ? on the screen for every key."
            ).shown)
    }

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(teamOptions)
        try requireTerminal(language)
        let folder = try teamOptions.open(language)
        let archive = TeamArchive.read(team: teamOptions.folderURL, language)
        let status = try MainActor.assumeIsolated {
            var state = ReviewState(
                archive: archive, team: folder.team.name, language: language, timeZone: folder.team.meetingTimeZone,
                today: Day(Date(), in: folder.team.meetingTimeZone))
            let terminal = try Terminal.open(crashMessage: "", language)
            let status = terminal.run(
                render: { state.render(size: $0) },
                handle: { event, frame in
                    if case .click(let point) = event { return state.click(point, on: frame) }
                    return state.update(event)
                })
            terminal.close()
            return status
        }
        if status != 0 { throw ExitCode(status) }
    }
}
