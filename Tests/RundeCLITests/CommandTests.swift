import Foundation
import Testing

@Suite struct InitTests {
    @Test func createsATeamFolderThatOpens() throws {
        let dir = try CLI.scratch()
        let result = try CLI.run(
            ["init", "lag", "--name", "Barnehagen Solsida", "--member", "åse:Åse Øyen:fasilitator,verneombod", "--member", "bo:Bo Li"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Laga teammappa"))
        let team = try String(contentsOf: dir.appendingPathComponent("lag/team.toml"), encoding: .utf8)
        #expect(team.contains("Åse Øyen"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("lag/meetings").path))
        let again = try CLI.run(["init", "lag", "--name", "X", "--member", "a:A"], in: dir)
        #expect(again.status == 1)
        #expect(again.stderr.contains("team.toml"))
        #expect(try String(contentsOf: dir.appendingPathComponent("lag/team.toml"), encoding: .utf8) == team, "init must not overwrite")
    }

    @Test func badMemberIsAUsageError() throws {
        let result = try CLI.run(["init", "x", "--name", "X", "--member", "kari"], in: try CLI.scratch())
        #expect(result.status == 64)
        #expect(result.stderr.contains("--member «kari»: skriv id:Namn"), "\(result.stderr)")
    }
}

@Suite struct NewTests {
    @Test func oneItemIsOneSak() throws {
        let team = try CLI.exampleTeam()
        try Data("informasjon: Berre ei sak @kari 5m\n".utf8).write(to: team.appendingPathComponent("ei.txt"))
        let result = try CLI.run(["new", "Kort møte", "--agenda", "ei.txt", "--drop", "2026-10-12-1400-teammote-veke-42#s4"], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Planla «Kort møte» med 1 sak:"), "\(result.stdout)")
    }

    @Test func plansAMeetingFromTheAgenda() throws {
        let team = try CLI.exampleTeam()
        let result = try CLI.run(["new", "Teammøte veke 48", "--agenda", "agenda.txt", "--at", "2026-11-23 14:00"], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.meetings(in: team).contains("2026-11-23-1400-teammote-veke-48.jsonl"))
        let show = try CLI.run(["show", "veke-48"], in: team)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("## 2. Avgjerdssak: Faste kontaktpersonar for nye brukarar"))
        #expect(show.stdout.contains("> Kvar nye brukar får ein fast kontaktperson dei første tre månadene."))
        #expect(show.stdout.contains("**Unnateke offentlegheit** (offl. § 13 jf. fvl. § 13)"))
        #expect(show.stdout.contains("## Oppfølging frå tidlegare møte"))
        #expect(
            show.stdout.contains(
                "- Lage overleveringsskjema i journalsystemet — Marit Lunde (frist 26.10.2026), «Betre overlevering mellom vaktene» (Teammøte veke 42, 12.10.2026)"
            ))
        #expect(
            show.stdout.components(separatedBy: "\n- ").count(where: { $0.contains("Teammøte veke ") && $0.contains("ikkje handsama") }) == 4,
            "every open action (one carried on in week 42) and the decision due for review are listed, with the meeting by title")
        #expect(!show.stdout.contains("Setje opp vidaresending av koordinatortelefonen"), "week 42 marked it done")
        #expect(
            show.stdout.contains(
                "- Evaluering av «Prøveordning med heimekontor for planleggingsarbeid» (Teammøte veke 38, 14.09.2026), evaluerast 16.11.2026: "))
        #expect(try CLI.run(["verify", "veke-48"], in: team).status == 0)
        let twice = try CLI.run(["new", "Teammøte veke 48", "--agenda", "agenda.txt", "--at", "2026-11-23 14:00"], in: team)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("fila finst alt"))
    }

    /// The check-in question goes into `meetingCreated`: `--check-in`, else the team file's
    /// `check_in`, else runde's own in the language of the command; the minutes show it.
    @Test func theCheckInQuestionIsRecorded() throws {
        let team = try CLI.exampleTeam()
        func question(_ name: String) throws -> String? {
            let url = team.appendingPathComponent("meetings/\(name)")
            let first = try #require(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
            return object["checkIn"] as? String
        }
        let own = try CLI.run(["new", "Eige", "--check-in", "  Kva gler du deg til denne veka?  ", "--at", "2026-11-23 14:00"], in: team)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(try question("2026-11-23-1400-eige.jsonl") == "Kva gler du deg til denne veka?")

        #expect(try CLI.run(["new", "Standard", "--at", "2026-11-24 14:00", "--lang", "en"], in: team).status == 0)
        #expect(try question("2026-11-24-1400-standard.jsonl") == "How are you, and is there anything we should know before we start?")

        let teamFile = team.appendingPathComponent("team.toml")
        let text = try String(contentsOf: teamFile, encoding: .utf8)
        let heading = "# Namnet på teamet, slik det skal stå i referata.\n"
        try text.replacingOccurrences(of: heading, with: heading + "check_in = \"Kva har du med deg inn i møtet?\"\n")
            .write(to: teamFile, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["new", "Teamet sitt", "--at", "2026-11-25 14:00"], in: team).status == 0)
        #expect(try question("2026-11-25-1400-teamet-sitt.jsonl") == "Kva har du med deg inn i møtet?")
        #expect(try CLI.run(["verify"], in: team).status == 0)

        let blank = try CLI.run(["new", "Tom", "--check-in", " "], in: team)
        #expect(blank.status == 64)
        #expect(blank.stderr.contains("--check-in"))
        let bell = try CLI.run(["new", "Bjølle", "--check-in", "Hei\u{07}"], in: team)
        #expect(bell.status == 64)
        #expect(bell.stderr.contains("--check-in"))

        try text.replacingOccurrences(of: heading, with: heading + "check_in = 3\n").write(to: teamFile, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["new", "Feil"], in: team)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("team.toml:6:"), "\(bad.stderr)")
    }

    @Test func badAgendaGivesLineNumbersAndNoMeetingFile() throws {
        let team = try CLI.exampleTeam()
        let agenda = "informasjon: Nytt frå leiinga @kari 10m\navgjerd: Utan eigar 20m\nmøte: Ukjend type @kari\n"
        try agenda.write(to: team.appendingPathComponent("feil.txt"), atomically: true, encoding: .utf8)
        let before = CLI.meetings(in: team)
        let result = try CLI.run(["new", "Feil", "--agenda", "feil.txt"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("feil.txt:2"))
        #expect(result.stderr.contains("feil.txt:3"))
        #expect(CLI.meetings(in: team) == before, "no meeting file may be written")
    }

    @Test func unknownOwnerSuggestsTheClosestMember() throws {
        let team = try CLI.exampleTeam()
        try "avgjerd: Noko @kary 10m\n".write(to: team.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["new", "X", "--agenda", "a.txt", "--lang", "en"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.txt:1"))
        #expect(result.stderr.contains("kari"))
    }

    @Test func badTeamFileIsReportedWithItsLine() throws {
        let dir = try CLI.scratch()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("meetings"), withIntermediateDirectories: true)
        try "name = \"Lag\"\n\n[[members]]\nid = \"kari\"\nname = \"Kari\"\nroles = [\"fasilitatorr\"]\n".write(
            to: dir.appendingPathComponent("team.toml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["new", "Møte"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("team.toml:6"))
        #expect(result.stderr.contains("fasilitator"))
        #expect(CLI.meetings(in: dir).isEmpty)
    }

    @Test func outsideATeamFolderSaysSo() throws {
        let result = try CLI.run(["new", "Møte"], in: try CLI.scratch())
        #expect(result.status == 1)
        #expect(result.stderr.contains("runde init"))
    }
}

@Suite struct ShowTests {
    @Test(arguments: ["nn", "nb", "en"])
    func minutesOfAnExampleMeeting(language: String) throws {
        let team = try CLI.exampleTeam()
        let result = try CLI.run(["show", "2026-09-14-1400-teammote-veke-38", "--lang", language], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try assertSnapshot(result.stdout, named: "show-veke-38-\(language).md")
    }

    @Test func exemptItemAndUgildAreInTheInternalMinutes() throws {
        let result = try CLI.run(["show", "veke-42"], in: try CLI.exampleTeam())
        #expect(result.status == 0, "\(result.stderr)")
        try assertSnapshot(result.stdout, named: "show-veke-42-nn.md")
        #expect(result.stdout.contains("**Unnateke offentlegheit** (offl. § 13 jf. fvl. § 13)"))
        #expect(result.stdout.contains("Ugild (fvl. § 6):\n- Aslak Øvrebø: Nær familie av brukaren saka gjeld"))
        #expect(result.stdout.contains("Tek opp att avgjerda «Fast tid for teammøtet» (Teammøte veke 38, 14.09.2026)"))
    }

    @Test func unknownMeetingListsCloseMatches() throws {
        let result = try CLI.run(["show", "teammote-veke"], in: try CLI.exampleTeam())
        #expect(result.status == 1)
        #expect(result.stderr.contains("Finn ikkje noko møte «teammote-veke»"))
        #expect(result.stderr.contains("2026-09-14-1400-teammote-veke-38"))
        #expect(result.stderr.contains("2026-10-12-1400-teammote-veke-42"))
    }
}
