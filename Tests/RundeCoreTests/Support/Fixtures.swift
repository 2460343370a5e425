import Foundation
import Testing

@testable import RundeCore

/// A fresh temporary folder for one test.
func temporaryFolder(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("runde-tests-\(UUID().uuidString)")
        .appendingPathComponent(name.filter { $0.isLetter || $0.isNumber })
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A clock that moves one second per reading, from a fixed start.
final class TestClock: @unchecked Sendable {
    // Unchecked: tests use one clock from one task.
    private(set) var now: Date

    init(start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { now = start }

    func read() -> Date {
        defer { now.addTimeInterval(1) }
        return now
    }
}

enum Fixture {
    static let members: [Participant] = [
        Participant(id: "kari", name: "Kari Nordvik", roles: [.facilitator]),
        Participant(id: "ola", name: "Ola Å. Bø", roles: [.scribe]),
        Participant(id: "ingrid", name: "Ingrid Sæther 😀", roles: [.safetyRepresentative]),
        Participant(id: "per", name: "Per Ødegård"),
    ]

    static func recipe(_ kind: ItemKind) -> Recipe {
        switch kind {
        case .information:
            Recipe(
                id: "information", kind: kind, title: LocalizedText(nn: "Informasjonssak"),
                steps: [
                    RecipeStep(key: "present", mode: .present, title: LocalizedText(nn: "Presentasjon")),
                    RecipeStep(
                        key: "clarify", mode: .round, title: LocalizedText(nn: "Oppklarande spørsmål"),
                        prompt: LocalizedText(nn: "Berre spørsmål for å forstå", en: "Only questions to understand")),
                ])
        case .discussion:
            Recipe(
                id: "discussion", kind: kind, title: LocalizedText(nn: "Drøftingssak"),
                steps: [
                    RecipeStep(key: "present", mode: .present, title: LocalizedText(nn: "Presentasjon")),
                    RecipeStep(key: "clarify", mode: .round, title: LocalizedText(nn: "Oppklarande spørsmål")),
                    RecipeStep(key: "views", mode: .round, title: LocalizedText(nn: "Synspunkt")),
                    RecipeStep(key: "conclusion", mode: .conclusion, title: LocalizedText(nn: "Konklusjon")),
                ])
        case .decision:
            Recipe(
                id: "decision", kind: kind, title: LocalizedText(nn: "Avgjerdssak"),
                steps: [
                    RecipeStep(key: "present", mode: .present, title: LocalizedText(nn: "Forslag")),
                    RecipeStep(key: "clarify", mode: .round, title: LocalizedText(nn: "Oppklarande spørsmål")),
                    RecipeStep(key: "react", mode: .round, title: LocalizedText(nn: "Reaksjonar")),
                    RecipeStep(key: "amend", mode: .amend, title: LocalizedText(nn: "Endre forslaget")),
                    RecipeStep(key: "consent", mode: .consent, title: LocalizedText(nn: "Samtykkerunde")),
                ])
        case .session:
            Recipe(
                id: "okt-test", kind: kind, title: LocalizedText(nn: "Økt"),
                steps: [
                    RecipeStep(key: "framing", mode: .round, title: LocalizedText(nn: "Ramme"), timebox: 10),
                    RecipeStep(key: "next", mode: .conclusion, title: LocalizedText(nn: "Neste steg"), timebox: 5),
                ])
        case .ourProblem:
            Recipe(
                id: "vaart-problem", kind: kind, title: LocalizedText(nn: "Vårt problem"),
                steps: [
                    RecipeStep(key: "story", mode: .present, title: LocalizedText(nn: "Forteljinga")),
                    RecipeStep(key: "stakes", mode: .round, title: LocalizedText(nn: "Kva står på spel?")),
                    RecipeStep(key: "choice", mode: .conclusion, title: LocalizedText(nn: "Kva vel vi?")),
                ])
        }
    }

    static func spec(_ id: String, _ kind: ItemKind, owner: ParticipantID = "kari", proposal: String? = nil) -> ItemSpec {
        ItemSpec(
            id: ItemID(id),
            draft: ItemDraft(kind: kind, title: "Sak \(id): \(kind.rawValue) — æøå", owner: owner, text: "Bakgrunn.", proposal: proposal),
            steps: recipe(kind).steps)
    }

    static func created(items: [ItemSpec], reviewDue: [FollowUpDecision] = Fixture.reviewDue, checkIn: String? = nil) -> MeetingCreated {
        MeetingCreated(
            id: UUID(uuidString: "6F1C2D3E-0000-4000-8000-000000000001") ?? UUID(), title: "Teammøte veke 48",
            team: "Heimetenesta Fjordvik", scheduledAt: Date(timeIntervalSince1970: 1_795_000_000),
            participants: members, items: items, facilitator: "kari", scribe: "ola", followUp: followUp, reviewDue: reviewDue, checkIn: checkIn)
    }

    /// The meeting every fixture meeting follows up.
    static let earlierMeeting = "2026-11-09-1400-teammote-veke-46"

    /// Two open actions from the earlier meeting.
    static let followUp = [
        FollowUpAction(meeting: earlierMeeting, action: Action(id: "a1", what: "Bestille nøkkelboksar", who: "per", due: Day("2026-11-20"), item: "s2")),
        FollowUpAction(meeting: earlierMeeting, action: Action(id: "a2", what: "Oppdatere vaktlista", who: "ola", due: nil, item: nil)),
    ]

    /// Two decisions of the earlier meeting due for review; Siri, who owned the second, has left the team.
    static let reviewDue = [
        FollowUpDecision(
            meeting: earlierMeeting, title: "Fast tid for teammøtet", reviewDate: day("2026-11-16"),
            decision: decision("s3", owner: "ingrid", "Teammøtet er kvar måndag kl. 14.")),
        FollowUpDecision(
            meeting: earlierMeeting, title: "Nøkkelboksar med kode", reviewDate: day("2026-11-16"),
            decision: decision("s4", owner: "siri", "Vi kjøper nøkkelboksar med kode.")),
    ]

    /// A day from its text; the tests only write days that exist.
    static func day(_ text: String) -> Day { Day(text) ?? Day(Date(timeIntervalSince1970: 0), in: .gmt) }

    static func decision(_ item: ItemID, owner: ParticipantID, _ text: String) -> Decision {
        Decision(
            item: item, text: text, owner: owner, decidedAt: Date(timeIntervalSince1970: 1_794_000_000), consents: ["kari", "ola"], concerns: [],
            objections: [], helpers: [], disqualified: [], reviewDate: day("2026-11-16"), replaces: nil)
    }
}

/// Drives a real log file: every command goes through the writer, and every step checks that
/// reading the file back gives the same meeting.
struct Harness {
    let url: URL
    let writer: MeetingLogWriter
    let clock = TestClock()

    init(items: [ItemSpec], checkIn: String? = nil, function: String = #function) throws {
        url = try temporaryFolder(function).appendingPathComponent("mote.jsonl")
        let clock = self.clock
        writer = try MeetingLogWriter.create(at: url, Fixture.created(items: items, checkIn: checkIn), by: "kari", clock: clock.read)
    }

    var state: MeetingState { writer.meeting.state }

    @discardableResult
    func run(_ command: Command, by: ParticipantID? = "kari", sourceLocation: SourceLocation = #_sourceLocation) throws -> [EventRecord] {
        let records = try writer.submit(command, by: by)
        let reread = try MeetingLog.read(url)
        #expect(reread.meeting == writer.meeting, "fold(read(log)) differs from the live state", sourceLocation: sourceLocation)
        return records
    }

    /// Submits a command that must be refused, and checks the log did not change.
    func refuse(_ command: Command, _ expected: Refusal, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: url)
        #expect(throws: SubmitError.refused(expected), sourceLocation: sourceLocation) {
            try writer.submit(command, by: "kari")
        }
        #expect(try Data(contentsOf: url) == before, "a refused command changed the log", sourceLocation: sourceLocation)
    }

    /// Marks everyone in `ids` present.
    func attend(_ ids: [ParticipantID] = ["kari", "ola", "ingrid", "per"]) throws {
        for id in ids { try run(.setAttendance(id, .present)) }
    }

    /// Everyone waiting in the open round speaks.
    func everyoneSpeaks() throws {
        while let speaker = state.openRound?.speaker { try run(.speak(speaker)) }
    }

    /// Everyone waiting in the open consent round consents.
    func everyoneConsents() throws {
        while let speaker = state.openRound?.speaker { try run(.answer(speaker, .consent)) }
    }
}
