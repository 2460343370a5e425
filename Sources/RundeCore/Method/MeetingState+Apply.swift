import Foundation

/// An event that does not fit the state it is folded into: a log written by something other
/// than runde's own machine, or edited by hand with its hashes recomputed.
public struct FoldError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
}

extension MeetingState {
    /// Folds one event into the state.
    ///
    /// - Throws: ``FoldError`` when the event names something the meeting does not have, or
    ///   cannot happen now. The state is then unchanged.
    ///
    /// Folds in place: every case checks all it needs before it changes anything, so a refused
    /// event leaves the state as it was without a copy of it (a copy would make every event cost
    /// as much as the meeting so far).
    public mutating func apply(_ record: EventRecord) throws(FoldError) {
        try fold(record.event, seq: record.seq, at: record.at, by: record.by)
        lastSeq = record.seq
    }

    private mutating func fold(_ event: Event, seq: Int, at: Date, by: ParticipantID?) throws(FoldError) {
        switch event {
        case .meetingCreated:
            throw FoldError(description: "meetingCreated may only be the first event")
        case .attendanceSet(let e):
            let index = try participantIndex(e.participant)
            let wasPresent = participants[index].isPresent
            participants[index].attendance = e.attendance
            if !participants[index].isPresent { leaveOpenRound(e.participant) }
            if stage != .scheduled, wasPresent != participants[index].isPresent {
                attendanceChanges.append(AttendanceChange(participant: e.participant, arrived: !wasPresent, at: at))
            }
        case .guestAdded(let e):
            guard participant(e.participant) == nil else { throw FoldError(description: "guest \(e.participant) is already on the list") }
            participants.append(Participant(id: e.participant, name: e.name, attendance: .guest))
            guests.insert(e.participant)
            if stage != .scheduled { attendanceChanges.append(AttendanceChange(participant: e.participant, arrived: true, at: at)) }
        case .meetingOpened:
            stage = .checkIn
            openedAt = at
        case .roundStarted(let e):
            let number = rounds.filter { $0.item == e.item && $0.step == e.step && $0.purpose == e.purpose }.count + 1
            rounds.append(Round(id: seq, purpose: e.purpose, item: e.item, step: e.step, order: e.order, number: number, opener: e.order.first))
            if e.purpose == .checkOut { stage = .checkOut }
        case .turnSpoken(let e):
            try takeTurn(e.participant, .spoke)
        case .turnPassed(let e):
            try takeTurn(e.participant, .passed)
        case .consented(let e):
            try takeTurn(e.participant, .answered(.consent))
        case .concernRaised(let e):
            try takeTurn(e.participant, .answered(.concern(e.text)))
        case .objectionRaised(let e):
            let round = try openRoundIndex()
            let item = try rounds[round].item.map { id throws(FoldError) in try itemIndex(id) }
            try takeTurn(e.participant, .answered(.objection(e.text)))
            if let item { items[item].objections.append(Objection(participant: e.participant, reason: e.text, round: rounds[round].id)) }
        case .roundStopped:
            rounds[try openRoundIndex()].stoppedEarly = true
        case .firstSpeakerChosen(let e):
            let index = try openRoundIndex()
            guard rounds[index].turns.isEmpty else { throw FoldError(description: "the open round has had turns already") }
            guard e.order.sorted() == rounds[index].order.sorted(), Set(e.order).count == e.order.count else {
                throw FoldError(description: "the new order is not the open round's people")
            }
            rounds[index].order = e.order
            rounds[index].opener = e.order.first
        case .itemStarted(let e):
            try update(e.item) {
                $0.status = .active
                $0.startedAt = at
            }
            activeItemID = e.item
            stage = .agenda
        case .stepStarted(let e):
            try update(e.item) { $0.stepIndex = e.step }
        case .proposalSet(let e):
            try update(e.item) {
                $0.proposal = e.text
                $0.proposalSeq = seq
            }
        case .proposalAmended(let e):
            try update(e.item) {
                $0.proposal = e.text
                $0.proposalSeq = seq
                $0.amendments.append(Amendment(text: e.text, helpers: e.helpers, reason: e.reason, at: at))
            }
        case .objectionIntegrated(let e):
            try update(e.item) { item throws(FoldError) in
                guard let index = item.objections.firstIndex(where: { $0.participant == e.participant && $0.integration == nil })
                else { throw FoldError(description: "no standing objection from \(e.participant)") }
                item.objections[index].integration = e.how
                item.proposal = e.text
                item.proposalSeq = seq
            }
        case .conclusionStated(let e):
            try update(e.item) { $0.conclusion = e.text }
        case .decisionRecorded(let decision):
            try end(decision.item, as: .done, at: at) { $0.decision = decision }
            presentAtDecisions[decision.item] = present
        case .itemEnded(let e):
            try end(e.item, as: .done, at: at)
        case .itemWithdrawn(let e):
            try end(e.item, as: .withdrawn, at: at) { $0.endReason = e.reason }
        case .itemPostponed(let e):
            try end(e.item, as: .postponed, at: at) { $0.endReason = e.reason }
        case .itemKindChanged(let e):
            try update(e.item) {
                $0.spec.draft.kind = e.kind
                $0.spec.draft.recipe = e.recipe
                $0.spec.steps = e.steps
                $0.stepIndex = nil
            }
        case .ugildDeclared(let e):
            _ = try participantIndex(e.participant)
            try update(e.item) { $0.disqualified.append(Disqualification(participant: e.participant, reason: e.reason)) }
            if openRound?.item == e.item { leaveOpenRound(e.participant) }
        case .exemptionLifted(let e):
            try update(e.item) { item throws(FoldError) in
                guard item.draft.exemption != nil else { throw FoldError(description: "item \(e.item) is not exempt") }
                item.spec.draft.exemption = nil
                item.liftedExemption = LiftedExemption(basis: e.basis, reason: e.reason, by: by, at: at)
            }
        case .actionAdded(let action):
            actions.append(action)
        case .actionStatusSet(let e):
            guard let index = actions.firstIndex(where: { $0.id == e.action }) else { throw FoldError(description: "no action \(e.action)") }
            actions[index].status = e.status
        case .followUpActionSet(let e):
            guard followUp.contains(where: { $0.reference == e.action }) else { throw FoldError(description: "\(e.action) is not in the follow-up") }
            followUpStatus[e.action] = e.status
        case .decisionReviewed(let e):
            guard reviewDue.contains(where: { $0.reference == e.decision }) else { throw FoldError(description: "\(e.decision) is not due for review") }
            reviews[e.decision] = e
        case .noteAdded(let e):
            notes.append(Note(seq: seq, text: e.text, item: e.item, round: e.round, speaker: e.speaker, by: by, at: at))
        case .unionViewRecorded(let e):
            try update(e.item) { $0.unionViews.append(e.text) }
        case .evaluationGiven(let e):
            _ = try participantIndex(e.participant)
            evaluations.removeAll { $0.participant == e.participant }
            evaluations.append(e)
        case .itemAdded(let spec):
            guard item(spec.id) == nil else { throw FoldError(description: "item \(spec.id) exists already") }
            items.append(Item(spec: spec))
        case .itemEdited(let spec):
            try update(spec.id) {
                // Only `exemptionLifted` lifts an exemption: an edit that leaves it out (an
                // older runde allowed that) keeps it.
                let exemption = $0.draft.exemption
                $0.spec = spec
                $0.spec.draft.exemption = spec.draft.exemption ?? exemption
                $0.proposal = spec.draft.proposal
            }
        case .itemMoved(let e):
            let index = try itemIndex(e.item)
            guard items.indices.contains(e.position) else { throw FoldError(description: "position \(e.position) is outside the agenda") }
            items.insert(items.remove(at: index), at: e.position)
        case .itemRemoved(let e):
            items.remove(at: try itemIndex(e.item))
            // Removing the item that took a decision up again leaves that decision not handled.
            if let review = reviews.values.first(where: { $0.item == e.item }) { reviews[review.decision] = nil }
        case .meetingClosed:
            stage = .closed
            closedAt = at
        case .undone:
            throw FoldError(description: "undone is folded by Meeting, which keeps the history")
        }
    }

