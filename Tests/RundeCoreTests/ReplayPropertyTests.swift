import Foundation
import Testing

@testable import RundeCore

/// Random meetings, driven through the real log writer: after every command the file read back
/// folds to the live meeting, the records round-trip through `LineCodec`, the invariants hold,
/// and a refused command leaves the file's bytes alone. A failure names its seed and step;
/// rerun one with `swift test --filter "ReplayPropertyTests"` and the seed in `seeds`.
@Suite struct ReplayPropertyTests {
    static let seedCount = 300
    static let maxSteps = 150
    /// Steps still taken once the meeting is closed (all refused).
    static let stepsAfterClose = 3
    /// How often the whole file is read and folded from scratch (besides at the end).
    static let fullReadEvery = 50

    static let agenda: [ItemSpec] = [
        Fixture.spec("s1", .information),
        Fixture.spec("s2", .decision, proposal: "Vi prøver heimekontor onsdagar."),
        {
            var consulted = Fixture.spec("s3", .discussion, owner: "ola")
            consulted.draft.infoDrøft = true
            return consulted
        }(),
        Fixture.spec("s4", .decision, owner: "ingrid"),
        Fixture.spec("s5", .session, owner: "per"),
        Fixture.spec("s6", .ourProblem),
    ]

    /// One random meeting per seed.
    @Test(arguments: 0..<seedCount)
    func randomMeetingReplays(seed: Int) throws {
        let stats = try Self.run(seed: UInt64(seed))
        #expect(stats.applied > 0, "seed \(seed): nothing was ever applied")
    }

    /// The generator reaches the interesting parts of the machine, so the property above is
    /// not vacuous: over a sample of seeds, every kind of event is written and a good share of
    /// commands is refused.
    @Test func generatorCoversTheMachine() throws {
        var total = Stats()
        for seed in 0..<20 { total.add(try Self.run(seed: 10_000 + UInt64(seed), check: false)) }
        let wanted = Set(Event.knownTypes).subtracting(["meetingCreated"])
        let missing = wanted.subtracting(total.eventTypes)
        #expect(missing.isEmpty, "event types never written: \(missing.sorted())")
        #expect(total.closedMeetings >= 4, "only \(total.closedMeetings) meetings of 20 closed")
        #expect(total.refused * 10 > total.steps, "refused \(total.refused) of \(total.steps)")
        #expect(total.applied * 2 > total.steps, "applied \(total.applied) of \(total.steps)")
        #expect(total.refusalCases.count >= 25, "refusal cases seen: \(total.refusalCases.count)")
    }

    struct Stats {
        var steps = 0
        var applied = 0
        var refused = 0
        var closedMeetings = 0
        var eventTypes: Set<String> = []
        var refusalCases: Set<RefusalCase> = []

        mutating func add(_ other: Stats) {
            steps += other.steps
            applied += other.applied
            refused += other.refused
            closedMeetings += other.closedMeetings
            eventTypes.formUnion(other.eventTypes)
            refusalCases.formUnion(other.refusalCases)
        }
    }

    /// Runs one random meeting.
    ///
    /// - Parameter check: whether to check the invariants after each step (the harness checks
    ///   the log either way).
    static func run(seed: UInt64, check: Bool = true) throws -> Stats {
        var rng = SplitMix64(seed: seed)
        let h = try Harness(items: agenda, function: "replay-\(seed)")
        defer { try? FileManager.default.removeItem(at: h.url.deletingLastPathComponent().deletingLastPathComponent()) }
        var stats = Stats()
        var afterClose = 0
        for step in 0..<maxSteps {
            if h.state.stage == .closed {
                afterClose += 1
                if afterClose > stepsAfterClose { break }
            }
            let (command, by) = nextCommand(h.writer.meeting, today: Day(h.clock.now, in: .gmt), &rng)
            let context: Comment = "seed \(seed), step \(step)"
            stats.steps += 1
            // Reading the whole file back costs time that grows with it, so it is done every few
            // steps and at the end; the other checks (see `Harness.attempt`) run every step.
            let fullRead = step % fullReadEvery == 0
            let attempt: Attempt
            do {
                attempt = try h.attempt(command, by: by, context, fullRead: fullRead)
            } catch {
                Issue.record("seed \(seed), step \(step): \(command) threw \(error)")
                throw error
            }
            switch attempt {
            case .applied(let records):
                stats.applied += 1
                for record in records { stats.eventTypes.insert(record.event.type) }
                if records.contains(where: { $0.event == .meetingClosed }) { stats.closedMeetings += 1 }
            case .refused(let refusal):
                stats.refused += 1
                stats.refusalCases.insert(RefusalCase(refusal))
            }
            if check {
                let problems = checkInvariants(h.writer.meeting)
                #expect(problems.isEmpty, "seed \(seed), step \(step) after \(command): \(problems)")
                if !problems.isEmpty { break }
            }
        }
        // The whole file, read once more from scratch, is the same meeting.
        #expect(try MeetingLog.read(h.url).meeting == h.writer.meeting, "seed \(seed): final read")
        return stats
    }

