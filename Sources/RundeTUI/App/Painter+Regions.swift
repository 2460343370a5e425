import Foundation
import RundeCore

extension Painter {
    // MARK: Agenda column

    mutating func agenda(in rect: Rect) {
        line(t(UIText.agenda), at: Point(x: rect.x + 1, y: rect.y), style: Theme.heading, width: rect.width - 1)
        let selecting = state.context == .agenda || state.context == .between
        for (index, item) in meeting.items.enumerated() where rect.y + 1 + index < rect.maxY {
            let y = rect.y + 1 + index
            let mark: String
            switch item.status {
            case .active: mark = "▶"
            case .done: mark = "✓"
            case .withdrawn: mark = "✗"
            case .postponed: mark = "↷"
            case .pending: mark = " "
            }
            let label = UIText.label(item.kind)[language]
            var x = rect.x + 1
            x += screen.put("\(mark)\(index + 1) ", at: Point(x: x, y: y), style: item.status == .active ? Theme.speaking : .plain)
            x += screen.put(
                label.padding(toLength: 5, withPad: " ", startingAt: 0), at: Point(x: x, y: y), style: Style(foreground: Self.color(item.kind), bold: true))
            x += 1
            let titleStyle = item.status == .done || item.status == .withdrawn || item.status == .postponed ? Theme.dim : .plain
            line(item.title, at: Point(x: x, y: y), style: titleStyle, width: rect.maxX - x)
            if selecting {
                let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
                if index == state.selection { screen.style(row) { $0.reverse = true } }
                clickTargets.append(ClickTarget(rect: row, meaning: .row(index)))
            }
        }
        for y in rect.y..<rect.maxY { screen.put("│", at: Point(x: rect.maxX, y: y), style: Theme.dim) }
    }

    // MARK: Main panel

    mutating func main(in rect: Rect) {
        switch state.context {
        case .attendance: attendance(in: rect)
        case .agenda: itemDetails(state.selectedItem, in: rect, intro: nil)
        case .between:
            var y = itemDetails(state.selectedItem, in: rect, intro: UIText.between)
            let left = followUpRows.count { $0.chosen == nil }
            if left > 0, y + 2 < rect.maxY {
                line(t(UIText.followUpLeft(left)), at: Point(x: rect.x, y: y + 1), style: Theme.warning, width: rect.width)
                y += 2
            }
            meetingRecord(in: rect, from: y + 1)
        case .followUp: followUpList(in: rect)
        case .reviewList, .reviewMinutes: break  // ReviewState draws those
        case .step: itemDetails(meeting.activeItem, in: rect, intro: nil)
        case .round, .consent: round(in: rect)
        case .closing: meetingRecord(in: rect, from: paragraph(t(UIText.closing), in: rect, from: rect.y, style: Theme.heading) + 1)
        case .closed:
            var y = paragraph(t(UIText.closed), in: rect, from: rect.y, style: Theme.heading) + 1
            y = paragraph(t(UIText.summary(meeting)), in: rect, from: y) + 1
            paragraph(t(UIText.showMinutes(state.logPath)), in: rect, from: y, style: Theme.dim)
        }
    }

    private mutating func attendance(in rect: Rect) {
        var y = paragraph(t(UIText.attendanceHint), in: rect, from: rect.y, style: Theme.heading) + 1
        for (index, person) in meeting.participants.enumerated() where y < rect.maxY {
            let box = person.attendance == .guest ? "[g]" : person.isPresent ? "[x]" : person.attendance == .absent ? "[–]" : "[ ]"
            let roles = person.roles.map { $0.name(language) }.joined(separator: ", ")
            line("\(box) \(person.name)", at: Point(x: rect.x, y: y), style: person.isPresent ? Theme.heading : .plain, width: rect.width / 2)
            line(roles, at: Point(x: rect.x + rect.width / 2, y: y), style: Theme.dim, width: rect.width / 2)
            let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            if index == state.selection { screen.style(row) { $0.reverse = true } }
            clickTargets.append(ClickTarget(rect: row, meaning: .row(index)))
            y += 1
        }
        if !meeting.agreement.isEmpty { y = list(t(MinutesText.agreement), meeting.agreement, in: rect, from: y + 1) }
        list(t(MinutesText.followUp), followUpRows.map { "\($0.title) — \($0.detail)" }, in: rect, from: y + 1)
    }

    /// The follow-up entries in words: what, who and when, and what the team chose.
    private var followUpRows: [(title: String, detail: String, chosen: String?)] {
        state.followUpEntries.map { entry in
            switch entry {
            case .action(let carried):
                (carried.action.what, whoAndDue(carried.action), meeting.followUpStatus[carried.reference].map { t(MinutesText.followedUp($0)) })
            case .decision(let due):
                (
                    t(UIText.reviewLine(due.title)), "\(name(due.decision.owner)), \(t(MinutesText.reviewDate).lowercased()) \(due.reviewDate)",
                    MinutesReview(due, in: meeting).outcomeText.map(t)
                )
            }
        }
    }

