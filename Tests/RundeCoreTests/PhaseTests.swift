import Foundation
import Testing

@testable import RundeCore

/// Everyone on the fixture's list, in list order.
private let everyone: [ParticipantID] = ["kari", "ola", "ingrid", "per"]

/// `order` turned to start `by` places on: the order of the meeting's round number `by` (from
/// 0, the check-in) when nobody comes or goes, since each round starts with the one after the
/// one who opened the round before.
private func turned(_ order: [ParticipantID] = everyone, by places: Int) -> [ParticipantID] {
    guard !order.isEmpty else { return order }
    let start = places % order.count
    return Array(order[start...] + order[..<start])
}

/// The events that begin step `index` of item `item` with recipe step `step`, when `order` speaks.
private func entering(_ item: ItemID, step index: Int, _ step: RecipeStep, order: [ParticipantID] = everyone) -> [Event] {
    let started = Event.stepStarted(StepStarted(item: item, step: index, key: step.key))
    switch step.mode {
    case .round: return [started, .roundStarted(RoundStarted(purpose: .item, item: item, step: step.key, order: order))]
    case .consent: return [started, .roundStarted(RoundStarted(purpose: .consent, item: item, step: step.key, order: order))]
    case .present, .conclusion, .amend: return [started]
    }
}

// MARK: - Every step of every item type

@Suite struct ItemRecipeTests {
    /// Walks an item of each type from start to end, checking each step's key, mode, events and
    /// round, and how the item ends.
    @Test(arguments: ItemKind.allCases)
    func everyStepOfTheRecipe(kind: ItemKind) throws {
        let proposal: String? = kind == .decision ? "Vi prøver ny vaktplan i tre månader." : nil
        let h = try Harness(items: [Fixture.spec("s1", kind, proposal: proposal), Fixture.spec("s2", .information)])
        try h.openWithCheckIn()
        let steps = Fixture.recipe(kind).steps
        #expect(h.state.item("s1")?.steps == steps)

        var order = turned(by: h.state.rounds.count)
        var records = try h.run(.startItem("s1"))
        #expect(h.events(records) == [.itemStarted(ItemRef(item: "s1"))] + entering("s1", step: 0, steps[0], order: order))
        let startedAt = records[0].at
        #expect(h.state.stage == .agenda)
        #expect(h.state.activeItemID == "s1")
        #expect(h.state.item("s1")?.status == .active)
        #expect(h.state.item("s1")?.startedAt == startedAt)
        #expect(h.state.item("s1")?.endedAt == nil)
        #expect(h.state.item("s2")?.status == .pending)

        var roundIDs: [Int] = []
        for (index, step) in steps.enumerated() {
            if index > 0 {
                order = turned(by: h.state.rounds.count)
                records = try h.run(.nextStep)
                #expect(h.events(records) == entering("s1", step: index, step, order: order), "step \(index)")
            }
            let item = try #require(h.state.activeItem)
            #expect(item.stepIndex == index)
            #expect(item.currentStep == step, "step \(index): key \(step.key), mode \(step.mode)")
            #expect(item.currentStep?.key == step.key)
            #expect(item.currentStep?.mode == step.mode)
            #expect(item.currentStep?.timebox == step.timebox)

            switch step.mode {
            case .round:
                let round = try #require(h.state.openRound)
                #expect(round.id == records.last?.seq)
                #expect(round.purpose == .item)
                #expect(round.item == "s1")
                #expect(round.step == step.key)
                #expect(round.order == order)
                #expect(round.opener == order[0])
                #expect(round.number == 1)
                #expect(round.turns.isEmpty)
                #expect(round.speaker == order[0])
                roundIDs.append(round.id)
                // Speak and pass alternately, in the round's order.
                try h.run(.speak(order[0]))
                #expect(h.state.openRound?.speaker == order[1])
                try h.run(.pass(order[1]))
                try h.run(.speak(order[2]))
                try h.run(.pass(order[3]))
                #expect(h.state.openRound == nil)
                let over = try #require(h.state.rounds.last)
                #expect(over.id == round.id)
                #expect(over.isOver)
                #expect(!over.stoppedEarly)
                #expect(
                    over.turns == [
                        Turn(participant: order[0], outcome: .spoke), Turn(participant: order[1], outcome: .passed),
                        Turn(participant: order[2], outcome: .spoke), Turn(participant: order[3], outcome: .passed),
                    ])
            case .consent:
                let round = try #require(h.state.openRound)
                #expect(round.purpose == .consent)
                #expect(round.item == "s1")
                #expect(round.step == step.key)
                #expect(round.order == order)
                #expect(round.number == 1)
                roundIDs.append(round.id)
                try h.everyoneConsents()
                #expect(h.state.rounds.last?.turns.map(\.outcome) == Array(repeating: .answered(.consent), count: 4))
            case .present, .amend:
                #expect(h.state.openRound == nil)
                #expect(records.count == (index == 0 ? 2 : 1))
            case .conclusion:
                #expect(h.state.openRound == nil)
                records = try h.run(.conclude("  Eigaren konkluderer: vi held fram.  "))
                #expect(h.events(records) == [.conclusionStated(ItemText(item: "s1", text: "Eigaren konkluderer: vi held fram."))])
                #expect(h.state.activeItem?.conclusion == "Eigaren konkluderer: vi held fram.")
            }
        }

