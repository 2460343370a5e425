import Foundation
import RundeCore

extension AppState {
    /// Whether `action` does something now: the one predicate the hint line (which offers only
    /// these), the `?` help (which marks them) and the keys (which refuse the others, saying
    /// why when the method does) all ask. Where a key leads to a command, the core is asked
    /// whether that command would be taken, on the state as it is, without writing anything.
    public func isAvailable(_ action: Action) -> Bool {
        if watching && !action.onlyReads { return false }
        switch action {
        case .up, .down: return selectableCount > 1
        case .toggleAttendance: return selectedParticipant != nil
        case .editItem: return selectedItem?.status == .pending
        case .moveItemUp, .moveItemDown:
            guard let item = selectedItem, item.status == .pending else { return false }
            return meeting.items.indices.contains(selection + (action == .moveItemUp ? -1 : 1))
        case .followUp: return !followUpEntries.isEmpty
        case .chooseFollowUp: return selectedFollowUp != nil
        case .integrate: return meeting.openRound == nil && meeting.activeItem?.standingObjections.isEmpty == false
        case .ugild: return targetItem.map { $0.status == .pending || $0.status == .active } ?? false
        // Offered once the items are done (or in the closing stage), so it does not crowd the
        // hint line between items; the core takes an evaluation whenever no item or round runs.
        case .evaluate:
            return refusal(for: action) == nil && (context == .closing || meeting.items.allSatisfy { $0.status != .pending })
        case .removeItem, .startItem: return selectedItem != nil && refusal(for: action) == nil
        case .changeKind, .liftExemption: return targetItem != nil && refusal(for: action) == nil
        default: return refusal(for: action) == nil
        }
    }

    /// Why the method refuses what `action` would ask for now, if it does; nil when it would be
    /// taken, or when the action is not a command (help, quit, the follow-up list).
    func refusal(for action: Action) -> Refusal? {
        guard let command = probe(action) else { return nil }
        do {
            _ = try meeting.decide(command, at: now)
            return nil
        } catch {
            return error
        }
    }

    /// The command `action` leads to, with stand-in text where the facilitator is yet to type
    /// it: only for asking the core whether it would be taken.
    private func probe(_ action: Action) -> Command? {
        let speaker = meeting.openRound?.speaker ?? meeting.participants.first?.id ?? ParticipantID("x")
        let item = targetItem
        switch action {
        case .openMeeting: return .openMeeting
        case .removeItem: return selectedItem.map { .removeItem($0.id) }
        case .startItem: return selectedItem.map { .startItem($0.id) }
        case .closingRound: return .startClosingRound
        case .closeMeeting: return .closeMeeting
        case .nextStep: return .nextStep
        case .runAgain: return .runRoundAgain
        case .stopRound: return .stopRound
        case .speak: return .speak(speaker)
        case .pass: return .pass(speaker)
        case .consent: return .answer(speaker, .consent)
        case .concern: return .answer(speaker, .concern("…"))
        case .objection: return .answer(speaker, .objection("…"))
        case .propose: return meeting.activeItem?.proposal == nil ? .propose("…") : .amend("…", helpers: [], reason: nil)
        case .recordDecision: return .recordDecision(reviewDate: nil)
        case .conclude: return .conclude("…")
        case .withdraw: return .withdrawItem(reason: nil)
        case .postpone: return .postponeItem(reason: nil)
        case .changeKind:
            guard let item, let other = ItemKind.allCases.first(where: { $0 != item.kind }) else { return nil }
            return .changeKind(item.id, to: recipes.defaultRecipe(for: other))
        case .liftExemption: return item.map { .liftExemption($0.id, reason: "…") }
        case .unionView: return .recordUnionView("…")
        case .evaluate: return .evaluate(meeting.present.first ?? ParticipantID("x"), score: 3, text: nil)
        case .note: return .addNote("…", speaker: nil)
        case .action: return .addAction(what: "…", who: speaker, due: nil)
        default: return nil
        }
    }

    /// A key whose action is not available now: says why when the method has a reason, else
    /// does nothing.
    mutating func unavailable(_ action: Action) -> [Effect] {
        if watching && !action.onlyReads {
            message = Message(text: UIText.watching[language], isError: true)
            return []
        }
        if let refusal = refusal(for: action) { return refuse(refusal) }
        return []
    }

    /// What the hint line offers: the keys available now, except `q`, which is in every context
    /// and so only offered once the meeting is closed, where it is all there is left to do.
    func isHinted(_ action: Action) -> Bool {
        isAvailable(action) && (action != .quit || context == .closed || watching)
    }

    /// A person as the screen calls them: by name, the handle only for someone not in the meeting.
    func name(_ id: ParticipantID) -> String { meeting.participant(id)?.name ?? id.rawValue }
}