    private mutating func followUpList(in rect: Rect) {
        var y = paragraph(t(MinutesText.followUp), in: rect, from: rect.y, style: Theme.heading)
        y = paragraph(t(UIText.followUpHint), in: rect, from: y, style: Theme.dim) + 1
        // Each entry on two rows, so nothing that matters is cut off at 80 columns: what, then
        // who and when (and, once chosen, what became of it).
        for (index, row) in followUpRows.enumerated() where y + 1 < rect.maxY {
            let rowRect = Rect(x: rect.x, y: y, width: rect.width, height: 2)
            line((row.chosen == nil ? "• " : "✓ ") + row.title, at: Point(x: rect.x, y: y), style: row.chosen == nil ? .plain : Theme.dim, width: rect.width)
            line("  \(row.detail)", at: Point(x: rect.x, y: y + 1), style: Theme.dim, width: rect.width)
            if let chosen = row.chosen {
                let detailWidth = DisplayWidth.of("  \(row.detail)") + 2
                line("→ \(chosen)", at: Point(x: rect.x + detailWidth, y: y + 1), style: Theme.speaking, width: max(0, rect.width - detailWidth))
            }
            if index == state.followUpSelection { screen.style(rowRect) { $0.reverse = true } }
            clickTargets.append(ClickTarget(rect: rowRect, meaning: .row(index)))
            y += 2
        }
        // The decision under review, in full, so the room decides on what it actually says.
        if case .decision(let due) = state.selectedFollowUp {
            block(t(UIText.decision), due.decision.text, in: rect, from: y + 1, style: Theme.speaking)
        }
    }

    /// An item: type, owner, timebox, marks, text, proposal or decision, what the consent round
    /// brought, conclusion, actions, notes. Answers the next free row.
    @discardableResult
    private mutating func itemDetails(_ item: Item?, in rect: Rect, intro: Translation?) -> Int {
        var y = rect.y
        if let intro { y = paragraph(t(intro), in: rect, from: y, style: Theme.dim) + 1 }
        guard let item, y < rect.maxY else { return y }
        line(
            "\(item.kind.name(language)): \(item.title)", at: Point(x: rect.x, y: y), style: Style(foreground: Self.color(item.kind), bold: true),
            width: rect.width)
        y += 1
        var facts = ["\(name(item.owner))"]
        if let timebox = item.draft.timebox { facts.append("\(timebox) min") }
        let union = meeting.unionRepresentativesPresent.map(\.name)
        if item.draft.infoDrøft { facts.append("info/drøft") }
        if item.draft.infoDrøft, !union.isEmpty { facts.append(t(UIText.unionPresent(union))) }
        if let basis = item.draft.exemption { facts.append("unnateke: \(basis)") }
        if item.liftedExemption != nil { facts.append(t(UIText.exemptionLifted)) }
        line(facts.joined(separator: " · "), at: Point(x: rect.x, y: y), style: Theme.dim, width: rect.width)
        y += 1
        if let from = item.draft.carriedFrom, y < rect.maxY {
            line(t(UIText.carriedFrom(from.meeting)), at: Point(x: rect.x, y: y), style: Theme.dim, width: rect.width)
            y += 1
        }
        if item.draft.infoDrøft, union.isEmpty, item.status == .pending || item.status == .active, y < rect.maxY {
            y = paragraph("⚠ " + t(UIText.noUnionPresent), in: rect, from: y, style: Theme.warning)
        }
        for view in item.unionViews where y < rect.maxY {
            y = paragraph("\(t(MinutesText.unionView)): \(view)", in: rect, from: y, style: Theme.speaking)
        }
        for ugild in item.disqualified where y < rect.maxY {
            y = paragraph("\(t(MinutesText.ugild)): \(name(ugild.participant)) — \(ugild.reason)", in: rect, from: y, style: Theme.warning)
        }
        if item.status == .active { y = steps(of: item, in: rect, from: y + 1) }
        if !item.draft.text.isEmpty, y < rect.maxY { y = paragraph(item.draft.text, in: rect, from: y + 1) }
        if let decision = item.decision {
            y = block(t(UIText.decision), decision.text, in: rect, from: y + 1, style: Theme.speaking)
        } else if item.kind == .decision {
            y = block(t(UIText.proposal), item.proposal ?? t(UIText.noProposal), in: rect, from: y + 1, style: Theme.proposal)
        }
        if item.decision == nil, item.status == .active { y = consentOutcome(of: item, in: rect, from: y + 1) }
        if let conclusion = item.conclusion { y = block(t(UIText.conclusion), conclusion, in: rect, from: y + 1, style: .plain) }
        y = list(t(MinutesText.actions), meeting.actions.filter { $0.item == item.id }.map(actionLine), in: rect, from: y + 1)
        return notes(for: item.id, in: rect, from: y + 1)
    }

