import Foundation
import RundeCore
import Testing

/// `runde new --place`: the place reaches the log and the minutes; a bad one is refused before
/// anything is written; a log written before places (format 3) still reads.
@Suite struct MeetingPlaceCLITests {
    @Test func newWritesThePlaceThatShowPrints() throws {
        let team = try CLI.exampleTeam()
        let planned = try CLI.run(["new", "Teammøte veke 50", "--at", "2026-12-07 14:00", "--place", "Møterom 2"], in: team)
        #expect(planned.status == 0, "\(planned.stderr)")
        let shown = try CLI.run(["show", "veke-50"], in: team)
        #expect(shown.stdout.contains("\n- Tid: 14:00\n- Stad: Møterom 2\n"), "\(shown.stdout)")
        let json = try CLI.run(["export", "veke-50", "--format", "json"], in: team)
        #expect(json.stdout.contains(#""place" : "Møterom 2""#))
    }

    @Test(arguments: [("Rom \u{1B}[2J", "kontrollteikn"), ("   ", "tom")])
    func aBadPlaceIsRefused(place: String, says: String) throws {
        let team = try CLI.exampleTeam()
        let before = try FileManager.default.contentsOfDirectory(atPath: team.appendingPathComponent("meetings").path)
        let result = try CLI.run(["new", "Teammøte veke 50", "--place", place], in: team)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--place") && result.stderr.contains(says), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: team.appendingPathComponent("meetings").path) == before)
    }

    /// Week 42 as written in format 3, before places: it reads and verifies, and its header names none.
    @Test func aFormatThreeLogStillReads() throws {
        let team = try CLI.exampleTeam()
        let name = "2026-10-12-1400-teammote-veke-42"
        let old = CLI.repository.appendingPathComponent("Tests/RundeCLITests/Snapshots/format-3/\(name).jsonl")
        let lines = try String(contentsOf: old, encoding: .utf8).split(separator: "\n")
        #expect(lines.allSatisfy { $0.contains(#""v":3"#) } && !lines.contains { $0.contains(#""place""#) })
        let log = team.appendingPathComponent("meetings/\(name).jsonl")
        try FileManager.default.removeItem(at: log)
        try FileManager.default.copyItem(at: old, to: log)
        #expect(try CLI.run(["verify", name], in: team).status == 0)
        let shown = try CLI.run(["show", name], in: team)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("- Tid: 13:58–15:11\n- Til stades:"), "\(shown.stdout.prefix(400))")
        #expect(try MeetingLog.read(old).state.place == nil)
    }
}
