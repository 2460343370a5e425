import ArgumentParser
import Foundation
import RundeCore
import RundeTUI

struct Follow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Følg eit møte som går, berre for lesing: skjermen til fasilitatoren, oppdatert etter kvart som linjer blir skrivne.",
                nb: "Følg et møte som pågår, bare for lesing: skjermen til fasilitatoren, oppdatert etter hvert som linjer blir skrevet.",
                en: "Follow a running meeting read-only: the facilitator's screen, updated as lines are written."
            ).shown,
            discussion: Translation(
                nn:
                    "For ein skjerm til, eller ein deltakar som er med over ssh på maskina møtet går på. Loggen blir opna berre for lesing, og ingenting blir skrive: berre tastane som flyttar, blar, viser hjelp og avsluttar, verkar. For å skrive (som skrivar), bruk runde run <møte> --as <id>.",
                nb:
                    "For en skjerm til, eller en deltaker som er med over ssh på maskinen møtet går på. Loggen åpnes bare for lesing, og ingenting blir skrevet: bare tastene som flytter, blar, viser hjelp og avslutter, virker. For å skrive (som referent), bruk runde run <møte> --as <id>.",
                en:
                    "For a second screen, or a participant who joins over ssh on the machine that runs the meeting. The log is opened for reading only and nothing is written: only the keys that move, scroll, show help and quit act. To write (as the scribe), use runde run MEETING --as ID."
            ).shown)
    }

    @Argument(
        help: Translation(
            nn: "Møtet som skal følgjast (standard: det nyaste møtet som ikkje er avslutta).",
            nb: "Møtet som skal følges (standard: det nyeste møtet som ikke er avsluttet).",
            en: "The meeting to follow (default: the newest meeting that is not closed)."
        ).help(value: Translation(nn: "møte", nb: "møte", en: "meeting")))
    var meeting: String?

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let folder = try teamOptions.open(language)
        let url = try meeting.map { try teamOptions.locate($0, language) } ?? running(in: folder, language)
        let follower: MeetingLogFollower
        do { follower = try MeetingLogFollower(url: url) } catch { throw Failure(error.message(language)) }
        try requireTerminal(language)
        let status = try MainActor.assumeIsolated {
            let terminal = try Terminal.open(crashMessage: "", language)
            var state = AppState(
                meeting: follower.meeting.state, recipes: folder.recipes, language: language, now: Date(),
                timeZone: follower.meeting.state.timeZone ?? folder.team.meetingTimeZone, logPath: url.path)
            state.noteOpening(of: url)
            let status = LiveSession(following: follower, terminal: terminal, state: state).run()
            terminal.close()
            return status
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The newest meeting that is not closed.
    private func running(in folder: TeamFolder, _ language: Language) throws -> URL {
        guard let open = TeamArchive.read(team: folder.url, language).meetings.last(where: { $0.stage != .closed }) else {
            throw Failure(
                Translation(
                    nn: "Ingen møte er i gang i \(folder.meetingsURL.path). Skriv kva møte du vil følgje.",
                    nb: "Ingen møter er i gang i \(folder.meetingsURL.path). Skriv hvilket møte du vil følge.",
                    en: "No meeting is running in \(folder.meetingsURL.path). Name the meeting to follow.")[language])
        }
        return open.url
    }
}
