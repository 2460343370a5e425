import Foundation
import RundeCore
import Testing

/// `runde follow`: the facilitator's screen for a second screen or someone over ssh, read-only.
@Suite(.serialized) struct FollowTests {
    @Test func aFollowerSeesWhatOthersWriteAndWritesNothing() throws {
        let team = try TmuxTests.team()
        let planned = try CLI.run(["new", "Følgjemøte"], in: team)
        #expect(planned.status == 0, "\(planned.stderr)")
        let log = team.appendingPathComponent("meetings").appendingPathComponent(try #require(CLI.meetings(in: team).first { $0.contains("folgjemote") }))
        let writer = try MeetingLogWriter(url: log)
        try writer.submit(.setAttendance("kari", .present), by: "kari")
        try writer.submit(.openMeeting, by: "kari")

        let tmux = try Tmux()
        try tmux.start(TmuxTests.runde(in: team, "follow"))
        try tmux.waitFor("▶ Kari Nordvik")

        let start = Date()
        try writer.submit(.addNote("Skrive av ein annan prosess 👋", speaker: "kari"), by: "ola")
        try tmux.waitFor("Kari Nordvik: Skrive av ein annan prosess 👋", seconds: 10)
        let seen = Date().timeIntervalSince(start)
        #expect(seen < 2, "a note shows within about a second (here \(seen) s; the screen polls the log)")

        let bytes = try Data(contentsOf: log)
        let hint = "Du følgjer møtet og kan berre sjå på"
        // Each key that would write in a round (speak, pass, a note, undo) says why it does not.
        for key in ["Enter", "p", "n", "u"] {
            try tmux.keys("Escape")  // no key: the last hint goes
            try tmux.waitUntil("the hint gone") { !$0.contains(hint) }
            try tmux.keys(key)
            try tmux.waitFor(hint)
        }
        #expect(!(try tmux.capture()).contains("Notat til referatet"), "no note dialog opened")
        try tmux.keys("?")
        try tmux.waitFor("Hjelp — alle tastar")
        try tmux.keys("Escape")
        try tmux.waitUntil("the help closed") { !$0.contains("Hjelp — alle tastar") }
        try tmux.keys("q")
        try tmux.waitFor("RC=0", seconds: 10, history: true)
        #expect(try Data(contentsOf: log) == bytes, "following wrote nothing")
        #expect(try CLI.run(["verify", log.path], in: team).status == 0)
    }

    @Test func withNoMeetingRunningFollowSaysSo() throws {
        let team = try CLI.exampleTeam()
        let result = try CLI.run(["follow"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Ingen møte er i gang i \(team.appendingPathComponent("meetings").path). Skriv kva møte du vil følgje."))
        let unknown = try CLI.run(["follow", "veke-99"], in: team)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("veke-99"), "\(unknown.stderr)")
    }
}