    /// What the last consent round brought: objections (standing, or how they were met) and
    /// concerns, so the room sees what still blocks the decision.
    private mutating func consentOutcome(of item: Item, in rect: Rect, from start: Int) -> Int {
        guard let round = meeting.lastConsentRound(of: item.id), meeting.openRound?.id != round.id else { return start - 1 }
        var rows: [(String, Style)] = []
        for objection in item.objections {
            if let integration = objection.integration {
                rows.append(("✓ \(name(objection.participant)): \(objection.reason) → \(integration)", Theme.dim))
            } else {
                rows.append(("✗ \(name(objection.participant)): \(objection.reason)", Theme.error))
            }
        }
        for turn in round.turns {
            if case .answered(.concern(let text)) = turn.outcome { rows.append(("! \(name(turn.participant)): \(text)", Theme.warning)) }
        }
        let consents = round.turns.count { if case .answered(let answer) = $0.outcome { answer.consents } else { false } }
        let heading = t(UIText.consentOutcome(consents: consents, of: round.order.count))
        guard start < rect.maxY else { return start }
        line(heading, at: Point(x: rect.x, y: start), style: Theme.heading, width: rect.width)
        var y = start + 1
        for (text, style) in rows where y < rect.maxY { y = paragraph(text, in: rect, from: y, style: style, indent: 2) }
        return y
    }

    /// Between items and in the closing round: the notes and actions that belong to the
    /// meeting rather than to one item.
    private mutating func meetingRecord(in rect: Rect, from start: Int) {
        var y = list(t(UIText.meetingActions), meeting.actions.filter { $0.item == nil }.map(actionLine), in: rect, from: start)
        if let average = meeting.averageScore {
            let heading = "\(t(MinutesText.evaluation)) — \(t(MinutesText.averageScore).lowercased()) \(MinutesText.score(average, language))"
            let rows = meeting.evaluations.map { "\(name($0.participant)): \($0.score)" + ($0.text.map { " — \($0)" } ?? "") }
            y = list(heading, rows, in: rect, from: y + 1)
        }
        notes(for: nil, in: rect, from: y + 1)
    }

    private func actionLine(_ action: RundeCore.Action) -> String { "\(action.what) — \(whoAndDue(action))" }

    /// `Kari Nordvik, frist 2026-12-01`.
    private func whoAndDue(_ action: RundeCore.Action) -> String {
        name(action.who) + (action.due.map { ", \(t(MinutesText.due).lowercased()) \($0)" } ?? "")
    }

    /// A heading and one bullet a row, when there is anything; answers the next free row.
    @discardableResult
    private mutating func list(_ heading: String, _ rows: [String], in rect: Rect, from start: Int) -> Int {
        guard !rows.isEmpty, start + 1 < rect.maxY else { return start - 1 }
        line(heading, at: Point(x: rect.x, y: start), style: Theme.heading, width: rect.width)
        var y = start + 1
        for row in rows where y < rect.maxY {
            line("• \(row)", at: Point(x: rect.x, y: y), width: rect.width)
            y += 1
        }
        return y
    }

    /// The recipe's steps on one line each, the current one marked.
    private mutating func steps(of item: Item, in rect: Rect, from start: Int) -> Int {
        var y = start
        for (index, step) in item.steps.enumerated() where y < rect.maxY {
            let current = index == item.stepIndex
            let mark = current ? "▶" : (index < (item.stepIndex ?? 0) ? "✓" : " ")
            let timebox = step.timebox.map { " (\($0) min)" } ?? ""
            line(
                "\(mark) \(index + 1). \(step.title[language])\(timebox)", at: Point(x: rect.x, y: y), style: current ? Theme.speaking : Theme.dim,
                width: rect.width)
            y += 1
            if current, let prompt = step.prompt { y = paragraph(prompt[language], in: rect, from: y, style: Theme.dim, indent: 5) }
        }
        return y
    }

    @discardableResult
    private mutating func block(_ title: String, _ text: String, in rect: Rect, from start: Int, style: Style) -> Int {
        guard start < rect.maxY else { return start }
        line(title, at: Point(x: rect.x, y: start), style: Theme.heading, width: rect.width)
        return paragraph(text, in: rect, from: start + 1, style: style, indent: 2)
    }

