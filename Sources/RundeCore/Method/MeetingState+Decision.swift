import Foundation

extension MeetingState {
    /// The active decision item, with no round open.
    private func decisionItem() throws(Refusal) -> Item {
        let item = try activeItemWithoutOpenRound()
        guard item.kind == .decision else { throw .notADecisionItem }
        return item
    }

    func propose(_ text: String) throws(Refusal) -> [Event] {
        let item = try decisionItem()
        guard item.proposal == nil else { throw .proposalExists }
        return [.proposalSet(ItemText(item: item.id, text: try nonEmpty(text)))]
    }

    func amend(_ text: String, helpers: [ParticipantID], reason: String?) throws(Refusal) -> [Event] {
        let item = try decisionItem()
        guard item.proposal != nil else { throw .noProposal }
        for helper in helpers {
            _ = try known(helper)
            if item.isDisqualified(helper) { throw .ugildCannotTakePart(helper) }
        }
        let amendment = ProposalAmended(
            item: item.id, text: try nonEmpty(text), helpers: helpers.uniqued(), reason: reason?.trimmedOrNil)
        return [.proposalAmended(amendment)]
    }

    /// Records the decision once the latest consent round, held on the proposal as it stands,
    /// ended with no objection standing.
    func recordDecision(reviewDate: Day?, criteria: String? = nil, inform: String? = nil, at: Date) throws(Refusal) -> [Event] {
        let item = try decisionItem()
        guard item.currentStep?.mode == .consent else { throw .notInStep(.consent) }
        guard let round = lastConsentRound(of: item.id) else { throw .noConsentRoundYet }
        let standing = item.standingObjections.map(\.participant)
        guard standing.isEmpty else { throw .objectionsStand(standing) }
        guard !round.stoppedEarly else { throw .consentRoundIncomplete }
        if let changed = item.proposalSeq, changed > round.id { throw .consentRoundOutdated }
        guard let text = item.proposal else { throw .noProposal }
        if let reviewDate, reviewDate < Day(at, in: .gmt) { throw .reviewDateInPast(reviewDate) }

        let consents = round.turns.filter { turn in
            guard takesPart(turn.participant, in: .consent, on: item), case .answered(let answer) = turn.outcome else { return false }
            return answer.consents
        }.map(\.participant)
        // A concern stays on record even when the same person consents plainly in a later round.
        let concerns = rounds(of: item.id).filter { $0.purpose == .consent }.flatMap(\.turns).compactMap { turn -> Concern? in
            guard !item.isDisqualified(turn.participant), case .answered(.concern(let text)) = turn.outcome else { return nil }
            return Concern(participant: turn.participant, text: text)
        }.uniqued()
        guard !consents.isEmpty else { throw .consentRoundIncomplete }
        let integrators = item.objections.filter { $0.integration != nil }.map(\.participant)
        let helpers = (item.amendments.flatMap(\.helpers) + integrators).filter { !item.isDisqualified($0) }
        let decision = Decision(
            item: item.id, text: text, owner: item.owner, decidedAt: at, consents: consents, concerns: concerns,
            objections: item.objections, helpers: helpers.uniqued(), disqualified: item.disqualified.map(\.participant),
            reviewDate: reviewDate, replaces: item.draft.replaces, criteria: criteria?.trimmedOrNil, inform: inform?.trimmedOrNil)
        return [.decisionRecorded(decision)]
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
