import Foundation
import RundeCore
import Testing

@testable import RundeTUI

/// Whole meetings run key by key through the update function and the real log writer; the log
/// that comes out is then checked.
@MainActor
@Suite struct MeetingByKeysTests {
    @Test func decisionWithAnIntegratedObjectionFromCheckInToClose() throws {
        let d = try Driver()
        d.openWithEveryone()
        #expect(d.state.context == .between)
        #expect(d.meeting.rounds.first?.turns.count == 4)

        // s1 information: present, clarifying round, done.
        d.press(.enter)
        #expect(d.meeting.activeItem?.currentStep?.key == "present")
        d.press(.enter)
        #expect(d.state.context == .round)
        d.press(.enter, .char("p"), .enter, .enter)
        #expect(d.meeting.rounds.last?.turns.map(\.outcome) == [.spoke, .passed, .spoke, .spoke])
        d.press(.enter)
        #expect(d.meeting.item("s1")?.status == .done)

        // s2 decision, selected automatically as the next pending item.
        #expect(d.state.selectedItem?.id == "s2")
        d.press(.enter, .enter)
        for _ in 0..<4 { d.press(.char(" ")) }
        d.press(.enter)
        for _ in 0..<4 { d.press(.enter) }
        d.press(.enter)  // amend step
        d.press(.char("f"))
        d.press(.end)
        d.type(" Telefonen er open.")
        d.press(.enter)
        #expect(d.meeting.item("s2")?.amendments.isEmpty == true, "who helped is asked first")
        d.press(.escape)  // back to the text, nothing lost
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("the amendment's text is gone")
            return
        }
        #expect(entry.editor.text.hasSuffix("Telefonen er open."))
        d.press(.enter, .char("2"), .down, .char(" "), .char("3"), .enter)
        #expect(d.meeting.item("s2")?.proposal == "Vi prøver heimekontor onsdagar i tre månader. Telefonen er open.")
        #expect(d.meeting.item("s2")?.amendments.last?.helpers == ["ola"], "2 marks Ola; Space marks Siri, 3 unmarks her")
        d.press(.enter)
        #expect(d.state.context == .consent)
        d.press(.char("y"))
        d.press(.char("m"))
        d.type("Kven tek vakttelefonen?")
        d.press(.enter)
        d.press(.char("i"))
        d.press(.enter)  // an objection without a reason is refused, and the field stays open
        #expect(d.state.message?.text == Refusal.objectionNeedsReason.message(.nn))
        d.type("Brukarane må nå oss på telefon.")
        d.press(.enter)
        d.press(.char("y"))
        #expect(d.meeting.item("s2")?.standingObjections.map(\.participant) == ["siri"])

        d.press(.char("d"))  // refused before any date is asked for, and by name
        #expect(d.state.overlay == nil)
        #expect(d.state.message?.text == Refusal.objectionsStand(["siri"]).message(.nn) { d.meeting.participant($0)?.name ?? "" })
        #expect(d.state.message?.text.contains("Siri Haugland") == true)
        d.press(.escape, .char("i"))
        d.type("Telefonen blir vidaresend.")
        d.press(.enter)
        d.press(.end)
        d.send(.paste("\nVakttelefonen blir vidaresend til mobil."))
        d.press(.enter)
        d.press(.char("r"))
        for _ in 0..<4 { d.press(.char("y")) }
        d.press(.char("d"))
        d.type("2027-03-01")
        d.press(.enter)
        d.type("Ingen telefonar blir ståande utan svar.")
        d.press(.enter)
        d.type("Sentralbordet")
        d.press(.enter)
        let decision = try #require(d.meeting.item("s2")?.decision)
        #expect(decision.criteria == "Ingen telefonar blir ståande utan svar.")
        #expect(decision.inform == "Sentralbordet")
        #expect(decision.text == "Vi prøver heimekontor onsdagar i tre månader. Telefonen er open.\nVakttelefonen blir vidaresend til mobil.")
        #expect(decision.objections.map(\.integration) == ["Telefonen blir vidaresend."])
        #expect(decision.concerns.map(\.text) == ["Kven tek vakttelefonen?"])
        #expect(decision.reviewDate == Day("2027-03-01"))

