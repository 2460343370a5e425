import Foundation
import RundeCore

extension AppState {
    /// Takes one input and says what the run loop should do. Pure: no time, no files.
    public mutating func update(_ event: InputEvent) -> [Effect] {
        switch event {
        case .resize, .click:  // a click needs the frame it landed on: see click(_:on:)
            return []
        case .paste(let text):
            // A paste is text, never commands: outside a text field it does nothing.
            guard case .entry(var entry) = overlay else { return [] }
            entry.editor.insert(text)
            overlay = .entry(entry)
            return []
        case .key(.ctrl("c")):
            return [.quit]
        case .key(let key):
            if let overlay { return handle(key, on: overlay) }
            message = nil
            guard let binding = Keymap.binding(for: key, in: context) else { return [] }
            // The same predicate as the hint line's: a key not offered now does not act.
            guard isAvailable(binding.action) else { return unavailable(binding.action) }
            return perform(binding.action)
        }
    }

    /// A left click on `frame`, the screen as last drawn: on a row of a list it selects that row
    /// (and a click on a person marks them present or absent, as Space would); on the hint line
    /// it presses that key. Anywhere else it does nothing.
    public mutating func click(_ point: Point, on frame: Frame) -> [Effect] {
        switch frame.target(at: point) {
        case .row(let index):
            message = nil
            if context == .followUp { followUpSelection = index } else { selection = index }
            return context == .attendance ? perform(.toggleAttendance) : []
        case .key(let key): return update(.key(key))
        case nil: return []
        }
    }

    /// The time moved on: the clock and the timebox follow.
    public mutating func tick(_ now: Date) { self.now = now }

    /// What became of a submitted command: the meeting as the log now says, or why not.
    public mutating func receive(_ result: Result<MeetingState, SubmitError>) {
        switch result {
        case .success(let state):
            let before = meeting.attendanceChanges.count
            follow(state)
            // What was said about an earlier try (a refusal, a log that was gone) no longer holds.
            message = nil
            // Someone came or left: the room sees it said, with the time the minutes will give.
            if state.attendanceChanges.count > before, let change = state.attendanceChanges.last {
                let name = state.participant(change.participant)?.name ?? change.participant.rawValue
                let time = MarkdownMinutes.format(change.at, "HH:mm", timeZone)
                message = Message(text: UIText.cameOrLeft(name, arrived: change.arrived, at: time)[language], isError: false)
            }
            logWarning = nil
            if case .confirm = overlay { overlay = nil }
            if case .entry = overlay { overlay = nil }
            if case .choice = overlay { overlay = nil }
            clampSelection()
        case .failure(.refused(let refusal)):
            message = Message(text: refusal.message(language, names: name), isError: true)
        case .failure(.log(let error)):
            message = Message(text: onScreen(error), isError: true)
        }
    }

    /// What the idle check of the log found: nil when the log is where runde left it, else why
    /// it cannot be written (it was removed, replaced or cut short), shown until it is back. An
    /// open text field stays open with its text either way.
    public mutating func logProblem(_ error: LogError?) {
        logWarning = error.map { forkBehind($0) ?? onScreen($0) }
    }

    /// When the log was cut back or changed under the screen and a fork's side file lies beside
    /// it, `runde sync` found that the meeting grew on another machine too and kept that copy:
    /// said as such, with how to go on, rather than as damage.
    private func forkBehind(_ error: LogError) -> String? {
        switch error.cause {
        case .truncated, .rewritten: break
        default: return nil
        }
        guard let fork = ForkSideFile.all(beside: URL(fileURLWithPath: logPath)).first else { return nil }
        return fork.notice[language] + " " + UIText.reopenAfterFork[language]
    }

    /// A log error for the one message line: the file by its name, not its whole path, so the
    /// reason fits (the path is on the help screen).
    private func onScreen(_ error: LogError) -> String {
        var error = error
        error.file = URL(fileURLWithPath: error.file).lastPathComponent
        return error.message(language)
    }

    /// The log changed under us (the scribe's terminal): show what it says now.
    public mutating func logChanged(_ state: MeetingState) {
        follow(state)
        clampSelection()
    }

    /// Takes the meeting as the log now says. When the item under way ended, the selection goes
    /// to it, so that ``clampSelection()`` moves it on to the next pending item after it.
    private mutating func follow(_ state: MeetingState) {
        let ended = meeting.activeItem?.id
        // Once the meeting opens, the selection is an item's, no longer a person's.
        if meeting.stage == .scheduled, state.stage != .scheduled { selection = 0 }
        meeting = state
        // The agenda editor of an open meeting is for between items: a round or an item started
        // (here or on the scribe's terminal) ends it.
        if state.stage != .scheduled, state.openRound != nil || state.activeItem != nil || state.stage == .checkOut { editingAgenda = false }
        if let ended, meeting.activeItem == nil, let index = meeting.items.firstIndex(where: { $0.id == ended }) { selection = index }
    }