        if kind == .decision {
            try h.refuse(.nextStep, .decisionNeedsRecording)
            records = try h.run(.recordDecision(reviewDate: nil))
            #expect(records.count == 1)
            guard case .decisionRecorded(let decision) = records.first?.event else {
                Issue.record("expected decisionRecorded, got \(h.events(records))")
                return
            }
            #expect(decision.text == proposal)
            #expect(h.state.item("s1")?.decision == decision)
        } else {
            records = try h.run(.nextStep)
            #expect(h.events(records) == [.itemEnded(ItemRef(item: "s1"))])
            #expect(h.state.item("s1")?.decision == nil)
        }
        let done = try #require(h.state.item("s1"))
        #expect(done.status == .done)
        #expect(h.state.activeItemID == nil)
        #expect(h.state.activeItem == nil)
        #expect(done.currentStep == nil)
        #expect(done.stepIndex == steps.count - 1)
        #expect(done.startedAt == startedAt)
        #expect(done.endedAt == records.last?.at)
        #expect(try #require(done.endedAt) > startedAt)
        #expect(h.state.rounds(of: "s1").map(\.id) == roundIDs)
        #expect(h.state.rounds(of: "s1").map(\.step) == steps.filter { $0.mode == .round || $0.mode == .consent }.map(\.key))
        #expect(h.state.stage == .agenda)
        try h.refuse(.nextStep, .noActiveItem)
        try h.refuse(.startItem("s1"), .itemNotPending("s1"))

        // The next item starts as usual.
        try h.run(.startItem("s2"))
        #expect(h.state.activeItemID == "s2")
    }

    /// The conclusion step is optional: the owner may move on without stating one.
    @Test(arguments: [ItemKind.discussion, .session, .ourProblem])
    func conclusionMayBeSkipped(kind: ItemKind) throws {
        let h = try Harness(items: [Fixture.spec("s1", kind)])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        while h.state.activeItemID != nil {
            if h.state.openRound != nil { try h.everyonePasses() }
            try h.run(.nextStep)
        }
        #expect(h.state.item("s1")?.status == .done)
        #expect(h.state.item("s1")?.conclusion == nil)
        #expect(h.state.rounds(of: "s1").allSatisfy { $0.turns.allSatisfy { $0.outcome == .passed } })
    }

    /// Rounds in an item take those present and not *ugild*, in list order: absent members
    /// and the unmarked are left out, a guest comes last.
    @Test func roundOrderIsPresentNonUgildInListOrder() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion, owner: "ola")])
        try h.run(.setAttendance("per", .present))
        try h.run(.setAttendance("ola", .present))
        try h.run(.setAttendance("kari", .present))
        try h.run(.setAttendance("ingrid", .absent))
        try h.run(.addGuest("gunn", name: "Gunn Gjest"))
        try h.run(.declareUgild("kari", item: "s1", reason: "Inhabil: tilsett ektefelle"))
        try h.run(.openMeeting)
        #expect(h.state.openRound?.order == ["kari", "ola", "per", "gunn"])
        try h.everyoneSpeaks()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        #expect(h.state.openRound?.order == ["ola", "per", "gunn"])
        #expect(h.state.openRound?.speaker == "ola")
    }
}

// MARK: - The meeting: attendance, check-in, rounds, closing

@Suite struct MeetingPhaseTests {
    @Test func attendance() throws {
        let h = try Harness(items: [])
        #expect(h.state.participants.map(\.attendance) == [.unknown, .unknown, .unknown, .unknown])
        #expect(h.state.present.isEmpty)

        var records = try h.run(.setAttendance("kari", .present))
        #expect(h.events(records) == [.attendanceSet(AttendanceSet(participant: "kari", attendance: .present))])
        try h.run(.setAttendance("ola", .present))
        try h.run(.setAttendance("ingrid", .present))
        records = try h.run(.setAttendance("per", .absent))
        #expect(h.events(records) == [.attendanceSet(AttendanceSet(participant: "per", attendance: .absent))])
        #expect(h.state.participants.map(\.attendance) == [.present, .present, .present, .absent])
        #expect(h.state.present == ["kari", "ola", "ingrid"])

        // Marking what is already so writes nothing.
        records = try h.run(.setAttendance("kari", .present))
        #expect(records.isEmpty)

        // A guest: appended to the list, present, not a member.
        records = try h.run(.addGuest("gunn", name: "  Gunn Gjest  "), by: "ola")
        #expect(h.events(records) == [.guestAdded(GuestAdded(participant: "gunn", name: "Gunn Gjest"))])
        #expect(records.first?.by == "ola")
        #expect(h.state.participants.last == Participant(id: "gunn", name: "Gunn Gjest", roles: [], attendance: .guest))
        #expect(h.state.present == ["kari", "ola", "ingrid", "gunn"])
        records = try h.run(.setAttendance("gunn", .present))
        #expect(records.isEmpty, "a guest marked present stays a guest")
        #expect(h.state.participant("gunn")?.attendance == .guest)

        // Someone absent comes after all.
        try h.run(.setAttendance("per", .present))
        #expect(h.state.present == ["kari", "ola", "ingrid", "per", "gunn"])
        try h.run(.openMeeting)
        #expect(h.state.openRound?.order == ["kari", "ola", "ingrid", "per", "gunn"])
    }