        // An action: what, who (a choice), due.
        d.press(.char("h"))
        d.type("Setje opp vidaresending")
        d.press(.enter, .char("2"))
        d.type("2026-12-01")
        d.press(.enter)
        #expect(d.meeting.actions.map(\.what) == ["Setje opp vidaresending"])
        #expect(d.meeting.actions.first?.who == "ola")

        // A note, and undo takes it back with a new line.
        d.press(.char("n"))
        d.type("Ingrid kjem seint ✈️")
        d.press(.enter)
        #expect(d.meeting.notes.last?.text == "Ingrid kjem seint ✈️")
        d.press(.char("u"))
        #expect(d.meeting.notes.contains { $0.text == "Ingrid kjem seint ✈️" } == false)

        // Closing round and close.
        d.press(.char("c"), .char("j"))  // three items are left: it asks first
        for _ in 0..<4 { d.press(.enter) }
        #expect(d.state.context == .closing)
        d.press(.enter, .char("j"))
        #expect(d.meeting.stage == .closed)
        #expect(MeetingLog.verify(d.url).isOK)
        let reread = try MeetingLog.read(d.url)
        #expect(reread.state == d.meeting)
        #expect(reread.meeting.records.contains { if case .undone = $0.event { true } else { false } })
    }

    @Test func attendanceGuestAndAgendaEditingBeforeTheStart() throws {
        let d = try Driver()
        d.press(.char(" "), .down, .char(" "), .down, .char(" "))
        #expect(d.meeting.present == ["kari", "ola", "siri"])
        d.press(.char("g"))
        d.type("Hanne Vik")
        d.press(.enter)
        #expect(d.meeting.participant("hanne-vik")?.attendance == .guest)

        d.press(.char("s"))
        #expect(d.state.context == .agenda)
        d.press(.char("a"), .end, .ctrl("u"))
        d.type("avgjerd: Nye nøkkelboksar @per 15m")
        d.press(.enter)
        #expect(d.meeting.items.last?.title == "Nye nøkkelboksar")
        #expect(d.meeting.items.last?.draft.timebox == 15)
        d.press(.char("a"), .end, .ctrl("u"))
        d.type("møte: Feil @per")
        d.press(.enter)
        #expect(d.state.message?.isError == true, "a bad agenda line is explained and the field stays open")
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("the entry closed")
            return
        }
        #expect(entry.editor.text == "møte: Feil @per")
        d.press(.escape)

        d.press(.char("K"))  // first item cannot move up: nothing happens
        d.press(.char("J"))
        #expect(d.meeting.items.map(\.id.rawValue) == ["s2", "s1", "s3", "s4", "s5", "s6"])
        d.press(.char("x"), .char("n"))
        #expect(d.meeting.items.count == 6, "n keeps the item")
        d.press(.char("x"), .char("j"))
        #expect(d.meeting.items.count == 5)
        d.press(.char("u"))
        #expect(d.meeting.items.count == 6, "undo brings it back")
        d.press(.escape, .char("o"))
        #expect(d.meeting.stage == .checkIn)
        #expect(d.meeting.openRound?.order == ["kari", "ola", "siri", "hanne-vik"])
    }

    /// Between items the agenda lives: `s` opens it, a matter from the check-in is added, a
    /// pending item edited and moved, and Esc goes back to choosing the next item. A started or
    /// done item cannot be edited or moved.
    @Test func theAgendaChangesBetweenItems() throws {
        let d = try Driver()
        d.openWithEveryone()
        #expect(d.state.context == .between)
        #expect(d.state.isAvailable(.editAgenda))

        // s1 runs to its end, so the agenda holds a done item.
        d.press(.enter, .enter)
        while d.state.context == .round { d.press(.enter) }
        d.press(.enter)
        #expect(d.meeting.item("s1")?.status == .done)
        #expect(d.state.context == .between)

        d.press(.char("s"))
        #expect(d.state.context == .agenda)
        #expect(d.state.selectedItem?.id == "s2", "the selection stays where it was")
        d.press(.char("a"), .end, .ctrl("u"))
        d.type("drøfting: Vikarane og nøklane @siri 10m")
        d.press(.enter)
        let added = try #require(d.meeting.items.last)
        #expect(added.title == "Vikarane og nøklane")
        #expect(added.status == .pending)
        #expect(d.meeting.stage == .agenda)

        // The new item moves up, and is edited.
        while d.state.selection != d.meeting.items.count - 1 { d.press(.down) }
        d.press(.char("K"))
        #expect(d.meeting.items[d.meeting.items.count - 2].id == added.id)
        d.press(.char("e"), .end)
        d.type(" info/drøft")
        d.press(.enter)
        #expect(d.meeting.item(added.id)?.draft.infoDrøft == true)

        // The done item stays as it was: neither edited nor moved.
        while d.state.selection != 0 { d.press(.up) }
        #expect(d.state.selectedItem?.id == "s1")
        #expect(!d.state.isAvailable(.editItem))
        #expect(!d.state.isAvailable(.moveItemDown))
        d.press(.char("J"), .char("e"))
        #expect(d.meeting.items.first?.id == "s1")
        #expect(d.state.overlay == nil)

        // Esc: back to the meeting, and Enter starts the selected pending item.
        d.press(.escape)
        #expect(d.state.context == .between)
        while d.state.selectedItem?.id != added.id { d.press(.down) }
        d.press(.enter)
        #expect(d.meeting.activeItem?.id == added.id)
        #expect(d.state.context == .step)
        #expect(!d.state.editingAgenda)
        #expect(MeetingLog.verify(d.url).isOK)
        #expect(try MeetingLog.read(d.url).state == d.meeting)
    }

    @Test func ctrlCQuitsAndQAsksFirst() throws {
        let d = try Driver()
        d.press(.char("q"))
        #expect(!d.quit)
        d.press(.char("n"))
        #expect(d.state.overlay == nil)
        d.press(.char("q"), .char("j"))
        #expect(d.quit)
        let e = try Driver()
        e.press(.ctrl("c"))
        #expect(e.quit)
    }

    @Test(arguments: ItemKind.allCases)
    func everyItemTypeRunsItsRecipeByKeys(kind: ItemKind) throws {
        let d = try Driver()
        d.openWithEveryone()
        let index = try #require(d.meeting.items.firstIndex { $0.kind == kind })
        while d.state.selection != index { d.press(d.state.selection < index ? .down : .up) }
        d.press(.enter)
        var guardCount = 0
        while d.meeting.item(d.meeting.items[index].id)?.status == .active, guardCount < 60 {
            guardCount += 1
            switch d.state.context {
            case .round: d.press(.enter)
            case .consent: d.press(.char("y"))
            case .step:
                let mode = d.meeting.activeItem?.currentStep?.mode
                if mode == .conclusion, d.meeting.activeItem?.conclusion == nil {
                    d.press(.char("k"))
                    d.type("Vi prøver.")
                    d.press(.enter)
                } else if mode == .consent {
                    d.press(.char("d"), .enter, .enter, .enter)
                } else {
                    d.press(.enter)
                }
            default: Issue.record("unexpected context \(d.state.context)")
            }
        }
        let item = try #require(d.meeting.item(d.meeting.items[index].id))
        #expect(item.status == .done)
        #expect(d.meeting.rounds.filter { $0.item == item.id }.count == item.steps.filter { $0.mode == .round || $0.mode == .consent }.count)
        #expect(MeetingLog.verify(d.url).isOK)
    }
}

