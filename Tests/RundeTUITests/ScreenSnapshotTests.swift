import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// Whole screens as text, at 80x24 and 160x48, in Nynorsk and English: what the room sees.
@MainActor
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    func check(_ d: Driver, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for size in Self.sizes {
            try assertSnapshot(d.screen(size).screen.snapshot, named: "\(name)-\(size)-\(d.state.language.rawValue)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [Language.nn, .en])
    func attendanceBeforeTheMeeting(language: Language) throws {
        let carried = Action(id: "a2", what: "Lage overleveringsskjema", who: "ola", due: Day("2026-10-26"), item: "s3")
        let d = try Driver(language: language, followUp: [FollowUpAction(meeting: "2026-10-12-1400-teammote-veke-42", action: carried)])
        d.press(.char(" "), .down, .char(" "), .down)
        try check(d, "attendance")
    }

    @Test(arguments: [Language.nn, .en])
    func checkInRound(language: Language) throws {
        let d = try Driver(language: language)
        for _ in d.meeting.participants { d.press(.char(" "), .down) }
        d.press(.char("o"), .enter, .char("p"))
        try check(d, "check-in")
    }

    /// The check-in question the meeting was planned with, in the words it was written in,
    /// whatever the screen's language.
    @Test(arguments: [Language.nn, .en])
    func checkInWithTheMeetingsOwnQuestion(language: Language) throws {
        let d = try Driver(language: language, checkIn: "Kva har du med deg inn i møtet i dag? Ei setning held.")
        for _ in d.meeting.participants { d.press(.char(" "), .down) }
        d.press(.char("o"))
        try check(d, "check-in-question")
    }

    /// A round's step says how, dimmed under its title: the clarifying round asks only for
    /// questions. The round starts with Ola, as Kari opened the check-in.
    @Test(arguments: [Language.nn, .nb, .en])
    func clarifyingRoundShowsItsPrompt(language: Language) throws {
        let d = try Driver(language: language)
        d.openWithEveryone()
        d.press(.down, .enter, .enter)
        #expect(d.meeting.openRound?.step == "clarify")
        #expect(d.meeting.openRound?.order.first == "ola")
        try check(d, "clarify-round")
    }

    @Test(arguments: [Language.nn, .en])
    func consentRoundShowsProposalQuestionsAndAnswers(language: Language) throws {
        let d = try Driver(language: language)
        d.openWithEveryone()
        d.press(.down, .enter)
        while d.meeting.activeItem?.currentStep?.mode != .consent {
            d.press(.enter)
        }
        d.press(.char("y"), .char("m"))
        d.type("Kven tek telefonen? 📞")
        d.press(.enter, .char("i"))
        d.type("Brukarane må nå oss.")
        d.press(.enter)
        try check(d, "consent-round")
    }

    /// After the consent round the step screen keeps what blocks the decision in view: the
    /// standing objection in red, then how it was met once it is integrated.
    @Test(arguments: [Language.nn, .en])
    func objectionStandsThenIsIntegrated(language: Language) throws {
        let d = try Driver(language: language)
        d.openWithEveryone()
        d.press(.down, .enter)
        while d.meeting.activeItem?.currentStep?.mode != .consent { d.press(.enter) }
        d.press(.char("y"), .char("m"))
        d.type("Kven tek telefonen? 📞")
        d.press(.enter, .char("i"))
        d.type("Brukarane må nå oss.")
        d.press(.enter, .char("y"))
        try check(d, "objection-stands")
        d.press(.char("i"))
        d.type("Telefonen blir vidaresend.")
        d.press(.enter, .enter)
        try check(d, "objection-integrated")
    }

    /// Between items the decision, the item's actions and the meeting's own notes are on screen;
    /// the closed meeting sums up and says where the minutes are.
    @Test func betweenItemsAndClosed() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("n"))
        d.type("Per kjem seint i dag.")
        d.press(.enter, .down, .enter)
        while d.meeting.activeItem?.currentStep?.mode != .consent { d.press(.enter) }
        for _ in 0..<4 { d.press(.char("y")) }
        d.press(.char("d"), .enter, .enter, .enter, .char("h"))
        d.type("Kjøpe headset")
        d.press(.enter, .char("2"))
        d.type("2026-12-01")
        d.press(.enter)
        try check(d, "between-items")
        d.press(.char("c"), .char("j"))
        for _ in 0..<4 { d.press(.enter) }
        d.press(.enter, .char("j"))
        try check(d, "closed")
    }

    @Test(arguments: ItemKind.allCases)
    func firstStepOfEachItemType(kind: ItemKind) throws {
        let d = try Driver()
        d.openWithEveryone()
        let index = try #require(d.meeting.items.firstIndex { $0.kind == kind })
        while d.state.selection != index { d.press(.down) }
        d.press(.enter)
        try check(d, "item-\(kind.rawValue)")
    }

    /// After an amendment's text, who helped: any number of people, marked with Space.
    @Test func amendmentAsksWhoHelped() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .enter)
        while d.meeting.activeItem?.currentStep?.mode != .amend { d.press(.enter) }
        d.press(.char("f"), .end)
        d.type(" Telefonen er open.")
        d.press(.enter, .char("2"), .down)
        try assertSnapshot(d.screen().screen.snapshot, named: "amendment-helpers-80x24-nn")
    }

    /// The follow-up between items: entries with what was chosen, at both sizes and languages.
    @Test(arguments: [Language.nn, .en])
    func followUpOfEarlierMeetings(language: Language) throws {
        let d = try Driver(language: language, followUp: Driver.followUp, reviewDue: Driver.reviewDue)
        d.openWithEveryone()
        d.press(.char("o"), .enter, .char("1"), .down, .down)
        try check(d, "follow-up")
    }

    @Test func overrunIsMarked() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.enter)
        d.state.tick(try #require(d.meeting.activeItem?.startedAt).addingTimeInterval(11 * 60 + 5))
        let status = d.screen().screen.row(1)
        #expect(status.contains("11:05 / 10:00 OVER TIDA"))
    }

    @Test func textEntryWithNorwegianTextAndWideCharacters() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("n"))
        d.type("Æøå — 日本 👍🏽 ok")
        d.press(.left, .left, .left)
        let frame = d.screen()
        try assertSnapshot(frame.screen.snapshot, named: "note-entry-80x24-nn")
        let cursor = try #require(frame.cursor)
        #expect(frame.screen.row(cursor.y).contains("Æøå — 日本 👍🏽 ok"))
    }

    @Test(arguments: [Language.nn, .nb, .en])
    func helpListsEveryKey(language: Language) throws {
        let d = try Driver(language: language)
        d.press(.char("?"))
        try assertSnapshot(d.screen().screen.snapshot, named: "help-80x24-\(language.rawValue)")
        let lines = Painter.helpLines(language).map(\.text).joined(separator: "\n")
        for binding in Keymap.bindings where !binding.contexts.isDisjoint(with: Context.live) {
            #expect(lines.contains(binding.long[language]), "\(binding.action) is missing from help")
        }
    }

    @Test func tooSmallSaysSo() throws {
        let d = try Driver()
        #expect(d.screen(Size(width: 60, height: 20)).screen.row(0).hasPrefix("Gjer vindauget større: det er 60x20, og må vere minst 80x24."))
    }

    /// Below 80x24 the screen shows no keys, so none acts: only a resize, and Ctrl-C to leave.
    @Test func aWindowTooSmallLetsNoKeyAct() throws {
        let d = try Driver()
        let small = d.screen(Size(width: 79, height: 24))
        #expect(small.isTooSmall)
        #expect(small.screen.row(0).hasPrefix("Gjer vindauget større: det er 79x24,"))
        for event in [InputEvent.key(.char("o")), .key(.enter), .key(.char("q")), .paste("hei"), .click(Point(x: 1, y: 1))] {
            #expect(!small.accepts(event), "\(event)")
        }
        #expect(small.accepts(.resize(Size(width: 80, height: 24))) && small.accepts(.key(.ctrl("c"))))
        let large = d.screen(Size(width: 80, height: 24))
        #expect(!large.isTooSmall && large.accepts(.key(.char("o"))))
    }
}
