import ArgumentParser
import Foundation
import RundeCore
import RundeTUI

struct Run: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Styr eit møte direkte på den felles skjermen.", nb: "Styr et møte direkte på den felles skjermen.",
                en: "Run a meeting live on the shared screen."
            ).shown,
            discussion: Translation(
                nn:
                    "Utan <møte> tilbyr runde å halde fram med det nyaste møtet som ikkje er avslutta (eller å bruke eitt som er planlagt og aldri opna); elles, eller med --new eller --title, planlegg det eit nytt møte frå agenda.txt i teammappa (om ho finst), med det møtet før utsette eller ikkje nådde (--drop tek ut ei sak), og opnar det. Trykk ? på skjermen for alle tastane.",
                nb:
                    "Uten <møte> tilbyr runde å fortsette det nyeste møtet som ikke er avsluttet (eller å bruke et som er planlagt og aldri åpnet); ellers, eller med --new eller --title, planlegger det et nytt møte fra agenda.txt i teammappen (hvis den finnes), med det møtet før utsatte eller ikke nådde (--drop tar ut en sak), og åpner det. Trykk ? på skjermen for alle tastene.",
                en:
                    "Without MEETING, offers to continue the newest meeting that is not closed (or to use one planned and never opened); else, or with --new or --title, plans a new meeting from the team folder's agenda.txt (if there is one), with what the meeting before postponed or did not reach (--drop leaves one out), and opens it. Press ? on the screen for every key."
            ).shown)
    }

    @Argument(
        help: Translation(
            nn: "Møtet: stien til loggen, eller namnet på møtet i teammappa (standard: eit nytt møte).",
            nb: "Møtet: stien til loggen, eller navnet på møtet i teammappen (standard: et nytt møte).",
            en: "The meeting: a path to its log, or its name in the team folder (default: a new meeting)."
        ).help(value: Translation(nn: "møte", nb: "møte", en: "meeting")))
    var meeting: String?

    @Option(
        name: .long,
        help: Translation(
            nn: "Tittelen på eit nytt møte (standard: Teammøte og datoen i dag); planlegg eit nytt.",
            nb: "Tittelen på et nytt møte (standard: Teammøte og datoen i dag); planlegger et nytt.",
            en: "The title of a new meeting (default: Teammøte and today's date); plans a new one."
        ).help(value: Translation(nn: "tittel", nb: "tittel", en: "title")))
    var title: String?

    @Flag(
        name: .long,
        help: Translation(
            nn: "Planlegg eit nytt møte sjølv om eitt ikkje er avslutta enno.", nb: "Planlegg et nytt møte selv om et ikke er avsluttet ennå.",
            en: "Plan a new meeting even when one is not closed yet."
        ).help)
    var new = false

    @Option(
        name: .long,
        help: Translation(
            nn: "Når eit nytt møte blir planlagt: ta ut ei sak møtet før utsette eller ikkje nådde, som <møte>#<sak> (kan gjentakast).",
            nb: "Når et nytt møte planlegges: ta ut en sak møtet før utsatte eller ikke nådde, som <møte>#<sak> (kan gjentas).",
            en: "When a new meeting is planned: leave out an item the meeting before postponed or did not reach, as <meeting>#<item> (repeatable)."
        ).help(value: Translation(nn: "møte#sak", nb: "møte#sak", en: "drop")))
    var drop: [String] = []

    @Option(
        name: .customLong("as"),
        help: Translation(
            nn: "Kven som sit ved tastaturet, som medlems-id (standard: fasilitatoren i teamet).",
            nb: "Hvem som sitter ved tastaturet, som medlems-id (standard: fasilitatoren i teamet).",
            en: "Who is at the keyboard, as a member id (default: the team's facilitator)."
        ).help(value: Translation(nn: "id", nb: "id", en: "as")))
    var user: String?

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        let language = languageOptions.language(teamOptions)
        if let title { try checkArgument(title, "--title", language) }
        for reference in drop { try checkArgument(reference, "--drop", language) }
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        // Checked before a new meeting is planned, so a pipe or cron job leaves no empty meeting behind.
        try requireTerminal(language)
        let folder = try teamOptions.open(language)
        let url: URL
        if let meeting {
            url = try teamOptions.locate(meeting, language)
        } else {
            let archive = TeamArchive.read(team: folder.url, language)
            url = try unfinishedMeeting(in: archive, language) ?? newMeeting(in: folder, following: archive, language)
        }
        let writer: MeetingLogWriter
        do { writer = try MeetingLogWriter(url: url) } catch { throw Failure(error.message(language)) }
        let status = try MainActor.assumeIsolated {
            try Self.runLive(writer: writer, folder: folder, user: user.map(ParticipantID.init) ?? folder.team.facilitator?.id, language: language)
        }
        if status != 0 { throw ExitCode(status) }
    }

    @MainActor
    static func runLive(writer: MeetingLogWriter, folder: TeamFolder, user: ParticipantID?, language: Language) throws -> Int32 {
        let crash = Translation(
            nn: "runde stoppa uventa. Møtet er lagra i \(writer.url.path); ingenting som var registrert, er tapt.",
            nb: "runde stoppet uventet. Møtet er lagret i \(writer.url.path); ingenting som var registrert, er tapt.",
            en: "runde stopped unexpectedly. The meeting is saved in \(writer.url.path); nothing recorded was lost.")[language]
        let terminal = try Terminal.open(crashMessage: crash, language, aside: saved(writer.url, language))
        var state = AppState(
            meeting: writer.meeting.state, recipes: folder.recipes, language: language, now: Date(),
            timeZone: writer.meeting.state.timeZone ?? folder.team.meetingTimeZone, user: user, logPath: writer.url.path)
        state.reviewAfter = folder.team.reviewAfter
        state.noteOpening(of: writer.url)
        let status = LiveSession(writer: writer, terminal: terminal, state: state).run()
        terminal.close()
        Console.out(saved(writer.url, language))
        if writer.meeting.state.stage != .closed { Console.out(resume(writer.url, language)) }
        return status
    }

    /// How to pick the meeting up again: `runde run <name>`.
    static func resume(_ url: URL, _ language: Language) -> String {
        let command = "runde run \(url.deletingPathExtension().lastPathComponent)"
        return Translation(
            nn: "Møtet er ikkje avslutta. Hald fram med: \(command)", nb: "Møtet er ikke avsluttet. Fortsett med: \(command)",
            en: "The meeting is not closed. Continue it with: \(command)")[language]
    }

    /// The newest meeting of the team that is not closed, if the facilitator wants to continue
    /// it (asked on the terminal; Enter says yes); nil to plan a new one. A meeting planned and
    /// never opened is offered for use, so trying `runde run` twice leaves no stray log.
    private func unfinishedMeeting(in archive: Archive, _ language: Language) -> URL? {
        guard !new, title == nil else { return nil }
        guard let open = archive.meetings.last(where: { $0.stage != .closed }) else { return nil }
        let title = open.title
        let question =
            open.stage == .scheduled
            ? Translation(
                nn: "Møtet «\(title)» er planlagt, men ikkje opna. Bruke det? [J/n] ", nb: "Møtet «\(title)» er planlagt, men ikke åpnet. Bruke det? [J/n] ",
                en: "The meeting “\(title)” is planned but not opened. Use it? [Y/n] ")
            : Translation(
                nn: "Møtet «\(title)» er ikkje avslutta. Halde fram med det? [J/n] ", nb: "Møtet «\(title)» er ikke avsluttet. Fortsette med det? [J/n] ",
                en: "The meeting “\(title)” is not closed. Continue it? [Y/n] ")
        Console.out(question[language], terminator: "")
        let answer = (readLine() ?? "n").trimmingCharacters(in: .whitespaces).lowercased()
        return answer.isEmpty || ["j", "ja", "y", "yes"].contains(answer) ? open.url : nil
    }

    private static func saved(_ url: URL, _ language: Language) -> String {
        Translation(nn: "Møtet er lagra i \(url.path).", nb: "Møtet er lagret i \(url.path).", en: "The meeting is saved in \(url.path).")[language]
    }

    /// Plans a meeting from the team's agenda file, as `runde new` would.
    private func newMeeting(in folder: TeamFolder, following archive: Archive, _ language: Language) throws -> URL {
        let now = Date()
        let title = self.title ?? "Teammøte " + MarkdownMinutes.format(now, "yyyy-MM-dd", folder.team.meetingTimeZone)
        let hasAgenda = FileManager.default.fileExists(atPath: folder.agendaURL.path)
        let agenda = hasAgenda ? try folder.agenda(folder.agendaURL, file: folder.agendaURL.path, language) : []
        let planned = try folder.planMeeting(title: title, agenda: agenda, at: now, following: archive, drop: drop, language)
        New.report(planned, language)
        return planned.url
    }
}
