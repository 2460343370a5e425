import Foundation
import RundeCore
import Testing

/// `runde decisions` and the minutes show what will show whether a decision works and who must be told.
@Suite struct DecisionFollowUpCLITests {
    static let criteria = "Ingen telefonar blir ståande utan svar."
    static let inform = "Brukarane og sentralbordet."

    /// The example team with one more meeting that decided with criteria and who to tell.
    static func teamWithAFollowedUpDecision(_ name: String = #function) throws -> URL {
        let team = try CLI.exampleTeam(name)
        let folder = try TeamFolder.open(team)
        let draft = ItemDraft(kind: .decision, title: "Vakttelefonen", owner: "kari", proposal: "Vakttelefonen blir vidaresend.")
        let date = try #require(ISO8601DateFormatter().date(from: "2026-11-02T13:00:00Z"))
        let plan = MeetingPlan(
            title: "Teammøte veke 45", team: folder.team, agenda: [draft], scheduledAt: date,
            following: Archive(folder: folder.meetingsURL), timeZone: .gmt)
        let writer = try MeetingLogWriter.create(
            at: folder.meetingsURL.appendingPathComponent("2026-11-02-1400-teammote-veke-45.jsonl"), try plan.created(recipes: .builtIn),
            by: "kari", clock: { date })
        for member in folder.team.members { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        try ExemptionCLITests.everyoneSpeaks(writer)
        try writer.submit(.startItem("s1"), by: "kari")
        while writer.meeting.state.activeItem != nil {
            if let round = writer.meeting.state.openRound, let speaker = round.speaker {
                try writer.submit(round.purpose == .consent ? .answer(speaker, .consent) : .speak(speaker), by: "kari")
            } else if writer.meeting.state.activeItem?.currentStep?.mode == .consent {
                try writer.submit(.recordDecision(reviewDate: Day("2027-02-01"), criteria: criteria, inform: inform), by: "kari")
            } else {
                try writer.submit(.nextStep, by: "kari")
            }
        }
        return team
    }

    @Test func theRegisterAndTheMinutesShowThem() throws {
        let team = try Self.teamWithAFollowedUpDecision()
        let text = try CLI.run(["decisions", "--search", "Vakttelefonen"], in: team)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Dette viser om det verkar: \(Self.criteria)"), "\(text.stdout)")
        #expect(text.stdout.contains("Skal informerast: \(Self.inform)"), "\(text.stdout)")
        let json = try CLI.run(["decisions", "--search", "Vakttelefonen", "--json"], in: team)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"criteria\" : \"\(Self.criteria)\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"inform\" : \"\(Self.inform)\""), "\(json.stdout)")
        let minutes = try CLI.run(["show", "veke-45"], in: team)
        #expect(minutes.status == 0, "\(minutes.stderr)")
        #expect(minutes.stdout.contains("Dette viser om det verkar: \(Self.criteria)"), "\(minutes.stdout)")
        #expect(minutes.stdout.contains("Skal informerast: \(Self.inform)"), "\(minutes.stdout)")
        let verified = try CLI.run(["verify"], in: team)
        #expect(verified.status == 0, "\(verified.stderr)")
    }
}