@MainActor
@Suite struct PasteTests {
    /// Keys typed faster than the screen reads arrive in one read; they are still keys, one by
    /// one, each acting on the screen the one before left.
    @Test func aBurstOfKeysIsKeys() throws {
        let d = try Driver()
        d.send(contentsOf: Terminal.decode(chars(" ") + [.keyCode(0o402)] + chars(" o")))
        #expect(d.meeting.present == ["kari", "ola"])
        #expect(d.meeting.stage == .checkIn)
    }

    /// `n`, the note, Enter in one read: the editor opens, takes the text, and Enter saves it.
    @Test func aNoteTypedInOneReadIsSaved() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.send(contentsOf: Terminal.decode(chars("nhei på deg\r")))
        #expect(d.meeting.notes.last?.text == "hei på deg")
        #expect(d.state.overlay == nil)
    }

    /// A paste is text, never commands: outside a text field it does nothing.
    @Test func aPasteOutsideATextFieldDoesNothing() throws {
        let d = try Driver()
        d.send(.paste(" o\nq"))
        #expect(d.meeting.present.isEmpty)
        #expect(d.meeting.stage == .scheduled)
        #expect(d.state.overlay == nil)
    }

    @Test func aMultiLinePasteInANoteKeepsItsLines() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("n"))
        d.send(.paste("Første line: æøå\nAndre line 日本"))
        d.press(.enter)
        #expect(d.meeting.notes.last?.text == "Første line: æøå\nAndre line 日本")
    }

    /// A bracketed paste with escape sequences and control characters, in a note: the lines
    /// stay, and nothing of the sequences' control characters reaches the log.
    @Test func aBracketedPasteWithControlsGoesInClean() throws {
        let d = try Driver()
        d.openWithEveryone()
        let pasted = "\u{1B}[200~Første\u{1B}[31m raud\u{1B}[0m\u{07}\r\nAndre\u{1B}[A\u{1B}[201~"
        d.send(contentsOf: Terminal.decode(chars("n" + pasted + "\r")))
        #expect(d.meeting.notes.last?.text == "Første raud\nAndre")
    }

}