    // MARK: The generator

    static let texts = ["Tekst", "  Med mellomrom  ", "Æøå og 😀 — «sitat»", "Linje ein\nlinje to", "\"Hermeteikn\" og \\ skråstrek", "", "   "]
    static let guestNames = ["Gunn Gjest", "Håkon Ås", "Ærlige Øyvind"]

    /// A command for the meeting as it stands: mostly one the method allows now, weighted so
    /// meetings move on; sometimes anything at all.
    static func nextCommand(_ meeting: Meeting, today: Day, _ rng: inout SplitMix64) -> (Command, ParticipantID?) {
        let by: ParticipantID? = rng.weighted([(8, "kari"), (3, "ola"), (1, nil)]) ?? "kari"
        if rng.chance(12) { return (anyCommand(meeting.state, today: today, &rng), by) }
        if rng.chance(4) { return (.undo, by) }
        return (plausibleCommand(meeting.state, today: today, &rng) ?? anyCommand(meeting.state, today: today, &rng), by)
    }

    private static func text(_ rng: inout SplitMix64, nonEmpty: Bool = true) -> String {
        nonEmpty ? rng.pick(Array(texts.prefix(5))) : rng.pick(texts)
    }

    private static func reviewDate(_ today: Day, _ rng: inout SplitMix64) -> Day? {
        rng.weighted([(3, nil), (4, today.adding(days: rng.below(400))), (1, today.adding(days: -1 - rng.below(30)))]) ?? nil
    }

    private static func recipe(otherThan kind: ItemKind, _ rng: inout SplitMix64) -> Recipe {
        Fixture.recipe(rng.pick(ItemKind.allCases.filter { $0 != kind }))
    }

