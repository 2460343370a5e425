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
        var out: [Block] = [.heading(level: 1, [.text(minutes.title)]), header()]
        if minutes.stage == .scheduled { out.append(.paragraph([.emphasis([.word(t(MinutesText.notHeld))])])) }
        if minutes.stage != .scheduled && minutes.stage != .closed { out.append(.paragraph([.emphasis([.word(t(MinutesText.inProgress))])])) }
        if minutes.isPublic { out.append(.paragraph([.emphasis([.word(t(MinutesText.publicEdition))])])) }
        if minutes.stage != .scheduled { out += summary() }
        if let agreement = minutes.agreement, minutes.stage != .scheduled {
            out += [
                .heading(level: 2, [.word(t(MinutesText.agreement))]), .paragraph([.emphasis([.word(t(MinutesText.agreementShown))])]),
                .list(lead: nil, agreement.map { ListEntry(spans: [.text($0)]) }),
            ]
        }
        out += followUp()
        out += minutes.checkIn.flatMap { round($0, level: 2) }
        for item in minutes.items { out += section(for: item) }
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

    /// The header of a referat: team, day, time (and the zone it is shown in, when the log's is
    /// not known here), place, who was there and in which role, who ran the meeting and who wrote
    /// the minutes.
    private func header() -> Block {
        var entries = [
            ListEntry(spans: [.word("\(t(MinutesText.team)): "), .text(minutes.team)]),
            ListEntry(spans: [.word("\(t(MinutesText.date)): \(MinutesText.day(Day(start, in: timeZone), language))")]),
            ListEntry(spans: [.word("\(t(MinutesText.time)): \(time())")]),
        ]
        if let unknown = minutes.unknownTimeZone {
            entries.append(ListEntry(spans: [.emphasis([.text(t(MinutesText.unknownTimeZone(unknown, shownIn: timeZone.identifier)))])]))
        }
        if let place = minutes.place { entries.append(ListEntry(spans: [.word("\(t(MinutesText.place)): "), .text(place)])) }
        let groups: [(Attendance, Translation)] = [
            (.present, MinutesText.present), (.absent, MinutesText.absent), (.guest, MinutesText.guestsPresent),
            (.unknown, minutes.stage == .scheduled ? MinutesText.invited : MinutesText.notRecorded),
        ]
        for (attendance, label) in groups {
            let people = minutes.participants.filter { $0.attendance == attendance }
            guard !people.isEmpty else { continue }
            let spans = people.enumerated().flatMap { index, person in (index == 0 ? [] : [Span.word(", ")]) + attendee(person) }
            entries.append(ListEntry(spans: [.word("\(t(label)): ")] + spans))
        }
        for (id, label) in [(minutes.facilitator, MinutesText.facilitator), (minutes.scribe, MinutesText.scribe)] {
            if let id { entries.append(ListEntry(spans: [.word("\(t(label)): "), name(id)])) }
        }
        return .list(lead: nil, entries)
    }

    /// A person in the header: their name, their roles and when they came or went.
    private func attendee(_ person: Participant) -> [Span] {
        let times = minutes.attendanceChanges.filter { $0.participant == person.id }.map { change in
            "\(t(change.arrived ? MinutesText.arrived : MinutesText.left)) \(MarkdownMinutes.format(change.at, "HH:mm", timeZone))"
        }
        let notes = [person.roles.map { $0.name(language) }.uniqued().joined(separator: ", "), times.joined(separator: ", ")].filter { !$0.isEmpty }
        return [.text(person.name)] + (notes.isEmpty ? [] : [.word(" (\(notes.joined(separator: "; ")))")])
    }

    /// What was decided and who does what, before the items: a referat is read from the top.
    private func summary() -> [Block] {
        let decided = minutes.items.compactMap { item in item.content.flatMap { content in content.decision.map { (item.number, content.title, $0) } } }
        let entries = decided.map { number, title, decision in
            let review = decision.reviewDate.map { [[Span.word("\(t(MinutesText.reviewDate)): \(MinutesText.day($0, language))")]] } ?? []
            return ListEntry(spans: [.word("\(t(MinutesText.item)) \(number): "), .text(title)], children: [[.text(decision.text)]] + review)
        }
        let nothing = Block.paragraph([.word(t(MinutesText.nothing))])
        let decisions: [Block] = [.heading(level: 3, [.word(t(MinutesText.decisions))]), entries.isEmpty ? nothing : .list(lead: nil, entries)]
        let actionBlocks = actions(minutes.actions, level: 3)
        return [.heading(level: 2, [.word(t(MinutesText.summary))])] + decisions
            + (actionBlocks.isEmpty ? [.heading(level: 3, [.word(t(MinutesText.actions))]), nothing] : actionBlocks)
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
            let due = carried.action.due.map { " (\(t(MinutesText.due).lowercased()) \(MinutesText.day($0, language)))" } ?? ""
            return ListEntry(
                spans: [
                    .text(carried.action.what), .word(" — "), name(carried.action.who), .word("\(due), "),
                ] + reference(carried.reference) + [.word(": "), outcome(carried.chosen.map(MinutesText.followedUp))] + exempt(carried.exemption))
        }
        let reviews = minutes.reviewDue.map { review in
            ListEntry(
                spans: [.word("\(t(MinutesText.reviewOf)) ")] + reference(review.due.reference, title: review.due.title)
                    + [.word(", \(t(MinutesText.reviewDate).lowercased()) \(MinutesText.day(review.due.reviewDate, language)): "), outcome(review.outcomeText)]
                    + exempt(review.due.exemption),
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
        if let replaced = content.replaces { out.append(.paragraph([.word("\(t(MinutesText.replaces)) ")] + reference(replaced))) }
        if let carried = content.carriedFrom { out.append(.paragraph([.word("\(t(MinutesText.carriedFrom)) ")] + reference(carried))) }
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
        var present: [Span] = [.word("\(t(MinutesText.present)): ")] + names(decision.present)
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
        if let review = decision.reviewDate { entries.append(ListEntry(spans: [.word("\(t(MinutesText.reviewDate)): \(MinutesText.day(review, language))")])) }
        if let criteria = decision.criteria { entries.append(ListEntry(spans: [.word("\(t(MinutesText.criteria)): "), .text(criteria)])) }
        if let inform = decision.inform { entries.append(ListEntry(spans: [.word("\(t(MinutesText.inform)): "), .text(inform)])) }
        return [.decision([.heading(level: 3, [.word(t(MinutesText.decision))]), .quote(decision.text), .list(lead: nil, entries)])]
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
            if round.complete {
                let who: [Span] = passed.isEmpty ? [] : [.word("; ")] + names(passed) + [.word(" \(t(MinutesText.namesPassed))")]
                out.append(.paragraph([.word(t(MinutesText.everyoneHadTheFloor))] + who + [.word(".")]))
            } else {
                var line: [Span] = [.word("\(t(MinutesText.spoke)): ")] + names(spoke)
                if !passed.isEmpty { line += [.word(" · \(t(MinutesText.passed)): ")] + names(passed) }
                out.append(.paragraph(line))
            }
        } else {
            var turns = round.turns
            if round.complete {
                // Everyone answered: the plain consents go without saying, concerns and objections are listed.
                let objected = turns.contains { $0.outcome == .objection }
                out.append(.paragraph([.word(t(objected ? MinutesText.everyoneHadTheFloor : MinutesText.everyoneConsented) + ".")]))
                turns = turns.filter { $0.outcome != .consent }
            }
            let answers = turns.compactMap(answer)
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
            [[.text(action.what)], [name(action.who)], [.word(action.due.map { MinutesText.day($0, language) } ?? "–")], [.word(action.status.name(language))]]
        }
        return [.heading(level: level, [.word(t(MinutesText.actions))]), .table(header: header, rows: rows)]
    }

    // MARK: Words

    private func t(_ text: Translation) -> String { text[language] }

    /// The mark of a follow-up entry made from an exempt item, in the internal minutes.
    private func exempt(_ basis: String?) -> [Span] {
        basis.map { [.word(" · "), .strong([.word(t(MinutesText.exempt))]), .word(" ("), .text($0), .word(")")] } ?? []
    }

    /// Another meeting's item as «title» (meeting, day) when that meeting is known, else its raw
    /// reference, after the item's `title` when the minutes have one of their own (the log's
    /// follow-up carries it, and it wins over the archive's).
    private func reference(_ reference: DecisionRef, title: String? = nil) -> [Span] {
        Self.reference(reference, known: minutes.references[reference.rawValue], title: title) { MinutesText.day($0, language) }
    }

    /// `reference` as the minutes show it: «item title» (meeting title, day) when its meeting
    /// is `known`, else as it is; `title`, when given, wins over the known item title. `day`
    /// writes the meeting's day, as the minutes or a register write days.
    static func reference(_ reference: DecisionRef, known: ReferencedItem?, title: String? = nil, day: (Day) -> String) -> [Span] {
        guard let known else {
            return title.map { [.word("«"), .text($0), .word("» ("), .code(reference.rawValue), .word(")")] } ?? [.code(reference.rawValue)]
        }
        let meeting: [Span] = [.text(known.meetingTitle), .word(", \(day(known.day))")]
        guard let item = title ?? known.itemTitle else { return meeting }
        return [.word("«"), .text(item), .word("» (")] + meeting + [.word(")")]
    }

    private func name(_ id: ParticipantID) -> Span { .text(minutes.name(of: id)) }

    private func names(_ ids: [ParticipantID]) -> [Span] {
        guard !ids.isEmpty else { return [.word(t(MinutesText.none))] }
        return ids.enumerated().flatMap { index, id in index == 0 ? [name(id)] : [.word(", "), name(id)] }
    }

    /// When the meeting opened, else when it was planned for.
    private var start: Date { minutes.openedAt ?? minutes.scheduledAt }

    /// From and, once it closed, to.
    private func time() -> String {
        let from = MarkdownMinutes.format(start, "HH:mm", timeZone)
        return minutes.closedAt.map { from + "–" + MarkdownMinutes.format($0, "HH:mm", timeZone) } ?? from
    }
}