/// Mouse clicks are a convenience: every click does what a key does.
@MainActor
@Suite struct ClickTests {
    @Test func clickingPeopleMarksThemAndClickingAHintPressesItsKey() throws {
        let d = try Driver()
        d.click("Ola Bakken")
        d.click("Siri Haugland")
        #expect(d.meeting.present == ["ola", "siri"])
        d.click("Siri Haugland")
        #expect(d.meeting.present == ["ola"])
        d.click("o opne møtet")
        #expect(d.meeting.stage == .checkIn)
        d.click("Enter hadde ordet")
        #expect(d.meeting.openRound == nil)
        #expect(d.state.context == .between)
    }

    @Test func clickingAnAgendaRowSelectsTheItem() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.click("Korleis tek vi im")
        #expect(d.state.selectedItem?.id == "s3")
        d.click("Enter start saka")
        #expect(d.meeting.activeItem?.id == "s3")
        d.click("Korleis tek vi im")
        #expect(d.meeting.activeItem?.id == "s3", "during an item the agenda is not a list to pick from")
    }

    @Test func aClickWithAnOverlayOpenDoesNothing() throws {
        let d = try Driver()
        d.press(.char("?"))
        let before = d.state
        d.click("Hjelp")
        #expect(d.state.overlay == before.overlay)
        #expect(d.meeting == before.meeting)
    }
}

