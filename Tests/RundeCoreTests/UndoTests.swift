import Foundation
import Testing

@testable import RundeCore

@Suite struct UndoTests {
    @Test func undoTakesBackTheLatestCommand() throws {
        let h = try Harness(items: [])
        try h.run(.setAttendance("kari", .present))
        let before = h.state
        let absent = try h.run(.setAttendance("per", .absent))
        #expect(h.state.participant("per")?.attendance == .absent)
        let undo = try h.run(.undo)
        #expect(h.events(undo) == [.undone(Undone(target: absent[0].seq))])
        #expect(withoutLastSeq(h.state) == withoutLastSeq(before))
        #expect(h.state.participant("per")?.attendance == .unknown)
        #expect(h.state.lastSeq == undo[0].seq)
        #expect(h.writer.meeting.undoneSeqs == [absent[0].seq])
        #expect(h.writer.meeting.lastEffectiveSeq == absent[0].seq - 1)
    }

    @Test func undoIsANewLineAndTheUndoneLineStays() throws {
        let h = try Harness(items: [])
        try h.attend()
        let linesBefore = try h.lines()
        let bytesBefore = try h.bytes()
        let target = try #require(h.writer.meeting.records.last)
        let undo = try h.run(.undo)
        let bytesAfter = try h.bytes()
        let linesAfter = try h.lines()
        #expect(bytesAfter.starts(with: bytesBefore), "the log only grows")
        #expect(linesAfter.count == linesBefore.count + 1)
        #expect(Array(linesAfter.prefix(linesBefore.count)) == linesBefore)
        #expect(try LineCodec.decode(linesAfter[target.seq - 1]) == target, "the undone line is still there, unchanged")
        let last = try LineCodec.decode(try #require(linesAfter.last))
        #expect(last == undo[0])
        #expect(last.event == .undone(Undone(target: target.seq)))
        #expect(last.seq == target.seq + 1)
        #expect(last.prev == LineCodec.hash(linesBefore[linesBefore.count - 1]), "the undo is chained like any line")
        #expect(h.writer.meeting.records.count == linesAfter.count)
    }

    /// Undo after undo walks back through the history, one command at a time, and each state
    /// equals the state before the command it took back — to the very first event.
    @Test func repeatedUndoWalksBack() throws {
        let items = [Fixture.spec("s1", .decision, proposal: "Prøv det."), Fixture.spec("s2", .session)]
        let h = try Harness(items: items)
        var commands: [(records: [EventRecord], before: MeetingState)] = []
        func step(_ command: Command, by: ParticipantID? = "kari") throws {
            let before = withoutLastSeq(h.state)
            let records = try h.run(command, by: by)
            if !records.isEmpty { commands.append((records, before)) }
        }
        for id: ParticipantID in ["kari", "ola", "ingrid", "per"] { try step(.setAttendance(id, .present)) }
        try step(.addGuest("gunn", name: "Gunn"))
        try step(.openMeeting)
        try step(.speak("kari"))
        try step(.addNote("Kari er glad", speaker: "kari"), by: "ola")
        while let speaker = h.state.openRound?.speaker { try step(.speak(speaker)) }
        try step(.declareUgild("per", item: "s1", reason: "Nabo"))
        try step(.startItem("s1"))
        try step(.addAction(what: "Ringe", who: "ola", due: nil), by: "ola")
        try step(.nextStep)
        try step(.pass("kari"))
        try step(.stopRound)
        try step(.withdrawItem(reason: nil))
        try step(.startItem("s2"))
        #expect(commands.contains { $0.records.count == 3 }, "some commands wrote several events")
        let history = h.writer.meeting.records

        for (records, before) in commands.reversed() {
            let undo = try h.run(.undo)
            #expect(h.events(undo) == records.reversed().map { .undone(Undone(target: $0.seq)) }, "undo of seqs \(records.map(\.seq))")
            #expect(withoutLastSeq(h.state) == before, "after undoing seqs \(records.map(\.seq))")
            #expect(checkInvariants(h.writer.meeting) == [])
        }
        #expect(withoutLastSeq(h.state) == withoutLastSeq(MeetingState(created: Fixture.created(items: items), at: history[0].at)))
        try h.refuse(.undo, .nothingToUndo)
        // Every line is still in the file: the history, then one undo line per event.
        #expect(try h.lines().count == history.count * 2 - 1)
    }

    /// A command's events are taken back together, latest first, each with its own line.
    @Test func undoTakesBackEveryEventOfTheCommand() throws {
        let h = try Harness(items: [Fixture.spec("s1", .session)])
        try h.openWithCheckIn()
        let before = h.state
        let started = try h.run(.startItem("s1"))
        #expect(started.count == 3)
        let undo = try h.run(.undo)
        #expect(
            h.events(undo) == [
                .undone(Undone(target: started[2].seq)), .undone(Undone(target: started[1].seq)), .undone(Undone(target: started[0].seq)),
            ])
        #expect(Set(undo.map(\.at)).count == 1, "the undo lines are one command")
        #expect(withoutLastSeq(h.state) == withoutLastSeq(before))
        #expect(h.state.item("s1")?.status == .pending)
    }

