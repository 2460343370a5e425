import Foundation
import RundeCore
import Testing

/// The example team, end to end: a later meeting that takes up again, or revisits, a decision
/// made under an exempt item keeps it out of `runde export --public`.
@Suite struct ExemptionCLITests {
    static let secretTitle = "Tiltak for brukaren i Strandvegen"
    static let secretProposal = "Dobbelbemanning på kveldsbesøka hjå brukaren."
    static let earlier = "2026-11-02-1400-teammote-veke-45"

    /// The example team with one more meeting, in veke 45, that decided under an exempt item
    /// with a review date before veke 48.
    static func teamWithAnExemptDecision(_ name: String = #function) throws -> URL {
        let team = try CLI.exampleTeam(name)
        let folder = try TeamFolder.open(team)
        var draft = ItemDraft(kind: .decision, title: secretTitle, owner: "kari", proposal: secretProposal)
        draft.exemption = "offl. § 13"
        let date = try #require(ISO8601DateFormatter().date(from: "2026-11-02T13:00:00Z"))
        let plan = MeetingPlan(
            title: "Teammøte veke 45", team: folder.team, agenda: [draft], scheduledAt: date,
            following: Archive(folder: folder.meetingsURL), timeZone: .gmt)
        let writer = try MeetingLogWriter.create(
            at: folder.meetingsURL.appendingPathComponent("\(earlier).jsonl"), try plan.created(recipes: .builtIn), by: "kari",
            clock: { date })
        for member in folder.team.members { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        try everyoneSpeaks(writer)
        try writer.submit(.startItem("s1"), by: "kari")
        while writer.meeting.state.activeItem != nil {
            if let round = writer.meeting.state.openRound, let speaker = round.speaker {
                try writer.submit(round.purpose == .consent ? .answer(speaker, .consent) : .speak(speaker), by: "kari")
            } else if writer.meeting.state.activeItem?.currentStep?.mode == .consent {
                try writer.submit(.recordDecision(reviewDate: Day("2026-11-16")), by: "kari")
            } else {
                try writer.submit(.nextStep, by: "kari")
            }
        }
        return team
    }

    static func everyoneSpeaks(_ writer: MeetingLogWriter) throws {
        while let speaker = writer.meeting.state.openRound?.speaker { try writer.submit(.speak(speaker), by: "kari") }
    }

    @Test func anAgendaItemThatRevisitsAnExemptDecisionIsWithheld() throws {
        let team = try Self.teamWithAnExemptDecision()
        try Data("avgjerd: Endre tiltaket @kari 20m erstattar:\(Self.earlier)#s1\n  forslag: \(Self.secretProposal)\n".utf8)
            .write(to: team.appendingPathComponent("a.txt"))
        let planned = try CLI.run(["new", "Teammøte veke 48", "--agenda", "a.txt", "--at", "2026-11-23 14:00"], in: team)
        #expect(planned.status == 0, "\(planned.stderr)")
        for format in ["md", "html", "json"] {
            let result = try CLI.run(["export", "veke-48", "--format", format, "--public"], in: team)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("Endre tiltaket"), "\(format): the revisiting item's title")
            #expect(!result.stdout.contains(Self.secretProposal), "\(format): its proposal")
            #expect(!result.stdout.contains(Self.secretTitle), "\(format): the follow-up entry of the exempt decision")
            #expect(result.stdout.contains("offl. § 13"))
        }
    }

    @Test func aDecisionTakenUpAgainIsWithheldEvenWithoutTheEarlierLog() throws {
        let team = try Self.teamWithAnExemptDecision()
        let planned = try CLI.run(["new", "Teammøte veke 48", "--at", "2026-11-23 14:00"], in: team)
        #expect(planned.status == 0, "\(planned.stderr)")
        let meetings = team.appendingPathComponent("meetings")
        let log = try #require(CLI.meetings(in: team).first { $0.contains("veke-48") })
        let writer = try MeetingLogWriter(url: meetings.appendingPathComponent(log))
        for member in writer.meeting.state.participants { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        try Self.everyoneSpeaks(writer)
        let due = try #require(writer.meeting.state.reviewDue.first { $0.meeting == Self.earlier })
        try writer.submit(.redecide(due.reference, recipe: RecipeBook.builtIn.defaultRecipe(for: .decision)), by: "kari")
        try writer.submit(.startItem(try #require(writer.meeting.state.items.last?.id)), by: "kari")
        try writer.submit(.addNote("Brukaren i Strandvegen vil ikkje ha to tilsette.", speaker: nil), by: "ola")

        // The earlier log is not at hand (a copy of one meeting, sent to the archive alone).
        try FileManager.default.removeItem(at: meetings.appendingPathComponent("\(Self.earlier).jsonl"))
        for format in ["md", "html", "json"] {
            let result = try CLI.run(["export", "veke-48", "--format", format, "--public"], in: team)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains(Self.secretTitle), "\(format): the item taken up again")
            #expect(!result.stdout.contains("Strandvegen"), "\(format): the note under it")
            #expect(!result.stdout.contains(Self.secretProposal), "\(format): its proposal")
        }
        let full = try CLI.run(["export", "veke-48", "--format", "md"], in: team)
        #expect(full.stdout.contains(Self.secretTitle), "the internal minutes keep it")
    }
}
