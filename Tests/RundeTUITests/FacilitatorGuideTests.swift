import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// The facilitator never has to guess: the hint line offers what works now, refusals come
/// before the questions, whole and by name, and the selection stays where the room expects it.
@MainActor
@Suite struct FacilitatorGuideTests {
    /// The bottom row of the 80x24 screen.
    func hints(_ d: Driver, _ size: Size = Size(width: 80, height: 24)) -> String { d.screen(size).screen.row(size.height - 1) }

    /// A driver with the decision item (s2) at its consent step, Siri's objection standing.
    func objectionStanding() throws -> Driver {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .enter)
        while d.meeting.activeItem?.currentStep?.mode != .consent { d.press(.enter) }
        // Kari opens the consent round (rounds rotate who starts): then Ola, Siri, Per.
        let kari = try #require(d.meeting.openRound?.order.firstIndex(of: "kari"))
        d.press(.char("s"), .char(Character("\(kari + 1)")))
        #expect(d.meeting.openRound?.order == ["kari", "ola", "siri", "per"])
        d.press(.char("y"), .char("y"), .char("i"))
        d.type("Brukarane må nå oss.")
        d.press(.enter, .char("y"))
        #expect(d.meeting.item("s2")?.standingObjections.map(\.participant) == ["siri"])
        return d
    }

    /// A key the state does not offer does nothing but say why: no command, no dialog.
    func expectUnavailableKeysDoNothing(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        for binding in Keymap.bindings(in: state.context) where !state.isAvailable(binding.action) {
            var copy = state
            let effects = copy.update(.key(binding.key))
            #expect(effects.isEmpty, "\(binding.action) acted in \(state.context)", sourceLocation: sourceLocation)
            #expect(copy.overlay == nil, "\(binding.action) opened a dialog in \(state.context)", sourceLocation: sourceLocation)
        }
    }

    @Test func theHintLineOffersOnlyKeysThatWork() throws {
        let d = try objectionStanding()
        let row = hints(d)
        #expect(!row.contains("Enter"), "Enter cannot end the item before the decision: \(row)")
        #expect(!row.contains("d før avgjerd"), "no decision while an objection stands: \(row)")
        #expect(row.contains("i integrer"))
        expectUnavailableKeysDoNothing(d.state)

        let before = d.submitted.count
        d.press(.enter)
        #expect(d.submitted.count == before, "refused on screen, not sent to the log")
        #expect(d.state.message?.text == Refusal.decisionNeedsRecording.message(.nn))

        // In a round, x stops it; on an information item there is no proposal to write.
        let e = try Driver()
        e.openWithEveryone()
        e.press(.enter)
        #expect(!hints(e).contains("f forslag"))
        #expect(!hints(e).contains("d før avgjerd"))
        expectUnavailableKeysDoNothing(e.state)
        e.press(.enter)
        #expect(e.state.context == .round)
        #expect(hints(e).contains("x stopp runden"))
        expectUnavailableKeysDoNothing(e.state)
    }

    @Test func everyContextOfAMeetingOffersOnlyWhatWorks() throws {
        let d = try Driver(followUp: Driver.followUp, reviewDue: Driver.reviewDue)
        expectUnavailableKeysDoNothing(d.state)
        d.openWithEveryone()
        expectUnavailableKeysDoNothing(d.state)
        d.press(.char("o"))
        expectUnavailableKeysDoNothing(d.state)
        d.press(.escape, .down, .enter)
        var steps = 0
        while d.meeting.activeItem != nil, steps < 40 {
            steps += 1
            expectUnavailableKeysDoNothing(d.state)
            switch d.state.context {
            case .round: d.press(.enter)
            case .consent: d.press(.char("y"))
            default:
                // d asks for the review date, what will show whether it works, and who must be told.
                if d.state.isAvailable(.recordDecision) { d.press(.char("d"), .enter, .enter, .enter) } else { d.press(.enter, .enter) }
            }
        }
        #expect(d.meeting.item("s2")?.decision != nil)
    }

    @Test func recordingADecisionIsCheckedBeforeTheDateIsAsked() throws {
        let d = try objectionStanding()
        #expect(!d.state.isAvailable(.recordDecision))
        d.press(.char("d"))
        #expect(d.state.overlay == nil, "no review date is asked for a decision that cannot be recorded")
        #expect(d.state.message?.text.hasPrefix("Innvendinga frå Siri Haugland står framleis.") == true)
        try assertSnapshot(d.screen().screen.snapshot, named: "decision-refused-80x24-nn")
        try assertSnapshot(d.screen(Size(width: 160, height: 48)).screen.snapshot, named: "decision-refused-160x48-nn")
    }

    /// A refusal is read whole at 80 columns: wrapped over the rows above the hint line.
    @Test func aLongMessageIsReadWhole() throws {
        let d = try objectionStanding()
        d.press(.char("d"))
        let message = try #require(d.state.message?.text)
        let frame = d.screen()
        let rows = (18..<23).map { frame.screen.row($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!rows.joined().contains("…"))
        #expect(rows.suffix(2).joined(separator: " ").hasSuffix(message.split(separator: " ").suffix(4).joined(separator: " ")))
    }

    /// A text field open while a long warning stands: the box sits above the warning's lines.
    @Test func aBoxSitsAboveAWrappedMessage() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("n"))
        d.type("Ingen skal miste dette")
        d.state.logProblem(LogError(file: "meetings/mote.jsonl", cause: .removed))
        let warning = try #require(d.state.logWarning)
        let frame = d.screen()
        let lines = TextWrap.wrap(warning, width: 78)
        #expect(lines.count > 1)
        let rows = (23 - lines.count..<23).map { frame.screen.row($0).trimmingCharacters(in: .whitespaces) }
        #expect(rows == lines.map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(frame.screen.snapshot.contains("Ingen skal miste dette"))
        try assertSnapshot(frame.screen.snapshot, named: "note-over-warning-80x24-nn")
    }

    @Test func refusalsNamePeopleOnScreenAndHandlesInTheCLI() {
        let names: (ParticipantID) -> String = { $0 == "kari" ? "Kari Nordvik" : $0.rawValue }
        #expect(Refusal.alreadyHadTurn("kari").message(.nn).hasPrefix("kari har alt hatt ordet"))
        #expect(Refusal.alreadyHadTurn("kari").message(.nn, names: names).hasPrefix("Kari Nordvik har alt hatt ordet"))
        #expect(Refusal.roundInProgress(waiting: ["kari", "ola"]).message(.en, names: names).contains("Kari Nordvik and ola still to speak"))
    }

    @Test func actionAndFollowUpHaveWordsOfTheirOwn() throws {
        let d = try Driver(followUp: Driver.followUp, reviewDue: Driver.reviewDue)
        d.openWithEveryone()
        let row = hints(d, Size(width: 100, height: 30))
        #expect(row.contains("o oppfølging"))
        #expect(row.contains("h oppgåve"))
        for language in Language.allCases {
            let words = [Action.followUp, .action].compactMap { action in Keymap.bindings.first { $0.action == action }?.short[language] }
            #expect(Set(words).count == 2, "\(language): \(words)")
        }
    }

    @Test func arrowsInTheFollowUpLeaveTheAgendaSelectionAlone() throws {
        let d = try Driver(followUp: Driver.followUp, reviewDue: Driver.reviewDue)
        d.openWithEveryone()
        d.press(.down)
        #expect(d.state.selectedItem?.id == "s2")
        d.press(.char("o"), .down, .down)
        #expect(d.state.followUpSelection == 2)
        d.press(.escape)
        #expect(d.state.selectedItem?.id == "s2", "the follow-up list has a selection of its own")
        d.press(.enter)
        #expect(d.meeting.activeItem?.id == "s2")
    }

    /// After an item ends, the next pending item after it is selected, not the first on the list.
    @Test func afterAnItemEndsTheNextPendingItemIsSelected() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .down, .enter)
        #expect(d.meeting.activeItem?.id == "s3")
        d.press(.char("z"), .enter)
        #expect(d.meeting.item("s3")?.status == .postponed)
        #expect(d.state.selectedItem?.id == "s4")
        d.press(.char("n"))
        d.type("Kaffi er klar.")
        d.press(.enter)
        #expect(d.state.selectedItem?.id == "s4", "a note keeps the selection where it is")
        // From the top: s1 ends, and s2, the next after it, is selected, though s4 is pending too.
        d.press(.up, .up, .up)
        #expect(d.state.selectedItem?.id == "s1")
        d.press(.enter)
        #expect(d.meeting.activeItem?.id == "s1")
        d.press(.char("z"), .enter)
        #expect(d.state.selectedItem?.id == "s2")
        d.press(.char("z"))
        #expect(d.state.overlay == nil, "z is for an item under way")
    }

    @Test func anActionCanBeGivenToAnyMemberPresentOrNot() throws {
        let d = try Driver()
        d.press(.char(" "), .down, .char(" "), .char("o"), .enter, .enter)
        #expect(d.meeting.present == ["kari", "ola"])
        d.press(.char("h"))
        d.type("Sende referatet til Per")
        d.press(.enter)
        guard case .choice(let choice) = d.state.overlay else {
            Issue.record("no choice of who")
            return
        }
        #expect(choice.options.map(\.value) == ["kari", "ola", "siri", "per"], "those present first, then the rest")
        d.press(.char("4"), .enter)
        #expect(d.meeting.actions.last?.who == "per")
    }

    @Test func addingAnItemTypesTheTitleWhereItGoes() throws {
        let d = try Driver()
        d.press(.char("s"), .char("a"))
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("no text field")
            return
        }
        #expect(entry.editor.text == "avgjerd:  @kari")
        d.type("Nye nøkkelboksar")
        d.press(.enter)
        #expect(d.state.message == nil)
        #expect(d.meeting.items.last?.title == "Nye nøkkelboksar")
        #expect(d.meeting.items.last?.owner == "kari")
    }

    @Test func quitAfterTheMeetingIsClosedLeavesWithoutAsking() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("c"), .char("j"))
        while d.meeting.openRound != nil { d.press(.enter) }
        d.press(.enter, .char("j"))
        #expect(d.meeting.stage == .closed)
        #expect(hints(d).contains("q gå ut"))
        d.press(.char("q"))
        #expect(d.quit)
    }

    /// At 100 columns and more the agenda column grows, and titles are whole.
    @Test func theAgendaColumnGrowsWithTheWidth() throws {
        let d = try Driver()
        d.openWithEveryone()
        let medium = d.screen(Size(width: 100, height: 30)).screen.snapshot
        #expect(medium.contains("Korleis tek vi imot nye vikarar?"))
        #expect(medium.contains("Betre overlevering mellom vaktene"))
        let wide = d.screen(Size(width: 160, height: 48)).screen.snapshot
        #expect(wide.contains("Når pårørande krev meir enn vedtaket gir"))
        #expect(AppState.agendaWidth(80) == 28)
    }
}