    @Test func absentPersonDropsOutOfOpenRoundOnlyIfTheirTurnIsToCome() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.run(.speak("kari"))
        try h.run(.setAttendance("ingrid", .absent))
        var round = try #require(h.state.openRound)
        #expect(round.order == ["kari", "ola", "per"])
        #expect(round.waiting == ["ola", "per"])
        // Kari leaves after her turn: she keeps it.
        try h.run(.setAttendance("kari", .absent))
        round = try #require(h.state.openRound)
        #expect(round.order == ["kari", "ola", "per"])
        #expect(round.turns == [Turn(participant: "kari", outcome: .spoke)])
        try h.refuse(.speak("ingrid"), .notInRound("ingrid"))
        try h.run(.pass("ola"))
        // The last one waiting leaves: the round is over.
        try h.run(.setAttendance("per", .absent))
        #expect(h.state.openRound == nil)
        let last = try #require(h.state.rounds.last)
        #expect(last.isOver)
        #expect(!last.stoppedEarly)
        #expect(last.order == ["kari", "ola"])
        #expect(last.turns.map(\.participant) == ["kari", "ola"])
        // Coming back does not put anyone into a round that is over; the next round has them.
        try h.run(.setAttendance("ingrid", .present))
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.order == ["ola", "ingrid"])
        #expect(h.state.openRound?.number == 2)
    }

    @Test func guestAddedMidRoundJoinsTheNextRound() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.run(.addGuest("gunn", name: "Gunn"))
        #expect(h.state.openRound?.order == everyone)
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        // Kari opened the check-in, so Ola opens the next round; Gunn is last on the list.
        #expect(h.state.openRound?.order == ["ola", "ingrid", "per", "gunn", "kari"])
    }

    @Test func checkInRound() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.attend()
        #expect(h.state.stage == .scheduled)
        let records = try h.run(.openMeeting)
        #expect(
            h.events(records) == [
                .meetingOpened, .roundStarted(RoundStarted(purpose: .checkIn, item: nil, step: nil, order: everyone)),
            ])
        #expect(h.state.stage == .checkIn)
        #expect(h.state.openedAt == records[0].at)
        #expect(h.state.closedAt == nil)
        let round = try #require(h.state.openRound)
        #expect(round == Round(id: records[1].seq, purpose: .checkIn, item: nil, step: nil, order: everyone, number: 1, opener: "kari"))
        #expect(round.speaker == "kari")
        try h.run(.speak("kari"))
        try h.run(.pass("ola"))
        try h.refuse(.startItem("s1"), .roundInProgress(waiting: ["ingrid", "per"]))
        try h.run(.speak("ingrid"))
        try h.run(.speak("per"))
        #expect(h.state.openRound == nil)
        #expect(h.state.rounds.count == 1)
        #expect(h.state.rounds[0].turns.map(\.outcome) == [.spoke, .passed, .spoke, .spoke])
        #expect(h.state.stage == .checkIn)
        try h.run(.startItem("s1"))
        #expect(h.state.stage == .agenda)
    }

    /// Each round starts with the one after whoever opened the round before, in list order,
    /// among those taking part: someone absent or *ugild* is passed over, and the one who
    /// opened keeps counting as opener after leaving the round.
    @Test func roundsRotateTheirFirstSpeaker() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        try h.attend()
        try h.run(.openMeeting)
        #expect(h.state.openRound?.order == everyone, "the first round starts with the first on the list")
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.order == ["ola", "ingrid", "per", "kari"])
        // Ola, who opened, leaves before his turn: he still counts as its opener.
        try h.run(.setAttendance("ola", .absent))
        #expect(h.state.openRound?.order == ["ingrid", "per", "kari"])
        #expect(h.state.openRound?.opener == "ola")
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.order == ["ingrid", "per", "kari"])
        try h.everyoneSpeaks()
        // Per is ugild on s1: after Ingrid comes Per on the list, but he sits out, so Kari opens.
        try h.run(.declareUgild("per", item: "s1", reason: "Nabo"))
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        #expect(h.state.openRound?.order == ["kari", "ingrid"])
    }

    /// The facilitator chooses who starts while nobody has spoken: the round's circle turns to
    /// start with them, the next round starts after them, undo gives the order back, and the
    /// log replays to the same orders.
    @Test func chooseWhoStarts() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        let records = try h.run(.chooseFirstSpeaker("ingrid"))
        #expect(h.events(records) == [.firstSpeakerChosen(FirstSpeakerChosen(order: ["ingrid", "per", "kari", "ola"]))])
        #expect(h.state.openRound?.speaker == "ingrid")
        #expect(h.state.openRound?.opener == "ingrid")
        #expect(try h.run(.chooseFirstSpeaker("ingrid")).isEmpty, "already first: nothing to write")
        try h.run(.undo)
        #expect(h.state.openRound?.order == everyone)
        #expect(h.state.openRound?.opener == "kari")
        try h.run(.chooseFirstSpeaker("per"))
        try h.run(.chooseFirstSpeaker("ola"))
        #expect(h.state.openRound?.order == ["ola", "ingrid", "per", "kari"])
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.order == ["ingrid", "per", "kari", "ola"], "the next round starts after the chosen one")
        #expect(try MeetingLog.read(h.url).meeting.state.rounds.map(\.order) == h.state.rounds.map(\.order))
    }

    @Test func roundRunAgainIsNumberTwo() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        try h.openWithCheckIn()
        var records = try h.run(.runRoundAgain)
        // The second check-in starts with the one after Kari, who opened the first.
        #expect(h.events(records) == [.roundStarted(RoundStarted(purpose: .checkIn, item: nil, step: nil, order: turned(by: 1)))])
        #expect(h.state.openRound?.number == 2)
        #expect(h.state.openRound?.purpose == .checkIn)
        try h.refuse(.runRoundAgain, .roundInProgress(waiting: turned(by: 1)))
        try h.everyonePasses()

        try h.run(.startItem("s1"))
        try h.refuse(.runRoundAgain, .stepHasNoRound)
        try h.run(.nextStep)
        #expect(h.state.openRound?.number == 1)
        try h.everyoneSpeaks()
        records = try h.run(.runRoundAgain)
        #expect(h.events(records) == [.roundStarted(RoundStarted(purpose: .item, item: "s1", step: "clarify", order: turned(by: 3)))])
        #expect(h.state.openRound?.number == 2)
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.number == 3)
        try h.everyoneSpeaks()
        // The next step's round starts again at 1.
        try h.run(.nextStep)
        #expect(h.state.openRound?.step == "views")
        #expect(h.state.openRound?.number == 1)
        #expect(h.state.rounds(of: "s1").map(\.number) == [1, 2, 3, 1])
        #expect(h.state.rounds(of: "s1").map(\.step) == ["clarify", "clarify", "clarify", "views"])
    }

    @Test func stopRoundEarly() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.attend()
        try h.run(.openMeeting)
        try h.run(.speak("kari"))
        let records = try h.run(.stopRound)
        #expect(h.events(records) == [.roundStopped])
        #expect(h.state.openRound == nil)
        let round = try #require(h.state.rounds.last)
        #expect(round.stoppedEarly)
        #expect(round.isOver)
        #expect(round.speaker == nil)
        #expect(round.waiting == ["ola", "ingrid", "per"])
        #expect(round.turns == [Turn(participant: "kari", outcome: .spoke)])
        try h.refuse(.stopRound, .noOpenRound)
        try h.refuse(.speak("ola"), .noOpenRound)
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.stopRound)
        #expect(h.state.rounds(of: "s1").first?.stoppedEarly == true)
        #expect(h.state.rounds(of: "s1").first?.turns.isEmpty == true)
        try h.run(.nextStep)
        #expect(h.state.item("s1")?.status == .done)
    }

    @Test func closingRoundAndClose() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.refuse(.startClosingRound, .itemsStillActive("s1"))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.refuse(.closeMeeting, .closingRoundNotHeld)

        // The third round of the meeting: Kari, then Ola opened the two before.
        var records = try h.run(.startClosingRound)
        #expect(h.events(records) == [.roundStarted(RoundStarted(purpose: .checkOut, item: nil, step: nil, order: turned(by: 2)))])
        #expect(h.state.stage == .checkOut)
        #expect(h.state.openRound?.purpose == .checkOut)
        #expect(h.state.openRound?.number == 1)
        try h.refuse(.closeMeeting, .roundInProgress(waiting: turned(by: 2)))
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        #expect(h.state.openRound?.purpose == .checkOut)
        #expect(h.state.openRound?.number == 2)
        try h.everyonePasses()
        records = try h.run(.closeMeeting)
        #expect(h.events(records) == [.meetingClosed])
        #expect(h.state.stage == .closed)
        #expect(h.state.closedAt == records[0].at)
        #expect(h.state.rounds.map(\.purpose) == [.checkIn, .item, .checkOut, .checkOut])
        for command: Command in [.closeMeeting, .setAttendance("kari", .absent), .addNote("Etterpå", speaker: nil), .runRoundAgain, .undo] {
            try h.refuse(command, .meetingClosed)
        }
    }

    @Test func meetingWithoutItemsGoesStraightToClosing() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.closeMeeting)
        #expect(h.state.stage == .closed)
    }
}

