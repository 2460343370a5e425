import Foundation
import Testing

@testable import RundeCore

// Helpers for the state-machine tests (PhaseTests, RefusalTests, UndoTests, ReplayPropertyTests).

// MARK: - A deterministic generator

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny deterministic generator, so a seed always gives
/// the same sequence on every platform and toolchain. The helpers below do their own range
/// reduction instead of the standard library's, whose algorithm may change between releases.
struct SplitMix64: RandomNumberGenerator {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    mutating func pick<T>(_ elements: [T]) -> T { elements[below(elements.count)] }

    /// One element of an array, nil when it is empty.
    mutating func pickIfAny<T>(_ elements: [T]) -> T? { elements.isEmpty ? nil : pick(elements) }

    /// One of `choices`, each with its weight; weights ≤ 0 are never picked.
    mutating func weighted<T>(_ choices: [(Int, T)]) -> T? {
        let total = choices.reduce(0) { $0 + max($1.0, 0) }
        guard total > 0 else { return nil }
        var roll = below(total)
        for (weight, choice) in choices where weight > 0 {
            if roll < weight { return choice }
            roll -= weight
        }
        return nil
    }
}

// MARK: - Invariants

/// What must hold of every state the machine can reach. Returns one line per violation, empty
/// when all hold.
///
/// Note on rounds: someone who leaves (marked absent) or is declared *ugild* after their turn
/// keeps that turn and so stays in the round's `order` (MeetingState+Apply `leaveOpenRound`
/// documents this). The presence and *ugild* checks therefore apply to those still *waiting*.
func checkInvariants(_ state: MeetingState) -> [String] {
    var problems: [String] = []
    let present = Set(state.present)
    let known = Set(state.participants.map(\.id))

    // Rounds: at most one open, and it is the last.
    for (index, round) in state.rounds.enumerated() where !round.isOver && index != state.rounds.count - 1 {
        problems.append("round \(round.id) at index \(index) is open but is not the last round")
    }
    // Round ids strictly increase (they are the seq of the roundStarted event).
    for (a, b) in zip(state.rounds, state.rounds.dropFirst()) where a.id >= b.id {
        problems.append("round ids not increasing: \(a.id) then \(b.id)")
    }
    for round in state.rounds {
        if round.turns.count != Set(round.turns.map(\.participant)).count {
            problems.append("round \(round.id) has two turns by one participant: \(round.turns.map(\.participant))")
        }
        for turn in round.turns where !round.order.contains(turn.participant) {
            problems.append("round \(round.id): \(turn.participant) took a turn but is not in the order \(round.order)")
        }
        for person in round.order where !known.contains(person) {
            problems.append("round \(round.id): \(person) is not on the meeting's list")
        }
        if round.order.count != Set(round.order).count {
            problems.append("round \(round.id) names someone twice: \(round.order)")
        }
        switch (round.purpose, round.item) {
        case (.checkIn, nil), (.checkOut, nil), (.item, .some), (.consent, .some): break
        default: problems.append("round \(round.id): purpose \(round.purpose) with item \(String(describing: round.item))")
        }
        for turn in round.turns {
            switch (round.purpose, turn.outcome) {
            case (.consent, .answered), (.checkIn, .spoke), (.checkIn, .passed), (.item, .spoke), (.item, .passed),
                (.checkOut, .spoke), (.checkOut, .passed):
                break
            default: problems.append("round \(round.id) (\(round.purpose)): turn \(turn)")
            }
        }
    }
    if let open = state.openRound {
        if open.id != state.rounds.last?.id { problems.append("the open round is not the last") }
        if open.purpose == .consent, let guest = open.waiting.first(where: state.isGuest) {
            problems.append("open consent round \(open.id): guest \(guest) is waiting to answer")
        }
        for person in open.waiting where !present.contains(person) {
            problems.append("open round \(open.id): \(person) is waiting but not present")
        }
        if let id = open.item {
            if state.activeItemID != id {
                problems.append("open round \(open.id) is on \(id) but the active item is \(String(describing: state.activeItemID))")
            }
            if let item = state.item(id) {
                for person in open.waiting where item.isDisqualified(person) {
                    problems.append("open round \(open.id): \(person) is ugild on \(id) but still waiting")
                }
            }
        } else if state.activeItemID != nil {
            problems.append("a meeting round is open while item \(String(describing: state.activeItemID)) is active")
        }
    }

    // Items: at most one active, and it is activeItemID's.
    let active = state.items.filter { $0.status == .active }
    if active.count > 1 { problems.append("more than one item active: \(active.map(\.id))") }
    if let id = state.activeItemID {
        if state.item(id)?.status != .active {
            problems.append("activeItemID \(id) is \(String(describing: state.item(id)?.status))")
        }
    } else if let item = active.first {
        problems.append("item \(item.id) is active but activeItemID is nil")
    }
    for item in state.items {
        if let index = item.stepIndex, !item.steps.indices.contains(index) {
            problems.append("item \(item.id): step index \(index) outside its \(item.steps.count) steps")
        }
        switch item.status {
        case .pending:
            if item.startedAt != nil || item.endedAt != nil || item.stepIndex != nil {
                problems.append("pending item \(item.id) has started")
            }
        case .active:
            if item.startedAt == nil || item.endedAt != nil { problems.append("active item \(item.id): timing") }
        case .done, .withdrawn, .postponed:
            if item.startedAt == nil || item.endedAt == nil { problems.append("ended item \(item.id): timing") }
        }
        if item.decision != nil && (item.status != .done || item.kind != .decision) {
            problems.append("item \(item.id) has a decision but is \(item.status), \(item.kind)")
        }
        if let decision = item.decision, decision.item != item.id {
            problems.append("item \(item.id) holds the decision of \(decision.item)")
        }
        if let decision = item.decision {
            if decision.owner != item.owner { problems.append("item \(item.id): decision owner \(decision.owner) ≠ item owner") }
            if decision.text != item.proposal { problems.append("item \(item.id): decision text ≠ the proposal as it stands") }
            if decision.disqualified != item.disqualified.map(\.participant) {
                problems.append("item \(item.id): decision.disqualified \(decision.disqualified) ≠ the item's ugild")
            }
            if decision.objections != item.objections { problems.append("item \(item.id): decision.objections ≠ the item's") }
            // An objection by someone declared ugild afterwards does not stand: they sit out.
            if !decision.objections.allSatisfy({ $0.integration != nil || decision.disqualified.contains($0.participant) }) {
                problems.append("item \(item.id): a decision was recorded with an objection standing")
            }
            // The team consents: a guest is never among a decision's consents.
            if let guest = decision.consents.first(where: state.isGuest) {
                problems.append("item \(item.id): guest \(guest) is among the decision's consents")
            }
            if !Set(decision.consents).isDisjoint(with: decision.disqualified) {
                problems.append(
                    "item \(item.id): decision lists \(Set(decision.consents).intersection(decision.disqualified).sorted()) as consenting and ugild")
            }
            if let round = state.lastConsentRound(of: item.id) {
                let answered = round.turns.compactMap { turn -> ParticipantID? in
                    switch turn.outcome {
                    case .answered(.consent), .answered(.concern): item.isDisqualified(turn.participant) ? nil : turn.participant
                    default: nil
                    }
                }
                if decision.consents != answered { problems.append("item \(item.id): decision.consents ≠ the last consent round's") }
                if round.stoppedEarly { problems.append("item \(item.id): decided on a consent round stopped early") }
            } else {
                problems.append("item \(item.id): a decision without a consent round")
            }
        } else if item.kind == .decision, item.status == .done, item.steps.last?.mode == .consent {
            problems.append("decision item \(item.id) is done without a decision")
        }
        if item.isDisqualified(item.owner) { problems.append("item \(item.id): its owner is ugild") }
        for objection in item.objections {
            // Objection.round names the consent round it was raised in, where the objector's
            // turn is that objection.
            let round = state.rounds.first { $0.id == objection.round }
            let raisedThere = round.map {
                $0.purpose == .consent && $0.item == item.id
                    && $0.turns.contains { $0.participant == objection.participant && $0.outcome == .answered(.objection(objection.reason)) }
            }
            if raisedThere != true {
                problems.append("item \(item.id): objection by \(objection.participant) names round \(objection.round), not its consent round")
            }
        }
        if item.disqualified.count != Set(item.disqualified.map(\.participant)).count {
            problems.append("item \(item.id): ugild declared twice")
        }
    }
    if Set(state.items.map(\.id)).count != state.items.count { problems.append("two items share an id") }

    // Stage.
    switch state.stage {
    case .scheduled:
        if state.openedAt != nil || !state.rounds.isEmpty || state.activeItemID != nil {
            problems.append("a scheduled meeting has begun")
        }
    case .checkIn, .agenda, .checkOut:
        if state.openedAt == nil || state.closedAt != nil { problems.append("an open meeting's times: \(state.stage)") }
    case .closed:
        if state.closedAt == nil || state.openRound != nil || state.activeItemID != nil {
            problems.append("a closed meeting is not wholly closed")
        }
    }
    if state.rounds.contains(where: { $0.purpose == .checkOut }) != (state.stage == .checkOut || state.stage == .closed) {
        problems.append("a closing round and stage \(state.stage) disagree")
    }

    // Guests stay guests.
    for id in state.guests {
        guard let person = state.participant(id) else {
            problems.append("guest \(id) is not on the list")
            continue
        }
        if person.attendance != .guest && person.attendance != .absent {
            problems.append("guest \(id) is \(person.attendance)")
        }
    }

    // Actions and notes.
    if Set(state.actions.map(\.id)).count != state.actions.count { problems.append("two actions share an id") }
    for action in state.actions where !known.contains(action.who) {
        problems.append("action \(action.id) is for \(action.who), who is not on the list")
    }
    for (a, b) in zip(state.notes, state.notes.dropFirst()) where a.seq >= b.seq {
        problems.append("note seqs not increasing")
    }
    return problems
}

