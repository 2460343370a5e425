/// What the facilitator or the scribe asks the meeting to do. A command is checked against the
/// meeting's state by ``MeetingState/decide(_:recipes:)``: it becomes events, or a ``Refusal``.
public enum Command: Sendable, Hashable {
    // Attendance
    case setAttendance(ParticipantID, Attendance)
    case addGuest(ParticipantID, name: String)

    // The meeting
    /// Opens the meeting with the check-in round.
    case openMeeting
    /// Starts the closing round (*utsjekk*).
    case startClosingRound
    case closeMeeting

    // Items and their recipes
    case startItem(ItemID)
    /// Moves the active item to its next recipe step, or ends it after the last.
    case nextStep
    case propose(String)
    case amend(String, helpers: [ParticipantID], reason: String?)
    case conclude(String)
    /// Records the decision, with when to review it, what will show whether it works
    /// (`criteria`) and who must be told (`inform`); empty texts count as none.
    case recordDecision(reviewDate: Day?, criteria: String? = nil, inform: String? = nil)
    case withdrawItem(reason: String?)
    case postponeItem(reason: String?)
    /// Changes an item's type, for example a decision item that is not ripe into a discussion.
    case changeKind(ItemID, to: Recipe)
    case declareUgild(ParticipantID, item: ItemID, reason: String)
    /// Makes an exempt item public, saying why. Only this lifts an exemption: editing an item
    /// cannot drop it, and whatever is made from an exempt item inherits it.
    case liftExemption(ItemID, reason: String)

    // Rounds
    case speak(ParticipantID)
    case pass(ParticipantID)
    case answer(ParticipantID, ConsentAnswer)
    /// Runs the current step's round again; for a consent round, after every objection is integrated.
    case runRoundAgain
    case stopRound
    /// Lets `who` open the round under way, while nobody has had a turn yet; the others follow
    /// in the round's order from there.
    case chooseFirstSpeaker(ParticipantID)
    case integrate(objector: ParticipantID, how: String, newProposal: String)

    // The agenda, before an item starts
    case addItem(ItemDraft, recipe: Recipe)
    case editItem(ItemID, ItemDraft, recipe: Recipe)
    case moveItem(ItemID, to: Int)
    case removeItem(ItemID)

    /// Records the union representative's view on the active item, which is marked info/drøft.
    case recordUnionView(String)

    // The evaluation of the meeting, before it closes
    /// `who` says how well the meeting went (1…5) and, if they like, one thing to do better.
    case evaluate(ParticipantID, score: Int, text: String?)

    // The scribe
    case addNote(String, speaker: ParticipantID?)
    case addAction(what: String, who: ParticipantID, due: Day?)
    case setActionStatus(ActionID, ActionStatus)

    // The follow-up (*oppfølging*) of earlier meetings
    /// What became of an open action from an earlier meeting: done, carried on (`open`), or cancelled.
    case setFollowUpStatus(ActionRef, ActionStatus)
    /// A decision due for review stands, with a next review date if the team sets one.
    /// `learned`: what the team learned from it, if the facilitator writes it down.
    case keepDecision(DecisionRef, nextReview: Day?, learned: String? = nil)
    /// A decision due for review is taken up again: a decision item that revisits it joins the agenda.
    case redecide(DecisionRef, recipe: Recipe, learned: String? = nil)

    /// Takes back the latest event that is still in effect, with a new event.
    case undo
}
