import Foundation

extension MeetingState {
    /// Checks `command` against the method and the meeting as it stands, and gives the events
    /// that carry it out, in order. An empty list means there is nothing to change.
    ///
    /// - Parameter at: the time of the command; only a decision's date is taken from it.
    /// - Throws: ``Refusal`` when the command breaks the method now. ``Command/undo`` needs the
    ///   history, which ``Meeting`` keeps: here it is always refused.
    public func decide(_ command: Command, at: Date) throws(Refusal) -> [Event] {
        guard stage != .closed else { throw .meetingClosed }
        try checkTexts(of: command)
        switch command {
        case .setAttendance(let who, let attendance): return try setAttendance(who, attendance)
        case .addGuest(let id, let name): return try addGuest(id, name: name)
        case .openMeeting: return try openMeeting()
        case .startClosingRound: return try startClosingRound()
        case .closeMeeting: return try closeMeeting()
        case .startItem(let id): return try startItem(id)
        case .nextStep: return try nextStep()
        case .propose(let text): return try propose(text)
        case .amend(let text, let helpers, let reason): return try amend(text, helpers: helpers, reason: reason)
        case .conclude(let text): return try conclude(text)
        case .recordDecision(let reviewDate, let criteria, let inform):
            return try recordDecision(reviewDate: reviewDate, criteria: criteria, inform: inform, at: at)
        case .withdrawItem(let reason): return [.itemWithdrawn(ItemClosedEarly(item: try itemThatCanEnd().id, reason: reason?.trimmedOrNil))]
        case .postponeItem(let reason): return [.itemPostponed(ItemClosedEarly(item: try itemThatCanEnd().id, reason: reason?.trimmedOrNil))]
        case .changeKind(let id, let recipe): return try changeKind(id, to: recipe)
        case .declareUgild(let who, let id, let reason): return try declareUgild(who, item: id, reason: reason)
        case .liftExemption(let id, let reason): return try liftExemption(id, reason: reason)
        case .speak(let who): return [.turnSpoken(TurnTaken(participant: try speakingTurn(who)))]
        case .pass(let who): return [.turnPassed(TurnTaken(participant: try speakingTurn(who)))]
        case .answer(let who, let answer): return [try consentAnswer(who, answer)]
        case .runRoundAgain: return [try roundAgain()]
        case .stopRound:
            guard openRound != nil else { throw .noOpenRound }
            return [.roundStopped]
        case .chooseFirstSpeaker(let who): return try chooseFirstSpeaker(who)
        case .integrate(let objector, let how, let text): return try integrate(objector, how: how, newProposal: text)
        case .addItem(let draft, let recipe):
            try requireRoomForItem()
            return [.itemAdded(ItemSpec(id: nextItemID, draft: try checked(draft, recipe), steps: recipe.steps))]
        case .editItem(let id, let draft, let recipe):
            let item = try pendingItem(id)
            if item.isDisqualified(draft.owner) { throw .ownerCannotBeUgild }
            if item.draft.exemption != nil, draft.exemption?.trimmedOrNil == nil { throw .exemptionCanOnlyBeLifted(id) }
            var draft = draft
            // Where a carried item came from stays with it through an edit (the agenda line does not say it).
            if draft.carriedFrom == nil { draft.carriedFrom = item.draft.carriedFrom }
            return [.itemEdited(ItemSpec(id: id, draft: try checked(draft, recipe), steps: recipe.steps))]
        case .moveItem(let id, let position):
            _ = try pendingItem(id)
            guard items.indices.contains(position) else { throw .positionOutOfRange(position) }
            return [.itemMoved(ItemMoved(item: id, position: position))]
        case .removeItem(let id):
            _ = try pendingItem(id)
            return [.itemRemoved(ItemRef(item: id))]
        case .addNote(let text, let speaker): return try addNote(text, speaker: speaker)
        case .evaluate(let who, let score, let text): return try evaluate(who, score: score, text: text)
        case .recordUnionView(let text):
            try requireOpenMeeting()
            guard let item = activeItem else { throw .noActiveItem }
            guard item.draft.infoDrøft else { throw .notInfoDrøft(item.id) }
            return [.unionViewRecorded(ItemText(item: item.id, text: try nonEmpty(text)))]
        case .addAction(let what, let who, let due):
            let what = try nonEmpty(what)
            _ = try known(who)
            return [.actionAdded(Action(id: nextActionID, what: what, who: who, due: due, item: activeItemID))]
        case .setActionStatus(let id, let status):
            guard actions.contains(where: { $0.id == id }) else { throw .unknownAction(id) }
            return [.actionStatusSet(ActionStatusSet(action: id, status: status))]
        case .setFollowUpStatus(let reference, let status):
            guard stage != .scheduled else { throw .meetingNotOpen }
            guard followUp.contains(where: { $0.reference == reference }) else { throw .notInFollowUp(reference.rawValue) }
            return [.followUpActionSet(FollowUpActionSet(action: reference, status: status))]
        case .keepDecision(let reference, let nextReview, let learned):
            _ = try dueForReview(reference)
            if let nextReview, nextReview < Day(at, in: .gmt) { throw .reviewDateInPast(nextReview) }
            return [.decisionReviewed(DecisionReviewed(decision: reference, outcome: .kept, nextReview: nextReview, learned: learned?.trimmedOrNil))]
        case .redecide(let reference, let recipe, let learned): return try redecide(reference, recipe: recipe, learned: learned)
        case .undo:
            throw .nothingToUndo
        }
    }

