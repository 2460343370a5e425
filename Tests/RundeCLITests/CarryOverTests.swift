import Foundation
import RundeCore
import Testing

/// What a meeting put off or did not reach comes back when the next one is planned: with its
/// texts, exempt on the same basis, marked where it came from, once, and not when dropped.
@Suite struct CarryOverTests {
    static let secretTitle = "Tiltak for brukaren i Strandvegen"
    static let secretText = "Brukaren vil ikkje ha to tilsette på besøk."
    static let secretProposal = "Dobbelbemanning på kveldsbesøka."
    static let earlier = "2026-11-02-1400-teammote-veke-45"

    /// The example team with one more meeting, in veke 45: an exempt decision item postponed,
    /// an information item not reached before the meeting closed.
    static func teamWithItemsLeftOver(_ name: String = #function) throws -> URL {
        let team = try CLI.exampleTeam(name)
        let folder = try TeamFolder.open(team)
        let secret = ItemDraft(
            kind: .decision, title: secretTitle, owner: "kari", text: secretText, proposal: secretProposal, exemption: "offl. § 13")
        let open = ItemDraft(kind: .information, title: "Nytt frå verneombodet", owner: "kari", text: "Kort om vernerunden.")
        let date = try #require(ISO8601DateFormatter().date(from: "2026-11-02T13:00:00Z"))
        let plan = MeetingPlan(
            title: "Teammøte veke 45", team: folder.team, agenda: [secret, open], scheduledAt: date,
            following: Archive(folder: folder.meetingsURL), timeZone: .gmt)
        let writer = try MeetingLogWriter.create(
            at: folder.meetingsURL.appendingPathComponent("\(earlier).jsonl"), try plan.created(recipes: .builtIn), by: "kari",
            clock: { date })
        for member in folder.team.members { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        try ExemptionCLITests.everyoneSpeaks(writer)
        try writer.submit(.startItem("s1"), by: "kari")
        try writer.submit(.postponeItem(reason: "Vi ventar på vedtaket."), by: "kari")
        try writer.submit(.startClosingRound, by: "kari")
        try ExemptionCLITests.everyoneSpeaks(writer)
        try writer.submit(.closeMeeting, by: "kari")
        return team
    }

    static func items(_ team: URL, _ name: String) throws -> [Item] {
        let log = try #require(CLI.meetings(in: team).first { $0.contains(name) })
        return try MeetingLog.read(team.appendingPathComponent("meetings").appendingPathComponent(log)).state.items
    }

    @Test func aPostponedItemComesBackWithItsTextsAndExemptionOnceAndNotWhenDropped() throws {
        let team = try Self.teamWithItemsLeftOver()
        let secret = "\(Self.earlier)#s1"
        let open = "\(Self.earlier)#s2"

        // A --drop that names nothing offered is refused, and nothing is written.
        let typo = try CLI.run(["new", "Teammøte veke 46", "--at", "2026-11-09 14:00", "--drop", "\(Self.earlier)#s9"], in: team)
        #expect(typo.status == 1)
        #expect(typo.stderr.contains(secret), "it lists what is offered: \(typo.stderr)")
        #expect(!CLI.meetings(in: team).contains { $0.contains("veke-46") })

        try Data("informasjon: Ny turnus @ola 10m\n".utf8).write(to: team.appendingPathComponent("a.txt"))
        let planned = try CLI.run(["new", "Teammøte veke 46", "--agenda", "a.txt", "--at", "2026-11-09 14:00", "--drop", open], in: team)
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout.contains("med 2 saker"), "\(planned.stdout)")
        #expect(planned.stdout.contains("Teke med frå førre møte:\n  \(secret) «\(Self.secretTitle)» (utsett, unnateke: offl. § 13)"), "\(planned.stdout)")
        #expect(planned.stdout.contains("Ikkje teke med:\n  \(open) «Nytt frå verneombodet» (ikkje nådd)"), "\(planned.stdout)")

        let items = try Self.items(team, "veke-46")
        #expect(items.map(\.title) == ["Ny turnus", Self.secretTitle], "the planned items first, then the carried one")
        let carried = try #require(items.last)
        #expect(carried.draft.carriedFrom == DecisionRef(rawValue: secret))
        #expect(carried.draft.exemption == "offl. § 13", "an exempt item stays exempt on the same basis")
        #expect(carried.draft.text == Self.secretText)
        #expect(carried.proposal == Self.secretProposal)
        #expect(carried.kind == .decision)
        #expect(carried.owner == "kari")

        let show = try CLI.run(["show", "veke-46"], in: team)
        #expect(show.stdout.contains(Self.secretText))
        for format in ["md", "html", "json"] {
            let result = try CLI.run(["export", "veke-46", "--format", format, "--public"], in: team)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains(Self.secretTitle), "\(format): the carried exempt item's title")
            #expect(!result.stdout.contains(Self.secretText), "\(format): its text")
            #expect(!result.stdout.contains(Self.secretProposal), "\(format): its proposal")
        }

        // Not twice: veke 46 carries it already, though it is not opened yet.
        let again = try CLI.run(["new", "Ekstramøte", "--at", "2026-11-10 14:00"], in: team)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stdout.contains(secret), "\(again.stdout)")
        #expect(try Self.items(team, "ekstramote").allSatisfy { $0.draft.carriedFrom != DecisionRef(rawValue: secret) })
        try FileManager.default.removeItem(at: team.appendingPathComponent("meetings/2026-11-10-1400-ekstramote.jsonl"))

        // Veke 46 is held and closes without reaching it: veke 47 carries it from there, still
        // exempt; what veke 45 left over is not offered again.
        let log = team.appendingPathComponent("meetings/2026-11-09-1400-teammote-veke-46.jsonl")
        let writer = try MeetingLogWriter(url: log)
        for member in writer.meeting.state.participants { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        try ExemptionCLITests.everyoneSpeaks(writer)
        try writer.submit(.startClosingRound, by: "kari")
        try ExemptionCLITests.everyoneSpeaks(writer)
        try writer.submit(.closeMeeting, by: "kari")
        let next = try CLI.run(["new", "Teammøte veke 47", "--at", "2026-11-16 14:00", "--lang", "en"], in: team)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!next.stdout.contains(Self.earlier), "\(next.stdout)")
        #expect(next.stdout.contains("Carried from the meeting before:"), "\(next.stdout)")
        let week47 = try Self.items(team, "veke-47")
        #expect(week47.map(\.title) == ["Ny turnus", Self.secretTitle])
        #expect(week47.map { $0.draft.carriedFrom?.rawValue } == ["2026-11-09-1400-teammote-veke-46#s1", "2026-11-09-1400-teammote-veke-46#s2"])
        #expect(week47.last?.draft.exemption == "offl. § 13")
        #expect(try CLI.run(["verify"], in: team).status == 0)
    }
}