    /// The open round: what it is about, and the speaking order with who has the word.
    private mutating func round(in rect: Rect) {
        guard let round = meeting.openRound else { return }
        var y = rect.y
        let item = round.item.flatMap(meeting.item)
        let title: String
        let prompt: String?
        switch round.purpose {
        case .checkIn:
            title = t(UIText.checkIn)
            prompt = meeting.checkIn ?? t(CheckIn.defaultQuestion)
        case .checkOut:
            title = t(UIText.checkOut)
            prompt = nil
        case .item, .consent:
            let step = item?.steps.first { $0.key == round.step }
            title = step?.title[language] ?? round.purpose.name(language)
            prompt = step?.prompt?[language]
        }
        if let item {
            line(
                "\(item.kind.name(language)): \(item.title)", at: Point(x: rect.x, y: y), style: Style(foreground: Self.color(item.kind), bold: true),
                width: rect.width)
            y += 1
        }
        let again = round.number > 1 ? " (\(round.number).)" : ""
        line(title + again, at: Point(x: rect.x, y: y), style: Theme.heading, width: rect.width)
        y += 1
        if let prompt { y = paragraph(prompt, in: rect, from: y, style: Theme.dim) }
        if let item, item.kind == .decision {
            y = block(t(UIText.proposal), item.proposal ?? t(UIText.noProposal), in: rect, from: y, style: Theme.proposal)
        }
        if round.purpose == .consent {
            y += 1
            for question in UIText.questions {
                for (index, text) in TextWrap.wrap(t(question), width: rect.width - 2).enumerated() where y < rect.maxY {
                    line((index == 0 ? "? " : "  ") + text, at: Point(x: rect.x, y: y), style: Theme.warning, width: rect.width)
                    y += 1
                }
            }
        }
        y += 1
        // Names in a column as wide as the longest; a long concern or reason wraps beside it.
        // Those present but not in the round, dimmed: guests in a consent round (the team
        // consents), and whoever came after the round began (in from the next one).
        let outside = meeting.present.filter { person in
            !round.order.contains(person) && (round.purpose == .consent && meeting.isGuest(person) || meeting.takesPart(person, in: round.purpose, on: item))
        }
        let nameWidth = min(rect.width / 2, ((round.order + outside).map { DisplayWidth.of(name($0)) }.max() ?? 0) + 4)
        for person in round.order + outside where y < rect.maxY {
            let (mark, status, style) =
                round.order.contains(person)
                ? turnText(round, person)
                : ("·", t(round.purpose == .consent && meeting.isGuest(person) ? UIText.guestNotInConsent : UIText.cameAfterRoundBegan), Theme.dim)
            line("\(mark) \(name(person))", at: Point(x: rect.x, y: y), style: style, width: nameWidth - 1)
            for text in TextWrap.wrap(status, width: rect.width - nameWidth) where y < rect.maxY {
                line(text, at: Point(x: rect.x + nameWidth, y: y), style: style, width: rect.width - nameWidth)
                y += 1
            }
        }
        notes(for: item?.id, in: rect, from: y + 1)
    }

    private func turnText(_ round: Round, _ person: ParticipantID) -> (String, String, Style) {
        if round.speaker == person { return ("▶", t(UIText.hasTheWord), Theme.speaking) }
        guard let turn = round.turn(of: person) else { return (" ", "", .plain) }
        switch turn.outcome {
        case .spoke: return ("✓", t(UIText.spoke), Theme.dim)
        case .passed: return ("–", t(UIText.passed), Theme.dim)
        case .answered(.consent): return ("✓", MinutesText.consent[language], Style(foreground: .green))
        case .answered(.concern(let text)): return ("!", "\(MinutesText.concern[language]): \(text)", Theme.warning)
        case .answered(.objection(let text)): return ("✗", "\(MinutesText.objection[language]): \(text)", Theme.error)
        }
    }

    /// The newest notes on an item (or on the meeting, for `nil`), as many as fit.
    @discardableResult
    private mutating func notes(for item: ItemID?, in rect: Rect, from start: Int) -> Int {
        let notes = meeting.notes.filter { $0.item == item }
        guard !notes.isEmpty, start + 1 < rect.maxY else { return start - 1 }
        line(t(item == nil ? UIText.meetingNotes : UIText.notes), at: Point(x: rect.x, y: start), style: Theme.heading, width: rect.width)
        var y = start + 1
        for note in notes.suffix(rect.maxY - y) where y < rect.maxY {
            let who = note.speaker.map { "\(name($0)): " } ?? ""
            line("• \(who)\(note.text)", at: Point(x: rect.x, y: y), width: rect.width)
            y += 1
        }
        return y
    }
}
