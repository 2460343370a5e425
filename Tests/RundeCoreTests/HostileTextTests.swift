import Foundation
import Testing

@testable import RundeCore

@Suite("Control characters")
struct ControlCharacterTests {
    @Test func theClassification() {
        let unsafe: [UInt32] =
            [0x00, 0x07, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x061C, 0x200E, 0x200F]
            + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in unsafe {
            #expect(Unicode.Scalar(value).map(ControlCharacters.isUnsafe) == true, "U+\(String(value, radix: 16))")
        }
        let safe: [UInt32] = [0x09, 0x0A, 0x20, 0x41, 0xA0, 0xE6, 0xF8, 0x200B, 0x200D, 0x2028, 0x2400, 0x241B, 0xFEFF, 0x1F600]
        for value in safe {
            #expect(Unicode.Scalar(value).map(ControlCharacters.isUnsafe) == false, "U+\(String(value, radix: 16))")
        }
    }

    @Test func theVisibleForms() {
        #expect(ControlCharacters.visible("a\u{1B}[31mb\u{07}\u{0}\u{0D}") == "a␛[31mb␇␀␍")
        #expect(ControlCharacters.visible("\u{7F}\u{9B}\u{202E}\u{2066}\u{61C}") == "␡\\u{009B}\\u{202E}\\u{2066}\\u{061C}")
        #expect(ControlCharacters.visible("line\n\ttab æøå 👍🏽") == "line\n\ttab æøå 👍🏽")
        #expect("x\u{1B}".visibleControls == "x␛")
        #expect(!ControlCharacters.containsUnsafe(ControlCharacters.visible((0...0x9F).compactMap(Unicode.Scalar.init).map(String.init).joined())))
    }

    @Test func jsonEscapesDecodeToTheSameText() throws {
        let text = "a\u{1B}b\u{7F}c\u{85}d\u{202E}e\u{2069}"
        let json = String(decoding: try JSONEncoder().encode([text]), as: UTF8.self)
        let escaped = ControlCharacters.escapingJSON(json)
        #expect(!ControlCharacters.containsUnsafe(escaped))
        #expect(escaped.contains("\\u007f") && escaped.contains("\\u0085") && escaped.contains("\\u202e"))
        #expect(try JSONDecoder().decode([String].self, from: Data(escaped.utf8)) == [text])
    }

    @Test func firstUnsafeHasLineAndColumn() throws {
        let found = try #require(ControlCharacters.firstUnsafe(in: "ab\ncdæ\u{202E}x"))
        #expect(found.scalar == "\u{202E}")
        #expect(found.line == 2)
        #expect(found.column == 4)
    }
}

@Suite("Agenda: hostile text and limits")
struct AgendaLimitTests {
    private func problems(_ text: String) -> [AgendaProblem] {
        guard case .failure(let error) = AgendaParser.parse(text, file: "agenda.txt") else { return [] }
        return error.problems
    }

    @Test func controlsAnywhereInTheFileAreRefusedWithLineAndColumn() {
        let text = "informasjon: Om @kari\n  Tekst med \u{202E}snudd\navgjerd: Ny \u{9B}rutine @per\n  forslag: Ja\u{7}\n"
        let found = problems(text)
        #expect(found.map(\.cause) == [.controlCharacter("\u{202E}"), .controlCharacter("\u{9B}"), .controlCharacter("\u{7}")])
        #expect(found.map(\.line) == [2, 3, 4])
        #expect(found.map(\.column) == [13, 13, 14])
        #expect(found[0].description.hasPrefix("agenda.txt:2: Linja inneheld eit kontrollteikn (\\u{202E})"))
        #expect(found[0].line(.nb).hasPrefix("agenda.txt:2: Linjen inneholder et kontrolltegn"))
    }

    @Test func tabsAndWindowsLineEndsAreStillFine() throws {
        let text = "informasjon: Om oss @kari\r\n\tTekst\twith tab\r\n"
        let drafts = try AgendaParser.parse(text, file: "agenda.txt").get()
        #expect(drafts.count == 1)
    }

