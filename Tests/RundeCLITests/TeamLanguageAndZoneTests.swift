import Foundation
import RundeCore
import RundeTestSupport
import Testing

/// The team file's `language` and `time_zone`: the language counts before the locale, and the
/// minutes show a meeting's times where it was held, whatever the reader's machine is set to.
@Suite struct TeamLanguageAndZoneTests {
    private static let veke42 = "2026-10-12-1400-teammote-veke-42"
    private static let english = ["LANG": "en_US.UTF-8"]

    @Test func theTeamsLanguageCountsBeforeTheLocale() throws {
        let team = try CLI.exampleTeam()
        let show = try CLI.run(["show", Self.veke42], in: team, environment: Self.english)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("## Samandrag"))
        let html = try CLI.run(["export", Self.veke42, "--format", "html"], in: team, environment: Self.english)
        #expect(html.stdout.contains("<html lang=\"nn\">"))
        let unknown = try CLI.run(["show", "veke-99"], in: team, environment: Self.english)
        #expect(unknown.stderr.contains("Finn ikkje"), "messages, too: \(unknown.stderr)")
    }

    @Test func langAndRundeLangWinOverTheTeam() throws {
        let team = try CLI.exampleTeam()
        let flag = try CLI.run(["show", Self.veke42, "--lang", "en"], in: team, environment: ["RUNDE_LANG": "nb"])
        #expect(flag.stdout.contains("## Summary"))
        let variable = try CLI.run(["export", Self.veke42, "--format", "html"], in: team, environment: ["RUNDE_LANG": "nb", "LANG": "en_US.UTF-8"])
        #expect(variable.stdout.contains("<html lang=\"nb\">"))
    }

    @Test func theLocaleCountsWhenTheTeamSetsNoLanguage() throws {
        let team = try CLI.exampleTeam()
        try editTeamFile(team) { $0.replacingOccurrences(of: "language = \"nn\"", with: "") }
        let show = try CLI.run(["show", Self.veke42], in: team, environment: Self.english)
        #expect(show.stdout.contains("## Summary"))
    }

    /// Planned at 14:00 Oslo time on a machine in New York, printed on machines in UTC and New
    /// York: the log records the team's zone, and the minutes and the file name show 14:00.
    @Test(arguments: ["UTC", "America/New_York"])
    func aMeetingAtTwoInOsloReadsTwoEverywhere(readerZone: String) throws {
        let team = try CLI.exampleTeam()
        let planned = try CLI.run(["new", "Teammøte veke 49", "--at", "2026-12-01 14:00"], in: team, environment: ["TZ": "America/New_York"])
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(CLI.meetings(in: team).contains("2026-12-01-1400-teammote-veke-49.jsonl"))
        let log = try MeetingLog.read(team.appendingPathComponent("meetings/2026-12-01-1400-teammote-veke-49.jsonl"))
        #expect(log.meeting.state.timeZone?.identifier == "Europe/Oslo")
        #expect(log.meeting.state.scheduledAt == Timestamp.date("2026-12-01T13:00:00.000Z"))
        try editTeamFile(team) { $0.replacingOccurrences(of: "time_zone = \"Europe/Oslo\"", with: "") }
        for format in ["md", "html"] {
            let minutes = try CLI.run(["export", "veke-49", "--format", format], in: team, environment: ["TZ": readerZone])
            #expect(
                minutes.stdout.contains("Dato: 01.12.2026") && minutes.stdout.contains("Tid: 14:00"),
                "\(format) in \(readerZone): \(minutes.stdout.prefix(400))")
        }
        let json = try CLI.run(["export", "veke-49", "--format", "json"], in: team, environment: ["TZ": readerZone])
        #expect(json.stdout.contains("\"timeZone\" : \"Europe/Oslo\""))
    }

    /// A team file without `time_zone`: the planning machine's zone is recorded, and holds on
    /// a reader's machine set to another.
    @Test func withoutATeamZoneThePlanningMachinesIsRecorded() throws {
        let team = try CLI.exampleTeam()
        try editTeamFile(team) { $0.replacingOccurrences(of: "time_zone = \"Europe/Oslo\"", with: "") }
        let planned = try CLI.run(["new", "Morgonmøte", "--at", "2026-12-01 08:00"], in: team, environment: ["TZ": "America/New_York"])
        #expect(planned.status == 0, "\(planned.stderr)")
        let log = try MeetingLog.read(team.appendingPathComponent("meetings/2026-12-01-0800-morgonmote.jsonl"))
        #expect(log.meeting.state.timeZone?.identifier == "America/New_York")
        #expect(try CLI.run(["show", "morgonmote"], in: team).stdout.contains("Tid: 08:00\n"), "read in Oslo")
    }

    /// Week 42 as written before zones were recorded: the team file's zone, else the machine's.
    @Test func anOldLogTakesTheTeamsZone() throws {
        let team = try CLI.exampleTeam()
        let old = CLI.repository.appendingPathComponent("Tests/RundeCLITests/Snapshots/old-logs/\(Self.veke42).jsonl")
        let log = team.appendingPathComponent("meetings/\(Self.veke42).jsonl")
        try FileManager.default.removeItem(at: log)
        try FileManager.default.copyItem(at: old, to: log)
        let utc = ["TZ": "UTC"]
        #expect(try CLI.run(["show", Self.veke42], in: team, environment: utc).stdout.contains("- Tid: 13:58–"))
        try editTeamFile(team) { $0.replacingOccurrences(of: "time_zone = \"Europe/Oslo\"", with: "") }
        #expect(try CLI.run(["show", Self.veke42], in: team, environment: utc).stdout.contains("- Tid: 11:58–"))
    }

    /// Week 42's log naming a zone this machine does not know: its times are shown in the team's
    /// zone, saying so, and `verify` warns but finds the log sound.
    @Test func aLogsUnknownZoneIsNamedWhereItsTimesAreShown() throws {
        let team = try CLI.exampleTeam()
        try EditedLog.edit(team.appendingPathComponent("meetings/\(Self.veke42).jsonl")) { event in
            guard case .meetingCreated(var created) = event else { return event }
            created.timeZone = "Mars/Olympus_Mons"
            return .meetingCreated(created)
        }
        let utc = ["TZ": "UTC"]
        let notice = { (mars: String) in "Tidene er viste i Europe/Oslo fordi tidssona i loggen, «\(mars)», ikkje er kjend på denne maskina." }
        let show = try CLI.run(["show", Self.veke42], in: team, environment: utc)
        #expect(show.stdout.contains("- Tid: 13:58–"), "the team's zone: \(show.stdout.prefix(400))")
        #expect(show.stdout.contains("- _\(notice("Mars/Olympus\\_Mons"))_\n"))
        let html = try CLI.run(["export", Self.veke42, "--format", "html"], in: team, environment: utc)
        #expect(html.stdout.contains("Tid: 13:58–") && html.stdout.contains("<li><em>\(notice("Mars/Olympus_Mons"))</em></li>"))
        let json = try CLI.run(["export", Self.veke42, "--format", "json"], in: team, environment: utc)
        #expect(json.stdout.contains("\"timeZone\" : \"Europe/Oslo\"") && json.stdout.contains("\"unknownTimeZone\" : \"Mars/Olympus_Mons\""))
        let english = try CLI.run(["show", Self.veke42, "--lang", "en"], in: team, environment: utc)
        #expect(english.stdout.contains("Times are shown in Europe/Oslo because the log's time zone «Mars/Olympus\\_Mons» is not known"))

        let verify = try CLI.run(["verify", "veke-42"], in: team)
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("ok     \(Self.veke42).jsonl"))
        #expect(
            verify.stderr.contains(
                "\(Self.veke42).jsonl:1: åtvaring: tidssona «Mars/Olympus_Mons» i loggen er ikkje kjend på denne maskina; runde viser tidene i Europe/Oslo."),
            "\(verify.stderr)")
        #expect(verify.stdout.hasSuffix("indeks: stemmer med loggane (1 møte)\n"), "the index keeps the unknown name: \(verify.stdout)")

        // The registers show the meeting's days in the team's zone, and say so.
        for register in [["decisions"], ["actions"], ["search", "vikar"], ["decisions", "--teams", team.deletingLastPathComponent().path]] {
            let result = try CLI.run(register, in: team, environment: utc)
            #expect(result.stderr.contains("\(Self.veke42).jsonl:1: åtvaring: tidssona «Mars/Olympus_Mons»"), "\(register): \(result.stderr)")
        }
    }

    @Test func anUnknownTimeZoneIsReportedOnItsLine() throws {
        let team = try CLI.exampleTeam()
        try editTeamFile(team) { $0.replacingOccurrences(of: "time_zone = \"Europe/Oslo\"", with: "time_zone = \"Europe/Osloo\"") }
        let line = try String(contentsOf: team.appendingPathComponent("team.toml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("time_zone") }.map { $0 + 1 }
        let result = try CLI.run(["new", "Møte"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("team.toml:\(try #require(line)): Ukjend tidssone «Europe/Osloo»"), "\(result.stderr)")
    }

    private func editTeamFile(_ team: URL, _ change: (String) -> String) throws {
        let url = team.appendingPathComponent("team.toml")
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }
}