    /// The scribe's note between two of the facilitator's commands is a command of its own.
    @Test func undoTakesBackOnlyTheLatestCommandNotTheSameSpeakersEarlierOne() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        let note = try h.run(.addNote("Skrivaren noterer", speaker: nil), by: "ola")
        let undo = try h.run(.undo)
        #expect(h.events(undo) == [.undone(Undone(target: note[0].seq))])
        #expect(h.state.notes.isEmpty)
        #expect(h.state.openRound != nil, "the check-in round is still there")
    }

    @Test func nothingToUndoInAFreshMeeting() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.refuse(.undo, .nothingToUndo)
    }

    @Test func undoRefusedAfterClose() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.closeMeeting)
        try h.refuse(.undo, .meetingClosed)
        #expect(h.state.stage == .closed)
    }

    @Test func undoAfterRoundStartedRemovesTheRound() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        try h.attend()
        let beforeOpen = h.state
        try h.run(.openMeeting)
        #expect(h.state.rounds.count == 1)
        // Opening and its check-in round are one command: undo takes back both.
        let undoOpen = try h.run(.undo)
        #expect(undoOpen.count == 2)
        #expect(h.state.rounds.isEmpty)
        #expect(h.state.openRound == nil)
        #expect(h.state.stage == .scheduled)
        #expect(h.state.openedAt == nil)
        #expect(withoutLastSeq(h.state) == withoutLastSeq(beforeOpen))

        // A round run again is a command of its own: undo removes just that round.
        try h.run(.openMeeting)
        try h.everyoneSpeaks()
        let afterCheckIn = h.state
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.number == 2)
        try h.run(.undo)
        #expect(h.state.rounds.count == 1)
        #expect(h.state.openRound == nil)
        #expect(withoutLastSeq(h.state) == withoutLastSeq(afterCheckIn))

        // In an item: undoing the step that opened a round takes back the step and its round.
        try h.run(.startItem("s1"))
        let atPresent = h.state
        let step = try h.run(.nextStep)
        #expect(h.state.openRound?.step == "clarify")
        try h.run(.speak("kari"))
        try h.run(.undo)
        #expect(h.state.openRound?.turns == [])
        try h.run(.undo)
        #expect(h.state.rounds(of: "s1").isEmpty)
        #expect(h.state.openRound == nil)
        #expect(h.state.activeItem?.currentStep?.key == "present")
        #expect(withoutLastSeq(h.state) == withoutLastSeq(atPresent))
        let again = try h.run(.nextStep)
        #expect(h.events(again) == h.events(step))
        #expect(h.state.openRound?.number == 1)
        #expect(h.state.openRound?.id == again[1].seq)
    }

    @Test func undoATurn() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.run(.speak("kari"))
        try h.run(.pass("ola"))
        try h.run(.undo)
        #expect(h.state.openRound?.turns == [Turn(participant: "kari", outcome: .spoke)])
        #expect(h.state.openRound?.speaker == "ola")
        try h.run(.speak("ola"))
        #expect(h.state.openRound?.turns.last == Turn(participant: "ola", outcome: .spoke))
    }

    /// Undo a turn that ended the round: the round is open again.
    @Test func undoTheLastTurnReopensTheRound() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.everyoneSpeaks()
        #expect(h.state.openRound == nil)
        try h.run(.undo)
        #expect(h.state.openRound?.waiting == ["per"])
    }

    @Test func undoARecordedDecision() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        let before = h.state
        try h.run(.recordDecision(reviewDate: nil))
        #expect(h.state.item("s1")?.status == .done)
        try h.run(.undo)
        #expect(withoutLastSeq(h.state) == withoutLastSeq(before))
        #expect(h.state.activeItemID == "s1")
        #expect(h.state.item("s1")?.decision == nil)
        #expect(h.state.item("s1")?.status == .active)
        #expect(h.state.decisions.isEmpty)
        try h.run(.recordDecision(reviewDate: Day("2027-01-01")))
        #expect(h.state.item("s1")?.decision?.reviewDate == Day("2027-01-01"))
    }

    @Test func undoAnObjectionFreesTheDecision() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .consent))
        try h.run(.answer("ola", .consent))
        try h.run(.answer("ingrid", .consent))
        try h.run(.answer("per", .objection("Nei")))
        try h.refuse(.recordDecision(reviewDate: nil), .objectionsStand(["per"]))
        try h.run(.undo)
        #expect(h.state.activeItem?.objections == [])
        try h.run(.answer("per", .consent))
        try h.run(.recordDecision(reviewDate: nil))
        #expect(h.state.item("s1")?.decision?.objections == [])
        #expect(h.state.item("s1")?.decision?.consents == ["kari", "ola", "ingrid", "per"])
    }

    /// Undo does not take back an undo: after "A, undo, B, undo", the next undo takes back
    /// what came before A.
    @Test func undoSkipsUndoneEventsAndUndos() throws {
        let h = try Harness(items: [])
        let first = try h.run(.setAttendance("kari", .present))
        let a = try h.run(.setAttendance("ola", .present))
        try h.run(.undo)
        let b = try h.run(.setAttendance("per", .absent))
        let undoB = try h.run(.undo)
        #expect(h.events(undoB) == [.undone(Undone(target: b[0].seq))])
        let undoFirst = try h.run(.undo)
        #expect(h.events(undoFirst) == [.undone(Undone(target: first[0].seq))])
        #expect(h.writer.meeting.undoneSeqs == [first[0].seq, a[0].seq, b[0].seq])
        #expect(h.state.participants.map(\.attendance) == [.unknown, .unknown, .unknown, .unknown])
        try h.refuse(.undo, .nothingToUndo)
    }

    /// An undo written by one writer is seen by another on the same file (a scribe on a
    /// second terminal).
    @Test func undoSeenBySecondWriter() throws {
        let h = try Harness(items: [])
        try h.attend()
        let scribe = try MeetingLogWriter(url: h.url, clock: h.clock.read)
        try scribe.submit(.addNote("Notat", speaker: nil), by: "ola")
        let undo = try h.run(.undo)
        #expect(h.state.notes.isEmpty)
        #expect(h.events(undo) == [.undone(Undone(target: 6))], "seq 6: the scribe's note, after meetingCreated and four attendances")
        try scribe.refresh()
        #expect(scribe.meeting == h.writer.meeting)
    }
}
