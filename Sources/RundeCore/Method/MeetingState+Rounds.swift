import Foundation

extension MeetingState {
    /// Checks that `who` may speak or pass now, in an ordinary round.
    func speakingTurn(_ who: ParticipantID) throws(Refusal) -> ParticipantID {
        let round = try turnRound(for: who)
        guard round.purpose != .consent else { throw .consentRoundNeedsAnswer }
        return who
    }

    func consentAnswer(_ who: ParticipantID, _ answer: ConsentAnswer) throws(Refusal) -> Event {
        let round = try turnRound(for: who)
        guard round.purpose == .consent else { throw .notAConsentRound }
        switch answer {
        case .consent:
            return .consented(TurnTaken(participant: who))
        case .concern(let text):
            guard let text = text.trimmedOrNil else { throw .concernNeedsText }
            return .concernRaised(TurnWithText(participant: who, text: text))
        case .objection(let reason):
            guard let reason = reason.trimmedOrNil else { throw .objectionNeedsReason }
            return .objectionRaised(TurnWithText(participant: who, text: reason))
        }
    }

    /// The open round, when `who` still has a turn in it.
    private func turnRound(for who: ParticipantID) throws(Refusal) -> Round {
        _ = try known(who)
        guard let round = openRound else { throw .noOpenRound }
        if round.turn(of: who) != nil { throw .alreadyHadTurn(who) }
        if let id = round.item, item(id)?.isDisqualified(who) == true { throw .ugildCannotTakePart(who) }
        if round.purpose == .consent, isGuest(who), !round.order.contains(who) { throw .guestCannotConsent(who) }
        guard round.isWaiting(who) else { throw .notInRound(who) }
        return round
    }

    /// The round of the step under way, once more: check-in, closing, an item step, or consent.
    func roundAgain() throws(Refusal) -> Event {
        try requireOpenMeeting()
        try requireNoOpenRound()
        guard let item = activeItem else {
            switch stage {
            case .checkIn: return .roundStarted(try newRound(.checkIn))
            case .checkOut: return .roundStarted(try newRound(.checkOut))
            case .scheduled, .agenda, .closed: throw .noActiveItem
            }
        }
        guard let step = item.currentStep else { throw .stepHasNoRound }
        switch step.mode {
        case .round:
            return .roundStarted(try newRound(.item, on: item, step: step.key))
        case .consent:
            guard lastConsentRound(of: item.id) != nil else { throw .noConsentRoundYet }
            let standing = item.standingObjections.map(\.participant)
            guard standing.isEmpty else { throw .objectionsStand(standing) }
            return .roundStarted(try newRound(.consent, on: item, step: step.key))
        case .present, .conclusion, .amend:
            throw .stepHasNoRound
        }
    }

    /// Lets `who` open the round under way, before anyone has had a turn: the round's order,
    /// turned to start with them (those before them follow at the end, as in a circle).
    func chooseFirstSpeaker(_ who: ParticipantID) throws(Refusal) -> [Event] {
        _ = try known(who)
        guard let round = openRound else { throw .noOpenRound }
        guard round.turns.isEmpty else { throw .roundAlreadyUnderway }
        guard let index = round.order.firstIndex(of: who) else { throw .notInRound(who) }
        guard index > 0 else { return [] }
        return [.firstSpeakerChosen(FirstSpeakerChosen(order: Array(round.order[index...] + round.order[..<index])))]
    }

    /// `order` (those taking part, in list order) turned so the round starts with the first of
    /// them after whoever opened the round before, in the list order of the meeting's
    /// participants: so the same person does not always open (S3's practice). The first round
    /// starts with the first on the list. Only the log decides it, so replay gives the same order.
    func rotated(_ order: [ParticipantID]) -> [ParticipantID] {
        guard let previous = rounds.last?.opener, let place = participants.firstIndex(where: { $0.id == previous }) else { return order }
        let after = participants[(place + 1)...].map(\.id) + participants[...place].map(\.id)
        guard let next = after.first(where: order.contains), let index = order.firstIndex(of: next) else { return order }
        return Array(order[index...] + order[..<index])
    }

    func integrate(_ objector: ParticipantID, how: String, newProposal: String) throws(Refusal) -> [Event] {
        let item = try activeItemWithoutOpenRound()
        guard item.kind == .decision else { throw .notADecisionItem }
        guard item.standingObjections.contains(where: { $0.participant == objector }) else {
            throw .noStandingObjection(objector)
        }
        let integration = ObjectionIntegrated(
            item: item.id, participant: objector, how: try nonEmpty(how), text: try nonEmpty(newProposal))
        return [.objectionIntegrated(integration)]
    }
}