    /// What a facilitator following the screen would likely do next; nil when nothing fits.
    static func plausibleCommand(_ s: MeetingState, today: Day, _ rng: inout SplitMix64) -> Command? {
        let people = s.participants.map(\.id)
        var choices: [(Int, Command)] = []
        // The scribe, any time.
        choices.append((1, .addNote(text(&rng), speaker: rng.chance(50) ? rng.pick(people) : nil)))
        choices.append((1, .addAction(what: text(&rng), who: rng.pick(people), due: rng.chance(50) ? today.adding(days: rng.below(60)) : nil)))
        if let action = rng.pickIfAny(s.actions) {
            choices.append((1, .setActionStatus(action.id, rng.pick(ActionStatus.allCases))))
        }
        // The follow-up of earlier meetings, once the meeting is open, now and then.
        if s.stage != .scheduled, rng.chance(10) {
            if let carried = rng.pickIfAny(s.followUp) { choices.append((1, .setFollowUpStatus(carried.reference, rng.pick(ActionStatus.allCases)))) }
            if let due = rng.pickIfAny(s.reviewDue) {
                choices.append((1, .keepDecision(due.reference, nextReview: rng.chance(50) ? today.adding(days: rng.below(200)) : nil)))
                if rng.chance(30) { choices.append((1, .redecide(due.reference, recipe: Fixture.recipe(.decision)))) }
            }
        }
        choices.append((1, .setAttendance(rng.pick(people), rng.chance(70) ? .present : .absent)))
        if rng.chance(30) { choices.append((1, .addGuest(ParticipantID("gjest-\(s.participants.count)"), name: rng.pick(guestNames)))) }

        let pending = s.items.filter { $0.status == .pending }
        if let item = rng.pickIfAny(pending) {
            let others = people.filter { $0 != item.owner }
            if let who = rng.pickIfAny(others) { choices.append((1, .declareUgild(who, item: item.id, reason: text(&rng)))) }
            choices.append((1, .changeKind(item.id, to: recipe(otherThan: item.kind, &rng))))
            choices.append((1, .moveItem(item.id, to: rng.below(s.items.count))))
            if rng.chance(30) { choices.append((1, .removeItem(item.id))) }
            var draft = item.draft
            draft.title = text(&rng)
            choices.append((1, .editItem(item.id, draft, recipe: Fixture.recipe(draft.kind))))
        }
        if rng.chance(20) {
            let kind = rng.pick(ItemKind.allCases)
            let draft = ItemDraft(
                kind: kind, title: text(&rng), owner: rng.pick(people), proposal: kind == .decision && rng.chance(50) ? text(&rng) : nil,
                exemption: rng.chance(25) ? "offl. § 13" : nil)
            choices.append((1, .addItem(draft, recipe: Fixture.recipe(kind))))
        }
        if let exempt = rng.pickIfAny(s.items.filter { $0.draft.exemption != nil }) {
            choices.append((1, .liftExemption(exempt.id, reason: text(&rng))))
        }

        switch s.stage {
        case .scheduled:
            for person in s.participants where !person.isPresent { choices.append((6, .setAttendance(person.id, .present))) }
            choices.append((s.present.count >= 2 ? 10 : 1, .openMeeting))
        case .closed:
            return nil
        case .checkIn, .agenda, .checkOut:
            if let round = s.openRound {
                if let who = rng.pickIfAny(round.waiting) {
                    // Mostly whoever's turn it is; sometimes someone further down.
                    let speaker = rng.chance(85) ? round.speaker ?? who : who
                    if round.purpose == .consent {
                        choices.append((14, .answer(speaker, .consent)))
                        choices.append((3, .answer(speaker, .concern(text(&rng)))))
                        choices.append((3, .answer(speaker, .objection(text(&rng)))))
                    } else {
                        choices.append((14, .speak(speaker)))
                        choices.append((6, .pass(speaker)))
                    }
                    choices.append((1, .setAttendance(who, .absent)))
                    if let item = round.item.flatMap(s.item), who != item.owner {
                        choices.append((1, .declareUgild(who, item: item.id, reason: text(&rng))))
                    }
                }
                choices.append((1, .stopRound))
                // Before anyone speaks, the facilitator may choose who starts.
                if round.turns.isEmpty, round.order.count > 1, let last = round.order.last { choices.append((1, .chooseFirstSpeaker(last))) }
            } else if let item = s.activeItem {
                let others = people.filter { $0 != item.owner }
                switch item.currentStep?.mode {
                case .consent:
                    if let objection = item.standingObjections.first {
                        choices.append((10, .integrate(objector: objection.participant, how: text(&rng), newProposal: text(&rng))))
                    } else {
                        choices.append((10, .recordDecision(reviewDate: reviewDate(today, &rng))))
                        choices.append((3, .runRoundAgain))
                    }
                    choices.append((1, .amend(text(&rng), helpers: rng.chance(50) ? [rng.pick(people)] : [], reason: nil)))
                case .amend:
                    if item.proposal == nil { choices.append((8, .propose(text(&rng)))) }
                    choices.append((3, .amend(text(&rng), helpers: Array(others.prefix(rng.below(3))), reason: rng.chance(50) ? text(&rng) : nil)))
                    choices.append((8, .nextStep))
                case .conclusion:
                    choices.append((5, .conclude(text(&rng))))
                    choices.append((8, .nextStep))
                case .present:
                    if item.kind == .decision && item.proposal == nil { choices.append((4, .propose(text(&rng)))) }
                    choices.append((10, .nextStep))
                case .round:
                    choices.append((10, .nextStep))
                    choices.append((2, .runRoundAgain))
                case nil:
                    choices.append((10, .nextStep))
                    choices.append((2, .runRoundAgain))
                }
                choices.append((1, .withdrawItem(reason: rng.chance(50) ? text(&rng, nonEmpty: false) : nil)))
                choices.append((1, .postponeItem(reason: rng.chance(50) ? text(&rng, nonEmpty: false) : nil)))
                choices.append((1, .changeKind(item.id, to: recipe(otherThan: item.kind, &rng))))
                if item.draft.infoDrøft { choices.append((1, .recordUnionView("Tillitsvalde sitt syn"))) }
                if let who = rng.pickIfAny(others) { choices.append((1, .declareUgild(who, item: item.id, reason: text(&rng)))) }
            } else if s.stage == .checkOut {
                choices.append((10, .closeMeeting))
                choices.append((1, .runRoundAgain))
                if let who = rng.pickIfAny(people) {
                    choices.append((4, .evaluate(who, score: Int(rng.next() % 7), text: rng.chance(50) ? text(&rng, nonEmpty: false) : nil)))
                }
            } else {
                if let first = pending.first { choices.append((12, .startItem(first.id))) }
                if let any = rng.pickIfAny(pending) { choices.append((3, .startItem(any.id))) }
                choices.append((pending.isEmpty ? 12 : 1, .startClosingRound))
                if s.stage == .checkIn { choices.append((1, .runRoundAgain)) }
            }
        }
        return rng.weighted(choices)
    }

