import Foundation

/// The walk through the minutes, in the words of their language: what comes in which order,
/// under which heading. Markdown and HTML both write these blocks, so they cannot drift apart.
struct MinutesLayout {
    var minutes: Minutes
    /// Where times are shown: where the meeting was held.
    var timeZone: TimeZone

    /// The layout of `minutes`, times shown where the meeting was held, else in `fallback`.
    init(minutes: Minutes, timeZone fallback: TimeZone) {
        self.minutes = minutes
        timeZone = minutes.zone(else: fallback)
    }

    private var language: Language { minutes.language }

    func blocks() -> [Block] {
        var out: [Block] = [.heading(level: 1, [.text(minutes.title)]), .paragraph([.strong([.text(minutes.team)]), .word(" · \(when())")])]
        if minutes.stage == .scheduled { out.append(.paragraph([.emphasis([.word(t(MinutesText.notHeld))])])) }
        if minutes.stage != .scheduled && minutes.stage != .closed { out.append(.paragraph([.emphasis([.word(t(MinutesText.inProgress))])])) }
        if minutes.isPublic { out.append(.paragraph([.emphasis([.word(t(MinutesText.publicEdition))])])) }
        out += attendance()
        if let agreement = minutes.agreement, minutes.stage != .scheduled {
            out += [
                .heading(level: 2, [.word(t(MinutesText.agreement))]), .paragraph([.emphasis([.word(t(MinutesText.agreementShown))])]),
                .list(lead: nil, agreement.map { ListEntry(spans: [.text($0)]) }),
            ]
        }
        out += followUp()
        out += minutes.checkIn.flatMap { round($0, level: 2) }
        for item in minutes.items { out += section(for: item) }
        out += actions(minutes.actions, level: 2)
        out += minutes.checkOut.flatMap { round($0, level: 2) }
        out += evaluation()
        if !minutes.notes.isEmpty { out += [.heading(level: 2, [.word(t(MinutesText.notes))]), .list(lead: nil, minutes.notes.map(note))] }
        if let source = minutes.source {
            let footer: [Span] = [.word("\(t(MinutesText.generated)) "), .code(source), .word(", \(t(MinutesText.events(minutes.events))).")]
            out += [.rule, .paragraph([.emphasis(footer)])]
        }
        return out
    }

    // MARK: Sections

    private func attendance() -> [Block] {
        let entries = minutes.participants.map { person in
            var roles = person.roles.map { $0.name(language) }
            if person.id == minutes.facilitator { roles.insert(t(MinutesText.facilitator).lowercased(), at: 0) }
            if person.id == minutes.scribe { roles.insert(t(MinutesText.scribe).lowercased(), at: 0) }
            let roleText = roles.isEmpty ? "" : " (\(roles.uniqued().joined(separator: ", ")))"
            let times = minutes.attendanceChanges.filter { $0.participant == person.id }.map { change in
                "\(t(change.arrived ? MinutesText.arrived : MinutesText.left)) \(MarkdownMinutes.format(change.at, "HH:mm", timeZone))"
            }
            let timeText = times.isEmpty ? "" : " (\(times.joined(separator: ", ")))"
            return ListEntry(spans: [.text(person.name), .word("\(roleText): \(person.attendance.name(language))\(timeText)")])
        }
        return [.heading(level: 2, [.word(t(MinutesText.attendance))]), .list(lead: nil, entries)]
    }

    /// The evaluation of the meeting: the average score, then each person's score and what to do better.
    private func evaluation() -> [Block] {
        guard let evaluations = minutes.evaluations, let average = EvaluationGiven.average(evaluations) else { return [] }
        let entries = evaluations.map { given in
            ListEntry(spans: [name(given.participant), .word(": \(given.score)")] + (given.text.map { [.word(" — "), .text($0)] } ?? []))
        }
        return [
            .heading(level: 2, [.word(t(MinutesText.evaluation))]),
            .paragraph([
                .word("\(t(MinutesText.averageScore)): "), .strong([.word(MinutesText.score(average, language))]),
                .word(" (\(t(MinutesText.answers(evaluations.count))))"),
            ]),
            .list(lead: nil, entries),
        ]
    }

    /// Open actions and decisions due for review from earlier meetings, each with what the
    /// team chose, or that it was not handled.
    private func followUp() -> [Block] {
        guard !minutes.followUp.isEmpty || !minutes.reviewDue.isEmpty else { return [] }
        let outcome = { (chosen: Translation?) -> Span in
            chosen.map { .strong([.word(t($0))]) } ?? .emphasis([.word(t(MinutesText.notHandled))])
        }
        let actions = minutes.followUp.map { carried in
            let due = carried.action.due.map { " (\(t(MinutesText.due).lowercased()) \($0))" } ?? ""
            return ListEntry(
                spans: [
                    .text(carried.action.what), .word(" — "), name(carried.action.who), .word("\(due), "), .code(carried.meeting), .word(": "),
                    outcome(carried.chosen.map(MinutesText.followedUp)),
                ] + exempt(carried.exemption))
        }
        let reviews = minutes.reviewDue.map { review in
            ListEntry(
                spans: [
                    .word("\(t(MinutesText.reviewOf)) «"), .text(review.due.title), .word("» ("), .code(review.due.reference.rawValue),
                    .word(", \(review.due.reviewDate)): "), outcome(review.outcomeText),
                ] + exempt(review.due.exemption),
                children: [[.text(review.due.decision.text)]] + (review.learned.map { [[.word("\(t(MinutesText.learned)): "), .text($0)]] } ?? []))
        }
        return [.heading(level: 2, [.word(t(MinutesText.followUp))]), .list(lead: nil, actions + reviews)]
    }