/// ``checkInvariants(_:)-(MeetingState)`` and what holds of the history: seqs 1, 2, 3… with
/// no gaps, the state's `lastSeq` is the last record's, undone seqs are real non-undo records.
func checkInvariants(_ meeting: Meeting) -> [String] {
    var problems = checkInvariants(meeting.state)
    let seqs = meeting.records.map(\.seq)
    if seqs != Array(1..<(seqs.count + 1)) {
        problems.append("seqs are not contiguous from 1: \(seqs)")
    }
    if meeting.state.lastSeq != seqs.last { problems.append("state.lastSeq \(meeting.state.lastSeq) ≠ last seq \(String(describing: seqs.last))") }
    for seq in meeting.undoneSeqs {
        guard meeting.records.indices.contains(seq - 1), case let record = meeting.records[seq - 1], record.seq == seq else {
            problems.append("undone seq \(seq) names no record")
            continue
        }
        if case .undone = record.event { problems.append("an undo (\(seq)) was itself undone") }
        if seq == 1 { problems.append("the first event was undone") }
    }
    let undos = meeting.records.filter { if case .undone = $0.event { true } else { false } }
    if undos.count != meeting.undoneSeqs.count {
        problems.append("\(undos.count) undo events but \(meeting.undoneSeqs.count) undone seqs")
    }
    return problems
}