// MARK: - Decision items

@Suite struct DecisionPhaseTests {
    static let ref = DecisionRef("2026-09-14-1400-teammote#s3")

    @Test func proposeWhenTheAgendaHasNoProposal() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision)])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        #expect(h.state.activeItem?.proposal == nil)
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        #expect(h.state.activeItem?.currentStep?.mode == .amend)
        try h.refuse(.nextStep, .noProposal)
        try h.refuse(.amend("Endra", helpers: [], reason: nil), .noProposal)
        try h.refuse(.propose("   "), .emptyText)
        let records = try h.run(.propose("  Vi kjøper ny kaffimaskin.\n"))
        #expect(h.events(records) == [.proposalSet(ItemText(item: "s1", text: "Vi kjøper ny kaffimaskin."))])
        #expect(h.state.activeItem?.proposal == "Vi kjøper ny kaffimaskin.")
        #expect(h.state.activeItem?.proposalSeq == records[0].seq)
        #expect(h.state.activeItem?.amendments == [])
        try h.refuse(.propose("Noko anna"), .proposalExists)
        try h.run(.nextStep)
        #expect(h.state.openRound?.purpose == .consent)
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        #expect(h.state.item("s1")?.decision?.text == "Vi kjøper ny kaffimaskin.")
    }

    @Test func amendmentsWithHelpers() throws {
        let h2 = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Heimekontor onsdagar.")])
        try h2.openWithCheckIn()
        try h2.run(.startItem("s1"))
        for _ in 0..<3 {
            try h2.run(.nextStep)
            try h2.everyoneSpeaks()
        }
        #expect(h2.state.activeItem?.currentStep?.key == "amend")
        let first = try h2.run(.amend("Heimekontor onsdagar i tre månader.", helpers: ["per", "ingrid", "per"], reason: "  Tidsavgrensing  "))
        #expect(
            h2.events(first) == [
                .proposalAmended(
                    ProposalAmended(
                        item: "s1", text: "Heimekontor onsdagar i tre månader.", helpers: ["per", "ingrid"], reason: "Tidsavgrensing"))
            ])
        let second = try h2.run(.amend("Heimekontor onsdagar i tre månader, med telefonvakt.", helpers: [], reason: "  "))
        let item = try #require(h2.state.activeItem)
        #expect(
            item.amendments == [
                Amendment(text: "Heimekontor onsdagar i tre månader.", helpers: ["per", "ingrid"], reason: "Tidsavgrensing", at: first[0].at),
                Amendment(text: "Heimekontor onsdagar i tre månader, med telefonvakt.", helpers: [], reason: nil, at: second[0].at),
            ])
        #expect(item.proposal == "Heimekontor onsdagar i tre månader, med telefonvakt.")
        #expect(item.proposalSeq == second[0].seq)
        #expect(item.draft.proposal == "Heimekontor onsdagar.", "the agenda's text is kept")
        try h2.refuse(.amend("Noko", helpers: ["nobody"], reason: nil), .unknownParticipant("nobody"))
        try h2.run(.nextStep)
        try h2.everyoneConsents()
        let records = try h2.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h2.state.item("s1")?.decision)
        #expect(
            decision
                == Decision(
                    item: "s1", text: "Heimekontor onsdagar i tre månader, med telefonvakt.", owner: "kari", decidedAt: records[0].at,
                    consents: turned(by: 3), concerns: [], objections: [], helpers: ["per", "ingrid"], disqualified: [], reviewDate: nil,
                    replaces: nil))
    }

    @Test func concernsAreRecordedAndDoNotBlock() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Ny vaktplan.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .consent))
        let records = try h.run(.answer("ola", .concern("  Kven tek telefonen?  ")))
        #expect(h.events(records) == [.concernRaised(TurnWithText(participant: "ola", text: "Kven tek telefonen?"))])
        try h.run(.answer("ingrid", .consent))
        try h.run(.answer("per", .concern("Sjå på det att etter jul.")))
        #expect(
            h.state.rounds.last?.turns == [
                Turn(participant: "kari", outcome: .answered(.consent)),
                Turn(participant: "ola", outcome: .answered(.concern("Kven tek telefonen?"))),
                Turn(participant: "ingrid", outcome: .answered(.consent)),
                Turn(participant: "per", outcome: .answered(.concern("Sjå på det att etter jul."))),
            ])
        #expect(h.state.activeItem?.standingObjections == [])
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.consents == everyone)
        #expect(
            decision.concerns == [
                Concern(participant: "ola", text: "Kven tek telefonen?"), Concern(participant: "per", text: "Sjå på det att etter jul."),
            ])
        #expect(decision.objections == [])
    }

    @Test func objectionBlocksUntilIntegratedThenNewConsentRound() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Heimekontor onsdagar.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        let firstRound = try #require(h.state.openRound?.id)
        try h.run(.answer("kari", .consent))
        let objection = try h.run(.answer("ingrid", .objection("  Brukarane må nå oss.  ")))
        #expect(h.events(objection) == [.objectionRaised(TurnWithText(participant: "ingrid", text: "Brukarane må nå oss."))])
        try h.run(.answer("ola", .objection("Telefonen.")))
        try h.run(.answer("per", .consent))
        #expect(h.state.openRound == nil)
        #expect(
            h.state.activeItem?.objections == [
                Objection(participant: "ingrid", reason: "Brukarane må nå oss.", round: firstRound, integration: nil),
                Objection(participant: "ola", reason: "Telefonen.", round: firstRound, integration: nil),
            ])
        try h.refuse(.recordDecision(reviewDate: nil), .objectionsStand(["ingrid", "ola"]))
        try h.refuse(.runRoundAgain, .objectionsStand(["ingrid", "ola"]))
        try h.refuse(.nextStep, .decisionNeedsRecording)
        try h.refuse(.integrate(objector: "per", how: "x", newProposal: "y"), .noStandingObjection("per"))
        try h.refuse(.integrate(objector: "ingrid", how: " ", newProposal: "y"), .emptyText)
        try h.refuse(.integrate(objector: "ingrid", how: "x", newProposal: ""), .emptyText)

        let integrated = try h.run(
            .integrate(
                objector: "ingrid", how: " Ein er alltid på kontoret. ", newProposal: "Heimekontor onsdagar; ein på kontoret."))
        #expect(
            h.events(integrated) == [
                .objectionIntegrated(
                    ObjectionIntegrated(
                        item: "s1", participant: "ingrid", how: "Ein er alltid på kontoret.", text: "Heimekontor onsdagar; ein på kontoret."))
            ])
        #expect(h.state.activeItem?.standingObjections.map(\.participant) == ["ola"])
        try h.refuse(.integrate(objector: "ingrid", how: "x", newProposal: "y"), .noStandingObjection("ingrid"))
        try h.refuse(.runRoundAgain, .objectionsStand(["ola"]))
        try h.run(.integrate(objector: "ola", how: "Telefonen blir vidaresend.", newProposal: "Heimekontor onsdagar; ein på kontoret; telefon vidaresend."))
        #expect(h.state.activeItem?.proposal == "Heimekontor onsdagar; ein på kontoret; telefon vidaresend.")
        try h.refuse(.recordDecision(reviewDate: nil), .consentRoundOutdated)

        let again = try h.run(.runRoundAgain)
        #expect(h.events(again) == [.roundStarted(RoundStarted(purpose: .consent, item: "s1", step: "consent", order: everyone))])
        #expect(h.state.openRound?.number == 2)
        try h.everyoneConsents()
        let review = try #require(Day("2027-05-01"))
        let recorded = try h.run(.recordDecision(reviewDate: review))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(h.events(recorded) == [.decisionRecorded(decision)])
        #expect(
            decision
                == Decision(
                    item: "s1", text: "Heimekontor onsdagar; ein på kontoret; telefon vidaresend.", owner: "kari",
                    decidedAt: recorded[0].at, consents: everyone, concerns: [],
                    objections: [
                        Objection(participant: "ingrid", reason: "Brukarane må nå oss.", round: firstRound, integration: "Ein er alltid på kontoret."),
                        Objection(participant: "ola", reason: "Telefonen.", round: firstRound, integration: "Telefonen blir vidaresend."),
                    ],
                    helpers: ["ingrid", "ola"], disqualified: [], reviewDate: review, replaces: nil))
        #expect(firstRound < again[0].seq)
        #expect(h.state.item("s1")?.status == .done)
        #expect(h.state.item("s1")?.endedAt == recorded[0].at)
        #expect(h.state.activeItemID == nil)
        #expect(h.state.decisions == [decision])
    }

    @Test func reviewDate() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        let today = Day(h.clock.now, in: .gmt)
        try h.refuse(.recordDecision(reviewDate: today.adding(days: -1)), .reviewDateInPast(today.adding(days: -1)))
        // Today is not in the past.
        try h.run(.recordDecision(reviewDate: today))
        #expect(h.state.item("s1")?.decision?.reviewDate == today)
    }

    @Test func withdraw() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det."), Fixture.spec("s2", .information)])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.speak("kari"))
        try h.refuse(.withdrawItem(reason: "Ikkje moden"), .roundInProgress(waiting: ["ola", "ingrid", "per"]))
        try h.refuse(.nextStep, .roundInProgress(waiting: ["ola", "ingrid", "per"]))
        try h.run(.stopRound)
        let records = try h.run(.withdrawItem(reason: "  Ikkje moden  "))
        #expect(h.events(records) == [.itemWithdrawn(ItemClosedEarly(item: "s1", reason: "Ikkje moden"))])
        let item = try #require(h.state.item("s1"))
        #expect(item.status == .withdrawn)
        #expect(item.endReason == "Ikkje moden")
        #expect(item.endedAt == records[0].at)
        #expect(item.decision == nil)
        #expect(item.currentStep == nil)
        #expect(h.state.activeItemID == nil)
        try h.refuse(.withdrawItem(reason: nil), .noActiveItem)
        try h.refuse(.startItem("s1"), .itemNotPending("s1"))
        try h.run(.startItem("s2"))
    }

    @Test func withdrawDuringConsentAfterObjection() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .objection("Nei.")))
        try h.everyoneConsents()
        try h.run(.withdrawItem(reason: nil))
        #expect(h.state.item("s1")?.status == .withdrawn)
        #expect(h.state.item("s1")?.endReason == nil)
        #expect(h.state.item("s1")?.decision == nil)
    }

    @Test func postpone() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.refuse(.postponeItem(reason: nil), .roundInProgress(waiting: turned(by: 1)))
        try h.everyoneSpeaks()
        let records = try h.run(.postponeItem(reason: "   "))
        #expect(h.events(records) == [.itemPostponed(ItemClosedEarly(item: "s1", reason: nil))])
        let item = try #require(h.state.item("s1"))
        #expect(item.status == .postponed)
        #expect(item.endReason == nil)
        #expect(item.endedAt == records[0].at)
        #expect(item.decision == nil)
        #expect(h.state.activeItemID == nil)
        try h.refuse(.startItem("s1"), .itemNotPending("s1"))
        try h.run(.startClosingRound)
    }

    /// A decision item that is not ripe becomes a discussion: the item restarts at step 0 of
    /// the discussion recipe and runs it to the end.
    @Test func changeKindDecisionToDiscussionMidItem() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Vi flyttar kontoret.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        #expect(h.state.activeItem?.currentStep?.key == "react")
        let discussion = Fixture.recipe(.discussion)
        try h.refuse(.changeKind("s1", to: discussion), .roundInProgress(waiting: turned(by: 2)))
        try h.everyoneSpeaks()
        try h.refuse(.changeKind("s1", to: Fixture.recipe(.decision)), .sameKind)
        let records = try h.run(.changeKind("s1", to: discussion))
        #expect(
            h.events(records) == [
                .itemKindChanged(ItemKindChanged(item: "s1", kind: .discussion, recipe: "discussion", steps: discussion.steps)),
                .stepStarted(StepStarted(item: "s1", step: 0, key: "present")),
            ])
        var item = try #require(h.state.activeItem)
        #expect(item.id == "s1")
        #expect(item.kind == .discussion)
        #expect(item.status == .active)
        #expect(item.draft.recipe == "discussion")
        #expect(item.steps == discussion.steps)
        #expect(item.stepIndex == 0)
        #expect(item.currentStep == discussion.steps[0])
        try h.refuse(.propose("Noko"), .notADecisionItem)
        try h.refuse(.recordDecision(reviewDate: nil), .notADecisionItem)

        for index in 1..<discussion.steps.count {
            let step = discussion.steps[index]
            let order = turned(by: h.state.rounds.count)
            let entered = try h.run(.nextStep)
            #expect(h.events(entered) == entering("s1", step: index, step, order: order))
            #expect(h.state.activeItem?.currentStep == step)
            if step.mode == .round {
                #expect(h.state.openRound?.step == step.key)
                #expect(h.state.openRound?.order == order)
                try h.everyoneSpeaks()
            }
        }
        try h.run(.conclude("Eigaren vel å vente."))
        let ended = try h.run(.nextStep)
        #expect(h.events(ended) == [.itemEnded(ItemRef(item: "s1"))])
        item = try #require(h.state.item("s1"))
        #expect(item.status == .done)
        #expect(item.decision == nil)
        #expect(item.conclusion == "Eigaren vel å vente.")
        #expect(h.state.rounds(of: "s1").map(\.step) == ["clarify", "react", "clarify", "views"])
    }

    @Test func changeKindOfPendingItem() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        let records = try h.run(.changeKind("s1", to: Fixture.recipe(.ourProblem)))
        #expect(
            h.events(records) == [
                .itemKindChanged(
                    ItemKindChanged(
                        item: "s1", kind: .ourProblem, recipe: "vaart-problem", steps: Fixture.recipe(.ourProblem).steps))
            ])
        let item = try #require(h.state.item("s1"))
        #expect(item.status == .pending)
        #expect(item.stepIndex == nil)
        #expect(item.kind == .ourProblem)
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        #expect(h.state.activeItem?.currentStep?.key == "story")
    }

    /// The *ugild* person sits out the item's rounds and its consent round, is listed in the
    /// decision, and takes part in everything else.
    @Test func ugildSitsOutTheItem() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Tilsett Lise."), Fixture.spec("s2", .information)])
        try h.attend()
        let records = try h.run(.declareUgild("ingrid", item: "s1", reason: "  Lise er dotter mi  "))
        #expect(h.events(records) == [.ugildDeclared(UgildDeclared(item: "s1", participant: "ingrid", reason: "Lise er dotter mi"))])
        #expect(h.state.item("s1")?.disqualified == [Disqualification(participant: "ingrid", reason: "Lise er dotter mi")])
        try h.run(.openMeeting)
        #expect(h.state.openRound?.order == everyone, "ugild on an item only")
        try h.everyoneSpeaks()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        // Kari opened the check-in, so Ola opens; Ingrid sits out.
        #expect(h.state.openRound?.order == ["ola", "per", "kari"])
        try h.refuse(.speak("ingrid"), .ugildCannotTakePart("ingrid"))
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        // Ingrid comes after Ola on the list, but does not take part: Per opens.
        #expect(h.state.openRound?.order == ["per", "kari", "ola"])
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.run(.nextStep)
        #expect(h.state.openRound?.purpose == .consent)
        #expect(h.state.openRound?.order == ["kari", "ola", "per"])
        try h.refuse(.answer("ingrid", .consent), .ugildCannotTakePart("ingrid"))
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.disqualified == ["ingrid"])
        #expect(decision.consents == ["kari", "ola", "per"])
        #expect(h.state.rounds(of: "s1").allSatisfy { !$0.order.contains("ingrid") })
        try h.run(.startItem("s2"))
        try h.run(.nextStep)
        #expect(h.state.openRound?.order == ["ola", "ingrid", "per", "kari"])
    }

    @Test func ugildDeclaredMidRoundLeavesIt() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Tilsett Lise.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.speak("ola"))
        try h.run(.declareUgild("per", item: "s1", reason: "Nabo"))
        #expect(h.state.openRound?.order == ["ola", "ingrid", "kari"])
        #expect(h.state.openRound?.waiting == ["ingrid", "kari"])
        try h.refuse(.declareUgild("per", item: "s1", reason: "Igjen"), .alreadyUgild("per"))
        try h.refuse(.declareUgild("kari", item: "s1", reason: "Eigar"), .ownerCannotBeUgild)
        try h.everyoneSpeaks()
        try h.walkDecisionToConsent()
        #expect(h.state.openRound?.order == ["kari", "ola", "ingrid"])
    }

    /// An item that revisits an earlier decision carries the reference into its decision.
    @Test func revisitCarriesReplaces() throws {
        let spec = ItemSpec(
            id: "s1",
            draft: ItemDraft(kind: .decision, title: "Vaktplanen på nytt", owner: "ola", proposal: "Ny vaktplan.", replaces: Self.ref),
            steps: Fixture.recipe(.decision).steps)
        let h = try Harness(items: [spec])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.replaces == Self.ref)
        #expect(decision.owner == "ola")
        #expect(decision.replaces?.meeting == "2026-09-14-1400-teammote")
        #expect(decision.replaces?.item == "s3")
    }

    /// A revisit added during the meeting works the same way.
    @Test func revisitAddedOnTheAgenda() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let draft = ItemDraft(kind: .decision, title: "Vaktplanen på nytt", owner: "kari", proposal: "Ny vaktplan.", replaces: Self.ref)
        let records = try h.run(.addItem(draft, recipe: Fixture.recipe(.decision)))
        var stored = draft
        stored.recipe = "decision"
        #expect(h.events(records) == [.itemAdded(ItemSpec(id: "s1", draft: stored, steps: Fixture.recipe(.decision).steps))])
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        #expect(h.state.item("s1")?.decision?.replaces == Self.ref)
    }
}

