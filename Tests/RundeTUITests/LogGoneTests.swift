import Foundation
import Glibc
import Testing

@testable import RundeCore
@testable import RundeTUI

/// The log removed or replaced under the live screen: the command is refused with why, what was
/// typed stays in its field, and the screen warns until the log is back.
@MainActor @Suite struct LogGoneTests {
    @Test func noteTypedWhileTheLogIsGoneStaysInItsFieldUntilTheLogIsBack() throws {
        let d = try Driver()
        d.openWithEveryone()
        let before = try Data(contentsOf: d.url)
        let aside = d.url.deletingLastPathComponent().appendingPathComponent("aside.jsonl")
        #expect(rename(d.url.path, aside.path) == 0)

        d.press(.char("n"))
        d.type("Kari tek telefonen på onsdagar")
        d.press(.enter)
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("the note field closed; the typed text is lost")
            return
        }
        #expect(entry.editor.text == "Kari tek telefonen på onsdagar")
        #expect(d.state.message?.isError == true)
        #expect(d.state.message?.text.hasPrefix("mote.jsonl: loggen er sletta eller flytta medan møtet gjekk; ingenting er skrive") == true)
        #expect(d.meeting.notes.isEmpty, "the screen is never ahead of the log")
        #expect(try Data(contentsOf: aside) == before, "nothing written to the moved file")

        #expect(rename(aside.path, d.url.path) == 0)
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.state.message == nil, "the error of the try before is gone")
        #expect(d.meeting.notes.last?.text == "Kari tek telefonen på onsdagar")
        #expect(try MeetingLog.read(d.url).state.notes.last?.text == "Kari tek telefonen på onsdagar")
    }

    /// What the idle check found stays on the message line, under any passing message, until the
    /// log is back or a command reaches it.
    @Test func warningStaysUntilTheLogIsBack() throws {
        let d = try Driver()
        // The warning is read whole, wrapped over the rows above the hint line.
        let row = { (18...22).map { d.screen().screen.row($0) }.joined(separator: "\n") }
        d.state.logProblem(LogError(file: "meetings/mote.jsonl", cause: .replaced))
        #expect(row().contains(" mote.jsonl: ei anna fil står no der loggen var"), "the file by its name, so the reason fits")
        d.press(.char("x"))  // a key that does nothing clears passing messages, not this
        #expect(row().contains("ei anna fil står no der loggen var"))
        d.state.logProblem(nil)
        #expect(!row().contains("ei anna fil"))
        d.state.logProblem(LogError(file: "meetings/mote.jsonl", cause: .removed))
        d.press(.char(" "))  // a command that reaches the log
        #expect(d.state.logWarning == nil)
    }
}
