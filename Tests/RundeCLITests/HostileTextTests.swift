import Foundation
import RundeTestSupport
import Testing

/// Nothing hostile reaches a terminal: text with terminal controls is refused where it enters,
/// and shown visibly wherever an old or hand-written log still brings it out.
@Suite struct HostileOutputTests {
    static let week38 = "meetings/2026-09-14-1400-teammote-veke-38.jsonl"

    /// The example team with week 38 rewritten by hand to hold terminal controls.
    static func hostileTeam(_ name: String = #function) throws -> URL {
        let team = try CLI.exampleTeam(name)
        let url = team.appendingPathComponent(week38)
        try HostileLog.lines(from: url).write(to: url)
        return team
    }

    static func expectClean(_ result: CLIResult, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(HostileLog.unsafeBytes(in: result.stdout).isEmpty, "\(what): stdout", sourceLocation: sourceLocation)
        #expect(HostileLog.unsafeBytes(in: result.stderr).isEmpty, "\(what): stderr", sourceLocation: sourceLocation)
    }

    @Test func theHostileLogIsSoundAndHoldsControls() throws {
        let team = try Self.hostileTeam()
        let bytes = try Data(contentsOf: team.appendingPathComponent(Self.week38))
        #expect(!HostileLog.unsafeBytes(in: bytes).isEmpty, "the log itself holds raw C1 and bidi controls")
        let verify = try CLI.run(["verify", "veke-38"], in: team)
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    @Test(arguments: [
        ["show", "veke-38"], ["decisions"], ["decisions", "--json"], ["actions"], ["actions", "--json"], ["search", "vondt"],
        ["search", "vondt", "--json"], ["export", "veke-38", "--format", "md"], ["export", "veke-38", "--format", "html"],
        ["export", "veke-38", "--format", "json"], ["export", "veke-38", "--public"], ["verify"],
    ])
    func noControlCharacterIsPrinted(_ arguments: [String]) throws {
        let team = try Self.hostileTeam()
        let result = try CLI.run(arguments + ["--lang", "en"], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectClean(result, arguments.joined(separator: " "))
        if arguments != ["verify"] {
            #expect(result.stdout.contains("vondt"), "the hostile text is in the output, shown visibly")
        }
    }

    @Test func theControlsAreShownVisibly() throws {
        let team = try Self.hostileTeam()
        let show = try CLI.run(["show", "veke-38"], in: team)
        #expect(show.stdout.contains("␛\\]0;X␇\\u{009B}31m\\u{202E}nilo\\u{2066}␡ vondt"), "\(show.stdout.prefix(400))")
        let html = try CLI.run(["export", "veke-38", "--format", "html"], in: team)
        #expect(html.stdout.contains("␛]0;X␇\\u{009B}31m\\u{202E}nilo\\u{2066}␡ vondt"))
    }

    /// The hostile log's zone is one no machine knows: `verify` and the minutes name it, visibly.
    @Test func anUnknownZonesNameIsShownVisibly() throws {
        let team = try Self.hostileTeam()
        let visible = "Europe/Oslo ␛]0;X␇\\u{009B}31m\\u{202E}nilo\\u{2066}␡ vondt"
        let verify = try CLI.run(["verify", "veke-38"], in: team)
        #expect(verify.status == 0, "\(verify.stderr)")
        Self.expectClean(verify, "verify")
        #expect(verify.stderr.contains("tidssona «\(visible)» i loggen"), "\(verify.stderr)")
        let html = try CLI.run(["export", "veke-38", "--format", "html"], in: team)
        #expect(html.stdout.contains("tidssona i loggen, «\(visible)»"))
    }

    /// JSON keeps the text: the controls are JSON escapes, and decode to what the log holds.
    @Test(arguments: [["export", "veke-38", "--format", "json"], ["decisions", "--json"]])
    func jsonEscapesTheControls(_ arguments: [String]) throws {
        let team = try Self.hostileTeam()
        let result = try CLI.run(arguments, in: team)
        Self.expectClean(result, "json")
        #expect(result.stdout.lowercased().contains("\\u001b]0;x\\u0007\\u009b31m\\u202enilo\\u2066\\u007f vondt"), "\(result.stdout.prefix(300))")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let text = String(describing: decoded)
        #expect(text.contains("\u{202E}nilo"), "the escapes decode back to the text")
    }

    @Test(arguments: ["md", "html", "json"])
    func exportToAFileHoldsNoControl(format: String) throws {
        let team = try Self.hostileTeam()
        let result = try CLI.run(["export", "veke-38", "--format", format, "-o", "referat.\(format)"], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: team.appendingPathComponent("referat.\(format)"))
        #expect(HostileLog.unsafeBytes(in: written).isEmpty)
        #expect(String(decoding: written, as: UTF8.self).contains("vondt"))
    }

    /// An error that quotes a log line shows its controls visibly too.
    @Test func anErrorQuotingTheLogIsClean() throws {
        let team = try CLI.exampleTeam()
        try Data("\u{1B}[2J\u{9B}0m not json\n".utf8).write(to: team.appendingPathComponent("meetings/rot.jsonl"))
        let result = try CLI.run(["show", "rot"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("rot.jsonl:1:"))
        #expect(result.stderr.contains("␛[2J"))
        Self.expectClean(result, "show rot")
    }

    /// No file of the CLI writes to the standard streams but `Console.swift`: `print` does not
    /// compile there, and these are the other ways around it.
    @Test func onlyTheConsoleWrites() throws {
        let folder = CLI.repository.appendingPathComponent("Sources/runde")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "Console.swift" {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for way in ["Swift.print(", "FileHandle.standard", "fputs(", "fwrite(", "putchar(", "write(1", "write(2", "stdout", "stderr"] {
                #expect(!source.contains(way), "\(name) writes with \(way); write through Console")
            }
        }
    }
}

/// Text with terminal controls is refused where it enters through the CLI.
@Suite struct HostileInputTests {
    @Test func aTitleWithAnEscapeIsAUsageError() throws {
        let team = try CLI.exampleTeam()
        let before = CLI.meetings(in: team)
        let result = try CLI.run(["new", "Møte \u{1B}]0;X\u{07}"], in: team)
        #expect(result.status == 64)
        #expect(result.stderr.contains("TITLE inneheld eit kontrollteikn (\\u{001B})"), "\(result.stderr)")
        HostileOutputTests.expectClean(result, "new")
        #expect(CLI.meetings(in: team) == before)
        let english = try CLI.run(["new", "Møte \u{202E}", "--lang", "en"], in: team)
        #expect(english.status == 64)
        #expect(english.stderr.contains("TITLE holds a control character (\\u{202E})"))
    }

    @Test func initRefusesControlsInNameAndMembers() throws {
        let dir = try CLI.scratch()
        let name = try CLI.run(["init", "lag", "--name", "Lag\u{9B}", "--member", "kari:Kari"], in: dir)
        #expect(name.status == 64)
        #expect(name.stderr.contains("--name"))
        let member = try CLI.run(["init", "lag", "--name", "Lag", "--member", "kari:Kari\u{7}"], in: dir)
        #expect(member.status == 64)
        #expect(member.stderr.contains("--member"))
        HostileOutputTests.expectClean(member, "init")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("lag").path))
    }

    @Test func anAgendaWithAnEscapeIsRefusedWithItsLine() throws {
        let team = try CLI.exampleTeam()
        try "informasjon: Om oss @kari 5m\ninformasjon: T \u{1B}]0;X\u{07} @kari 5m\n".write(
            to: team.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let before = CLI.meetings(in: team)
        let result = try CLI.run(["new", "E", "--agenda", "a.txt"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.txt:2: Linja inneheld eit kontrollteikn (\\u{001B})"), "\(result.stderr)")
        HostileOutputTests.expectClean(result, "new --agenda")
        #expect(CLI.meetings(in: team) == before)
    }

    @Test func anOverSizeAgendaIsRefused() throws {
        let team = try CLI.exampleTeam()
        let line = "informasjon: Ei sak @kari 5m\n"
        try String(repeating: line, count: 300_000 / line.utf8.count).write(to: team.appendingPathComponent("stor.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["new", "E", "--agenda", "stor.txt", "--lang", "en"], in: team)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stor.txt: The file is larger than 256 KiB"), "\(result.stderr)")
    }

    @Test func aTeamFileWithAControlIsRefusedWithItsLine() throws {
        let dir = try CLI.scratch()
        try "name = \"Lag\"\n\n[[members]]\nid = \"kari\"\nname = \"Kari \\u001B[31m\"\n".write(
            to: dir.appendingPathComponent("team.toml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["new", "Møte"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("team.toml:5: `name` inneheld eit kontrollteikn (\\u{001B})"), "\(result.stderr)")
        #expect(CLI.meetings(in: dir).isEmpty)
    }

    /// A log line longer than the limit is reported with its line, and not read.
    @Test func anOverLongLogLineIsReportedWithItsLine() throws {
        let team = try CLI.exampleTeam()
        let url = team.appendingPathComponent(HostileOutputTests.week38)
        var bytes = try Data(contentsOf: url)
        let lines = bytes.split(separator: 0x0A)
        let offset = lines.prefix(2).reduce(0) { $0 + $1.count + 1 }
        bytes = Data(lines.prefix(2).joined(separator: [0x0A])) + Data([0x0A]) + Data(repeating: 0x78, count: 3 << 20) + Data([0x0A])
        try bytes.write(to: url)
        let result = try CLI.run(["verify", "veke-38", "--lang", "en"], in: team)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "veke-38.jsonl:3: the line is longer than 1048576 bytes, the most a line of a meeting log may be; runde does not read it (from byte \(offset))"),
            "\(result.stderr)")
    }
}