/// The keys that are in `?` help rather than on the hint line: withdraw, postpone, change type,
/// ugild, stop a round, run a round again.
@MainActor
@Suite struct LessCommonKeysTests {
    /// A driver with the meeting open and the decision item (s2) started.
    func decisionStarted() throws -> Driver {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .enter)
        #expect(d.meeting.activeItem?.id == "s2")
        return d
    }

    @Test func editAnItemBeforeTheStartFromItsAgendaLine() throws {
        let d = try Driver()
        d.press(.char("s"), .down, .char("e"))
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("no text field")
            return
        }
        #expect(entry.editor.text.hasPrefix("avgjerd: Prøveordning med heimekontor @kari 25m info/drøft"))
        #expect(entry.editor.text.contains("forslag: Vi prøver heimekontor onsdagar i tre månader."))
        d.press(.ctrl("u"), .backspace, .ctrl("u"))  // clear the proposal line, join, clear the item line
        d.type("drøfting: Heimekontor – kva tenkjer de? @ola 15m")
        d.press(.enter)
        let item = try #require(d.meeting.item("s2"))
        #expect(item.kind == .discussion)
        #expect(item.title == "Heimekontor – kva tenkjer de?")
        #expect(item.owner == "ola")
        #expect(item.draft.timebox == 15)
    }

    @Test func checkOutWithItemsLeftAsksFirst() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("c"))
        #expect(d.meeting.stage != .checkOut)
        #expect(d.screen().screen.snapshot.contains("5 sak(er) er ikkje handsama. Gå til utsjekk likevel? (j/n)"))
        d.press(.char("n"))
        #expect(d.state.overlay == nil)
        d.press(.char("c"), .char("j"))
        #expect(d.meeting.stage == .checkOut)
    }

    @Test func everyoneEvaluatesTheMeetingByKeysAfterTheClosingRound() throws {
        let d = try Driver()
        d.openWithEveryone()
        // Not offered while items wait on the agenda.
        #expect(!d.state.isAvailable(.evaluate))
        d.press(.char("c"), .char("j"))
        while d.meeting.openRound != nil { d.press(.enter) }
        #expect(d.state.context == .closing)
        #expect(d.state.isAvailable(.evaluate))
        // e, the person (1), the score (4), one thing to do better.
        d.press(.char("e"), .char("1"), .char("4"))
        d.type("Kortare innsjekk.")
        d.press(.enter)
        #expect(d.meeting.evaluations == [EvaluationGiven(participant: "kari", score: 4, text: "Kortare innsjekk.")])
        let closing = d.screen(Size(width: 160, height: 48)).screen.snapshot
        #expect(closing.contains("Evaluering av møtet — snitt 4,0 / 5"))
        #expect(closing.contains("Kari Nordvik: 4 — Kortare innsjekk."))
        // Those who have not evaluated come first; no text is fine.
        d.press(.char("e"), .char("1"), .char("5"), .enter)
        #expect(d.meeting.evaluations.last == EvaluationGiven(participant: "ola", score: 5, text: nil))
        #expect(d.state.overlay == nil)
        d.press(.enter, .char("j"))
        #expect(d.meeting.stage == .closed)
    }

    @Test func theUnionsViewOnAnInfoDrøftItemByKeys() throws {
        let d = try Driver()
        d.openWithEveryone()
        // s2 is info/drøft; Siri is the team's tillitsvald and present.
        d.press(.down, .enter)
        #expect(d.meeting.activeItemID == "s2")
        #expect(d.screen(Size(width: 160, height: 48)).screen.snapshot.contains("tillitsvald: Siri Haugland"))
        d.press(.char("T"))
        d.type("Fagforbundet støttar prøveordninga.")
        d.press(.enter)
        #expect(d.meeting.item("s2")?.unionViews == ["Fagforbundet støttar prøveordninga."])
        #expect(d.screen(Size(width: 160, height: 48)).screen.snapshot.contains("Tillitsvalde sitt syn: Fagforbundet støttar prøveordninga."))
        // Siri leaves: the screen warns that no union representative is present.
        d.press(.char("a"), .char("3"))
        #expect(d.meeting.participant("siri")?.isPresent == false)
        #expect(d.screen(Size(width: 160, height: 48)).screen.snapshot.contains("Info/drøft: ingen tillitsvald er til stades."))
    }

    @Test func theOpeningScreenShowsTheTeamsWorkingAgreement() throws {
        let d = try Driver(agreement: ["Vi byrjar og sluttar til tida.", "Ein snakkar om gongen."])
        let screen = d.screen().screen.snapshot
        #expect(screen.contains("Spelereglar"))
        #expect(screen.contains("Vi byrjar og sluttar til tida."))
        #expect(screen.contains("Ein snakkar om gongen."))
        #expect(d.meeting.agreement == ["Vi byrjar og sluttar til tida.", "Ein snakkar om gongen."])
        #expect(!(try Driver()).screen().screen.snapshot.contains("Spelereglar"))
    }

    @Test func theUnionKeyDoesNothingOnAnItemNotInfoDrøft() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.enter)
        #expect(d.meeting.activeItemID == "s1")
        #expect(!d.state.isAvailable(.unionView))
        d.press(.char("T"))
        #expect(d.state.overlay == nil)
    }

    @Test func withdrawWithAReason() throws {
        let d = try decisionStarted()
        d.press(.char("w"))
        d.type("Saka er løyst av leiinga.")
        d.press(.enter)
        #expect(d.meeting.item("s2")?.status == .withdrawn)
        #expect(d.meeting.item("s2")?.endReason == "Saka er løyst av leiinga.")
        #expect(d.state.context == .between)
    }

    @Test func postponeWithoutAReason() throws {
        let d = try decisionStarted()
        d.press(.char("z"), .enter)
        #expect(d.meeting.item("s2")?.status == .postponed)
        #expect(d.meeting.item("s2")?.endReason == nil)
    }

    @Test func changeTypeFromDecisionToDiscussion() throws {
        let d = try decisionStarted()
        d.press(.char("t"))
        guard case .choice(let choice) = d.state.overlay else {
            Issue.record("no choice of types")
            return
        }
        #expect(choice.options.map(\.value) == ["information", "discussion", "session", "our-problem"])
        d.press(.char("2"))
        #expect(d.meeting.item("s2")?.kind == .discussion)
        #expect(d.meeting.item("s2")?.steps.map(\.key) == RecipeBook.builtIn.defaultRecipe(for: .discussion).steps.map(\.key))
    }

    @Test func arriveAndLeaveDuringTheMeetingByKeys() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("a"))
        #expect(d.screen().screen.snapshot.contains("Kven kom eller gjekk?"))
        #expect(d.screen().screen.snapshot.contains("— til stades"))
        d.press(.char("4"))
        #expect(d.meeting.participant("per")?.attendance == .absent)
        #expect(d.meeting.attendanceChanges.map(\.participant) == ["per"])

        d.press(.enter, .enter)  // s1: present, then its round
        let began = try #require(d.meeting.openRound?.order)
        #expect(Set(began) == ["kari", "ola", "siri"])
        d.press(.char("a"), .char("4"))
        #expect(d.meeting.participant("per")?.isPresent == true)
        #expect(d.meeting.openRound?.order == began, "who arrives joins the next round, not this one")
        #expect(d.state.message?.text.hasPrefix("Per Ødegård") == true)
        #expect(d.state.message?.text.hasSuffix("med frå neste runde.") == true, "the room sees who came")
        #expect(d.screen().screen.snapshot.contains("kom etter at runden starta"), "and that he is in from the next round")
        d.press(.enter)  // the first speaker has the floor
        let leaving = began[1]
        let number = try #require(["kari", "ola", "siri", "per"].firstIndex(of: leaving)) + 1
        d.press(.char("a"), .char(Character("\(number)")))  // the second leaves before their turn
        #expect(d.meeting.openRound?.waiting == [began[2]])
        d.press(.enter)
        #expect(d.meeting.openRound == nil)
        d.press(.char("r"))
        #expect(Set(d.meeting.openRound?.order ?? []) == Set(["kari", "ola", "siri", "per"]).subtracting([leaving]))
    }

    @Test func aGuestSpeaksButIsNotInTheConsentRound() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("g"))
        d.type("Hanne Vik")
        d.press(.enter)
        #expect(d.meeting.participant("hanne-vik")?.attendance == .guest)
        d.press(.down, .enter, .enter)  // s2: present, clarifying round
        #expect(Set(d.meeting.openRound?.order ?? []) == ["kari", "ola", "siri", "per", "hanne-vik"])
        while d.meeting.activeItem?.currentStep?.mode != .consent {
            while d.meeting.openRound != nil { d.press(.enter) }
            d.press(.enter)
        }
        #expect(d.state.context == .consent)
        #expect(Set(d.meeting.openRound?.order ?? []) == ["kari", "ola", "siri", "per"])
        #expect(d.screen().screen.snapshot.contains("Hanne Vik       gjest, ikkje med i"), "the room sees the guest is not in the consent round")
        for _ in 0..<4 { d.press(.char("y")) }
        d.press(.char("d"), .enter, .enter, .enter)
        #expect(Set(d.meeting.item("s2")?.decision?.consents ?? []) == ["kari", "ola", "siri", "per"])
    }

    @Test func ugildSitsOutTheItemsRounds() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .char("v"), .char("3"))
        d.type("Søster til ein av brukarane.")
        d.press(.enter)
        #expect(d.meeting.item("s2")?.disqualified.map(\.participant) == ["siri"])
        #expect(d.screen().screen.snapshot.contains("Ugild (fvl. § 6): Siri Haugland — Søster til ein"), "the room sees who sits out, and why")
        d.press(.enter, .enter)
        // Kari opened the check-in, so Ola opens the next round; Siri sits out.
        #expect(d.meeting.openRound?.order == ["ola", "per", "kari"])
    }

    /// `s` chooses who starts while nobody has spoken; undo takes the choice back; once someone
    /// has spoken it is too late. The next round starts with the one after the chosen one.
    @Test func chooseWhoStartsTheRound() throws {
        let d = try decisionStarted()
        d.press(.enter)
        let order = try #require(d.meeting.openRound?.order)
        #expect(d.state.context == .round)
        d.press(.char("s"))
        guard case .choice(let choice) = d.state.overlay else {
            Issue.record("no choice of who starts")
            return
        }
        #expect(choice.options.map(\.value) == order.map(\.rawValue))
        d.press(.char("3"))
        let chosen = Array(order[2...] + order[..<2])
        #expect(d.meeting.openRound?.order == chosen)
        #expect(d.meeting.openRound?.speaker == order[2])
        d.press(.char("u"))
        #expect(d.meeting.openRound?.order == order, "undo gives back the order the round started with")
        d.press(.char("s"), .char("3"))
        d.press(.enter)
        #expect(d.meeting.openRound?.turns.map(\.participant) == [order[2]])
        d.press(.char("s"))
        #expect(d.state.overlay == nil)
        #expect(d.state.message?.isError == true, "too late once someone has spoken")
        while d.meeting.openRound != nil { d.press(.enter) }
        d.press(.enter)
        #expect(d.meeting.openRound?.order.first == order[3], "the next round starts after the one who opened this one")
    }

    @Test func stopARoundEarlyAsksFirstThenRunItAgain() throws {
        let d = try decisionStarted()
        d.press(.enter)
        #expect(d.state.context == .round)
        d.press(.char("x"), .char("n"))
        #expect(d.meeting.openRound != nil, "n keeps the round going")
        d.press(.char("x"), .char("j"))
        #expect(d.meeting.openRound == nil)
        #expect(d.meeting.rounds.last?.stoppedEarly == true)
        d.press(.char("r"))
        #expect(d.meeting.openRound?.number == 2)
        #expect(d.meeting.openRound?.step == "clarify")
    }
}