// MARK: - The scribe: actions and notes

@Suite struct ScribePhaseTests {
    @Test func actionsTakeTheActiveItemAndAStatus() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        try h.openWithCheckIn()
        let due = try #require(Day("2026-12-01"))
        // Outside any item.
        var records = try h.run(.addAction(what: "  Bestille møterom  ", who: "per", due: nil), by: "ola")
        #expect(h.events(records) == [.actionAdded(Action(id: "a1", what: "Bestille møterom", who: "per", due: nil, item: nil))])
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        // During a round of the item.
        records = try h.run(.addAction(what: "Sende ut referat", who: "ingrid", due: due), by: "ola")
        #expect(h.events(records) == [.actionAdded(Action(id: "a2", what: "Sende ut referat", who: "ingrid", due: due, item: "s1"))])
        try h.everyoneSpeaks()
        try h.run(.setActionStatus("a1", .done))
        try h.run(.setActionStatus("a2", .cancelled))
        try h.run(.setActionStatus("a2", .open))
        #expect(
            h.state.actions == [
                Action(id: "a1", what: "Bestille møterom", who: "per", due: nil, item: nil, status: .done),
                Action(id: "a2", what: "Sende ut referat", who: "ingrid", due: due, item: "s1", status: .open),
            ])
        try h.refuse(.addAction(what: " ", who: "per", due: nil), .emptyText)
        try h.refuse(.addAction(what: "Noko", who: "nobody", due: nil), .unknownParticipant("nobody"))
        try h.refuse(.setActionStatus("a3", .done), .unknownAction("a3"))
    }

    @Test func notesAttachToItemRoundAndSpeaker() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        var records = try h.run(.addNote("Før møtet", speaker: nil), by: "ola")
        var expected = [Note(seq: records[0].seq, text: "Før møtet", item: nil, round: nil, speaker: nil, by: "ola", at: records[0].at)]
        try h.attend()
        let opened = try h.run(.openMeeting)
        records = try h.run(.addNote("Kari er glad i dag", speaker: "kari"), by: "ola")
        expected.append(Note(seq: records[0].seq, text: "Kari er glad i dag", item: nil, round: opened[1].seq, speaker: "kari", by: "ola", at: records[0].at))
        try h.everyoneSpeaks()
        try h.run(.startItem("s1"))
        records = try h.run(.addNote("  Bakgrunn: budsjettet  ", speaker: nil), by: "kari")
        expected.append(Note(seq: records[0].seq, text: "Bakgrunn: budsjettet", item: "s1", round: nil, speaker: nil, by: "kari", at: records[0].at))
        let round = try h.run(.nextStep)
        try h.run(.speak("kari"))
        records = try h.run(.addNote("Per spør om kostnaden", speaker: "per"), by: "ola")
        expected.append(Note(seq: records[0].seq, text: "Per spør om kostnaden", item: "s1", round: round[1].seq, speaker: "per", by: "ola", at: records[0].at))
        #expect(h.state.notes == expected)
        try h.refuse(.addNote("Noko", speaker: "nobody"), .unknownParticipant("nobody"))
        try h.refuse(.addNote(" \n ", speaker: nil), .emptyText)
    }
}