    // MARK: Attendance and the meeting

    private func setAttendance(_ who: ParticipantID, _ attendance: Attendance) throws(Refusal) -> [Event] {
        let person = try known(who)
        guard attendance == .present || attendance == .absent else { throw .invalidAttendance(attendance) }
        let stored: Attendance = guests.contains(who) && attendance == .present ? .guest : attendance
        guard person.attendance != stored else { return [] }
        return [.attendanceSet(AttendanceSet(participant: who, attendance: stored))]
    }

    private func addGuest(_ id: ParticipantID, name: String) throws(Refusal) -> [Event] {
        guard id.isWellFormed else { throw .invalidIdentifier(id.rawValue) }
        guard participant(id) == nil else { throw .participantExists(id) }
        return [.guestAdded(GuestAdded(participant: id, name: try nonEmpty(name)))]
    }

    private func openMeeting() throws(Refusal) -> [Event] {
        guard stage == .scheduled else { throw .meetingAlreadyOpen }
        return [.meetingOpened, .roundStarted(try newRound(.checkIn))]
    }

    private func startClosingRound() throws(Refusal) -> [Event] {
        try requireOpenMeeting()
        guard stage != .checkOut else { throw .alreadyClosing }
        try requireNoOpenRound()
        if let active = activeItemID { throw .itemsStillActive(active) }
        return [.roundStarted(try newRound(.checkOut))]
    }

    private func closeMeeting() throws(Refusal) -> [Event] {
        try requireOpenMeeting()
        guard stage == .checkOut else { throw .closingRoundNotHeld }
        try requireNoOpenRound()
        return [.meetingClosed]
    }

    // MARK: Items and their steps

    private func startItem(_ id: ItemID) throws(Refusal) -> [Event] {
        try requireOpenMeeting()
        guard stage != .checkOut else { throw .alreadyClosing }
        try requireNoOpenRound()
        if let active = activeItemID { throw .anotherItemActive(active) }
        let item = try pendingItem(id)
        return [.itemStarted(ItemRef(item: id))] + (try enter(step: 0, of: item))
    }

    private func nextStep() throws(Refusal) -> [Event] {
        let item = try activeItemWithoutOpenRound()
        let index = item.stepIndex ?? -1
        if item.currentStep?.mode == .consent { throw .decisionNeedsRecording }
        guard index + 1 < item.steps.count else { return [.itemEnded(ItemRef(item: item.id))] }
        return try enter(step: index + 1, of: item)
    }

    /// The events that begin step `index` of `item`: the step, and its round where it has one.
    private func enter(step index: Int, of item: Item) throws(Refusal) -> [Event] {
        guard item.steps.indices.contains(index) else { return [.itemEnded(ItemRef(item: item.id))] }
        let step = item.steps[index]
        let started = Event.stepStarted(StepStarted(item: item.id, step: index, key: step.key))
        switch step.mode {
        case .round:
            return [started, .roundStarted(try newRound(.item, on: item, step: step.key))]
        case .consent:
            guard item.proposal != nil else { throw .noProposal }
            return [started, .roundStarted(try newRound(.consent, on: item, step: step.key))]
        case .present, .conclusion, .amend:
            return [started]
        }
    }

