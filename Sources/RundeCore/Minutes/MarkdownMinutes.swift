import Foundation

/// The minutes (*referat*) of one meeting as Markdown, made from its log alone.
///
/// Attendance with roles, each item with its type, owner, what was presented, the points made in
/// its rounds as the scribe wrote them, its outcome, and the actions. Internal minutes: exempt
/// items are included, marked with their legal basis.
public struct MarkdownMinutes {
    public var meeting: MeetingState
    public var language: Language
    /// Where times are shown.
    public var timeZone: TimeZone
    /// The log's name, for the footer.
    public var source: String?

    public init(meeting: MeetingState, language: Language = .nn, timeZone: TimeZone = .current, source: String? = nil) {
        self.meeting = meeting
        self.language = language
        self.timeZone = timeZone
        self.source = source
    }

    public func render() -> String {
        var out: [String] = []
        out.append("# \(escaped(meeting.title))")
        out.append("")
        out.append("**\(escaped(meeting.team))** · \(when())")
        if meeting.stage == .scheduled { out += ["", "_\(t(MinutesText.notHeld))_"] }
        if meeting.stage != .scheduled && meeting.stage != .closed { out += ["", "_\(t(MinutesText.inProgress))_"] }
        out += attendance()
        out += followUp()
        out += roundsSection(purpose: .checkIn)
        for (index, item) in meeting.items.enumerated() { out += section(for: item, number: index + 1) }
        out += actions(meeting.actions, heading: "## \(t(MinutesText.actions))")
        out += roundsSection(purpose: .checkOut)
        out += looseNotes()
        if let source {
            out += ["", "---", "", "_\(t(MinutesText.generated)) `\(source)`, \(t(MinutesText.events(meeting.lastSeq)))._"]
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func attendance() -> [String] {
        var out = ["", "## \(t(MinutesText.attendance))", ""]
        for person in meeting.participants {
            var roles = person.roles.map { $0.name(language) }
            if person.id == meeting.facilitator { roles.insert(t(MinutesText.facilitator).lowercased(), at: 0) }
            if person.id == meeting.scribe { roles.insert(t(MinutesText.scribe).lowercased(), at: 0) }
            let roleText = roles.isEmpty ? "" : " (\(roles.uniqued().joined(separator: ", ")))"
            out.append("- \(escaped(person.name))\(roleText): \(person.attendance.name(language))")
        }
        return out
    }

    private func followUp() -> [String] {
        guard !meeting.followUp.isEmpty else { return [] }
        var out = ["", "## \(t(MinutesText.followUp))", ""]
        for carried in meeting.followUp {
            let due = carried.action.due.map { " (\(t(MinutesText.due).lowercased()) \($0))" } ?? ""
            out.append("- \(escaped(carried.action.what)) — \(name(carried.action.who))\(due), `\(carried.meeting)`")
        }
        return out
    }

    private func section(for item: Item, number: Int) -> [String] {
        var out = ["", "## \(number). \(item.kind.name(language)): \(escaped(item.title))", ""]
        var facts = ["\(t(MinutesText.owner)): \(name(item.owner))", "\(t(MinutesText.status)): \(item.status.name(language))"]
        if let timebox = item.draft.timebox { facts.append("\(t(MinutesText.timebox)): \(timebox) \(t(MinutesText.minutesUnit))") }
        out.append(facts.joined(separator: " · "))
        if item.draft.infoDrøft { out += ["", "**\(t(MinutesText.infoDrøft))**"] }
        if let basis = item.draft.exemption { out += ["", "**\(t(MinutesText.exempt))** (\(escaped(basis)))"] }
        if let replaced = item.draft.replaces { out += ["", "\(t(MinutesText.replaces)) `\(replaced.rawValue)`"] }
        if !item.disqualified.isEmpty {
            out += ["", "\(t(MinutesText.ugild)):"]
            out += item.disqualified.map { "- \(name($0.participant)): \(escaped($0.reason))" }
        }
        if !item.draft.text.isEmpty { out += ["", "### \(t(MinutesText.presented))", "", escaped(item.draft.text)] }
        if item.kind == .decision, item.decision == nil, let proposal = item.proposal {
            out += ["", "### \(t(MinutesText.proposal))", "", quoted(proposal)]
        }
        let itemNotes = meeting.notes.filter { $0.item == item.id && $0.round == nil }
        if !itemNotes.isEmpty { out += ["", "### \(t(MinutesText.notes))", ""] + itemNotes.map(noteLine) }
        for round in meeting.rounds(of: item.id) { out += roundLines(round, in: item) }
        if let reason = item.endReason { out += ["", "\(t(MinutesText.reason)): \(escaped(reason))"] }
        if let conclusion = item.conclusion { out += ["", "### \(t(MinutesText.conclusion))", "", escaped(conclusion)] }
        if let decision = item.decision { out += decisionLines(decision, amendments: item.amendments) }
        out += actions(meeting.actions.filter { $0.item == item.id }, heading: "### \(t(MinutesText.actions))")
        return out
    }

    private func decisionLines(_ decision: Decision, amendments: [Amendment]) -> [String] {
        var out = ["", "### \(t(MinutesText.decision))", "", quoted(decision.text), ""]
        out.append("- \(t(MinutesText.consents)): \(names(decision.consents))")
        if !decision.concerns.isEmpty {
            out.append("- \(t(MinutesText.concerns)):")
            out += decision.concerns.map { "  - \(name($0.participant)): \(escaped($0.text))" }
        }
        if !decision.objections.isEmpty {
            out.append("- \(t(MinutesText.objections)):")
            for objection in decision.objections {
                let outcome = objection.integration.map { "\(t(MinutesText.integrated)): \(escaped($0))" } ?? t(MinutesText.notIntegrated)
                out.append("  - \(name(objection.participant)): \(escaped(objection.reason)) — \(outcome)")
            }
        }
        for amendment in amendments {
            let helpers = amendment.helpers.isEmpty ? "" : " (\(t(MinutesText.helpedBy)) \(names(amendment.helpers)))"
            out.append("- \(t(MinutesText.amended))\(helpers): \(escaped(amendment.text))")
        }
        if let review = decision.reviewDate { out.append("- \(t(MinutesText.reviewDate)): \(review)") }
        return out
    }

    private func roundsSection(purpose: RoundPurpose) -> [String] {
        meeting.rounds.filter { $0.purpose == purpose }.flatMap { roundLines($0, in: nil) }
    }

    private func roundLines(_ round: Round, in item: Item?) -> [String] {
        let stepTitle = item?.steps.first { $0.key == round.step }?.title[language]
        let title = round.purpose == .item ? (stepTitle ?? round.purpose.name(language)) : round.purpose.name(language)
        let count = round.number > 1 ? " (\(MinutesText.again(round.number)[language]))" : ""
        var out = ["", "\(item == nil ? "##" : "###") \(escaped(title))\(count)", ""]
        if round.purpose != .consent {
            let spoke = round.turns.filter { $0.outcome == .spoke }.map(\.participant)
            let passed = round.turns.filter { $0.outcome == .passed }.map(\.participant)
            out.append("\(t(MinutesText.spoke)): \(names(spoke))" + (passed.isEmpty ? "" : " · \(t(MinutesText.passed)): \(names(passed))"))
        } else {
            for turn in round.turns {
                guard case .answered(let answer) = turn.outcome else { continue }
                switch answer {
                case .consent: out.append("- \(name(turn.participant)): \(t(MinutesText.consent))")
                case .concern(let text): out.append("- \(name(turn.participant)): \(t(MinutesText.consent)), \(t(MinutesText.concern)): \(escaped(text))")
                case .objection(let reason): out.append("- \(name(turn.participant)): \(t(MinutesText.objection)): \(escaped(reason))")
                }
            }
        }
        if round.stoppedEarly { out += ["", "_\(t(MinutesText.stoppedEarly))_"] }
        let notes = meeting.notes.filter { $0.round == round.id }
        if !notes.isEmpty { out.append("") }
        out += notes.map(noteLine)
        return out
    }

    private func looseNotes() -> [String] {
        let loose = meeting.notes.filter { $0.round == nil && $0.item == nil }
        guard !loose.isEmpty else { return [] }
        return ["", "## \(t(MinutesText.notes))", ""] + loose.map(noteLine)
    }

    private func noteLine(_ note: Note) -> String {
        let who = note.speaker.map { "**\(name($0))**: " } ?? ""
        return "- \(who)\(escaped(note.text).replacingOccurrences(of: "\n", with: "\n  "))"
    }

    private func actions(_ actions: [Action], heading: String) -> [String] {
        guard !actions.isEmpty else { return [] }
        var out = [
            "", heading, "", "| \(t(MinutesText.what)) | \(t(MinutesText.who)) | \(t(MinutesText.due)) | \(t(MinutesText.status)) |", "|---|---|---|---|",
        ]
        for action in actions {
            let cells = [escaped(action.what), name(action.who), action.due?.description ?? "–", action.status.name(language)]
            out.append(
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |")
        }
        return out
    }

    // MARK: Words

    private func t(_ text: Translation) -> String { text[language] }

    private func name(_ id: ParticipantID) -> String { escaped(meeting.participant(id)?.name ?? id.rawValue) }

    private func names(_ ids: [ParticipantID]) -> String {
        ids.isEmpty ? t(MinutesText.none) : ids.map(name).joined(separator: ", ")
    }

    private func when() -> String {
        var text = Self.format(meeting.heldAt, "yyyy-MM-dd HH:mm", timeZone)
        if let end = meeting.closedAt { text += "–" + Self.format(end, "HH:mm", timeZone) }
        return text
    }

    /// `date` as `pattern` (DateFormatter syntax) in `timeZone`, independent of the locale.
    public static func format(_ date: Date, _ pattern: String, _ timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    private func quoted(_ text: String) -> String {
        escaped(text).split(separator: "\n", omittingEmptySubsequences: false).map { "> \($0)" }.joined(separator: "\n")
    }

    /// Text a person wrote, made safe to place in Markdown: characters that would start markup
    /// are escaped, so a note reading `# 1` or `*viktig*` shows as written.
    func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            if let first = line.first, "-+".contains(first) || (first.isNumber && line.contains(". ")) {
                line = "\\" + line
            }
            return line
        }.joined(separator: "\n")
    }
}