    @Test func anOverSizeFileIsRefusedBeforeParsing() {
        var data = Data(repeating: 0x20, count: Limits.agendaFileBytes + 1)
        data.replaceSubrange(0..<5, with: Data("info:".utf8))
        guard case .failure(let error) = AgendaParser.parse(data, file: "a.txt") else {
            Issue.record("expected a problem")
            return
        }
        #expect(error.problems.map(\.cause) == [.fileTooLarge(bytes: Limits.agendaFileBytes + 1, limit: Limits.agendaFileBytes)])
        #expect(
            error.description
                == "a.txt: Fila er større enn 256 KiB, som er det meste ei agendafil kan vere. Er det rett fil? Ei saksliste er nokre få sider tekst.")
    }

    /// An endless file is read no further than one byte past the limit.
    @Test func anEndlessFileIsRefused() throws {
        let result = try AgendaParser.parse(contentsOf: URL(fileURLWithPath: "/dev/zero"), file: "/dev/zero")
        guard case .failure(let error) = result else {
            Issue.record("expected a problem")
            return
        }
        #expect(error.problems.map(\.cause) == [.fileTooLarge(bytes: Limits.agendaFileBytes + 1, limit: Limits.agendaFileBytes)])
    }

    @Test func tooManyItemsAreRefusedAtTheFirstOneTooMany() {
        let text = String(repeating: "informasjon: Ei sak @kari 5m\n", count: Limits.itemsPerMeeting + 3)
        let found = problems(text)
        #expect(found.map(\.cause) == [.tooManyItems(count: Limits.itemsPerMeeting + 3, limit: Limits.itemsPerMeeting)])
        #expect(found.map(\.line) == [Limits.itemsPerMeeting + 1])
        #expect(problems(String(repeating: "informasjon: Ei sak @kari 5m\n", count: Limits.itemsPerMeeting)).isEmpty)
    }

    @Test func anOverLongTextIsRefusedAtItsItem() {
        let long = String(repeating: "ord ", count: Limits.textCharacters / 4 + 1)
        let found = problems("informasjon: Kort @kari\ndrøfting: Lang @kari\n  \(long)\n")
        #expect(found.map(\.cause) == [.textTooLong(limit: Limits.textCharacters)])
        #expect(found.map(\.line) == [2])
    }

    /// The largest agenda the limit allows parses in about linear time: the same file twice as
    /// long takes no more than a few times as long (a quadratic parser takes four times as long).
    @Test func parsingIsRoughlyLinear() {
        func agenda(_ items: Int) -> String {
            (0..<items).map { i in
                "avgjerd: Sak \(i) om noko viktig @kari 10m\n" + String(repeating: "  Bakgrunn for saka, med æøå og meir tekst på kvar line.\n", count: 40)
                    + "  forslag: Vi gjer det.\n"
            }.joined()
        }
        let small = agenda(50)
        let large = agenda(100)
        #expect(large.utf8.count < Limits.agendaFileBytes)
        let clock = ContinuousClock()
        let smallTime = clock.measure { _ = AgendaParser.parse(small, file: "a.txt") }
        let largeTime = clock.measure { _ = AgendaParser.parse(large, file: "a.txt") }
        #expect(largeTime < smallTime * 6 + .milliseconds(50), "\(smallTime) for 50 items, \(largeTime) for 100")
    }
}

@Suite("Team and recipe files: hostile text and limits")
struct TeamFileHostileTests {
    private func problems(_ text: String) -> [TeamFileError] {
        do {
            _ = try TeamFile.parse(text)
            return []
        } catch {
            guard case .invalid(let errors) = error else { return [] }
            return errors
        }
    }

    @Test func anEscapeInATOMLStringIsRefusedAtItsLine() {
        let found = problems("name = \"Lag\"\n\n[[members]]\nid = \"kari\"\nname = \"Kari \\u001B]0;X\\u0007\"\n")
        #expect(found.map(\.problem) == [.controlCharacter(key: "name", "\u{1B}")])
        #expect(found.map(\.line) == [5])
        #expect(found.first?.description.hasPrefix("team.toml:5: `name` inneheld eit kontrollteikn (\\u{001B}).") == true)
    }

    @Test func aRawBidiOverrideInARoleIsRefusedAtItsLine() {
        let found = problems("name = \"Lag\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\nroles = [\n  \"fasilitator\",\n  \"skrivar\u{202E}\",\n]\n")
        #expect(found.map(\.problem) == [.controlCharacter(key: "roles", "\u{202E}")])
        #expect(found.map(\.line) == [7])
    }

    @Test func aControlOnTheSecondLineOfAMultiLineTextIsFoundThere() {
        let found = problems("name = \"Lag\"\npurpose = \"\"\"\nGode tenester\nheime \u{9B}31m\n\"\"\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\n")
        #expect(found.map(\.problem) == [.controlCharacter(key: "purpose", "\u{9B}")])
        #expect(found.map(\.line) == [4])
    }