    private func section(for item: MinutesItem) -> [Block] {
        guard let content = item.content else {
            return [
                .heading(level: 2, [.word("\(item.number). \(t(MinutesText.exempt))")]),
                .paragraph([.word(t(MinutesText.withheld) + " "), .text(item.exemption ?? "")]),
            ]
        }
        var out: [Block] = [.heading(level: 2, [.word("\(item.number). \(content.kind.name(language)): "), .text(content.title)])]
        var facts: [Span] = [.word("\(t(MinutesText.owner)): "), name(content.owner), .word(" · \(t(MinutesText.status)): \(content.status.name(language))")]
        if let timebox = content.timebox { facts.append(.word(" · \(t(MinutesText.timebox)): \(timebox) \(t(MinutesText.minutesUnit))")) }
        out.append(.paragraph(facts))
        if content.infoDrøft { out.append(.paragraph([.strong([.word(t(MinutesText.infoDrøft))])])) }
        if let views = content.unionViews {
            out += [.heading(level: 3, [.word(t(MinutesText.unionView))]), .list(lead: nil, views.map { ListEntry(spans: [.text($0)]) })]
        }
        if let basis = item.exemption { out.append(.paragraph([.strong([.word(t(MinutesText.exempt))]), .word(" ("), .text(basis), .word(")")])) }
        if let replaced = content.replaces { out.append(.paragraph([.word("\(t(MinutesText.replaces)) "), .code(replaced.rawValue)])) }
        if let lifted = content.liftedExemption {
            let by: [Span] = lifted.by.map { [.word(" \(t(MinutesText.by)) "), name($0)] } ?? []
            out.append(
                .paragraph(
                    [.strong([.word(t(MinutesText.exemptionLifted))]), .word(" ("), .text(lifted.basis), .word(")")] + by
                        + [.word(" \(MarkdownMinutes.format(lifted.at, "HH:mm", timeZone)): "), .text(lifted.reason)]))
        }
        if !content.disqualified.isEmpty {
            let entries = content.disqualified.map { ListEntry(spans: [name($0.participant), .word(": "), .text($0.reason)]) }
            out.append(.list(lead: [.word("\(t(MinutesText.ugild)):")], entries))
        }
        if !content.text.isEmpty { out += [.heading(level: 3, [.word(t(MinutesText.presented))]), .paragraph([.text(content.text)])] }
        if content.kind == .decision, content.decision == nil, let proposal = content.proposal {
            out += [.heading(level: 3, [.word(t(MinutesText.proposal))]), .quote(proposal)]
        }
        if !content.notes.isEmpty { out += [.heading(level: 3, [.word(t(MinutesText.notes))]), .list(lead: nil, content.notes.map(note))] }
        out += content.rounds.flatMap { round($0, level: 3) }
        if let reason = content.endReason { out.append(.paragraph([.word("\(t(MinutesText.reason)): "), .text(reason)])) }
        if let conclusion = content.conclusion { out += [.heading(level: 3, [.word(t(MinutesText.conclusion))]), .paragraph([.text(conclusion)])] }
        if let decision = content.decision { out += decisionBlocks(decision, amendments: content.amendments) }
        out += actions(content.actions, level: 3)
        return out
    }