    /// Any command at all, with arguments drawn from what the meeting has and from what it
    /// does not (unknown handles, items, actions; empty texts; odd positions).
    static func anyCommand(_ s: MeetingState, today: Day, _ rng: inout SplitMix64) -> Command {
        let people = s.participants.map(\.id) + ["nobody", "Ugyldig Id"]
        let items = s.items.map(\.id) + ["s99"]
        let actions = s.actions.map(\.id) + ["a99"]
        let who = rng.pick(people)
        let item = rng.pick(items)
        let kind = rng.pick(ItemKind.allCases)
        let anyText = text(&rng, nonEmpty: false)
        let carried = s.followUp.map(\.reference) + [ActionRef(meeting: Fixture.earlierMeeting, action: "a99")]
        let due = s.reviewDue.map(\.reference) + [DecisionRef(meeting: "ukjent", item: "s1")]
        switch rng.below(34) {
        case 0: return .setAttendance(who, rng.pick(Attendance.allCases))
        case 1: return .addGuest(rng.pick(people + ["gjest-x", "Gjest", ""]), name: anyText)
        case 2: return .openMeeting
        case 3: return .startClosingRound
        case 4: return .closeMeeting
        case 5: return .startItem(item)
        case 6: return .nextStep
        case 7: return .propose(anyText)
        case 8: return .amend(anyText, helpers: [who], reason: rng.chance(50) ? anyText : nil)
        case 9: return .conclude(anyText)
        case 10: return .recordDecision(reviewDate: reviewDate(today, &rng))
        case 11: return .withdrawItem(reason: rng.chance(50) ? anyText : nil)
        case 12: return .postponeItem(reason: nil)
        case 13: return .changeKind(item, to: Fixture.recipe(kind))
        case 14: return .declareUgild(who, item: item, reason: anyText)
        case 15: return .speak(who)
        case 16: return .pass(who)
        case 17: return .answer(who, rng.pick([.consent, .concern(anyText), .objection(anyText)]))
        case 18: return .runRoundAgain
        case 19: return .stopRound
        case 20: return .integrate(objector: who, how: anyText, newProposal: text(&rng, nonEmpty: false))
        case 21:
            return .addItem(
                ItemDraft(kind: kind, title: anyText, owner: who, proposal: rng.chance(50) ? "Forslag" : nil),
                recipe: Fixture.recipe(rng.pick(ItemKind.allCases)))
        case 22: return .editItem(item, ItemDraft(kind: kind, title: anyText, owner: who), recipe: Fixture.recipe(kind))
        case 23: return .moveItem(item, to: rng.below(s.items.count + 3) - 1)
        case 24: return .removeItem(item)
        case 25: return .addNote(anyText, speaker: rng.chance(50) ? who : nil)
        case 26: return .addAction(what: anyText, who: who, due: rng.chance(50) ? today : nil)
        case 27: return .setActionStatus(rng.pick(actions), rng.pick(ActionStatus.allCases))
        case 28: return .undo
        case 29: return .setFollowUpStatus(rng.pick(carried), rng.pick(ActionStatus.allCases))
        case 30: return .keepDecision(rng.pick(due), nextReview: reviewDate(today, &rng))
        case 31: return .redecide(rng.pick(due), recipe: Fixture.recipe(kind))
        case 32: return .liftExemption(item, reason: anyText)
        default: return .answer(who, .objection(""))
        }
    }
}