    // MARK: Helpers

    private func participantIndex(_ id: ParticipantID) throws(FoldError) -> Int {
        guard let index = participants.firstIndex(where: { $0.id == id }) else { throw FoldError(description: "no participant \(id)") }
        return index
    }

    private func itemIndex(_ id: ItemID) throws(FoldError) -> Int {
        guard let index = items.firstIndex(where: { $0.id == id }) else { throw FoldError(description: "no item \(id)") }
        return index
    }

    private func openRoundIndex() throws(FoldError) -> Int {
        guard let last = rounds.indices.last, !rounds[last].isOver else { throw FoldError(description: "no round is open") }
        return last
    }

    private mutating func update(_ id: ItemID, _ change: (inout Item) throws(FoldError) -> Void) throws(FoldError) {
        let index = try itemIndex(id)
        try change(&items[index])
    }

    private mutating func end(_ id: ItemID, as status: ItemStatus, at: Date, _ change: (inout Item) -> Void = { _ in }) throws(FoldError) {
        try update(id) {
            $0.status = status
            $0.endedAt = at
            change(&$0)
        }
        if activeItemID == id { activeItemID = nil }
    }

    private mutating func takeTurn(_ participant: ParticipantID, _ outcome: TurnOutcome) throws(FoldError) {
        let index = try openRoundIndex()
        guard rounds[index].isWaiting(participant) else {
            throw FoldError(description: "\(participant) has no turn waiting in the open round")
        }
        rounds[index].turns.append(Turn(participant: participant, outcome: outcome))
    }

    /// Someone who leaves, or turns out *ugild*, drops out of the open round if their turn is still to come.
    private mutating func leaveOpenRound(_ participant: ParticipantID) {
        guard let last = rounds.indices.last, !rounds[last].isOver, rounds[last].turn(of: participant) == nil else { return }
        rounds[last].order.removeAll { $0 == participant }
    }
}
