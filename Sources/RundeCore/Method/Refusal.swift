/// Why a command breaks the method. The log is unchanged when a command is refused.
/// ``message(_:)`` words it for the facilitator in their language.
public enum Refusal: Error, Sendable, Hashable {
    case meetingNotOpen
    case meetingAlreadyOpen
    case meetingClosed
    case nobodyPresent
    /// A consent round is the team's: guests are present, but no member is.
    case noMembersPresent
    /// A guest speaks in rounds but does not take part in a consent round.
    case guestCannotConsent(ParticipantID)
    case unknownParticipant(ParticipantID)
    case unknownItem(ItemID)
    case unknownAction(ActionID)
    case participantExists(ParticipantID)
    case emptyText
    /// Members are marked present or absent; guests are added with ``Command/addGuest(_:name:)``.
    case invalidAttendance(Attendance)
    case invalidIdentifier(String)
    /// The open round must finish (or be stopped) first; the list says who has not had a turn.
    case roundInProgress(waiting: [ParticipantID])
    case noOpenRound
    case notInRound(ParticipantID)
    case alreadyHadTurn(ParticipantID)
    /// The first speaker can be chosen only while nobody has had a turn in the open round.
    case roundAlreadyUnderway
    case consentRoundNeedsAnswer
    case notAConsentRound
    case anotherItemActive(ItemID)
    case itemNotPending(ItemID)
    case noActiveItem
    case itemsStillActive(ItemID)
    case closingRoundNotHeld
    case alreadyClosing
    case notADecisionItem
    case noProposal
    case proposalExists
    case notInStep(StepMode)
    case stepHasNoRound
    case objectionNeedsReason
    case concernNeedsText
    case objectionsStand([ParticipantID])
    case noStandingObjection(ParticipantID)
    case noConsentRoundYet
    /// The proposal changed after the last consent round began; it needs a new one.
    case consentRoundOutdated
    case consentRoundIncomplete
    case reviewDateInPast(Day)
    case decisionNeedsRecording
    case sameKind
    case ownerCannotBeUgild
    case alreadyUgild(ParticipantID)
    case ugildCannotTakePart(ParticipantID)
    case itemDone(ItemID)
    case positionOutOfRange(Int)
    case recipeKindMismatch(recipe: String, kind: ItemKind)
    case nothingToUndo
    /// The action or decision is not in this meeting's follow-up.
    case notInFollowUp(String)
    /// The decision was taken up again in this meeting already (its item is on the agenda).
    case alreadyRedecided(String)
    /// Lifting asks for an exempt item.
    case notExempt(ItemID)
    /// An edit may not drop an item's exemption; ``Command/liftExemption(_:reason:)`` does, on the record.
    case exemptionCanOnlyBeLifted(ItemID)
    /// A text holds a character that must not reach a terminal (``ControlCharacters``): an
    /// escape, a bell, a C1 control, a bidirectional override.
    case controlCharacter(Unicode.Scalar)
    /// A text is longer than the limit (``Limits/textCharacters``), in characters.
    case textTooLong(limit: Int)
    /// The union's view is recorded on an item marked info/drøft.
    case notInfoDrøft(ItemID)
    /// Only someone present can evaluate the meeting.
    case notPresent(ParticipantID)
    /// An evaluation's score is 1 to 5.
    case scoreOutOfRange(Int)
    /// The agenda already holds the most items a meeting may have (``Limits/itemsPerMeeting``).
    case tooManyItems(limit: Int)
}
