import Foundation
import Glibc
import Testing

/// `runde run` in a real terminal: tmux at 80x24 runs the binary, `send-keys` types as the
/// facilitator would, `capture-pane` reads the screen, and the log that comes out is checked
/// with `runde verify` and jq.
@Suite(.serialized) struct TmuxTests {
    /// A scratch copy of the example team whose agenda is one decision item.
    static func team(_ name: String = #function) throws -> URL {
        let team = try CLI.exampleTeam(name)
        let agenda = """
            avgjerd: Ny vaktordning @kari 20m
              forslag: Vi prøver ny vaktordning i tre månader.

            """
        try agenda.write(to: team.appendingPathComponent("agenda.txt"), atomically: true, encoding: .utf8)
        return team
    }

    /// `runde` with `arguments` (shell words), run in `team`.
    static func runde(in team: URL, _ arguments: String) -> String {
        "cd '\(team.path)' && '\(CLI.products.appendingPathComponent("runde").path)' \(arguments)"
    }

    /// The item the example team's veke 42 postponed, which a new meeting would carry.
    static let postponedInWeek42 = "2026-10-12-1400-teammote-veke-42#s4"

    /// A new meeting, planned from the team's agenda (without what veke 42 postponed) and run live.
    static func runCommand(in team: URL, _ arguments: String = "") -> String {
        runde(in: team, "run --title 'Prøvemøte' --drop '\(postponedInWeek42)' \(arguments)")
    }

    /// The newest meeting log in `team`: the one `runde run` planned.
    static func newMeeting(in team: URL) throws -> URL {
        let name = try #require(CLI.meetings(in: team).first { $0.contains("provemote") })
        return team.appendingPathComponent("meetings").appendingPathComponent(name)
    }