    private func decisionBlocks(_ decision: MinutesDecision, amendments: [Amendment]) -> [Block] {
        var present: [Span] = [.word("\(t(MinutesText.presentAtDecision)): ")] + names(decision.present)
        if !decision.presentGuests.isEmpty { present += [.word("; \(t(MinutesText.guests(decision.presentGuests.count))): ")] + names(decision.presentGuests) }
        var entries = [ListEntry(spans: present), ListEntry(spans: [.word("\(t(MinutesText.consents)): ")] + names(decision.consents))]
        if !decision.concerns.isEmpty {
            let children = decision.concerns.map { [name($0.participant), .word(": "), .text($0.text)] }
            entries.append(ListEntry(spans: [.word("\(t(MinutesText.concerns)):")], children: children))
        }
        if !decision.objections.isEmpty {
            let children = decision.objections.map { objection -> [Span] in
                let outcome: [Span] =
                    objection.integration.map { [.word("\(t(MinutesText.integrated)): "), .text($0)] } ?? [.word(t(MinutesText.notIntegrated))]
                return [name(objection.participant), .word(": "), .text(objection.reason), .word(" — ")] + outcome
            }
            entries.append(ListEntry(spans: [.word("\(t(MinutesText.objections)):")], children: children))
        }
        for amendment in amendments {
            let helpers: [Span] = amendment.helpers.isEmpty ? [] : [.word(" (\(t(MinutesText.helpedBy)) ")] + names(amendment.helpers) + [.word(")")]
            entries.append(ListEntry(spans: [.word(t(MinutesText.amended))] + helpers + [.word(": "), .text(amendment.text)]))
        }
        if let review = decision.reviewDate { entries.append(ListEntry(spans: [.word("\(t(MinutesText.reviewDate)): \(review)")])) }
        if let criteria = decision.criteria { entries.append(ListEntry(spans: [.word("\(t(MinutesText.criteria)): "), .text(criteria)])) }
        if let inform = decision.inform { entries.append(ListEntry(spans: [.word("\(t(MinutesText.inform)): "), .text(inform)])) }
        return [.heading(level: 3, [.word(t(MinutesText.decision))]), .quote(decision.text), .list(lead: nil, entries)]
    }

    private func round(_ round: MinutesRound, level: Int) -> [Block] {
        let title = round.purpose == .item ? (round.stepTitle ?? round.purpose.name(language)) : round.purpose.name(language)
        let count = round.number > 1 ? " (\(MinutesText.again(round.number)[language]))" : ""
        var out: [Block] = [.heading(level: level, [.text(title), .word(count)])]
        if round.purpose == .checkIn, round.number == 1, let question = minutes.checkInQuestion {
            out.append(.paragraph([.word("\(t(MinutesText.checkInQuestion)): "), .emphasis([.text(question)])]))
        }
        if round.purpose != .consent {
            let spoke = round.turns.filter { $0.outcome == .spoke }.map(\.participant)
            let passed = round.turns.filter { $0.outcome == .passed }.map(\.participant)
            var line: [Span] = [.word("\(t(MinutesText.spoke)): ")] + names(spoke)
            if !passed.isEmpty { line += [.word(" · \(t(MinutesText.passed)): ")] + names(passed) }
            out.append(.paragraph(line))
        } else {
            let answers = round.turns.compactMap(answer)
            if !answers.isEmpty { out.append(.list(lead: nil, answers)) }
        }
        if round.stoppedEarly { out.append(.paragraph([.emphasis([.word(t(MinutesText.stoppedEarly))])])) }
        if !round.notes.isEmpty { out.append(.list(lead: nil, round.notes.map(note))) }
        return out
    }

    private func answer(_ turn: MinutesTurn) -> ListEntry? {
        let who: [Span] = [name(turn.participant), .word(": ")]
        switch turn.outcome {
        case .spoke, .passed: return nil
        case .consent: return ListEntry(spans: who + [.word(t(MinutesText.consent))])
        case .concern: return ListEntry(spans: who + [.word("\(t(MinutesText.consent)), \(t(MinutesText.concern)): "), .text(turn.text ?? "")])
        case .objection: return ListEntry(spans: who + [.word("\(t(MinutesText.objection)): "), .text(turn.text ?? "")])
        }
    }

    private func note(_ note: MinutesNote) -> ListEntry {
        let who: [Span] = note.speaker.map { [.strong([name($0)]), .word(": ")] } ?? []
        return ListEntry(spans: who + [.text(note.text)])
    }

    private func actions(_ actions: [Action], level: Int) -> [Block] {
        guard !actions.isEmpty else { return [] }
        let header = [MinutesText.what, MinutesText.who, MinutesText.due, MinutesText.status].map(t)
        let rows = actions.map { action -> [[Span]] in
            [[.text(action.what)], [name(action.who)], [.word(action.due?.description ?? "–")], [.word(action.status.name(language))]]
        }
        return [.heading(level: level, [.word(t(MinutesText.actions))]), .table(header: header, rows: rows)]
    }

    // MARK: Words

    private func t(_ text: Translation) -> String { text[language] }

    /// The mark of a follow-up entry made from an exempt item, in the internal minutes.
    private func exempt(_ basis: String?) -> [Span] {
        basis.map { [.word(" · "), .strong([.word(t(MinutesText.exempt))]), .word(" ("), .text($0), .word(")")] } ?? []
    }

    private func name(_ id: ParticipantID) -> Span { .text(minutes.name(of: id)) }

    private func names(_ ids: [ParticipantID]) -> [Span] {
        guard !ids.isEmpty else { return [.word(t(MinutesText.none))] }
        return ids.enumerated().flatMap { index, id in index == 0 ? [name(id)] : [.word(", "), name(id)] }
    }

    private func when() -> String {
        let start = minutes.openedAt ?? minutes.scheduledAt
        var text = MarkdownMinutes.format(start, "yyyy-MM-dd HH:mm", timeZone)
        if let end = minutes.closedAt { text += "–" + MarkdownMinutes.format(end, "HH:mm", timeZone) }
        return text
    }
}
