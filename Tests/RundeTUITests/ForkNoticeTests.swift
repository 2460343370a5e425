import Foundation
import Testing

@testable import RundeCore
@testable import RundeTUI

/// A meeting that forked (two machines wrote it apart, `runde sync`): the live screen says so as
/// it opens, and where the other copy's lines are.
@MainActor @Suite struct ForkNoticeTests {
    @Test func theScreenSaysTheMeetingForkedAndWhere() throws {
        let d = try Driver()
        d.openWithEveryone()
        let bytes = try Data(contentsOf: d.url)
        let lines = bytes.split(separator: 0x0A)
        let aside = lines.dropFirst(2).reduce(into: Data()) { $0.append(contentsOf: $1 + [0x0A]) }
        let side = MeetingFork.sideFile(of: d.url, aside: aside)
        try aside.write(to: side)

        var state = d.state
        state.noteOpening(of: d.url)
        #expect(state.message?.isError == true)
        #expect(
            state.message?.text
                == "Møtet har ei forgreining etter linje 2: \(lines.count - 2) linjer skrivne på ein annan maskin er i \(side.lastPathComponent).")

        try FileManager.default.removeItem(at: side)
        var plain = d.state
        plain.noteOpening(of: d.url)
        #expect(plain.message == d.state.message, "no fork, nothing said")
    }

    /// A fork that comes while the screen is open, this copy kept: said once, as it comes.
    @Test func aForkThatComesWhileTheScreenIsOpenIsSaidOnce() throws {
        let d = try Driver()
        d.openWithEveryone()
        var state = d.state
        state.noteOpening(of: d.url)
        let before = state.noteNewFork(of: d.url)
        #expect(!before, "no fork yet")
        let aside = Data(try Data(contentsOf: d.url).split(separator: 0x0A).dropFirst(2).map { Data($0) + [0x0A] }.joined())
        let side = MeetingFork.sideFile(of: d.url, aside: aside)
        try aside.write(to: side)
        let comes = state.noteNewFork(of: d.url)
        #expect(comes)
        #expect(state.message?.text.hasPrefix("Møtet har ei forgreining etter linje 2:") == true)
        #expect(state.message?.text.hasSuffix(side.lastPathComponent + ".") == true)
        state.message = nil
        let again = state.noteNewFork(of: d.url)
        #expect(!again, "said once")
        #expect(state.message == nil)

        var reopened = d.state
        reopened.noteOpening(of: d.url)
        let afterOpening = reopened.noteNewFork(of: d.url)
        #expect(!afterOpening, "a fork said as the screen opened is not said again")
    }

    /// A log naming a zone this machine does not know: the screen says, as it opens, which zone
    /// its times are shown in instead; a fork, which matters more, is said first.
    @Test func theScreenSaysWhichZoneItsTimesAreShownIn() throws {
        let d = try Driver()
        d.openWithEveryone()
        var state = d.state
        state.meeting.unknownTimeZone = "Mars/Olympus_Mons"
        state.timeZone = try #require(TimeZone(identifier: "Europe/Oslo"))
        state.noteOpening(of: d.url)
        #expect(
            state.message
                == Message(text: "Tidene er viste i Europe/Oslo fordi tidssona i loggen, «Mars/Olympus_Mons», ikkje er kjend på denne maskina.", isError: false)
        )

        let aside = Data(try Data(contentsOf: d.url).split(separator: 0x0A).dropFirst(2).map { Data($0) + [0x0A] }.joined())
        try aside.write(to: MeetingFork.sideFile(of: d.url, aside: aside))
        var forked = d.state
        forked.meeting.unknownTimeZone = "Mars/Olympus_Mons"
        forked.noteOpening(of: d.url)
        #expect(forked.message?.isError == true && forked.message?.text.hasPrefix("Møtet har ei forgreining") == true)
    }

    /// `runde sync` kept the other machine's copy and cut this one back under the running screen:
    /// the warning says it is a fork, where the lines are, and how to go on, not that the log is
    /// damaged.
    @Test func aLogCutBackForAForkSaysSo() throws {
        let d = try Driver()
        d.openWithEveryone()
        let cut = LogError(file: d.url.path, cause: .truncated(expected: 900, found: 400))
        var plain = d.state
        plain.logPath = d.url.path
        plain.logProblem(cut)
        #expect(plain.logWarning?.contains("forgreining") == false)

        let side = MeetingFork.sideFile(of: d.url, aside: Data("x\n".utf8))
        try Data("x\n".utf8).write(to: side)
        var state = d.state
        state.logPath = d.url.path
        state.logProblem(cut)
        #expect(
            state.logWarning?.hasPrefix("Møtet har ei forgreining etter linje 0: 1 linje skrivne på ein annan maskin er i \(side.lastPathComponent).") == true)
        #expect(state.logWarning?.hasSuffix("Gå ut (q) og opne møtet att; det som vart skrive her, er i den fila.") == true)
        state.logProblem(nil)
        #expect(state.logWarning == nil)
    }
}