    /// The `runde run` process working in `folder`, found through /proc.
    static func rundeRun(in folder: URL) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).first { pid in
            let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd")
            let arguments = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))).map {
                $0.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            }
            return cwd == folder.path && arguments?.dropFirst().first == "run"
        }
    }

    @Test func aShortMeetingFromCheckInToClose() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        func step(_ key: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            try tmux.keys(key)
            try tmux.waitFor(expected, sourceLocation: sourceLocation)
        }
        func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            try tmux.keys(text, literal: true)
            try tmux.waitFor(text, sourceLocation: sourceLocation)
        }

        // Attendance and the check-in round.
        try tmux.waitFor("Space til stades")
        try step("Space", "[x] Kari Nordvik")
        try tmux.keys("Down")
        try step("Space", "[x] Ola Bakken")
        try step("o", "Innsjekk")
        try tmux.waitFor("Korleis har du det, og er det noko vi bør vite")
        try step("Enter", "▶ Ola Bakken")
        try step("Enter", "Mellom sakene")

        // The decision item: present, two rounds, amend, consent round with an objection.
        try step("Enter", "Steg 1/5")
        try step("Enter", "Steg 2/5")
        try tmux.keys("Enter")
        try step("Enter", "r ny runde")
        try step("Enter", "Steg 3/5")
        try tmux.waitFor("▶ Kari Nordvik")
        try tmux.keys("Enter")
        try step("Enter", "r ny runde")
        try step("Enter", "Steg 4/5")
        // Rounds rotate: Kari opened the reactions, so Ola opens the consent round; the
        // facilitator lets Kari start instead.
        try step("Enter", "? Er det trygt nok å prøve?")
        try tmux.waitFor("▶ Ola Bakken")
        try step("s", "Kven byrjar runden?")
        try step("2", "▶ Kari Nordvik")
        try step("y", "▶ Ola Bakken")
        try step("i", "Innvendinga frå Ola Bakken")
        try type("Brukarane må nå oss på telefon.")
        try step("Enter", "✗ Ola Bakken: Brukarane må nå oss på telefon.")

        // Integrate the objection, amend the proposal, and a new consent round passes.
        try step("i", "Korleis blir innvendinga")
        try type("Telefonen blir vidaresend.")
        try step("Enter", "Forslaget etter integreringa")
        try tmux.keys("End")
        try type(" Vakttelefonen er open.")
        try step("Enter", "✓ Ola Bakken: Brukarane må nå oss på telefon.")
        try step("r", "Samtykkerunde (2.)")
        // Kari opened the first consent round, so Ola opens the second.
        try tmux.waitFor("▶ Ola Bakken")
        try step("y", "▶ Kari Nordvik")
        try step("y", "Samtykkerunden: 2 av 2 samtykte")
        try step("d", "Evalueringsdato")
        try step("Enter", "Kva vil vise om vedtaket verkar?")
        try step("Enter", "Kven må få vite om vedtaket?")
        try step("Enter", "✓1 AVGJ")

        // One action, then the closing round and close.
        try step("h", "kva skal gjerast?")
        try type("Setje opp vidaresending")
        try step("Enter", "Kven gjer det?")
        try step("2", "Frist")
        try step("Enter", "• Setje opp vidaresending — Ola Bakken")
        try step("c", "Utsjekk")
        try tmux.keys("Enter")
        try step("Enter", "Utsjekken er ferdig.")
        try step("Enter", "(j/n)")
        try tmux.keys("j")
        // The screen can be caught halfway through its redraw: wait for both.
        try tmux.waitUntil("the closed meeting's summary") { $0.contains("Takk for i dag!") && $0.contains("Avgjerder: 1 · oppfølgingspunkt: 1 · notat: 0") }
        try tmux.keys("q")  // a closed meeting is left without asking
        let end = try tmux.waitFor("RC=0", history: true)
        #expect(end.contains("Møtet er lagra i"))
        #expect(!end.contains("Hald fram med"), "a closed meeting is not offered to continue")

        // The log: intact, and holding what happened.
        let log = try Self.newMeeting(in: team)
        let verify = try CLI.run(["verify", log.path], in: team)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let counts = try Spawn.run(
            "/usr/bin/jq",
            [
                "-rs",
                #"[(map(select(.type=="decisionRecorded"))|length), (map(select(.type=="objectionIntegrated"))|length), (map(select(.type=="actionAdded"))|length), last.type] | @tsv"#,
                log.path,
            ],
            environment: [])
        #expect(counts.status == 0)
        #expect(counts.output == "1\t1\t1\tmeetingClosed\n")
        let decision = try Spawn.run("/usr/bin/jq", ["-r", #"select(.type=="decisionRecorded") | .text"#, log.path], environment: [])
        #expect(decision.output == "Vi prøver ny vaktordning i tre månader. Vakttelefonen er open.\n")
    }

    /// `jq -c filter` over the meeting log, one JSON value a line.
    static func jq(_ filter: String, _ log: URL) throws -> String {
        try Spawn.run("/usr/bin/jq", ["-c", filter, log.path], environment: []).output
    }

    /// Presses `key` and waits until the screen shows `expected`.
    static func step(_ tmux: Tmux, _ key: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.keys(key)
        try tmux.waitFor(expected, sourceLocation: sourceLocation)
    }

    /// From between items, through the decision item's present step and its two rounds of
    /// `speakers`, to its consent round.
    static func walkToConsent(_ tmux: Tmux, speakers: Int) throws {
        try step(tmux, "Enter", "Steg 1/5")
        for number in 2...3 {
            try step(tmux, "Enter", "Steg \(number)/5")
            try tmux.waitFor("har ordet")
            for _ in 1..<speakers { try tmux.keys("Enter") }
            try step(tmux, "Enter", "r ny runde")
        }
        try step(tmux, "Enter", "Steg 4/5")
        try step(tmux, "Enter", "? Er det trygt nok å prøve?")
    }

    /// From attendance to the check-in round with Kari alone present, her turn waiting.
    static func openWithKariAlone(_ tmux: Tmux) throws {
        try tmux.waitFor("Space til stades")
        try tmux.keys("Space")
        try tmux.waitFor("[x] Kari Nordvik")
        try tmux.keys("o")
        try tmux.waitFor("▶ Kari Nordvik")
    }

    /// Quits with `q`, `j`, and checks the log is intact.
    static func quitAndVerify(_ tmux: Tmux, team: URL) throws -> URL {
        try step(tmux, "q", "Gå ut av runde?")
        try tmux.keys("j")
        try tmux.waitFor("RC=0", history: true)
        let log = try newMeeting(in: team)
        let verify = try CLI.run(["verify", log.path], in: team)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        return log
    }

    /// Ingrid comes during the check-in round: she is not in it, and is in the rounds after;
    /// the minutes give the time she came.
    @Test func arrivingLateJoinsTheNextRound() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        try Self.step(tmux, "Space", "[x] Kari Nordvik")
        try tmux.keys("Down")
        try Self.step(tmux, "Space", "[x] Ola Bakken")
        try Self.step(tmux, "o", "Innsjekk")
        try Self.step(tmux, "a", "Kven kom eller gjekk?")
        try Self.step(tmux, "3", "Ingrid Sæbø kom ")
        try tmux.keys("Enter")
        try Self.step(tmux, "Enter", "Mellom sakene")
        try Self.step(tmux, "Enter", "Steg 1/5")
        try Self.step(tmux, "Enter", "Steg 2/5")
        // The round after the check-in opens with the next one.
        try tmux.waitUntil("the next round, opened by Ola") { $0.contains("Ingrid Sæbø") && $0.contains("▶ Ola Bakken") }
        let log = try Self.quitAndVerify(tmux, team: team)
        let orders = try Self.jq(#"select(.type=="roundStarted") | .order"#, log)
        #expect(orders == "[\"kari\",\"ola\"]\n[\"ola\",\"ingrid\",\"kari\"]\n", "the check-in round stays as it began")
        let minutes = try CLI.run(["export", log.lastPathComponent.replacingOccurrences(of: ".jsonl", with: ""), "--format", "md"], in: team)
        #expect(minutes.stdout.contains("Ingrid Sæbø"))
        #expect(
            minutes.stdout.contains("- Til stades: Kari Nordvik (fasilitator), Ola Bakken (skrivar), Ingrid Sæbø (føremålsvaktar, prognoseansvarleg; kom "),
            "\(minutes.stdout)\(minutes.stderr)")
    }

    /// Ola leaves in the middle of the consent round, before his turn: his turn is dropped, and
    /// the round is completed by those present.
    @Test func leavingDuringAConsentRound() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        try Self.step(tmux, "Space", "[x] Kari Nordvik")
        try tmux.keys("Down")
        try Self.step(tmux, "Space", "[x] Ola Bakken")
        try tmux.keys("Down")
        try Self.step(tmux, "Space", "[x] Ingrid Sæbø")
        try Self.step(tmux, "o", "Innsjekk")
        try tmux.keys("Enter", "Enter")
        try Self.step(tmux, "Enter", "Mellom sakene")
        try Self.walkToConsent(tmux, speakers: 3)
        try Self.step(tmux, "y", "▶ Ola Bakken")
        try Self.step(tmux, "a", "Kven kom eller gjekk?")
        try Self.step(tmux, "2", "Ola Bakken gjekk ")
        try tmux.waitFor("▶ Ingrid Sæbø")
        try Self.step(tmux, "y", "Samtykkerunden: 2 av 2 samtykte")
        try Self.step(tmux, "d", "Evalueringsdato")
        try Self.step(tmux, "Enter", "Kva vil vise om vedtaket verkar?")
        try Self.step(tmux, "Enter", "Kven må få vite om vedtaket?")
        try Self.step(tmux, "Enter", "✓1 AVGJ")
        let log = try Self.quitAndVerify(tmux, team: team)
        #expect(try Self.jq(#"select(.type=="decisionRecorded") | .consents"#, log) == "[\"kari\",\"ingrid\"]\n")
        #expect(try Self.jq(#"select(.type=="attendanceSet" and .attendance=="absent") | .participant"#, log) == "\"ola\"\n")
    }

    /// A guest speaks in the rounds, is shown as not in the consent round, and is not among
    /// the decision's consents.
    @Test func aGuestIsLeftOutOfConsent() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        try Self.step(tmux, "Space", "[x] Kari Nordvik")
        try tmux.keys("Down")
        try Self.step(tmux, "Space", "[x] Ola Bakken")
        try Self.step(tmux, "g", "Namnet til gjesten")
        try tmux.keys("Lars Fjeld", literal: true)
        try tmux.waitFor("Lars Fjeld")
        try Self.step(tmux, "Enter", "[g] Lars Fjeld")
        try Self.step(tmux, "o", "Innsjekk")
        try tmux.keys("Enter", "Enter")
        try Self.step(tmux, "Enter", "Mellom sakene")
        try Self.walkToConsent(tmux, speakers: 3)
        try tmux.waitFor("gjest, ikkje med i")
        try Self.step(tmux, "y", "▶ Ola Bakken")
        try Self.step(tmux, "y", "Samtykkerunden: 2 av 2 samtykte")
        try Self.step(tmux, "d", "Evalueringsdato")
        try Self.step(tmux, "Enter", "Kva vil vise om vedtaket verkar?")
        try Self.step(tmux, "Enter", "Kven må få vite om vedtaket?")
        try Self.step(tmux, "Enter", "✓1 AVGJ")
        let log = try Self.quitAndVerify(tmux, team: team)
        let orders = try Self.jq(#"select(.type=="roundStarted") | [.purpose, .order]"#, log)
        #expect(orders.contains(#"["item",["ola","lars-fjeld","kari"]]"#), "ordinary rounds keep the guest")
        #expect(orders.contains(#"["consent",["kari","ola"]]"#))
        #expect(try Self.jq(#"select(.type=="decisionRecorded") | .consents"#, log) == "[\"kari\",\"ola\"]\n")
    }

    /// Ctrl-C quits, SIGTERM and SIGHUP stop, a crash (SIGSEGV) dies saying where the log is:
    /// every way the terminal is restored, the log is intact, and running the meeting again
    /// picks up where it stopped.
    @Test(arguments: [("C-c", "RC=0"), ("SIGTERM", "RC=143"), ("SIGHUP", "RC=129"), ("SIGSEGV", "RC=139")])
    func stoppingRestoresTheTerminalAndKeepsTheLog(how: String, exit: String) throws {
        let team = try Self.team("stopping\(how)")
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        try tmux.keys("Space")
        try tmux.waitFor("[x] Kari Nordvik")
        try tmux.keys("o")
        try tmux.waitFor("Innsjekk")
        let signals = ["SIGTERM": SIGTERM, "SIGHUP": SIGHUP, "SIGSEGV": SIGSEGV]
        if let signal = signals[how] {
            let pid = try #require(Self.rundeRun(in: team), "no runde run found in \(team.path)")
            kill(pid, signal)
        } else {
            try tmux.keys(how)
        }
        let end = try tmux.waitFor(exit, history: true)
        #expect(end.contains(how == "SIGSEGV" ? "runde stoppa uventa. Møtet er lagra i" : "Møtet er lagra i"))
        #expect(!end.contains("Innsjekk"), "the shell's screen is back")
        let log = try Self.newMeeting(in: team)
        #expect(try CLI.run(["verify", log.path], in: team).status == 0)

        let again = try Tmux()
        try again.start(Self.runde(in: team, "run '\(log.path)'"))
        try again.waitFor("Innsjekk")
        try again.waitFor("▶ Kari Nordvik")
    }

    /// `runde run` without a meeting offers the one not closed; quitting says how to continue
    /// it; a meeting planned and never opened is offered for use rather than left behind.
    @Test func runWithoutAMeetingOffersTheUnfinishedOne() throws {
        let team = try Self.team()
        let first = try Tmux()
        try first.start(Self.runCommand(in: team))
        try first.waitFor("Space til stades")
        try first.keys("q")
        try first.waitFor("Gå ut av runde?")
        try first.keys("j")
        let name = try Self.newMeeting(in: team).deletingPathExtension().lastPathComponent
        let quit = try first.waitFor("RC=0", history: true)
        #expect(quit.contains("Hald fram med: runde run \(name)"))

        let unopened = try Tmux()
        try unopened.start(Self.runde(in: team, "run"))
        try unopened.waitFor("Møtet «Prøvemøte» er planlagt, men ikkje opna. Bruke det? [J/n]")
        try unopened.keys("Enter")
        try unopened.waitFor("Space til stades")
        try unopened.keys("Space")
        try unopened.waitFor("[x] Kari Nordvik")
        try unopened.keys("o")
        try unopened.waitFor("Innsjekk")
        try unopened.keys("C-c")
        try unopened.waitFor("RC=0", history: true)
        #expect(CLI.meetings(in: team).count { $0.contains("provemote") } == 1, "no second meeting was planned")

        let again = try Tmux()
        try again.start(Self.runde(in: team, "run"))
        try again.waitFor("Møtet «Prøvemøte» er ikkje avslutta. Halde fram med det? [J/n]")
        try again.keys("Enter")
        try again.waitFor("▶ Kari Nordvik")
    }

    /// A matter raised in the check-in goes on the agenda live, between items: `s` opens the
    /// agenda, `a` adds the item, `K` moves it up, Esc goes back and Enter starts it.
    @Test func addingAnItemLive() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try Self.openWithKariAlone(tmux)
        try tmux.keys("Enter")
        try tmux.waitFor("Mellom sakene")
        try tmux.keys("s")
        try tmux.waitFor("a ny sak")
        try tmux.keys("a")
        try tmux.waitFor("avgjerd:")
        try tmux.keys("End", "C-u")
        try tmux.keys("drøfting: Nøklane til vikarane @kari 10m", literal: true)
        try tmux.waitFor("drøfting: Nøklane til vikarane @kari 10m")
        try tmux.keys("Enter")
        try tmux.waitFor("2 DRØFT")
        try tmux.keys("Down")
        try tmux.keys("K")
        try tmux.waitFor("1 DRØFT")
        try tmux.keys("Escape")
        try tmux.waitFor("Enter start saka")
        try tmux.keys("Enter")
        try tmux.waitFor("Drøftingssak · Steg 1/")
        try tmux.keys("C-c")
        try tmux.waitFor("RC=0", history: true)

        let log = try Self.newMeeting(in: team)
        #expect(try CLI.run(["verify", log.path], in: team).status == 0)
        let events = try Spawn.run(
            "/usr/bin/jq",
            [
                "-rs",
                #"[(map(select(.type=="itemAdded") | .title) | join("|")), (map(select(.type=="itemMoved") | .position) | join("|")), (map(select(.type=="itemStarted") | .item) | join("|"))] | @tsv"#,
                log.path,
            ],
            environment: [])
        #expect(events.output == "Nøklane til vikarane\t0\ts2\n", "\(events.output)")
    }

    /// On a terminal `runde new` asks about each item the meeting before left over: `n` drops
    /// it, and it says so.
    @Test func newAsksWhichItemsToCarry() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runde(in: team, "new 'Teammøte veke 44' --at '2026-11-02 14:00'"))
        try tmux.waitFor("Ta med \(Self.postponedInWeek42) «Innkjøp av nye nøkkelboksar» (utsett")
        try tmux.keys("n", "Enter")
        let end = try tmux.waitFor("RC=0", history: true)
        #expect(end.contains("med 0 saker"))
        #expect(end.contains("Ikkje teke med:"))
        let log = try #require(CLI.meetings(in: team).first { $0.contains("veke-44") })
        #expect(try CLI.run(["verify", "meetings/\(log)"], in: team).status == 0)
    }

    /// A click on a name marks the person present; a click on a key in the hint line presses it.
    @Test func mouseClicksAreAConvenience() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        try tmux.click("Ola Bakken")
        try tmux.waitFor("[x] Ola Bakken")
        try tmux.click("o opne møtet")
        try tmux.waitFor("Innsjekk")
        try tmux.waitFor("▶ Ola Bakken")
    }

    /// Keys that arrive together (one `send-keys`, as over ssh or from a fast typist) are each a
    /// key, in order: three people marked present in one go, `n` + a note + Enter saves the
    /// note, and three Enters give three turns in the round.
    @Test func keysSentTogetherAreEachAKey() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        try tmux.keys("Space", "Down", "Space", "Down", "Space")
        try tmux.waitFor("[x] Ingrid Sæbø")
        try tmux.keys("o")
        try tmux.waitFor("▶ Kari Nordvik")
        try tmux.keys("nVelkomne, alle saman", "Enter")
        try tmux.waitFor("Kari Nordvik: Velkomne, alle saman")
        try tmux.keys("Enter", "Enter", "Enter")
        try tmux.waitFor("Mellom sakene")

        let log = try Self.newMeeting(in: team)
        let counts = try Spawn.run(
            "/usr/bin/jq",
            [
                "-rs",
                #"[(map(select(.type=="attendanceSet"))|length), (map(select(.type=="turnSpoken"))|length), (map(select(.type=="noteAdded") | .text) | join("|"))] | @tsv"#,
                log.path,
            ],
            environment: [])
        #expect(counts.output == "3\t3\tVelkomne, alle saman\n")
    }

    /// A bracketed paste (tmux's `paste-buffer -p`, which brackets only when runde asked for
    /// it) into a note arrives whole, line break kept; after runde has left, the terminal is
    /// out of bracketed paste mode again.
    @Test func aBracketedPasteIntoANoteArrivesWhole() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team) + "; cat -v")
        try Self.openWithKariAlone(tmux)
        try tmux.keys("n")
        try tmux.waitFor("Notat til referatet")
        try tmux.run(["set-buffer", "line one\nline two q\n"])
        try tmux.run(["paste-buffer", "-p", "-t", "0"])
        try tmux.waitFor("line two q")
        try tmux.keys("Enter")
        try tmux.waitFor("Kari Nordvik: line one")

        let log = try Self.newMeeting(in: team)
        let note = try Spawn.run("/usr/bin/jq", ["-r", #"select(.type=="noteAdded") | .text"#, log.path], environment: [])
        #expect(note.output == "line one\nline two q\n")

        try tmux.keys("q")
        try tmux.waitFor("Gå ut av runde?")
        try tmux.keys("j")
        try tmux.waitFor("Møtet er lagra i", history: true)
        try tmux.run(["set-buffer", "afterwards"])
        try tmux.run(["paste-buffer", "-p", "-t", "0"])
        try tmux.keys("Enter")
        // The tty echoes the line and `cat -v` prints it: with bracketed paste still on, both
        // would show the markers as ^[[200~ and ^[[201~.
        var after = try tmux.waitFor("afterwards", history: true)
        let deadline = Date().addingTimeInterval(10)
        while after.components(separatedBy: "afterwards").count < 3, Date() < deadline {
            usleep(50_000)
            after = try tmux.capture(history: true)
        }
        #expect(after.components(separatedBy: "afterwards").count == 3, "\(after)")
        #expect(!after.contains("[200~"), "bracketed paste is still on after runde left")
    }

    /// The scribe on a second terminal: a note written there shows on the facilitator's screen,
    /// and the log says who wrote it.
    @Test func aScribeOnASecondTerminalWritesIntoTheSameMeeting() throws {
        let team = try Self.team()
        let facilitator = try Tmux()
        try facilitator.start(Self.runCommand(in: team))
        try facilitator.waitFor("Space til stades")
        try facilitator.keys("Space")
        try facilitator.waitFor("[x] Kari Nordvik")
        try facilitator.keys("o")
        try facilitator.waitFor("▶ Kari Nordvik")
        let log = try Self.newMeeting(in: team)

        let scribe = try Tmux()
        try scribe.start(Self.runde(in: team, "run '\(log.path)' --as ola"))
        try scribe.waitFor("▶ Kari Nordvik")
        try scribe.writeNote("Kari ønskjer alle velkomne 👋")
        try facilitator.waitFor("Kari Nordvik: Kari ønskjer alle velkomne 👋")

        let note = try Spawn.run("/usr/bin/jq", ["-r", #"select(.type=="noteAdded") | "\(.by) \(.speaker) \(.text)""#, log.path], environment: [])
        #expect(note.output == "ola kari Kari ønskjer alle velkomne 👋\n")
        #expect(try CLI.run(["verify", log.path], in: team).status == 0)
    }

    /// `runde review`: the lists, search as you type, a meeting's minutes, and out.
    @Test func reviewBrowsesSearchesAndOpensMinutes() throws {
        let team = try CLI.exampleTeam()
        let tmux = try Tmux()
        try tmux.start(Self.runde(in: team, "review"))
        try tmux.waitFor("Teammøte veke 38")
        try tmux.keys("Tab")
        try tmux.waitFor("erstatta")
        try tmux.keys("/")
        try tmux.waitFor("Skriv for å søkje")
        try tmux.keys("planlegging", literal: true)
        let found = try tmux.waitUntil("the decisions narrowed to the search") {
            $0.contains("Søk: planlegging") && !$0.contains("Sjekkliste for vikarmottak")
        }
        #expect(found.contains("Prøveordning med heimekon"))
        try tmux.keys("Enter")
        try tmux.waitFor("opne referatet")
        try tmux.keys("Enter")
        let minutes = try tmux.waitFor("• Team: Heimetenesta Fjordvik")
        #expect(!minutes.contains("# Teammøte veke 38"), "formatted, not Markdown")
        try tmux.keys("Escape")
        try tmux.waitFor("Søk: planlegging")
        try tmux.keys("q")
        try tmux.waitFor("RC=0", history: true)
    }

    /// Each item type has its colour, unless `NO_COLOR` is set: then bold, dim and reverse only.
    @Test(arguments: [false, true])
    func noColorIsHonoured(noColor: Bool) throws {
        let team = try Self.team("noColor\(noColor)")
        let tmux = try Tmux()
        try tmux.start((noColor ? "export NO_COLOR=1; " : "") + Self.runCommand(in: team))
        try tmux.waitFor("Space til stades")
        let screen = try tmux.capture(escapes: true)
        let colours: Set<Int> = Set(30...37).union(40...47).union(90...97).union(100...107).union([38, 48])
        let parameters = screen.split(separator: "\u{1B}[").compactMap { sequence -> [Int]? in
            guard let end = sequence.firstIndex(of: "m") else { return nil }
            return sequence[..<end].split(separator: ";").compactMap { Int($0) }
        }
        #expect(parameters.contains { !colours.isDisjoint(with: $0) } == !noColor, "\(screen)")
        #expect(parameters.contains { $0.contains(1) }, "bold stays either way")
    }

    /// The screen follows the window: bigger shows more, smaller than 80x24 says so (and how
    /// large it is) and lets no key act, since it shows none; and back.
    @Test func resizeRedrawsAtTheNewSize() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team, "--lang en"))
        try tmux.waitFor("Space present")
        try tmux.run(["resize-window", "-t", "0", "-x", "120", "-y", "30"])
        try tmux.waitFor(String(repeating: "─", count: 120))
        try tmux.run(["resize-window", "-t", "0", "-x", "60", "-y", "20"])
        try tmux.waitFor("Make the window larger: it is 60x20")
        // `?` would open the help; unseen, it must do nothing. (The resize after it is read after
        // it, so once the screen says 70x20 the key has been read.)
        try tmux.keys("?")
        try tmux.run(["resize-window", "-t", "0", "-x", "70", "-y", "20"])
        try tmux.waitFor("Make the window larger: it is 70x20")
        try tmux.run(["resize-window", "-t", "0", "-x", "80", "-y", "24"])
        let screen = try tmux.waitFor("Space present")
        #expect(!screen.contains("Help — every key"), "\(screen)")
    }

    /// The log moved away in another shell mid-meeting: the screen warns, a note typed meanwhile
    /// is refused and stays in its field, and once the log is back the same Enter writes it.
    @Test func theLogMovedAwayIsShownAndNothingTypedIsLost() throws {
        let team = try Self.team()
        let tmux = try Tmux()
        try tmux.start(Self.runCommand(in: team))
        try Self.openWithKariAlone(tmux)
        let log = try Self.newMeeting(in: team)
        let aside = URL(fileURLWithPath: log.path + ".flytta")
        #expect(rename(log.path, aside.path) == 0)
        try tmux.waitFor("loggen er sletta eller flytta")

        try tmux.keys("n")
        try tmux.waitFor("Notat til referatet")
        try tmux.keys("Ingen skal miste dette", literal: true)
        try tmux.waitFor("miste dette")
        try tmux.keys("Enter")
        usleep(300_000)
        let refused = try tmux.capture()
        #expect(refused.contains("Notat til referatet") && refused.contains("Ingen skal miste dette"), "the field stays open:\n\(refused)")
        #expect(refused.contains("loggen er sletta eller flytta"))
        #expect(!FileManager.default.fileExists(atPath: log.path), "no new log made in its place")

        #expect(rename(aside.path, log.path) == 0)
        try tmux.keys("Enter")
        try tmux.waitFor("Ingen skal miste dette")
        let written = try Spawn.run("/usr/bin/jq", ["-r", #"select(.type=="noteAdded") | .text"#, log.path], environment: [])
        #expect(written.output == "Ingen skal miste dette\n")
        #expect(try CLI.run(["verify", log.path], in: team).status == 0)
        #expect(!(try tmux.capture()).contains("loggen er sletta"), "the warning is gone")
    }
}
