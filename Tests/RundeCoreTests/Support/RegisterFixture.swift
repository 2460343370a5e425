import Foundation
import Testing

@testable import RundeCore

/// Two meetings in one folder, written through the real writer, for the register and search
/// tests.
///
/// - `2026-03-02-varmote` (“Vårmøte”), opened 2026-03-01 23:30 UTC, so its decisions fall on
///   2026-03-01 in UTC and on 2026-03-02 in Oslo. s1 *Høyring om ny turnus* (kari): an objection
///   integrated, a concern from per in both consent rounds, review 2026-06-01, actions a2 (ola,
///   due 2026-03-06, done) and a3 (per, due 2026-03-20, open). s2 *Fast tid for teammøtet*
///   (ingrid): review 2026-04-01, replaced by the summer meeting. s3 *Pårørande som ringjer
///   ofte* (per), exempt (offl. § 13), with a note and a conclusion. a1 (per, no due date,
///   open) outside any item, from the check-in.
/// - `2026-05-04-sommarmote` (“Sommarmøte”), opened 2026-05-04 08:00 UTC: a note outside items,
///   s1 *Ny tid for teammøtet* (kari) replacing the spring meeting's s2, review 2026-05-20, with
///   actions a1 (kari, due 2026-05-05, cancelled) and a2 (kari, due 2026-05-11, open); s2
///   *Status for høyringa* (ola) postponed with a reason.
enum RegisterFixture {
    static let spring = "2026-03-02-varmote"
    static let summer = "2026-05-04-sommarmote"

    static func archive(function: String = #function) throws -> Archive {
        let folder = try temporaryFolder(function).appendingPathComponent("meetings")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try writeSpring(to: folder.appendingPathComponent(spring + ".jsonl"))
        try writeSummer(to: folder.appendingPathComponent(summer + ".jsonl"))
        let archive = Archive(folder: folder)
        #expect(archive.damaged.isEmpty)
        #expect(archive.meetings.map(\.name) == [spring, summer])
        return archive
    }

    private static func item(
        _ id: String, _ kind: ItemKind, _ title: String, owner: ParticipantID, proposal: String? = nil, exemption: String? = nil,
        replaces: DecisionRef? = nil
    ) -> ItemSpec {
        ItemSpec(
            id: ItemID(id),
            draft: ItemDraft(kind: kind, title: title, owner: owner, proposal: proposal, exemption: exemption, replaces: replaces),
            steps: Fixture.recipe(kind).steps)
    }