/// The follow-up of earlier meetings, between items: each open action done, carried on or
/// cancelled; each decision due for review standing (with or without a next date) or taken up again.
@MainActor
@Suite struct FollowUpKeysTests {
    @Test func theTeamFollowsUpEveryEntryByKeys() throws {
        let d = try Driver(followUp: Driver.followUp, reviewDue: Driver.reviewDue)
        d.openWithEveryone()
        #expect(d.screen().screen.snapshot.contains("Oppfølging: 3 ikkje handsama (trykk o)"))
        d.press(.char("o"))
        #expect(d.state.context == .followUp)
        d.press(.enter, .char("1"))
        d.press(.down, .enter, .char("2"))
        #expect(d.meeting.followUpStatus == [Driver.followUp[0].reference: .done, Driver.followUp[1].reference: .open])

        d.press(.down, .enter, .char("2"))
        d.type("2027-13-01")
        d.press(.enter)
        #expect(d.state.message?.isError == true, "a day that does not exist is explained and the field stays open")
        d.press(.ctrl("u"))
        d.type("2027-03-01")
        d.press(.enter)
        // Then what was learned, which may be left empty.
        guard case .entry(let learned) = d.state.overlay, case .learned = learned.purpose else {
            Issue.record("no question about what was learned")
            return
        }
        d.type("Folk kjem når tida er fast.")
        d.press(.enter)
        let reference = Driver.reviewDue[0].reference
        #expect(d.meeting.reviews[reference]?.nextReview == Day("2027-03-01"))
        #expect(d.meeting.reviews[reference]?.learned == "Folk kjem når tida er fast.")

        // The team changes its mind: take it up again. A decision item revisiting it joins the agenda.
        d.press(.enter, .char("3"), .enter)
        #expect(d.meeting.reviews[reference]?.outcome == .redecided)
        #expect(d.meeting.reviews[reference]?.learned == nil, "nothing written, nothing recorded")
        let added = try #require(d.meeting.items.last)
        #expect(added.title == "Teammøte kvar veke i haust")
        #expect(added.draft.replaces == reference)
        #expect(added.proposal == "Fram til jul er teammøtet kvar måndag.")

        d.press(.escape)
        #expect(d.state.context == .between)
        #expect(!d.screen().screen.snapshot.contains("ikkje handsama"), "everything is followed up")
        d.press(.char("u"))
        #expect(d.meeting.reviews[reference]?.outcome == .kept, "undo takes back the taking up, item and all")
        #expect(d.meeting.items.last?.id == "s5")
    }