/// The state with `lastSeq` cleared: what an undo must restore (the undo itself moves `lastSeq`).
func withoutLastSeq(_ state: MeetingState) -> MeetingState {
    var state = state
    state.lastSeq = 0
    return state
}

// MARK: - Harness helpers

/// What happened to one command submitted through ``Harness/attempt(_:by:_:sourceLocation:)``.
enum Attempt: Equatable {
    case applied([EventRecord])
    case refused(Refusal)

    var refusal: Refusal? {
        if case .refused(let refusal) = self { refusal } else { nil }
    }
}

extension Harness {
    /// A harness on a log written by hand: `events` after `created`, chained and hashed as the
    /// writer would, one second apart, all by `kari`. For states no sequence of commands
    /// reaches (a log from another tool, or edited by hand with its hashes recomputed).
    init(created: MeetingCreated, events: [Event], function: String = #function) throws {
        url = try temporaryFolder(function).appendingPathComponent("mote.jsonl")
        let clock = self.clock
        var bytes = Data()
        var prev = LineCodec.firstPrev
        for (index, event) in ([Event.meetingCreated(created)] + events).enumerated() {
            let record = EventRecord(seq: index + 1, at: clock.read(), by: "kari", event: event, prev: prev)
            let line = try LineCodec.encode(record)
            prev = LineCodec.hash(line)
            bytes.append(line)
            bytes.append(0x0A)
        }
        try bytes.write(to: url)
        writer = try MeetingLogWriter(url: url, clock: clock.read)
    }

    /// The log file's bytes now.
    func bytes() throws -> Data { try Data(contentsOf: url) }

    /// The log file's lines (without line feeds).
    func lines() throws -> [Data] {
        try bytes().split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
    }

