import Foundation
import Testing

@testable import RundeCore

// The log format's documentation against the code: logs written by the real writer, covering
// every event type, must pass `scripts/validate-logs.py` with `Docs/schema/event.schema.json`;
// every type must have a schema branch, a section and an example in `Docs/format.md`; and lines
// that break the format must fail the validator.
//
// Needs `python3` with the `jsonschema` package (`pip install jsonschema`); without them these
// tests fail and say so.

@Suite struct SchemaTests {
    // MARK: Logs from the writer

    @Test func everyEventTypeTheWriterWritesIsValid() throws {
        let logs = [try SchemaScenario.fullMeeting(), try SchemaScenario.bareMeeting()]
        defer { logs.forEach(SchemaScenario.removeTemporaryFolder) }
        var seen: [String] = []
        for log in logs {
            for line in try SchemaScenario.lines(of: log) {
                let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
                seen.append(try #require(object["type"] as? String))
            }
        }
        let missing = Event.knownTypes.filter { !seen.contains($0) }
        #expect(missing.isEmpty, "the scenarios never write these event types: \(missing)")

        let run = try SchemaValidator.run(logs.map(\.path))
        #expect(run.status == 0, "validate-logs.py rejected logs the writer wrote:\n\(run.output)")
        #expect(run.output.contains("all valid"), "\(run.output)")
    }

    @Test func aFolderArgumentMeansEveryLogUnderIt() throws {
        let log = try SchemaScenario.fullMeeting()
        defer { SchemaScenario.removeTemporaryFolder(log) }
        let folder = log.deletingLastPathComponent().deletingLastPathComponent()
        let run = try SchemaValidator.run([folder.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("in 1 file(s)"), "\(run.output)")
    }

    // MARK: The schema and the doc cover every type

    @Test func everyKnownTypeHasASchemaBranch() throws {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: SchemaRepository.schema)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        let typeProperty = try #require(properties["type"] as? [String: Any])
        #expect(typeProperty["enum"] as? [String] == Event.knownTypes, "the schema's `type` enum differs from Event.knownTypes")

        let defs = try #require(schema["$defs"] as? [String: Any])
        let branches = try #require(schema["allOf"] as? [[String: Any]])
        var branchTypes: [String] = []
        for branch in branches {
            let condition = try #require(branch["if"] as? [String: Any])
            let conditionProperties = try #require(condition["properties"] as? [String: Any])
            let type = try #require((conditionProperties["type"] as? [String: Any])?["const"] as? String)
            branchTypes.append(type)
            let target = try #require((branch["then"] as? [String: Any])?["$ref"] as? String)
            let name = try #require(target.split(separator: "/").last.map(String.init))
            let event = try #require(defs[name] as? [String: Any], "\(type): \(target) is not in $defs")
            let eventProperties = try #require(event["properties"] as? [String: Any])
            #expect((eventProperties["type"] as? [String: Any])?["const"] as? String == type, "\(target) is not the branch of \(type)")
            #expect(event["additionalProperties"] as? Bool == false, "\(target) must not allow other fields")
            for field in ["v", "seq", "at", "by", "type", "prev"] {
                #expect(eventProperties[field] != nil, "\(target) lacks the envelope field \(field)")
            }
        }
        #expect(branchTypes == Event.knownTypes, "schema branches \(branchTypes) differ from Event.knownTypes")
    }

    @Test func everyKnownTypeHasASectionAndAnExampleInFormatDoc() throws {
        let doc = try String(contentsOf: SchemaRepository.formatDoc, encoding: .utf8)
        // Headings outside code blocks, without their `#`s: "`turnPassed` — a turn: passed".
        var headings: [String] = []
        var inCode = false
        for line in doc.split(separator: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inCode.toggle() }
            if !inCode, line.hasPrefix("#") { headings.append(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)) }
        }
        let exampleTypes = try SchemaFormatDoc.exampleLines(doc).map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.text.utf8)) as? [String: Any])["type"] as? String
        }
        for type in Event.knownTypes {
            #expect(headings.contains { $0.hasPrefix("`\(type)`") }, "Docs/format.md has no section headed \"`\(type)` — …\"")
            #expect(exampleTypes.contains(type), "Docs/format.md has no example line of \(type)")
        }
    }

    @Test func formatDocExamplesPassTheValidator() throws {
        let run = try SchemaValidator.run(["--doc", SchemaRepository.formatDoc.path])
        #expect(run.status == 0, "examples in Docs/format.md fail the schema:\n\(run.output)")
    }

    /// Each example is of the current version and byte for byte what the writer would write for
    /// it: keys sorted, nothing escaped that the writer leaves as is, optional fields left out as
    /// the writer does.
    @Test func formatDocExamplesAreWhatTheWriterWrites() throws {
        let doc = try String(contentsOf: SchemaRepository.formatDoc, encoding: .utf8)
        let lines = try SchemaFormatDoc.exampleLines(doc)
        #expect(lines.count >= Event.knownTypes.count)
        for line in lines {
            let record: EventRecord
            do { record = try LineCodec.decode(Data(line.text.utf8)) } catch {
                Issue.record("Docs/format.md:\(line.number): runde cannot decode the example: \(LogParser.describe(error))")
                continue
            }
            #expect(record.v == EventRecord.formatVersion, "Docs/format.md:\(line.number): the example is version \(record.v)")
            let encoded = String(decoding: try LineCodec.encode(record), as: UTF8.self)
            #expect(encoded == line.text, "Docs/format.md:\(line.number): the writer would write\n\(encoded)")
        }
    }

    /// A timestamp written, read and written again comes out the same, to the millisecond, or a
    /// line re-encoded from what was read (as `runde verify` does) differs from the line written.
    /// (`Date.ISO8601FormatStyle` alone truncates the fraction of about half of all milliseconds.)
    @Test func timestampsRoundTrip() throws {
        var wrong: [String] = []
        for base: Int64 in [1_796_130_031_000, 1_795_000_000_000, 4_102_444_799_000, 1_000] {
            for millisecond in Int64(0)..<1000 {
                let date = Date(timeIntervalSince1970: Double(base + millisecond) / 1000)
                let text = Timestamp.string(date)
                let again = Timestamp.date(text).map(Timestamp.string)
                if !text.hasSuffix(String(format: ".%03dZ", Int(millisecond))) || again != text {
                    wrong.append("\(base + millisecond) ms → \(text) → \(again ?? "nil")")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) timestamps do not round-trip, e.g. \(wrong.prefix(3))")
    }

    /// An example block that starts at `seq` 1 is a whole log: runde must read it, chain and all.
    @Test func formatDocWholeLogExamplesRead() throws {
        let doc = try String(contentsOf: SchemaRepository.formatDoc, encoding: .utf8)
        let blocks = SchemaFormatDoc.jsonBlocks(doc).filter { $0.first?.text.contains("\"seq\":1,") == true }
        #expect(blocks.contains { $0.count > 1 }, "Docs/format.md should show a whole log of several lines")
        for block in blocks {
            let bytes = Data(block.map { $0.text + "\n" }.joined().utf8)
            do {
                let loaded = try MeetingLog.parse(bytes, url: SchemaRepository.formatDoc)
                #expect(loaded.tornTail == nil)
            } catch {
                Issue.record("Docs/format.md:\(block[0].number): the log does not read: \(error.cause) at its line \(error.line)")
            }
        }
    }

    // MARK: What the validator must reject

    @Test(arguments: SchemaBrokenLine.all)
    func aSchemaBrokenLineFailsTheValidator(_ broken: SchemaBrokenLine) throws {
        let folder = try temporaryFolder("broken-\(broken.name)")
        defer { SchemaScenario.removeTemporaryFolder(folder) }
        let good = folder.appendingPathComponent("good.jsonl")
        let bad = folder.appendingPathComponent("bad.jsonl")
        var object = try #require(try JSONSerialization.jsonObject(with: LineCodec.encode(broken.record)) as? [String: Any])
        try Data(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) + [0x0A]).write(to: good)
        broken.change(&object)
        try Data(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) + [0x0A]).write(to: bad)

        // One run for both files: the unbroken line must pass, the broken one fail.
        let run = try SchemaValidator.run(["--no-chain", good.path, bad.path])
        #expect(!run.output.contains("good.jsonl:"), "the unbroken line should pass:\n\(run.output)")
        #expect(run.status == 1, "\(broken.name): the validator accepted\n\(run.output)")
        #expect(run.output.contains("bad.jsonl:1: "), "\(run.output)")
        #expect(run.output.contains(broken.expected), "\(broken.name): expected “\(broken.expected)” in\n\(run.output)")
    }

    @Test func anEditedLineBreaksTheChain() throws {
        let log = try SchemaScenario.bareMeeting()
        defer { SchemaScenario.removeTemporaryFolder(log) }
        var lines = try SchemaScenario.lines(of: log)
        let edited = try #require(String(data: lines[0], encoding: .utf8)?.replacingOccurrences(of: "Kari Nordvik", with: "Karen Nordvik"))
        lines[0] = Data(edited.utf8)
        try Data(lines.map { $0 + [0x0A] }.joined()).write(to: log)
        let run = try SchemaValidator.run([log.path])
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains(":2: prev does not match"), "\(run.output)")
    }

    @Test func aTornTailIsAWarningNotAProblem() throws {
        let log = try SchemaScenario.bareMeeting()
        defer { SchemaScenario.removeTemporaryFolder(log) }
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\":\"2026-11-18T".utf8))
        try handle.close()
        let run = try SchemaValidator.run([log.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("warning: torn tail"), "\(run.output)")
    }

    @Test func anInvalidSchemaIsRefused() throws {
        let folder = try temporaryFolder()
        defer { SchemaScenario.removeTemporaryFolder(folder) }
        let schema = folder.appendingPathComponent("bad.schema.json")
        try Data(#"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": 5}"#.utf8).write(to: schema)
        let log = try SchemaScenario.bareMeeting()
        defer { SchemaScenario.removeTemporaryFolder(log) }
        let run = try SchemaValidator.run([log.path], schema: schema)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("not a valid draft 2020-12 schema"), "\(run.output)")
    }
}

