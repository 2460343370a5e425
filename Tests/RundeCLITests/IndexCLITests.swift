import Foundation
import RundeCore
import Testing

@testable import RundeIndex

/// The registers read through the team's index (`.runde/index.sqlite`): the same answers as
/// without it, current as logs grow, checked by `runde verify`, and across a unit's teams with
/// `--teams`.
@Suite struct IndexCLITests {
    static let questions = [["decisions"], ["actions", "--open"], ["search", "vikar"], ["decisions", "--json"], ["search", "hoyring", "--json"]]

    @Test func deletingTheIndexChangesNoAnswer() throws {
        let team = try CLI.exampleTeam()
        let first = try Self.questions.map { try CLI.run($0, in: team).stdout }
        #expect(FileManager.default.fileExists(atPath: team.appendingPathComponent(".runde/index.sqlite").path), "the first question built it")
        #expect(try Self.questions.map { try CLI.run($0, in: team).stdout } == first, "warm")
        try FileManager.default.removeItem(at: team.appendingPathComponent(".runde"))
        #expect(try Self.questions.map { try CLI.run($0, in: team).stdout } == first, "rebuilt")
    }

    @Test func aLogThatGrewIsCurrentOnTheNextQuestion() throws {
        let team = try CLI.exampleTeam()
        let word = "sommarvikarordninga"
        #expect(try CLI.run(["search", word], in: team).stdout.hasPrefix("Fann ikkje"))
        let plan = try CLI.run(["new", "Ekstramøte", "--at", "2026-11-02 14:00"], in: team)
        #expect(plan.status == 0, "\(plan.stderr)")
        let log = team.appendingPathComponent("meetings").appendingPathComponent(try #require(CLI.meetings(in: team).last))
        let writer = try MeetingLogWriter(url: log)
        try writer.submit(.addNote("Vi ser på \(word) i januar.", speaker: nil), by: "kari")
        let found = try CLI.run(["search", word], in: team)
        #expect(found.stdout.contains("Vi ser på \(word) i januar."), "\(found.stdout)")
    }

    @Test func verifySaysTheIndexAgreesAndRebuildsOneThatDoesNot() throws {
        let team = try CLI.exampleTeam()
        let agreed = try CLI.run(["verify"], in: team)
        #expect(agreed.status == 0)
        #expect(agreed.stdout.hasSuffix("indeks: stemmer med loggane (2 møte)\n"))

        // Rows changed behind runde's back, the logs untouched: only verify can tell.
        let database = try SQLiteDatabase(path: team.appendingPathComponent(".runde/index.sqlite").path, create: false)
        try database.execute("UPDATE decisions SET text = 'Forfalska'")
        #expect(try CLI.run(["decisions"], in: team).stdout.contains("Forfalska"), "the index is trusted while the logs are unchanged")
        let caught = try CLI.run(["verify"], in: team)
        #expect(caught.status == 0, "the logs are sound")
        #expect(caught.stderr.contains("indeks: stemte ikkje med loggane for 2026-09-14-1400-teammote-veke-38.jsonl, 2026-10-12-1400-teammote-veke-42.jsonl"))
        #expect(!(try CLI.run(["decisions"], in: team).stdout.contains("Forfalska")), "rebuilt from the logs")
    }

    @Test func aDamagedLogIsReportedAndNeverIndexed() throws {
        let team = try CLI.exampleTeam()
        _ = try CLI.run(["decisions"], in: team)
        let log = team.appendingPathComponent(VerifyAndRepairTests.week38)
        var bytes = try Data(contentsOf: log)
        bytes[bytes.count / 2] = UInt8(ascii: "#")
        try bytes.write(to: log)
        let result = try CLI.run(["decisions", "--json"], in: team)
        #expect(result.stderr.contains("2026-09-14-1400-teammote-veke-38.jsonl"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(decisions.allSatisfy { ($0["meeting"] as? [String: Any])?["name"] as? String == "2026-10-12-1400-teammote-veke-42" })
        #expect((object["damaged"] as? [[String: Any]])?.count == 1)
    }

    /// A unit: two copies of the example team under one folder, and a folder that is no team.
    static func unit() throws -> URL {
        let unit = try CLI.scratch("unit")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Examples/heimetenesta"), to: unit.appendingPathComponent("a-heime"))
        let other = unit.appendingPathComponent("b-natt")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Examples/heimetenesta"), to: other)
        let file = other.appendingPathComponent("team.toml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "name = \"Heimetenesta Fjordvik\"", with: "name = \"Nattenesta Fjordvik\"").write(
            to: file, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: unit.appendingPathComponent("arkiv"), withIntermediateDirectories: true)
        return unit
    }

    @Test func teamsLooksAcrossEveryTeamFolderNamingEachLinesTeam() throws {
        let unit = try Self.unit()
        let single = try CLI.run(["decisions", "--json"], in: unit.appendingPathComponent("a-heime"))
        let one = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
        let result = try CLI.run(["decisions", "--json", "--teams", unit.path], in: unit)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(decisions.count == 2 * ((one["decisions"] as? [Any])?.count ?? 0))
        #expect(Set(decisions.compactMap { $0["team"] as? String }) == ["Heimetenesta Fjordvik", "Nattenesta Fjordvik"])
        let times = decisions.compactMap { $0["decidedAt"] as? String }
        #expect(times == times.sorted(by: >), "newest first across teams")

        let text = try CLI.run(["actions", "--open", "--teams", unit.path, "--today", "2026-10-20"], in: unit)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Team") == true, "\(text.stdout)")
        #expect(lines.filter { $0.hasPrefix("Heimetenesta Fjordvik") }.count == lines.filter { $0.hasPrefix("Nattenesta Fjordvik") }.count)

        let search = try CLI.run(["search", "zzzz", "--teams", unit.path], in: unit)
        #expect(search.stdout.contains("Såg gjennom 4 møte i 2 team under \(unit.path)"), "\(search.stdout)")
    }

    @Test func teamsRefusesWhatItCannotRead() throws {
        let unit = try Self.unit()
        let both = try CLI.run(["decisions", "--teams", unit.path, "--team", unit.appendingPathComponent("a-heime").path], in: unit)
        #expect(both.status != 0)
        #expect(both.stderr.contains("Bruk anten --team eller --teams, ikkje begge."))
        let empty = try CLI.run(["decisions", "--teams", unit.appendingPathComponent("arkiv").path], in: unit)
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("Fann ingen teammapper (med team.toml) rett under"))
        let blank = try CLI.run(["actions", "--teams", ""], in: unit)
        #expect(blank.status != 0)
        #expect(blank.stderr.contains("--teams treng ei mappe"), "an empty folder name is not the current folder")
        let typo = try CLI.run(["decisions", "--teams", unit.path, "--owner", "kair"], in: unit)
        #expect(typo.stderr.contains("Meinte du kari (Kari Nordvik)?"))
    }
}