    private static func writer(_ url: URL, title: String, opened: String, items: [ItemSpec]) throws -> MeetingLogWriter {
        var created = Fixture.created(items: items)
        created.title = title
        let clock = TestClock(start: try #require(ISO8601DateFormatter().date(from: opened)))
        let writer = try MeetingLogWriter.create(at: url, created, by: "kari", clock: clock.read)
        for id in Fixture.members.map(\.id) { try writer.submit(.setAttendance(id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        return writer
    }

    private static func writeSpring(to url: URL) throws {
        let items = [
            item("s1", .decision, "Høyring om ny turnus", owner: "kari", proposal: "Turnusen går på høyring til dei tillitsvalde."),
            item("s2", .decision, "Fast tid for teammøtet", owner: "ingrid", proposal: "Teammøtet er måndag kl. 14."),
            item("s3", .discussion, "Pårørande som ringjer ofte", owner: "per", exemption: "offl. § 13"),
        ]
        let w = try writer(url, title: "Vårmøte", opened: "2026-03-01T23:30:00Z", items: items)
        try w.submit(.addAction(what: "Rydde kontoret", who: "per", due: nil), by: "kari")
        try everyone(w, Command.speak)
        try w.submit(.startItem("s1"), by: "kari")
        try toConsent(w)
        try w.submit(.answer("kari", .consent), by: "kari")
        try w.submit(.answer("ola", .consent), by: "kari")
        try w.submit(.answer("ingrid", .objection("For kort frist for dei tillitsvalde.")), by: "kari")
        try w.submit(.answer("per", .concern("Ærø-ferja går for sjeldan til kurset.")), by: "kari")
        try w.submit(.integrate(objector: "ingrid", how: "Fristen blir tre veker.", newProposal: "Turnusen går på høyring i tre veker."), by: "kari")
        try w.submit(.runRoundAgain, by: "kari")
        try w.submit(.answer("kari", .consent), by: "kari")
        try w.submit(.answer("ola", .consent), by: "kari")
        try w.submit(.answer("ingrid", .consent), by: "kari")
        try w.submit(.answer("per", .concern("Ærø-ferja går for sjeldan til kurset.")), by: "kari")
        try w.submit(.addAction(what: "Sende turnusen til dei tillitsvalde", who: "ola", due: Day("2026-03-06")), by: "kari")
        try w.submit(.addAction(what: "Kalle inn til høyringsmøte", who: "per", due: Day("2026-03-20")), by: "kari")
        try w.submit(.setActionStatus("a2", .done), by: "kari")
        try w.submit(.recordDecision(reviewDate: Day("2026-06-01")), by: "kari")
        try w.submit(.startItem("s2"), by: "kari")
        try toConsent(w)
        try everyone(w) { .answer($0, .consent) }
        try w.submit(.recordDecision(reviewDate: Day("2026-04-01")), by: "kari")
        try w.submit(.startItem("s3"), by: "kari")
        try w.submit(.addNote("Namn er ikkje skrivne ned.", speaker: nil), by: "kari")
        while w.meeting.state.activeItem?.currentStep?.mode != .conclusion {
            try w.submit(.nextStep, by: "kari")
            try everyone(w, Command.speak)
        }
        try w.submit(.conclude("Vi tilbyr pårørande ein fast samtale kvar veke."), by: "kari")
        try w.submit(.nextStep, by: "kari")
    }

    private static func writeSummer(to url: URL) throws {
        let items = [
            item(
                "s1", .decision, "Ny tid for teammøtet", owner: "kari", proposal: "Teammøtet er tysdag kl. 9.",
                replaces: DecisionRef(meeting: spring, item: "s2")),
            item("s2", .information, "Status for høyringa", owner: "ola"),
        ]
        let w = try writer(url, title: "Sommarmøte", opened: "2026-05-04T08:00:00Z", items: items)
        try w.submit(.addNote("Hugs høyringsfristen.", speaker: nil), by: "kari")
        try everyone(w, Command.speak)
        try w.submit(.startItem("s1"), by: "kari")
        try toConsent(w)
        try everyone(w) { .answer($0, .consent) }
        try w.submit(.addAction(what: "Bestille kake", who: "kari", due: Day("2026-05-05")), by: "kari")
        try w.submit(.addAction(what: "Oppdatere kalenderen", who: "kari", due: Day("2026-05-11")), by: "kari")
        try w.submit(.setActionStatus("a1", .cancelled), by: "kari")
        try w.submit(.recordDecision(reviewDate: Day("2026-05-20")), by: "kari")
        try w.submit(.startItem("s2"), by: "kari")
        try w.submit(.postponeItem(reason: "Ventar på svar frå dei tillitsvalde."), by: "kari")
    }

    /// From a decision item's first step to its open consent round, everyone speaking on the way.
    private static func toConsent(_ w: MeetingLogWriter) throws {
        while w.meeting.state.activeItem?.currentStep?.mode != .consent {
            try w.submit(.nextStep, by: "kari")
            if w.meeting.state.openRound?.purpose == .item { try everyone(w, Command.speak) }
        }
    }

    /// Everyone waiting in the open round takes their turn with `command`.
    private static func everyone(_ w: MeetingLogWriter, _ command: (ParticipantID) -> Command) throws {
        while let speaker = w.meeting.state.openRound?.speaker { try w.submit(command(speaker), by: "kari") }
    }
}