    // MARK: Actions

    mutating func perform(_ action: Action) -> [Effect] {
        let speaker = meeting.openRound?.speaker
        switch action {
        case .up: moveSelection(-1)
        case .down: moveSelection(1)
        case .toggleAttendance:
            guard let person = selectedParticipant else { return [] }
            return [.submit(.setAttendance(person.id, person.isPresent ? .absent : .present))]
        case .addGuest: startEntry(.guestName)
        case .editAgenda:
            editingAgenda = true
            followingUp = false
            // Between items the selection stays on the item it was on.
            if meeting.stage == .scheduled { selection = 0 }
        case .doneEditingAgenda:
            editingAgenda = false
            if meeting.stage == .scheduled { selection = 0 }
            clampSelection()
        case .openMeeting:
            editingAgenda = false
            return [.submit(.openMeeting)]
        case .addItem:
            // The cursor waits where the title goes: «avgjerd: | @kari».
            let prefix = "\(ItemKind.decision.agendaKeyword): "
            startEntry(.agendaLine(nil), text: prefix + (user.map { " @\($0.rawValue)" } ?? ""), cursor: prefix.count)
        case .editItem:
            guard let item = selectedItem else { return [] }
            startEntry(.agendaLine(item.id), text: item.draft.agendaText)
        case .moveItemUp, .moveItemDown:
            guard let item = selectedItem else { return [] }
            let target = selection + (action == .moveItemUp ? -1 : 1)
            guard meeting.items.indices.contains(target) else { return [] }
            selection = target
            return [.submit(.moveItem(item.id, to: target))]
        case .removeItem:
            guard let item = selectedItem else { return [] }
            confirm(UIText.removeItem(item.title)[language], .removeItem(item.id))
        case .startItem:
            guard let item = selectedItem else { return [] }
            return [.submit(.startItem(item.id))]
        case .closingRound:
            // Items left on the agenda are fine (the minutes say so), but not by accident.
            let left = meeting.items.count { $0.status == .pending }
            guard left > 0 else { return [.submit(.startClosingRound)] }
            confirm(UIText.closingWithItemsLeft(left)[language], .startClosingRound)
        case .followUp:
            followingUp = true
            followUpSelection = 0
        case .doneFollowUp:
            followingUp = false
        case .chooseFollowUp: chooseFollowUp()
        case .closeMeeting: confirm(UIText.closeMeeting[language], .closeMeeting)
        case .nextStep:
            // A discussion ends with the owner's conclusion: ending one without it is asked first.
            if let item = meeting.activeItem, item.kind == .discussion, item.conclusion == nil, meeting.openRound == nil,
                (item.stepIndex ?? -1) + 1 >= item.steps.count
            {
                confirm(UIText.noConclusion[language], .nextStep)
                return []
            }
            return [.submit(.nextStep)]
        case .runAgain: return [.submit(.runRoundAgain)]
        case .stopRound: confirm(UIText.stopRound[language], .stopRound)
        case .firstSpeaker:
            guard let round = meeting.openRound else { return [] }
            guard round.turns.isEmpty else { return refuse(.roundAlreadyUnderway) }
            choose(.firstSpeaker, from: round.order.compactMap(meeting.participant))
        case .speak: return speaker.map { [.submit(.speak($0))] } ?? []
        case .pass: return speaker.map { [.submit(.pass($0))] } ?? []
        case .consent: return speaker.map { [.submit(.answer($0, .consent))] } ?? []
        case .concern: if let speaker { startEntry(.concern(speaker)) }
        case .objection: if let speaker { startEntry(.objection(speaker)) }
        case .propose:
            guard let item = meeting.activeItem else { return [] }
            if let proposal = item.proposal { startEntry(.amendment, text: proposal) } else { startEntry(.proposal) }
        case .integrate: chooseObjection()
        case .recordDecision:
            let offered = reviewAfter.map { $0.after(Day(now, in: timeZone)).description } ?? ""
            startEntry(.reviewDate, text: offered, multiline: false)
        case .conclude: startEntry(.conclusion, text: meeting.activeItem?.conclusion ?? "")
        case .withdraw: startEntry(.withdrawReason)
        case .postpone: startEntry(.postponeReason)
        case .changeKind: chooseKind()
        case .ugild: choose(.ugild, from: meeting.participants)
        case .markAttendance:
            let options = meeting.participants.map { person in
                let status = meeting.isGuest(person.id) && person.isPresent ? Attendance.guest : person.isPresent ? .present : .absent
                return ChoiceOption(label: "\(person.name) — \(status.name(language))", value: person.id.rawValue)
            }
            overlay = .choice(Choice(purpose: .attendance, options: options))
        case .liftExemption:
            guard let item = targetItem else { return [] }
            guard item.draft.exemption != nil else { return refuse(.notExempt(item.id)) }
            startEntry(.liftReason(item.id))
        case .evaluate:
            // Those who have not evaluated yet first; choosing someone again replaces theirs.
            let given = Set(meeting.evaluations.map(\.participant))
            let present = meeting.participants.filter(\.isPresent)
            choose(.evaluator, from: present.filter { !given.contains($0.id) } + present.filter { given.contains($0.id) })
        case .unionView: startEntry(.unionView)
        case .note: startEntry(.note)
        case .action: startEntry(.actionWhat)
        case .undo: return [.submit(.undo)]
        case .help: overlay = .help(scroll: 0)
        case .quit:
            // A closed meeting, or one only followed, has nothing left to lose: leave at once.
            if context == .closed || watching { return [.quit] }
            overlay = .confirm(Confirmation(question: UIText.quit[language], command: nil, quits: true))
        case .nextList, .previousList, .search, .open, .back, .scrollUp, .scrollDown, .pageUp, .pageDown: break  // the review screen's
        }
        return []
    }

