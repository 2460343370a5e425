import Foundation
import Testing

@testable import RundeCore
@testable import RundeTUI

/// Plays the run loop's part in tests: keys go through the real update, commands through the
/// real log writer in a temporary folder, and results come back as on screen.
@MainActor
final class Driver {
    let url: URL
    let writer: MeetingLogWriter
    var state: AppState
    private(set) var submitted: [Command] = []
    private(set) var quit = false

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    init(
        language: Language = .nn, agenda: String = Driver.agenda, followUp: [FollowUpAction] = [], reviewDue: [FollowUpDecision] = [],
        checkIn: String? = nil, agreement: [String] = [], function: String = #function
    ) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = folder.appendingPathComponent("mote.jsonl")
        var team = Team(
            name: "Heimetenesta Fjordvik",
            members: [
                .init(id: "kari", name: "Kari Nordvik", roles: [.facilitator]),
                .init(id: "ola", name: "Ola Bakken", roles: [.scribe]),
                .init(id: "siri", name: "Siri Haugland", roles: [.unionRepresentative]),
                .init(id: "per", name: "Per Ødegård 😀", roles: [.safetyRepresentative]),
            ])
        team.agreement = agreement
        let drafts = try AgendaParser.parse(agenda, file: "agenda.txt", members: Set(team.members.map(\.id)), recipes: .builtIn).get()
        let plan = MeetingPlan(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000048") ?? UUID(), title: "Teammøte veke 48", team: team,
            agenda: drafts, scheduledAt: Self.start, followUp: followUp, reviewDue: reviewDue, checkIn: checkIn)
        var now = Self.start
        writer = try MeetingLogWriter.create(at: url, try plan.created(recipes: .builtIn), by: "kari") {
            defer { now.addTimeInterval(5) }
            return now
        }
        state = AppState(
            meeting: writer.meeting.state, language: language, now: Self.start.addingTimeInterval(754),
            timeZone: TimeZone(identifier: "Europe/Oslo") ?? .gmt, user: "kari", logPath: "meetings/mote.jsonl")
    }

    static let agenda = """
        informasjon: Nytt turnusprogram frå januar @per 10m
          Per fortel kva som endrar seg.
        avgjerd: Prøveordning med heimekontor @kari 25m info/drøft
          forslag: Vi prøver heimekontor onsdagar i tre månader.
        drøfting: Korleis tek vi imot nye vikarar? @siri 20m
        økt: Betre overlevering mellom vaktene @ola 30m mal:okt-kort
        vårt problem: Når pårørande krev meir enn vedtaket gir @siri 40m unnateke:offl. § 13
        """

    /// Sends keys (and pastes) as the terminal would, running every effect.
    func send(_ events: InputEvent...) { send(contentsOf: events) }

    /// Sends events in order, as the run loop hands over one read's worth.
    func send(contentsOf events: [InputEvent]) { for event in events { handle(event) } }

    func press(_ keys: Key...) { for key in keys { handle(.key(key)) } }

    /// Types text key by key, as a person does.
    func type(_ text: String) { for character in text { handle(.key(.char(character))) } }

    /// Clicks where `text` is on the 80x24 screen, as the run loop would: on the frame last drawn.
    func click(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = screen()
        guard let y = (0..<frame.screen.size.height).first(where: { frame.screen.row($0).contains(text) }),
            let x = frame.screen.row(y).range(of: text).map({ DisplayWidth.of(String(frame.screen.row(y)[..<$0.lowerBound])) })
        else {
            Issue.record("“\(text)” is not on the screen", sourceLocation: sourceLocation)
            return
        }
        run(state.click(Point(x: x, y: y), on: frame))
    }

    private func handle(_ event: InputEvent) {
        run(state.update(event))
    }

    private func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: quit = true
            case .submit(let command):
                submitted.append(command)
                do {
                    try writer.submit(command, by: state.user)
                    state.receive(.success(writer.meeting.state))
                } catch {
                    state.receive(.failure(error))
                }
            }
        }
    }

    var meeting: MeetingState { state.meeting }

    func screen(_ size: Size = Size(width: 80, height: 24)) -> Frame { state.render(size: size) }

    static let earlier = "2026-10-12-1400-teammote-veke-42"

    /// Two open actions and a decision due for review from week 42.
    static let followUp = [
        FollowUpAction(meeting: earlier, action: Action(id: "a1", what: "Lage overleveringsskjema", who: "ola", due: Day("2026-10-26"), item: "s1")),
        FollowUpAction(meeting: earlier, action: Action(id: "a2", what: "Sende ut vaktlista", who: "siri", due: nil, item: nil)),
    ]

    static var reviewDue: [FollowUpDecision] {
        let decision = Decision(
            item: "s5", text: "Fram til jul er teammøtet kvar måndag.", owner: "kari", decidedAt: start.addingTimeInterval(-3_000_000),
            consents: ["kari", "ola"], concerns: [], objections: [], helpers: [], disqualified: [], reviewDate: Day("2026-11-16"),
            replaces: nil)
        return [
            FollowUpDecision(meeting: earlier, title: "Teammøte kvar veke i haust", reviewDate: decision.reviewDate ?? Day(start, in: .gmt), decision: decision)
        ]
    }

    /// Everyone present; the meeting opened; check-in done.
    func openWithEveryone() {
        for _ in meeting.participants { press(.char(" "), .down) }
        press(.char("o"))
        while meeting.openRound != nil { press(.enter) }
    }
}

/// Compares `text` with `Snapshots/<name>.txt` beside this file. A missing snapshot, or
/// `RECORD_SNAPSHOTS=1`, writes it and fails, so no baseline slips in unreviewed.
/// Raw characters for each scalar of `text`, as `wget_wch` returns them one by one.
func chars(_ text: String) -> [Terminal.RawInput] {
    text.unicodeScalars.map { .char($0.value) }
}

func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); review it and run the tests again.", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "differs from snapshot \(name)", sourceLocation: sourceLocation)
}