    private func changeKind(_ id: ItemID, to recipe: Recipe) throws(Refusal) -> [Event] {
        guard let item = item(id) else { throw .unknownItem(id) }
        guard item.status == .pending || item.status == .active else { throw .itemDone(id) }
        guard recipe.kind != item.kind else { throw .sameKind }
        let changed = Event.itemKindChanged(ItemKindChanged(item: id, kind: recipe.kind, recipe: recipe.id, steps: recipe.steps))
        guard item.status == .active else { return [changed] }
        try requireNoOpenRound()
        var restarted = item
        restarted.spec.draft.kind = recipe.kind
        restarted.spec.steps = recipe.steps
        return [changed] + (try enter(step: 0, of: restarted))
    }

    private func declareUgild(_ who: ParticipantID, item id: ItemID, reason: String) throws(Refusal) -> [Event] {
        _ = try known(who)
        guard let item = item(id) else { throw .unknownItem(id) }
        guard item.status == .pending || item.status == .active else { throw .itemDone(id) }
        guard item.owner != who else { throw .ownerCannotBeUgild }
        guard !item.isDisqualified(who) else { throw .alreadyUgild(who) }
        return [.ugildDeclared(UgildDeclared(item: id, participant: who, reason: try nonEmpty(reason)))]
    }

    private func liftExemption(_ id: ItemID, reason: String) throws(Refusal) -> [Event] {
        guard let item = item(id) else { throw .unknownItem(id) }
        guard let basis = item.draft.exemption else { throw .notExempt(id) }
        return [.exemptionLifted(ExemptionLifted(item: id, basis: basis, reason: try nonEmpty(reason)))]
    }

    private func conclude(_ text: String) throws(Refusal) -> [Event] {
        let item = try activeItemWithoutOpenRound()
        guard item.currentStep?.mode == .conclusion else { throw .notInStep(.conclusion) }
        return [.conclusionStated(ItemText(item: item.id, text: try nonEmpty(text)))]
    }

    private func itemThatCanEnd() throws(Refusal) -> Item { try activeItemWithoutOpenRound() }

    // MARK: The agenda, the scribe

    // MARK: The follow-up

    /// The follow-up entry of a decision due for review, once the meeting is open and while it
    /// has not been taken up again (that added an item; undo it to choose again).
    private func dueForReview(_ reference: DecisionRef) throws(Refusal) -> FollowUpDecision {
        guard stage != .scheduled else { throw .meetingNotOpen }
        guard let due = reviewDue.first(where: { $0.reference == reference }) else { throw .notInFollowUp(reference.rawValue) }
        if reviews[reference]?.outcome == .redecided { throw .alreadyRedecided(due.title) }
        return due
    }

    /// A new decision item that revisits the decision: same title, its text as the proposal,
    /// owned by the decision's owner (or the facilitator, when the owner is no longer here),
    /// exempt as the decision was (``checked(_:_:)`` sees to that through `replaces`).
    private func redecide(_ reference: DecisionRef, recipe: Recipe, learned: String?) throws(Refusal) -> [Event] {
        let due = try dueForReview(reference)
        try requireRoomForItem()
        let owner = participant(due.decision.owner) != nil ? due.decision.owner : facilitator ?? due.decision.owner
        let draft = ItemDraft(kind: .decision, title: due.title, owner: owner, proposal: due.decision.text, replaces: reference)
        let spec = ItemSpec(id: nextItemID, draft: try checked(draft, recipe), steps: recipe.steps)
        return [.decisionReviewed(DecisionReviewed(decision: reference, outcome: .redecided, item: spec.id, learned: learned?.trimmedOrNil)), .itemAdded(spec)]
    }

