import Foundation
import RundeCore

extension AppState {
    /// Keys while an overlay is open: it takes them all.
    mutating func handle(_ key: Key, on overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help(let scroll):
            switch key {
            case .up, .char("k"): self.overlay = .help(scroll: max(0, scroll - 1))
            case .down, .char("j"): self.overlay = .help(scroll: scroll + 1)
            case .pageDown, .char(" "): self.overlay = .help(scroll: scroll + 10)
            case .pageUp: self.overlay = .help(scroll: max(0, scroll - 10))
            default: self.overlay = nil
            }
            return []
        case .confirm(let confirmation):
            switch key {
            case .char("y"), .char("j"), .enter:
                if confirmation.quits { return [.quit] }
                return confirmation.command.map { [.submit($0)] } ?? []
            case .char("n"), .escape:
                self.overlay = nil
            default:
                break
            }
            return []
        case .choice(var choice):
            switch key {
            case .escape:
                // Back to the amendment's text rather than losing it; other choices just close.
                if case .amendmentHelpers(let text) = choice.purpose { startEntry(.amendment, text: text) } else { self.overlay = nil }
            case .up, .char("k"): choice.selection = max(0, choice.selection - 1)
            case .down, .char("j"): choice.selection = min(choice.options.count - 1, choice.selection + 1)
            case .enter: return chosen(choice)
            case .char(" ") where choice.marked != nil: choice.marked?.formSymmetricDifference([choice.selection])
            case .char(let c):
                if let number = c.wholeNumberValue, (1...choice.options.count).contains(number) {
                    choice.selection = number - 1
                    guard choice.marked != nil else { return chosen(choice) }
                    choice.marked?.formSymmetricDifference([number - 1])
                }
            default: break
            }
            if case .choice = self.overlay { self.overlay = .choice(choice) }
            return []
        case .entry(var entry):
            switch key {
            case .escape:
                self.overlay = nil
                return []
            case .enter:
                return submit(entry)
            default:
                message = nil
                _ = entry.editor.handle(key)
                self.overlay = .entry(entry)
                return []
            }
        }
    }

    // MARK: Choices

    private mutating func chosen(_ choice: Choice) -> [Effect] {
        guard choice.options.indices.contains(choice.selection) else { return [] }
        let value = choice.options[choice.selection].value
        switch choice.purpose {
        case .kind:
            guard let item = targetItem, let kind = ItemKind(rawValue: value) else { return [] }
            return [.submit(.changeKind(item.id, to: recipes.defaultRecipe(for: kind)))]
        case .actionWho(let what):
            startEntry(.actionDue(what: what, who: ParticipantID(value)), multiline: false)
        case .ugild:
            startEntry(.ugildReason(ParticipantID(value)))
        case .attendance:
            guard let person = meeting.participant(ParticipantID(value)) else { return [] }
            return [.submit(.setAttendance(person.id, person.isPresent ? .absent : .present))]
        case .integrate:
            startEntry(.integrationHow(ParticipantID(value)))
        case .firstSpeaker:
            return [.submit(.chooseFirstSpeaker(ParticipantID(value)))]
        case .evaluator:
            let who = ParticipantID(value)
            let scores = EvaluationGiven.scores.map { ChoiceOption(label: UIText.scoreLabel($0)[language], value: String($0)) }
            overlay = .choice(Choice(purpose: .evaluationScore(who), options: scores))
        case .evaluationScore(let who):
            guard let score = Int(value) else { return [] }
            startEntry(.evaluationText(who, score: score))
        case .followUpAction(let reference):
            guard let status = ActionStatus(rawValue: value) else { return [] }
            return [.submit(.setFollowUpStatus(reference, status))]
        case .review(let reference):
            switch ReviewChoice(rawValue: value) {
            case .stands: startEntry(.learned(reference, nextReview: nil, redecide: false))
            case .standsUntil: startEntry(.nextReview(reference), multiline: false)
            case .takeUpAgain: startEntry(.learned(reference, nextReview: nil, redecide: true))
            case nil: return []
            }
        case .amendmentHelpers(let text):
            let helpers = (choice.marked ?? []).sorted().map { ParticipantID(choice.options[$0].value) }
            return [.submit(.amend(text, helpers: helpers, reason: nil))]
        }
        return []
    }

    // MARK: Text entry

    /// Enter in a text field: the command it makes, or the next question. Text that cannot be
    /// used keeps the field open with a message, so nothing typed is lost.
    private mutating func submit(_ entry: Entry) -> [Effect] {
        let text = entry.editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let optional = text.isEmpty ? nil : text
        switch entry.purpose {
        case .note: return [.submit(.addNote(text, speaker: meeting.openRound?.speaker))]
        case .guestName:
            guard !text.isEmpty else { return refuse(.emptyText) }
            return [.submit(.addGuest(guestID(for: text), name: text))]
        case .agendaLine(let id): return agendaItem(text, replacing: id)
        case .proposal: return [.submit(.propose(text))]
        case .amendment:
            var choice = Choice(purpose: .amendmentHelpers(text: text), options: meeting.participants.filter(\.isPresent).map(ChoiceOption.init))
            choice.marked = []
            overlay = .choice(choice)
            return []
        case .concern(let who): return [.submit(.answer(who, .concern(text)))]
        case .objection(let who): return [.submit(.answer(who, .objection(text)))]
        case .integrationHow(let who):
            guard !text.isEmpty else { return refuse(.emptyText) }
            startEntry(.integrationText(who, how: text), text: meeting.activeItem?.proposal ?? "")
            return []
        case .integrationText(let who, let how): return [.submit(.integrate(objector: who, how: how, newProposal: text))]
        case .reviewDate:
            // The date is checked here, before the next questions, so nothing typed after it is lost.
            var day: Day?
            if let optional {
                guard let parsed = Day(optional) else { return hint(UIText.badDate(optional)) }
                if parsed < Day(now, in: .gmt) { return refuse(.reviewDateInPast(parsed)) }
                day = parsed
            }
            startEntry(.criteria(reviewDate: day))
            return []
        case .criteria(let reviewDate):
            startEntry(.inform(reviewDate: reviewDate, criteria: optional))
            return []
        case .inform(let reviewDate, let criteria):
            return [.submit(.recordDecision(reviewDate: reviewDate, criteria: criteria, inform: optional))]
        case .conclusion: return [.submit(.conclude(text))]
        case .withdrawReason: return [.submit(.withdrawItem(reason: optional))]
        case .postponeReason: return [.submit(.postponeItem(reason: optional))]
        case .actionWhat:
            guard !text.isEmpty else { return refuse(.emptyText) }
            // Anyone on the team can be given an action, here today or not: those present first.
            choose(.actionWho(what: text), from: meeting.participants.filter(\.isPresent) + meeting.participants.filter { !$0.isPresent })
            return []
        case .actionDue(let what, let who):
            guard let optional else { return [.submit(.addAction(what: what, who: who, due: nil))] }
            guard let day = Day(optional) else { return hint(UIText.badDate(optional)) }
            return [.submit(.addAction(what: what, who: who, due: day))]
        case .nextReview(let reference):
            var day: Day?
            if let optional {
                guard let parsed = Day(optional) else { return hint(UIText.badDate(optional)) }
                if parsed < Day(now, in: .gmt) { return refuse(.reviewDateInPast(parsed)) }
                day = parsed
            }
            startEntry(.learned(reference, nextReview: day, redecide: false))
            return []
        case .learned(let reference, _, true):
            return [.submit(.redecide(reference, recipe: recipes.defaultRecipe(for: .decision), learned: optional))]
        case .learned(let reference, let nextReview, false):
            return [.submit(.keepDecision(reference, nextReview: nextReview, learned: optional))]
        case .ugildReason(let who):
            guard let item = targetItem else { return [] }
            return [.submit(.declareUgild(who, item: item.id, reason: text))]
        case .liftReason(let id): return [.submit(.liftExemption(id, reason: text))]
        case .unionView: return [.submit(.recordUnionView(text))]
        case .evaluationText(let who, let score): return [.submit(.evaluate(who, score: score, text: optional))]
        }
    }

    private mutating func agendaItem(_ text: String, replacing id: ItemID?) -> [Effect] {
        let members = Set(meeting.participants.map(\.id))
        switch AgendaParser.parse(text, file: UIText.agendaLine[language], members: members, recipes: recipes) {
        case .failure(let error):
            return hint(Translation(nn: error.message(.nn), nb: error.message(.nb), en: error.message(.en)))
        case .success(let drafts):
            guard drafts.count == 1, let draft = drafts.first else { return hint(UIText.oneItem) }
            switch recipes.resolve(draft) {
            case .failure(let problem): return hint(Translation(nn: problem.message(.nn), nb: problem.message(.nb), en: problem.message(.en)))
            case .success(let recipe):
                if let id { return [.submit(.editItem(id, draft, recipe: recipe))] }
                return [.submit(.addItem(draft, recipe: recipe))]
            }
        }
    }

    mutating func refuse(_ refusal: Refusal) -> [Effect] {
        message = Message(text: refusal.message(language, names: name), isError: true)
        return []
    }

    private mutating func hint(_ text: Translation) -> [Effect] {
        message = Message(text: text[language], isError: true)
        return []
    }

    /// A handle for a guest from their name: `Hanne Vik` → `hanne-vik`, made unique.
    func guestID(for name: String) -> ParticipantID {
        let base = name.slug.isEmpty ? "gjest" : name.slug
        var candidate = base
        var number = 2
        while meeting.participant(ParticipantID(candidate)) != nil {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return ParticipantID(candidate.first?.isLetter == true ? candidate : "g-\(candidate)")
    }
}
