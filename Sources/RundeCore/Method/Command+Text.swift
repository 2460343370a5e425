extension Command {
    /// Every text the command carries, free text and names alike, as written: what
    /// ``MeetingState/decide(_:at:)`` checks for unsafe characters and length before anything else.
    var texts: [String] {
        switch self {
        case .addGuest(let id, let name): [id.rawValue, name]
        case .propose(let text), .conclude(let text), .recordUnionView(let text): [text]
        case .amend(let text, _, let reason): [text] + [reason].compactMap { $0 }
        case .withdrawItem(let reason), .postponeItem(let reason): [reason].compactMap { $0 }
        case .changeKind(_, let recipe): recipe.texts
        case .redecide(_, let recipe, let learned): recipe.texts + [learned].compactMap { $0 }
        case .recordDecision(_, let criteria, let inform): [criteria, inform].compactMap { $0 }
        case .keepDecision(_, _, let learned): [learned].compactMap { $0 }
        case .declareUgild(_, _, let reason), .liftExemption(_, let reason): [reason]
        case .answer(_, .concern(let text)), .answer(_, .objection(let text)): [text]
        case .integrate(_, let how, let newProposal): [how, newProposal]
        case .addItem(let draft, let recipe), .editItem(_, let draft, let recipe): draft.texts + recipe.texts
        case .addNote(let text, _): [text]
        case .addAction(let what, _, _): [what]
        case .evaluate(_, _, let text): [text].compactMap { $0 }
        case .setAttendance, .openMeeting, .startClosingRound, .closeMeeting, .startItem, .nextStep,
            .speak, .pass, .answer(_, .consent), .runRoundAgain, .stopRound, .chooseFirstSpeaker, .moveItem, .removeItem, .setActionStatus,
            .setFollowUpStatus, .undo:
            []
        }
    }
}

extension ItemDraft {
    /// The draft's texts: title, text, proposal, legal basis, the decision it replaces, its
    /// recipe, the item it was carried from.
    var texts: [String] {
        [title, text] + [proposal, exemption, replaces?.rawValue, recipe, carriedFrom?.rawValue].compactMap { $0 }
    }
}

extension Recipe {
    /// The recipe's id, titles, and its steps' keys, titles and prompts: copied into the log with an item.
    var texts: [String] {
        [id] + title.texts + steps.flatMap { [$0.key] + $0.title.texts + ($0.prompt?.texts ?? []) }
    }
}

extension LocalizedText {
    var texts: [String] { [nn] + [nb, en].compactMap { $0 } }
}

extension MeetingState {
    /// Refuses a text with an unsafe character (``ControlCharacters``) or longer than
    /// ``Limits/textCharacters``, so nothing written through the library puts one in a log.
    func checkTexts(of command: Command) throws(Refusal) {
        for text in command.texts {
            if let unsafe = text.unicodeScalars.first(where: ControlCharacters.isUnsafe) {
                throw .controlCharacter(unsafe)
            }
            if Limits.isTooLong(text) { throw .textTooLong(limit: Limits.textCharacters) }
        }
    }
}