    @Test func anOverLongNameIsRefused() {
        let found = problems("name = \"\(String(repeating: "x", count: Limits.textCharacters + 1))\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\n")
        #expect(found.map(\.problem) == [.textTooLong(key: "name", limit: Limits.textCharacters)])
    }

    @Test func aRecipeStepTitleWithAControlIsRefusedAtItsLine() {
        let text =
            "id = \"okt-eiga\"\nkind = \"session\"\ntitle = \"Eiga økt\"\n\n[[steps]]\nkey = \"framing\"\nmode = \"round\"\ntitle = \"Kva \\u202Eveit vi?\"\n"
        do {
            _ = try RecipeFile.parse(text, file: "recipes/eiga.toml")
            Issue.record("expected a problem")
        } catch {
            guard case .invalid(let errors) = error else { return }
            #expect(errors.map(\.problem) == [.controlCharacter(key: "title", "\u{202E}")])
            #expect(errors.map(\.location) == ["recipes/eiga.toml:8"])
        }
    }

    @Test func overSizeFilesAreRefusedUnread() throws {
        let folder = try temporaryFolder()
        let filler = "# " + String(repeating: "x", count: 1000) + "\n"
        let team = "name = \"Lag\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\n"
        try (team + String(repeating: filler, count: Limits.teamFileBytes / 1000)).write(
            to: folder.appendingPathComponent("team.toml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("recipes"), withIntermediateDirectories: true)
        try String(repeating: filler, count: Limits.recipeFileBytes / 1000 + 1).write(
            to: folder.appendingPathComponent("recipes/stor.toml"), atomically: true, encoding: .utf8)
        do {
            _ = try TeamFolder.open(folder)
            Issue.record("expected problems")
        } catch {
            guard case .invalid(let errors) = error else { return }
            #expect(errors.map(\.problem) == [.fileTooLarge(limit: Limits.teamFileBytes), .fileTooLarge(limit: Limits.recipeFileBytes)])
            #expect(errors.map(\.location) == ["team.toml", "recipes/stor.toml"])
        }
    }
}

@Suite("Log lines: the length limit")
struct LogLineLimitTests {
    /// A sound first line, as the writer writes it.
    private func firstLine() throws -> Data {
        let created = Fixture.created(items: [])
        let record = EventRecord(seq: 1, at: Date(timeIntervalSince1970: 1_795_000_000), by: "kari", event: .meetingCreated(created), prev: LineCodec.firstPrev)
        return try LineCodec.encode(record) + Data([0x0A])
    }

    /// The too-long line is garbage past the limit: had it been decoded, the error would be
    /// "not JSON"; it is "too long", found from its first bytes.
    @Test func anOverLongLineIsReportedWithoutBeingRead() throws {
        let first = try firstLine()
        var bytes = first
        bytes.append(Data("{\"at\":".utf8))
        bytes.append(Data(repeating: 0xFF, count: Limits.logLineBytes + 10))
        bytes.append(0x0A)
        let url = URL(fileURLWithPath: "/tmp/mote.jsonl")
        #expect(throws: LogError(file: url.path, line: 2, offset: first.count, cause: .lineTooLong(limit: Limits.logLineBytes))) {
            try MeetingLog.parse(bytes, url: url)
        }
        let message = LogError(file: "m.jsonl", line: 2, offset: 500, cause: .lineTooLong(limit: Limits.logLineBytes)).message(.en)
        #expect(message == "m.jsonl:2: the line is longer than 1048576 bytes, the most a line of a meeting log may be; runde does not read it (from byte 500)")
    }

    /// Reading a file stops soon after a line runs past the limit: a huge line is not read.
    @Test func readingStopsAtAnOverLongLine() throws {
        let url = try temporaryFolder().appendingPathComponent("m.jsonl")
        let first = try firstLine()
        try (first + Data(repeating: 0x78, count: 16 << 20) + Data([0x0A])).write(to: url)
        let read = try MeetingLog.readBytes(url)
        #expect(read.count <= first.count + Limits.logLineBytes + (1 << 20) + 1, "read \(read.count) bytes of \(16 << 20)")
        #expect(throws: LogError(file: url.path, line: 2, offset: first.count, cause: .lineTooLong(limit: Limits.logLineBytes))) {
            try MeetingLog.read(url)
        }
        // Lines within the limit are read whole, across chunks, and so is a last line without
        // its line feed.
        var lines = Data()
        for _ in 0..<3000 { lines.append(Data(repeating: 0x78, count: 999) + Data([0x0A])) }
        lines.append(Data(repeating: 0x79, count: 500))
        try lines.write(to: url)
        #expect(try MeetingLog.readBytes(url) == lines)
    }