// MARK: - Broken lines

/// A valid line, a change that breaks it, and the words the validator's message must contain.
struct SchemaBrokenLine: Sendable, CustomTestStringConvertible {
    var name: String
    var record: EventRecord
    var change: @Sendable (inout [String: Any]) -> Void
    var expected: String

    var testDescription: String { name }

    static let at = Date(timeIntervalSince1970: 1_795_000_000.125)
    static let prev = String(repeating: "ab", count: 32)

    static let all: [SchemaBrokenLine] = [
        SchemaBrokenLine(
            name: "extra field",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .turnPassed(TurnTaken(participant: "ola")), prev: prev),
            change: { $0["kommentar"] = "ekstra" }, expected: "Additional properties are not allowed ('kommentar' was unexpected)"),
        SchemaBrokenLine(
            name: "missing required field",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .turnPassed(TurnTaken(participant: "ola")), prev: prev),
            change: { $0["participant"] = nil }, expected: "'participant' is a required property"),
        SchemaBrokenLine(
            name: "missing envelope field",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .meetingOpened, prev: prev),
            change: { $0["prev"] = nil }, expected: "'prev' is a required property"),
        SchemaBrokenLine(
            name: "wrong enum value",
            record: EventRecord(
                seq: 3, at: at, by: "kari", event: .attendanceSet(AttendanceSet(participant: "per", attendance: .absent)), prev: prev),
            change: { $0["attendance"] = "kanskje" }, expected: "'kanskje' is not one of"),
        SchemaBrokenLine(
            name: "wrong nested enum value",
            record: EventRecord(
                seq: 9, at: at, by: "kari",
                event: .itemKindChanged(ItemKindChanged(item: "s2", kind: .discussion, recipe: "discussion", steps: Fixture.recipe(.discussion).steps)),
                prev: prev),
            change: { object in
                var steps = object["steps"] as? [[String: Any]] ?? []
                steps[1]["mode"] = "vote"
                object["steps"] = steps
            },
            expected: "steps[1].mode: 'vote' is not one of"),
        SchemaBrokenLine(
            name: "timestamp without milliseconds",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .turnPassed(TurnTaken(participant: "ola")), prev: prev),
            change: { $0["at"] = "2026-11-18T09:46:40Z" }, expected: "at: '2026-11-18T09:46:40Z' does not match"),
        SchemaBrokenLine(
            name: "timestamp with offset",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .roundStopped, prev: prev),
            change: { $0["at"] = "2026-11-18T10:46:40.125+01:00" }, expected: "does not match"),
        SchemaBrokenLine(
            name: "unknown type",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .roundStopped, prev: prev),
            change: { $0["type"] = "roundPaused" }, expected: "'roundPaused' is not one of"),
        SchemaBrokenLine(
            name: "newer format version",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .roundStopped, prev: prev),
            change: { $0["v"] = 5 }, expected: "format version 5 is newer"),
        SchemaBrokenLine(
            name: "uppercase hash",
            record: EventRecord(seq: 7, at: at, by: "kari", event: .roundStopped, prev: prev),
            change: { $0["prev"] = prev.uppercased() }, expected: "prev: 'ABAB"),
        SchemaBrokenLine(
            name: "null instead of absent",
            record: EventRecord(
                seq: 8, at: at, by: "ola", event: .noteAdded(NoteAdded(text: "Kaffi på pauserommet.", item: nil, round: nil, speaker: nil)),
                prev: prev),
            change: { $0["speaker"] = NSNull() }, expected: "speaker: None is not of type 'string'"),
        SchemaBrokenLine(
            name: "bad day",
            record: EventRecord(
                seq: 12, at: at, by: "ola",
                event: .actionAdded(Action(id: "a1", what: "Ring brukarrådet", who: "per", due: Day("2026-12-01"), item: "s1")), prev: prev),
            change: { $0["due"] = "1.12.2026" }, expected: "due: '1.12.2026' does not match"),
        SchemaBrokenLine(
            name: "meetingCreated not first",
            record: EventRecord(seq: 1, at: at, by: "kari", event: .meetingCreated(Fixture.created(items: [])), prev: LineCodec.firstPrev),
            change: { $0["seq"] = 2 }, expected: "seq: 1 was expected"),
    ]
}