    /// The draft as the log keeps it: text trimmed, empty optional text dropped (an empty legal
    /// basis is no exemption), exempt as the decision it revisits when that one was, and the
    /// recipe its steps come from named.
    private func checked(_ draft: ItemDraft, _ recipe: Recipe) throws(Refusal) -> ItemDraft {
        var draft = draft.inheritingExemption { reference in reviewDue.first { $0.reference == reference }?.exemption }
        draft.title = try nonEmpty(draft.title)
        draft.text = draft.text.trimmedOrNil ?? ""
        draft.proposal = draft.proposal?.trimmedOrNil
        draft.exemption = draft.exemption?.trimmedOrNil
        draft.recipe = recipe.id
        _ = try known(draft.owner)
        guard recipe.kind == draft.kind else { throw .recipeKindMismatch(recipe: recipe.id, kind: draft.kind) }
        if draft.kind != .decision && draft.proposal != nil { throw .notADecisionItem }
        return draft
    }

    private func pendingItem(_ id: ItemID) throws(Refusal) -> Item {
        guard let item = item(id) else { throw .unknownItem(id) }
        guard item.status == .pending else { throw .itemNotPending(id) }
        return item
    }

    /// An evaluation is given once the items are done (none active) and no round is open: after
    /// the last item, or after the closing round, before the meeting closes; by someone present.
    private func evaluate(_ who: ParticipantID, score: Int, text: String?) throws(Refusal) -> [Event] {
        try requireOpenMeeting()
        if let active = activeItemID { throw .itemsStillActive(active) }
        try requireNoOpenRound()
        guard try known(who).isPresent else { throw .notPresent(who) }
        guard EvaluationGiven.scores.contains(score) else { throw .scoreOutOfRange(score) }
        return [.evaluationGiven(EvaluationGiven(participant: who, score: score, text: text?.trimmedOrNil))]
    }

    private func addNote(_ text: String, speaker: ParticipantID?) throws(Refusal) -> [Event] {
        if let speaker { _ = try known(speaker) }
        let note = NoteAdded(text: try nonEmpty(text), item: activeItemID, round: currentRound?.id, speaker: speaker)
        return [.noteAdded(note)]
    }

    /// The round a note written now belongs to: the open one, or the one just finished while the
    /// meeting is still at its step (the scribe often writes after the last speaker).
    private var currentRound: Round? {
        guard let last = rounds.last else { return nil }
        if let item = activeItem { return last.item == item.id && last.step == item.currentStep?.key ? last : nil }
        return last.item == nil && (stage == .checkIn || stage == .checkOut) ? last : nil
    }

    // MARK: Shared checks

    func known(_ id: ParticipantID) throws(Refusal) -> Participant {
        guard let person = participant(id) else { throw .unknownParticipant(id) }
        return person
    }

    func nonEmpty(_ text: String) throws(Refusal) -> String {
        guard let trimmed = text.trimmedOrNil else { throw .emptyText }
        return trimmed
    }

    /// Refuses a new item when the agenda holds ``Limits/itemsPerMeeting`` already.
    func requireRoomForItem() throws(Refusal) {
        guard items.count < Limits.itemsPerMeeting else { throw .tooManyItems(limit: Limits.itemsPerMeeting) }
    }

    func requireOpenMeeting() throws(Refusal) {
        guard stage != .scheduled else { throw .meetingNotOpen }
    }

    func requireNoOpenRound() throws(Refusal) {
        if let round = openRound { throw .roundInProgress(waiting: round.waiting) }
    }

    func activeItemWithoutOpenRound() throws(Refusal) -> Item {
        try requireOpenMeeting()
        guard let item = activeItem else { throw .noActiveItem }
        try requireNoOpenRound()
        return item
    }

    /// A round over those who take part (those present, less the *ugild* on an item, less
    /// guests in a consent round), opened by the next one after whoever opened the round before
    /// (``rotated(_:)``).
    func newRound(_ purpose: RoundPurpose, on item: Item? = nil, step: String? = nil) throws(Refusal) -> RoundStarted {
        let order = rotated(speakingOrder(for: item, purpose: purpose))
        guard !order.isEmpty else { throw purpose == .consent && !present.isEmpty ? .noMembersPresent : .nobodyPresent }
        return RoundStarted(purpose: purpose, item: item?.id, step: step, order: order)
    }
}

extension String {
    /// The text without surrounding white space; nil when nothing is left.
    var trimmedOrNil: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension ParticipantID {
    /// A handle is as the team file requires: `a–z`, `æøå`, digits and `-`, starting with a letter.
    public var isWellFormed: Bool { Handle.isValid(rawValue) }
}