    /// The writer never writes a line the readers would refuse.
    @Test func theWriterRefusesAnOverLongLine() throws {
        let text = String(repeating: "x", count: Limits.textCharacters)
        let items = (1...Limits.itemsPerMeeting).map { n in
            ItemSpec(
                id: ItemID("s\(n)"), draft: ItemDraft(kind: .decision, title: text, owner: "kari", text: text, proposal: text),
                steps: Fixture.recipe(.decision).steps)
        }
        let url = try temporaryFolder().appendingPathComponent("m.jsonl")
        #expect(throws: LogError(file: url.path, cause: .lineTooLong(limit: Limits.logLineBytes))) {
            _ = try MeetingLogWriter.create(at: url, Fixture.created(items: items), by: "kari")
        }
    }

    /// A long last line with no line feed is too long, not a torn tail: runde never wrote it.
    @Test func anOverLongLastLineIsNotATornTail() throws {
        let first = try firstLine()
        let bytes = first + Data(repeating: 0x78, count: Limits.logLineBytes + 1)
        #expect(throws: LogError(file: "/tmp/m.jsonl", line: 2, offset: first.count, cause: .lineTooLong(limit: Limits.logLineBytes))) {
            try MeetingLog.parse(bytes, url: URL(fileURLWithPath: "/tmp/m.jsonl"))
        }
        let torn = try MeetingLog.parse(first + Data(repeating: 0x78, count: Limits.logLineBytes), url: URL(fileURLWithPath: "/tmp/m.jsonl"))
        #expect(torn.tornTail?.length == Limits.logLineBytes)
    }

    /// A line of exactly the limit is read (and here found not to be JSON).
    @Test func aLineOfExactlyTheLimitIsRead() throws {
        let first = try firstLine()
        let bytes = first + Data(repeating: 0x78, count: Limits.logLineBytes) + Data([0x0A])
        #expect(throws: LogError.self) { try MeetingLog.parse(bytes, url: URL(fileURLWithPath: "/tmp/m.jsonl")) }
        do { _ = try MeetingLog.parse(bytes, url: URL(fileURLWithPath: "/tmp/m.jsonl")) } catch {
            if case .notJSON = error.cause {} else { Issue.record("expected notJSON, got \(error.cause)") }
        }
    }
}

@Suite("A meeting plan: hostile text and limits")
struct MeetingPlanHostileTests {
    private func refusal(_ plan: MeetingPlan) -> Refusal? {
        do {
            _ = try plan.created(recipes: .builtIn)
            return nil
        } catch {
            return error.refusal
        }
    }

    @Test func aControlInANameTitleOrItemIsRefused() {
        let team = Team(name: "Lag", members: [.init(id: "kari", name: "Kari", roles: [.facilitator])])
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(refusal(MeetingPlan(title: "Møte", team: team, agenda: [], scheduledAt: at)) == nil)
        #expect(refusal(MeetingPlan(title: "Møte\u{1B}[2J", team: team, agenda: [], scheduledAt: at)) == .controlCharacter("\u{1B}"))
        let hostileTeam = Team(name: "Lag", members: [.init(id: "kari", name: "Kari\u{202E}", roles: [])])
        #expect(refusal(MeetingPlan(title: "Møte", team: hostileTeam, agenda: [], scheduledAt: at)) == .controlCharacter("\u{202E}"))
        let item = ItemDraft(kind: .information, title: "Sak", owner: "kari", text: "Tekst\u{9B}")
        #expect(refusal(MeetingPlan(title: "Møte", team: team, agenda: [item], scheduledAt: at)) == .controlCharacter("\u{9B}"))
        let many = Array(repeating: ItemDraft(kind: .information, title: "Sak", owner: "kari"), count: Limits.itemsPerMeeting + 1)
        #expect(refusal(MeetingPlan(title: "Møte", team: team, agenda: many, scheduledAt: at)) == .tooManyItems(limit: Limits.itemsPerMeeting))
    }
}