    /// The item a between-items key acts on: the active one, else the selected one.
    var targetItem: Item? { meeting.activeItem ?? selectedItem }

    /// Moves the selection of the list on screen: the follow-up keeps its own, so the agenda's
    /// stays where it was.
    private mutating func moveSelection(_ delta: Int) {
        let last = max(0, selectableCount - 1)
        if context == .followUp {
            followUpSelection = min(max(0, followUpSelection + delta), last)
        } else {
            selection = min(max(0, selection + delta), last)
        }
    }

    /// Opens a text field holding `text`, the cursor at its end or at `cursor`.
    mutating func startEntry(_ purpose: EntryPurpose, text: String = "", multiline: Bool = true, cursor: Int? = nil) {
        var editor = LineEditor(text, multiline: multiline)
        if let cursor { editor.cursor = cursor }
        overlay = .entry(Entry(purpose: purpose, editor: editor))
    }

    private mutating func confirm(_ question: String, _ command: Command) {
        overlay = .confirm(Confirmation(question: question, command: command, quits: false))
    }

    private mutating func chooseObjection() {
        let standing = meeting.activeItem?.standingObjections.map(\.participant) ?? []
        guard !standing.isEmpty else {
            message = Message(text: UIText.noObjection[language], isError: true)
            return
        }
        if standing.count == 1, let only = standing.first {
            startEntry(.integrationHow(only))
        } else {
            choose(.integrate, from: standing.compactMap(meeting.participant))
        }
    }

    private mutating func chooseFollowUp() {
        switch selectedFollowUp {
        case .action(let carried):
            let options = [ActionStatus.done, .open, .cancelled].map { ChoiceOption(label: MinutesText.followedUp($0)[language], value: $0.rawValue) }
            overlay = .choice(Choice(purpose: .followUpAction(carried.reference), options: options))
        case .decision(let due):
            let options = ReviewChoice.allCases.map { ChoiceOption(label: $0.label[language], value: $0.rawValue) }
            overlay = .choice(Choice(purpose: .review(due.reference), options: options))
        case nil: break
        }
    }

    private mutating func chooseKind() {
        guard let item = targetItem else { return }
        let options = ItemKind.allCases.filter { $0 != item.kind }.map { ChoiceOption(label: $0.name(language), value: $0.rawValue) }
        overlay = .choice(Choice(purpose: .kind, options: options))
    }

    mutating func choose(_ purpose: ChoicePurpose, from people: [Participant]) {
        overlay = .choice(Choice(purpose: purpose, options: people.map(ChoiceOption.init)))
    }
}

/// What the team can do with a decision due for review.
enum ReviewChoice: String, CaseIterable {
    case stands, standsUntil, takeUpAgain

    var label: Translation {
        switch self {
        case .stands: Translation(nn: "Står ved lag", nb: "Står ved lag", en: "It stands")
        case .standsUntil:
            Translation(nn: "Står ved lag, med ny evalueringsdato", nb: "Står ved lag, med ny evalueringsdato", en: "It stands, with a next review date")
        case .takeUpAgain:
            Translation(nn: "Ta opp att som ny avgjerdssak", nb: "Ta opp igjen som ny beslutningssak", en: "Take it up again as a new decision item")
        }
    }
}