// MARK: - Scenarios

/// Meetings driven through the real writer, between them writing every event type.
enum SchemaScenario {
    static func item(_ id: String, _ kind: ItemKind, _ title: String, owner: ParticipantID, text: String = "", configure: (inout ItemDraft) -> Void = { _ in })
        -> ItemSpec
    {
        var draft = ItemDraft(kind: kind, title: title, owner: owner, text: text)
        configure(&draft)
        return ItemSpec(id: ItemID(id), draft: draft, steps: Fixture.recipe(kind).steps)
    }

    /// A whole meeting: attendance, agenda changes, check-in, the follow-up of an earlier
    /// meeting (an action done, one carried, a decision kept, one taken up again), a decision with an objection
    /// integrated, a decision item turned discussion, a withdrawn and a postponed item, actions,
    /// notes, an undo, and the closing round.
    static func fullMeeting() throws -> URL {
        let h = try Harness(
            items: [
                item("s1", .decision, "Heimekontor onsdagar", owner: "kari", text: "Prøveordning i tre månader.") {
                    $0.proposal = "Vi prøver heimekontor onsdagar."
                    $0.timebox = 20
                    $0.infoDrøft = true
                    $0.replaces = DecisionRef(meeting: "2026-09-14-1400-teammote", item: "s3")
                },
                item("s2", .decision, "Ny turnus for helgane", owner: "ola"),
                item("s3", .discussion, "Samarbeid med legekontoret", owner: "per"),
                item("s4", .information, "Sjukefråvær hausten", owner: "kari") { $0.exemption = "offl. § 13" },
                item("s5", .session, "Korleis tek vi imot nye tilsette?", owner: "ingrid") { $0.recipe = "okt-test" },
                item("s6", .ourProblem, "Når pårørande ringjer heim til oss", owner: "ingrid") { $0.recipe = "vaart-problem" },
            ], checkIn: "Kva har du med deg inn i møtet i dag?")
        try h.attend()
        try h.run(.setAttendance("per", .absent))
        try h.run(.setAttendance("per", .present))
        try h.run(.addGuest("lars", name: "Lars Fjeld"))
        try h.run(.declareUgild("ingrid", item: "s2", reason: "Sambuaren min er tilsett i helgeturnusen."))
        try h.run(.liftExemption("s4", reason: "Talet er alt offentleg i årsmeldinga."))
        try h.run(.undo)
        try h.run(.addItem(ItemDraft(kind: .information, title: "Nytt frå leiargruppa", owner: "kari"), recipe: Fixture.recipe(.information)))
        try h.run(
            .editItem(
                "s7", ItemDraft(kind: .information, title: "Nytt frå leiargruppa", owner: "kari", text: "Budsjett 2027.", timebox: 5),
                recipe: Fixture.recipe(.information)))
        try h.run(.moveItem("s7", to: 0))
        try h.run(.removeItem("s7"))
        try h.run(.addNote("Hugs å sende innkallinga til Lars.", speaker: nil), by: "ola")
        try h.run(.undo)

        try h.run(.openMeeting)
        try h.run(.chooseFirstSpeaker("per"))
        try h.run(.undo)
        try h.run(.chooseFirstSpeaker("ola"))
        try h.run(.speak("ola"))
        try h.run(.pass("ingrid"))
        try h.run(.stopRound)

        try h.run(.setFollowUpStatus(Fixture.followUp[0].reference, .done))
        try h.run(.setFollowUpStatus(Fixture.followUp[1].reference, .open))
        try h.run(.keepDecision(Fixture.reviewDue[0].reference, nextReview: Day("2027-05-01")))
        try h.run(.redecide(Fixture.reviewDue[1].reference, recipe: Fixture.recipe(.decision)))

        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.addNote("Kven tek telefonen når alle er heime?", speaker: "per"), by: "ola")
        try h.run(.recordUnionView("Fagforbundet støttar prøveordninga om ho blir evaluert med dei tilsette."), by: "ola")
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.run(.amend("Vi prøver heimekontor onsdagar i tre månader.", helpers: ["per"], reason: "Tidsavgrensa prøving"))
        try h.run(.addAction(what: "Sette opp vidarekopling av telefonen", who: "ola", due: Day("2026-12-01")), by: "ola")
        try h.run(.nextStep)
        try h.run(.answer("kari", .consent))
        try h.run(.answer("ola", .concern("Kven tek telefonen?")))
        try h.run(.answer("ingrid", .objection("Brukarane må kunne nå oss.")))
        try h.everyoneConsents()
        try h.run(
            .integrate(objector: "ingrid", how: "Telefonen blir vidaresend.", newProposal: "Heimekontor onsdagar i tre månader; telefonen blir vidaresend."))
        try h.run(.runRoundAgain)
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: Day("2027-03-01")))
        try h.run(.setActionStatus("a1", .done), by: "ola")

        try h.run(.startItem("s2"))
        try h.run(.propose("Helgevaktene går på omgang kvar fjerde veke."))
        try h.run(.changeKind("s2", to: Fixture.recipe(.discussion)))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.run(.conclude("Ola lagar eit nytt forslag til neste møte."))
        try h.run(.nextStep)
        try h.run(.addAction(what: "Skrive nytt turnusforslag", who: "ola", due: nil), by: "ola")

        try h.run(.startItem("s3"))
        try h.run(.withdrawItem(reason: "Legekontoret har ikkje svart enno."))
        try h.run(.startItem("s4"))
        try h.run(.postponeItem(reason: nil))

        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.evaluate("ola", score: 4, text: "Hald tida på drøftingssakene."))
        try h.run(.closeMeeting)
        return h.url
    }

    /// The least a log can hold: no agenda, no facilitator or scribe, events with no `by`.
    static func bareMeeting() throws -> URL {
        let url = try temporaryFolder("bare-\(UUID().uuidString)").appendingPathComponent("2026-11-24-1400.jsonl")
        let clock = TestClock()
        let created = MeetingCreated(
            id: UUID(uuidString: "0B9E4C1A-7D2F-4E8B-9A61-3C5D7E8F9012") ?? UUID(), title: "", team: "Heimetenesta Fjordvik",
            scheduledAt: Date(timeIntervalSince1970: 1_795_500_000),
            participants: [
                Participant(id: "kari", name: "Kari Nordvik"), Participant(id: "åse2", name: "Åse Li", roles: [.unionRepresentative, .safetyRepresentative]),
            ],
            items: [])
        let writer = try MeetingLogWriter.create(at: url, created, by: nil, clock: clock.read)
        try writer.submit(.setAttendance("kari", .present), by: nil)
        try writer.submit(.openMeeting, by: nil)
        try writer.submit(.speak("kari"), by: nil)
        return url
    }

    /// Removes the `runde-tests-…` folder that ``temporaryFolder(_:)`` made for `url`.
    static func removeTemporaryFolder(_ url: URL) {
        var folder = url
        while !folder.lastPathComponent.hasPrefix("runde-tests-") {
            guard folder.pathComponents.count > 2 else { return }
            folder.deleteLastPathComponent()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The file's lines, without line feeds.
    static func lines(of url: URL) throws -> [Data] {
        try Data(contentsOf: url).split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
    }
}

// MARK: - The repository, the doc and the validator

enum SchemaRepository {
    /// The package root: three levels above this file (`Tests/RundeCoreTests/SchemaTests.swift`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schema = root.appendingPathComponent("Docs/schema/event.schema.json")
    static let formatDoc = root.appendingPathComponent("Docs/format.md")
    static let validator = root.appendingPathComponent("scripts/validate-logs.py")
}

enum SchemaFormatDoc {
    struct Line {
        /// 1-based line number in the Markdown file.
        var number: Int
        var text: String
    }

    /// The non-blank lines of each ```json block, in order.
    static func jsonBlocks(_ doc: String) -> [[Line]] {
        var blocks: [[Line]] = []
        var current: [Line]?
        for (index, raw) in doc.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if current == nil {
                if line.hasPrefix("```"), line.dropFirst(3).split(separator: " ").first == "json" { current = [] }
            } else if line.hasPrefix("```") {
                blocks.append(current ?? [])
                current = nil
            } else if !line.isEmpty {
                current?.append(Line(number: index + 1, text: String(raw)))
            }
        }
        return blocks
    }

    static func exampleLines(_ doc: String) throws -> [Line] {
        let lines = jsonBlocks(doc).flatMap { $0 }
        try #require(!lines.isEmpty, "Docs/format.md has no ```json examples")
        return lines
    }
}

/// Runs `scripts/validate-logs.py` with python3.
enum SchemaValidator {
    struct Run {
        var status: Int32
        var output: String
    }

    struct Unavailable: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String], schema: URL = SchemaRepository.schema) throws -> Run {
        if let unavailable = toolsMissing { throw unavailable }
        return try python([SchemaRepository.validator.path, schema.path] + arguments)
    }

    /// Why the validator cannot run — python3 or its jsonschema package missing — or nil.
    /// Checked once per test process; a test that needs the validator then fails saying so.
    static let toolsMissing: Unavailable? = {
        let check: Run
        do { check = try python(["-c", "from jsonschema import Draft202012Validator"]) } catch {
            return Unavailable(description: "cannot start python3 (\(error)); these tests need python3 with the jsonschema package")
        }
        if check.status == 127 {
            return Unavailable(description: "python3 is not on PATH; these tests need python3 with the jsonschema package (pip install jsonschema)")
        }
        if check.status != 0 {
            return Unavailable(description: "python3 cannot import jsonschema's Draft202012Validator; run `pip install jsonschema` (4.x):\n\(check.output)")
        }
        return nil
    }()

    private static func python(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }
}