// MARK: - Bugs found in the state machine while writing these tests, since fixed

/// state-1 to state-4 failed on the state machine these tests were first written against
/// (commit 4b413bb); the fixes came in ce19c50 (state-1 to state-3) and 9293cdb (state-4).
/// state-5 is open: its test fails on purpose until the source is fixed.
@Suite struct StateMachineBugTests {
    /// state-5 (OPEN): undo takes back "the latest command still in effect: its events (they
    /// share `at` and `by`, written together)" (Meeting.swift, `decide`). Two commands by the
    /// same person within the same millisecond also share `at` and `by`, so one undo takes back
    /// both. The writer stamps `Timestamp.withoutLastSeq(clock())` (MeetingLogWriter.swift,
    /// `submit`) and does nothing to keep one command's `at` apart from the last one's.
    /// Reproduce: a clock that does not move between two commands (here frozen; in use, two
    /// submits in one millisecond — a script, a key bound to two commands, a fast terminal
    /// paste). Expected: undo takes back only the second command. Actual: both.
    /// A possible fix: the writer stamps each command at least 1 ms after the log's last line.
    /// state-6 (OPEN): someone who objects and is then declared *ugild* is listed among the
    /// decision's `helpers` ("Who helped amend the proposal"), though their objection was never
    /// integrated and they sat out the item. MeetingState+Decision.swift, `recordDecision`:
    /// `helpers = amendments' helpers + item.objections.map(\.participant)` counts every
    /// objector; only those whose objection was integrated helped (and none who is ugild).
    @Test(.bug(id: "state-6", "an ugild objector is listed among the decision's helpers"))
    func ugildObjectorIsNotAHelper() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Tilsett Lise.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .consent))
        try h.run(.answer("per", .objection("Ho er for ung")))
        try h.run(.declareUgild("per", item: "s1", reason: "Per er onkelen til Lise"))
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.helpers == [], "helpers \(decision.helpers)")
        #expect(Set(decision.helpers).isDisjoint(with: decision.disqualified))
    }

    @Test(.bug(id: "state-5", "undo takes back two commands that share a millisecond and an author"))
    func undoTakesBackOneCommandEvenWithinOneMillisecond() throws {
        let url = try temporaryFolder().appendingPathComponent("mote.jsonl")
        let instant = Date(timeIntervalSince1970: 1_795_000_000)
        let writer = try MeetingLogWriter.create(at: url, Fixture.created(items: []), by: "kari", clock: { instant })
        try writer.submit(.setAttendance("kari", .present), by: "kari")
        let second = try writer.submit(.setAttendance("ola", .present), by: "kari")
        let undo = try writer.submit(.undo, by: "kari")
        #expect(undo.map(\.event) == [.undone(Undone(target: second[0].seq))])
        #expect(writer.meeting.state.participant("kari")?.attendance == .present, "the first command was taken back too")
    }

    /// state-1: a person declared *ugild* after answering in the open consent round kept their
    /// answer (`leaveOpenRound` removes only those still waiting), and `recordDecision` listed
    /// them both in `consents` and in `disqualified`. METHOD.md: the ugild person sits out the
    /// item, consent round included.
    @Test(.bug(id: "state-1", "ugild declared after answering: decision lists the person in both consents and disqualified"))
    func ugildAfterAnsweringIsNotCountedAsConsent() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Tilsett Lise.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .consent))
        try h.run(.answer("per", .consent))
        try h.run(.declareUgild("per", item: "s1", reason: "Per er onkelen til Lise"))
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.disqualified == ["per"])
        #expect(!decision.consents.contains("per"), "consents \(decision.consents) include the ugild per")
        #expect(Set(decision.consents).isDisjoint(with: decision.disqualified))
        #expect(decision.consents == ["kari", "ola", "ingrid"])
    }

    /// With state-1's fix: an objection by someone declared *ugild* afterwards does not stand.
    @Test func objectionBySomeoneLaterUgildDoesNotBlock() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Tilsett Lise.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .consent))
        try h.run(.answer("per", .objection("Ho er for ung")))
        try h.run(.declareUgild("per", item: "s1", reason: "Per er onkelen til Lise"))
        try h.everyoneConsents()
        #expect(h.state.activeItem?.standingObjections == [])
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.consents == ["kari", "ola", "ingrid"])
        #expect(decision.disqualified == ["per"])
        #expect(decision.objections.map(\.participant) == ["per"], "kept on the record, not integrated")
        #expect(decision.objections.first?.integration == nil)
    }

    /// state-2: a guest who left and came back became a member: `setAttendance` kept `.guest`
    /// only while the stored attendance was `.guest`, so after `.absent`, `.present` was stored
    /// as is; `addGuest` refuses them (`participantExists`), so there was no way back.
    @Test(.bug(id: "state-2", "a guest marked absent and then present becomes a member"))
    func guestWhoLeavesAndReturnsIsStillAGuest() throws {
        let h = try Harness(items: [])
        try h.run(.addGuest("gunn", name: "Gunn Gjest"))
        try h.run(.setAttendance("gunn", .absent))
        let records = try h.run(.setAttendance("gunn", .present))
        #expect(h.state.participant("gunn")?.attendance == .guest)
        #expect(h.events(records) == [.attendanceSet(AttendanceSet(participant: "gunn", attendance: .guest))])
        #expect(h.state.present == ["gunn"])
    }

    /// state-3: `editItem` could make a participant who is *ugild* on the item its owner, which
    /// `declareUgild` forbids (`ownerCannotBeUgild`); the owner then sat out the rounds on their
    /// own item, and the decision listed its owner as disqualified.
    @Test(.bug(id: "state-3", "editItem makes an ugild participant the owner"))
    func editItemCannotMakeAnUgildPersonOwner() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Tilsett Lise.")])
        try h.run(.declareUgild("per", item: "s1", reason: "Onkel"))
        let draft = ItemDraft(kind: .decision, title: "Tilsetting", owner: "per", proposal: "Tilsett Lise.")
        try h.refuse(.editItem("s1", draft, recipe: Fixture.recipe(.decision)), .ownerCannotBeUgild)
    }
}

extension StateMachineBugTests {
    /// state-4: `Objection.round` is documented as "The consent round it was raised in" (a round
    /// is known by its ``Round/id``, the `seq` of its `roundStarted`), but the fold stored the
    /// `seq` of the `objectionRaised` event instead.
    @Test(.bug(id: "state-4", "Objection.round holds the objection event's seq, not the consent round's id"))
    func objectionRemembersItsConsentRound() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        let consentRound = try #require(h.state.openRound)
        try h.run(.answer("kari", .consent))
        try h.run(.answer("ola", .objection("Nei")))
        let objection = try #require(h.state.activeItem?.objections.first)
        #expect(objection.round == consentRound.id)
        #expect(h.state.rounds.contains { $0.id == objection.round }, "Objection.round \(objection.round) names no round")
    }
}
