import Foundation
import Testing

@testable import RundeCore

/// ``Archive/carryOver``: what the next meeting takes up again from the meeting before.
@Suite struct CarryOverTests {
    static let team = Team(
        name: "Heimetenesta Fjordvik",
        members: [.init(id: "kari", name: "Kari Nordvik", roles: [.facilitator]), .init(id: "ola", name: "Ola Bakken", roles: [.scribe])])

    /// Plans `agenda` in `folder` as `name`, following the archive there, and opens it with the check-in done.
    static func held(_ name: String, _ agenda: [ItemDraft], in folder: URL, carrying: Bool = true) throws -> MeetingLogWriter {
        let archive = Archive(folder: folder)
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        let plan = MeetingPlan(
            title: name, team: team, agenda: agenda + (carrying ? archive.carryOver.map(\.draft) : []), scheduledAt: date,
            following: archive, timeZone: .gmt)
        let writer = try MeetingLogWriter.create(
            at: folder.appendingPathComponent("\(name).jsonl"), try plan.created(recipes: .builtIn), by: "kari", clock: { date })
        for member in team.members { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        while let speaker = writer.meeting.state.openRound?.speaker { try writer.submit(.speak(speaker), by: "kari") }
        return writer
    }

    static func postpone(_ id: ItemID, _ writer: MeetingLogWriter) throws {
        try writer.submit(.startItem(id), by: "kari")
        try writer.submit(.postponeItem(reason: nil), by: "kari")
    }

    static func close(_ writer: MeetingLogWriter) throws {
        try writer.submit(.startClosingRound, by: "kari")
        while let speaker = writer.meeting.state.openRound?.speaker { try writer.submit(.speak(speaker), by: "kari") }
        try writer.submit(.closeMeeting, by: "kari")
    }

    @Test func postponedAndNotReachedItemsComeBackOnceExemptOnTheSameBasis() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-carry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = try Self.held(
            "2026-11-02-1400-a",
            [
                ItemDraft(kind: .decision, title: "Løyndt", owner: "kari", text: "Om brukaren.", proposal: "Vi gjer slik.", exemption: "offl. § 13"),
                ItemDraft(kind: .information, title: "Oppheva", owner: "ola", exemption: "offl. § 13"),
                ItemDraft(kind: .information, title: "Ikkje nådd", owner: "ola", text: "Tekst."),
                ItemDraft(kind: .information, title: "Ferdig", owner: "ola"),
            ], in: folder, carrying: false)
        try Self.postpone("s1", a)
        try a.submit(.liftExemption("s2", reason: "Ikkje lenger teieplikt."), by: "kari")
        try Self.postpone("s2", a)
        try a.submit(.startItem("s4"), by: "kari")
        while a.meeting.state.activeItem != nil {
            if let speaker = a.meeting.state.openRound?.speaker { try a.submit(.speak(speaker), by: "kari") } else { try a.submit(.nextStep, by: "kari") }
        }
        #expect(Archive(folder: folder).carryOver.map(\.draft.title) == ["Løyndt", "Oppheva"], "a meeting still running passes on only what it postponed")
        try Self.close(a)

        let offered = Archive(folder: folder).carryOver
        #expect(offered.map(\.draft.title) == ["Løyndt", "Oppheva", "Ikkje nådd"])
        #expect(offered.map(\.reason) == [.postponed, .postponed, .notReached])
        #expect(offered.map(\.reference.rawValue) == ["2026-11-02-1400-a#s1", "2026-11-02-1400-a#s2", "2026-11-02-1400-a#s3"])
        #expect(offered.map(\.draft.carriedFrom) == offered.map(\.reference))
        #expect(offered.map(\.draft.exemption) == ["offl. § 13", nil, nil], "exempt stays exempt on the same basis; lifted stays lifted")
        #expect(offered[0].draft.text == "Om brukaren.")
        #expect(offered[0].draft.proposal == "Vi gjer slik.")

        // B carries them, with their texts and exemption.
        let b = try Self.held("2026-11-09-1400-b", [], in: folder)
        #expect(b.meeting.state.items.map(\.draft.carriedFrom) == offered.map(\.reference))
        #expect(b.meeting.state.items.first?.draft.exemption == "offl. § 13")
        #expect(b.meeting.state.items.first?.proposal == "Vi gjer slik.")

        // An edit keeps where it came from, and cannot drop the exemption.
        var edited = try #require(b.meeting.state.items.first?.draft)
        edited.carriedFrom = nil
        edited.title = "Løyndt, endra"
        try b.submit(.editItem("s1", edited, recipe: RecipeBook.builtIn.defaultRecipe(for: .decision)), by: "kari")
        #expect(b.meeting.state.items.first?.draft.carriedFrom == offered.first?.reference)
        #expect(b.meeting.state.items.first?.draft.exemption == "offl. § 13")

        // B puts the exempt one off again: C carries it from B, still exempt, and nothing from A.
        try Self.postpone("s1", b)
        try Self.close(b)
        let fromB = Archive(folder: folder).carryOver
        #expect(fromB.map(\.reference.rawValue) == ["2026-11-09-1400-b#s1", "2026-11-09-1400-b#s2", "2026-11-09-1400-b#s3"])
        #expect(fromB.first?.draft.exemption == "offl. § 13")
        #expect(fromB.first?.draft.title == "Løyndt, endra")
        #expect(MeetingLog.verify(b.url).isOK)
        #expect(try MeetingLog.read(b.url).state == b.meeting.state)
    }
}