    /// Submits `command`, whether or not the method allows it, and checks everything that must
    /// hold either way. Every expectation carries `context` (say, the seed and step).
    ///
    /// - Applied: the file only grew; reading it back folds to the live meeting; the events
    ///   written are exactly those the pure ``Meeting/decide(_:at:)`` gives; folding them in
    ///   memory gives the same meeting; each new line is exactly `LineCodec.encode` of its
    ///   record and decodes back to it.
    /// - Refused: the file's bytes and the live meeting are unchanged, and the pure `decide`
    ///   refuses it the same way.
    ///
    /// - Parameter fullRead: whether to read and fold the whole file from scratch as well; the
    ///   other checks cost little, this one grows with the log.
    @discardableResult
    func attempt(
        _ command: Command, by: ParticipantID? = "kari", _ context: Comment = "", fullRead: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Attempt {
        let before = try bytes()
        let meetingBefore = writer.meeting
        let records: [EventRecord]
        do {
            records = try writer.submit(command, by: by)
        } catch .refused(let refusal) {
            #expect(try bytes() == before, "a refused command changed the log — \(command) → \(refusal); \(context)", sourceLocation: sourceLocation)
            #expect(writer.meeting == meetingBefore, "a refused command changed the meeting — \(command); \(context)", sourceLocation: sourceLocation)
            let at = clock.now.addingTimeInterval(-1)
            #expect(throws: refusal, "pure decide disagrees — \(command); \(context)", sourceLocation: sourceLocation) {
                try meetingBefore.decide(command, at: at)
            }
            return .refused(refusal)
        } catch .log(let error) {
            Issue.record("log error for \(command): \(error); \(context)", sourceLocation: sourceLocation)
            throw error
        }

        let after = try bytes()
        #expect(
            after.count >= before.count && after.prefix(before.count) == before,
            "the log was rewritten, not appended to — \(command); \(context)", sourceLocation: sourceLocation)
        if fullRead {
            let reread = try MeetingLog.read(url)
            #expect(reread.meeting == writer.meeting, "fold(read(log)) ≠ live meeting after \(command); \(context)", sourceLocation: sourceLocation)
            #expect(reread.tornTail == nil, "torn tail after \(command); \(context)", sourceLocation: sourceLocation)
        }

        if let first = records.first {
            let decided = try meetingBefore.decide(command, at: first.at)
            #expect(decided == records.map(\.event), "events read back ≠ events decided — \(command); \(context)", sourceLocation: sourceLocation)
            var mirror = meetingBefore
            for record in records { try mirror.apply(record) }
            #expect(mirror == writer.meeting, "folding in memory ≠ folding the file — \(command); \(context)", sourceLocation: sourceLocation)
        } else {
            #expect(after == before, "no records, yet the log changed — \(command); \(context)", sourceLocation: sourceLocation)
        }

        let newLines = [UInt8](after.dropFirst(before.count)).split(separator: 0x0A).map { Data($0) }
        #expect(
            newLines.count == records.count, "\(records.count) records but \(newLines.count) new lines — \(command); \(context)", sourceLocation: sourceLocation
        )
        for (line, record) in zip(newLines, records) {
            let encoded = try LineCodec.encode(record)
            #expect(encoded == line, "LineCodec.encode(record) ≠ the line written — \(command); \(context)", sourceLocation: sourceLocation)
            #expect(try LineCodec.decode(encoded) == record, "a record does not round-trip — \(command); \(context)", sourceLocation: sourceLocation)
        }
        return .applied(records)
    }

    /// The events the last command appended, in order.
    func events(_ records: [EventRecord]) -> [Event] { records.map(\.event) }

    /// Everyone waiting in the open round passes.
    func everyonePasses() throws {
        while let speaker = state.openRound?.speaker { try run(.pass(speaker)) }
    }

    /// Attendance as given, meeting opened, check-in round held.
    func openWithCheckIn(_ ids: [ParticipantID] = ["kari", "ola", "ingrid", "per"]) throws {
        try attend(ids)
        try run(.openMeeting)
        try everyoneSpeaks()
    }

    /// From a decision item's first step (present, with a proposal) to its open consent round,
    /// everyone speaking in the rounds on the way.
    func walkDecisionToConsent() throws {
        while state.activeItem?.currentStep?.mode != .consent {
            try run(.nextStep)
            if state.openRound?.purpose == .item { try everyoneSpeaks() }
        }
    }
}