    @Test func withNothingToFollowUpTheKeyIsNotOffered() throws {
        let d = try Driver()
        d.openWithEveryone()
        #expect(!d.screen().screen.row(23).contains("o oppfølging"))
        #expect(!d.screen().screen.snapshot.contains("ikkje handsama"))
    }

    @Test func anExemptionIsLiftedOnlyOnPurposeAndWithAReason() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("L"))
        #expect(d.state.message?.text == Refusal.notExempt("s1").message(.nn), "s1 is open: nothing to lift")
        for _ in 0..<4 { d.press(.down) }
        #expect(d.state.selectedItem?.id == "s5")
        d.press(.char("L"))
        d.press(.enter)
        #expect(d.meeting.item("s5")?.draft.exemption == "offl. § 13", "no reason, no lifting")
        guard case .entry = d.state.overlay else {
            Issue.record("the reason is asked for again")
            return
        }
        d.type("Dei pårørande har sagt ja til at saka er open.")
        d.press(.enter)
        let item = try #require(d.meeting.item("s5"))
        #expect(item.draft.exemption == nil)
        #expect(item.liftedExemption?.basis == "offl. § 13")
        #expect(item.liftedExemption?.reason == "Dei pårørande har sagt ja til at saka er open.")
        #expect(d.screen().screen.snapshot.contains("unntak oppheva"), "the screen says so too")
        d.press(.char("u"))
        #expect(d.meeting.item("s5")?.draft.exemption == "offl. § 13", "undo puts the exemption back")
    }
}
