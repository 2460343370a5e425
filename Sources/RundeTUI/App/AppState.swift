import Foundation
import RundeCore

/// Everything the live screen shows, as a value: the meeting (as the log says it is) plus what
/// only the screen knows — which row is selected, what is being typed, what was said last.
///
/// The screen never changes the meeting itself: ``update(_:)`` returns ``Effect/submit(_:)`` and
/// the run loop writes the command to the log, then hands the new meeting back.
public struct AppState: Sendable {
    public var meeting: MeetingState
    public var recipes: RecipeBook
    public var language: Language
    public var now: Date
    public var timeZone: TimeZone
    /// The participant the commands are written as (`by` in the log).
    public var user: ParticipantID?
    /// Following the meeting read-only (`runde follow`): only keys that read act
    /// (``Action/onlyReads``); the others say why.
    public var watching = false
    /// Where the log is, for the help screen and the crash message.
    public var logPath: String
    /// The open overlay, if any: help, text entry, a question, a choice.
    public var overlay: Overlay?
    /// Whether the agenda is being edited: before the meeting opens (rather than attendance),
    /// or between items (rather than choosing the next one).
    public var editingAgenda = false
    /// Between items: whether the follow-up of earlier meetings is open.
    public var followingUp = false
    /// The selected row of the list the context shows (participants or agenda items).
    public var selection = 0
    /// The selected row of the follow-up list, apart from the agenda's.
    public var followUpSelection = 0
    /// The last thing the screen said: a refusal, a confirmation, a hint.
    public var message: Message?
    /// Why the log cannot be written now (removed, replaced or cut short under runde), shown
    /// until the log is back: see ``logProblem(_:)``.
    public var logWarning: String?
    /// The command that last reached the log, for the undo hint.
    public var lastDone: Translation?
    /// The team's `review_after`: the review date `d` offers is this long after today; nil offers none.
    public var reviewAfter: ReviewInterval?
    /// The fork side files beside the log already said, by name (``noteNewFork(of:)``).
    var forksSaid: Set<String> = []

    public init(
        meeting: MeetingState, recipes: RecipeBook = .builtIn, language: Language = .nn, now: Date,
        timeZone: TimeZone = .current, user: ParticipantID? = nil, logPath: String = ""
    ) {
        self.meeting = meeting
        self.recipes = recipes
        self.language = language
        self.now = now
        self.timeZone = timeZone
        self.user = user
        self.logPath = logPath
    }

    /// Says, as the screen opens, what the room should know of the log itself: that the meeting
    /// forked (two machines wrote it apart, `runde sync`) and where the other copy's lines are;
    /// else that its times are shown in another zone than the one its log names, which this
    /// machine does not know.
    public mutating func noteOpening(of log: URL) {
        let forks = ForkSideFile.all(beside: log)
        forksSaid = Set(forks.map(\.url.lastPathComponent))
        if let fork = forks.first {
            message = Message(text: fork.notice[language], isError: true)
        } else if let unknown = meeting.unknownTimeZone {
            message = Message(text: MinutesText.unknownTimeZone(unknown, shownIn: timeZone.identifier)[language], isError: false)
        }
    }

    /// Says a fork that came while the screen is open: a `runde sync` beside it found that the
    /// meeting grew on another machine too, kept this copy (the longer) and set the other
    /// machine's lines aside. The log goes on as it was, so nothing else would tell. True when
    /// there was one to say; a folder listing, so the run loop asks once a second.
    public mutating func noteNewFork(of log: URL) -> Bool {
        guard let new = MeetingFork.sideFiles(of: log).first(where: { !forksSaid.contains($0.lastPathComponent) }) else { return false }
        forksSaid.insert(new.lastPathComponent)
        guard let fork = ForkSideFile.all(beside: log, among: [new]).first else { return false }
        message = Message(text: fork.notice[language], isError: false)
        return true
    }

    /// The part of the meeting the keys act on now.
    public var context: Context {
        if meeting.stage == .closed { return .closed }
        if let round = meeting.openRound { return round.purpose == .consent ? .consent : .round }
        if meeting.stage == .scheduled { return editingAgenda ? .agenda : .attendance }
        if meeting.activeItem != nil { return .step }
        if meeting.stage == .checkOut { return .closing }
        if editingAgenda { return .agenda }
        return followingUp ? .followUp : .between
    }

    /// The rows the selection moves over in this context.
    var selectableCount: Int {
        switch context {
        case .attendance: meeting.participants.count
        case .agenda, .between: meeting.items.count
        case .followUp: followUpEntries.count
        default: 0
        }
    }

    var selectedItem: Item? {
        meeting.items.indices.contains(selection) ? meeting.items[selection] : nil
    }

    /// The follow-up as the screen lists it: the open actions, then the decisions due for review.
    var followUpEntries: [FollowUpEntry] { meeting.followUp.map(FollowUpEntry.action) + meeting.reviewDue.map(FollowUpEntry.decision) }

    /// The follow-up entry the selection is on.
    var selectedFollowUp: FollowUpEntry? {
        let entries = followUpEntries
        return entries.indices.contains(followUpSelection) ? entries[followUpSelection] : nil
    }

    var selectedParticipant: Participant? {
        meeting.participants.indices.contains(selection) ? meeting.participants[selection] : nil
    }

    /// Keeps the selection on a row that exists, and between items on a pending item: the
    /// selected one while it is pending, else the next pending one after it (then from the top).
    mutating func clampSelection() {
        if context == .between || context == .followUp, selectedItem?.status != .pending {
            let pending = meeting.items.indices.filter { meeting.items[$0].status == .pending }
            if let next = pending.first(where: { $0 > selection }) ?? pending.first { selection = next }
        }
        let agendaRows = context == .attendance ? meeting.participants.count : meeting.items.count
        selection = min(max(0, selection), max(0, agendaRows - 1))
        followUpSelection = min(max(0, followUpSelection), max(0, followUpEntries.count - 1))
    }
}

/// One line of the follow-up.
enum FollowUpEntry {
    case action(FollowUpAction)
    case decision(FollowUpDecision)
}

/// The part of the meeting the keys act on.
public enum Context: String, Sendable, Hashable, CaseIterable {
    /// Before the meeting: who is here.
    case attendance
    /// Before the meeting: add, edit, reorder and remove items.
    case agenda
    /// Between items: pick the next one, or go to the closing round.
    case between
    /// Between items: what becomes of earlier meetings' open actions and decisions due for review.
    case followUp
    /// An item's step with no round open: present, amend, conclude, record the decision.
    case step
    /// A round is open: next speaker, pass.
    case round
    /// A consent round is open: consent, concern, objection.
    case consent
    /// The closing round is over: close the meeting.
    case closing
    case closed
    /// The review screen (`runde review`): meetings, decisions and open actions.
    case reviewList
    /// The review screen: a meeting's minutes.
    case reviewMinutes

    /// The contexts of the live meeting screen, in order; `closed` has no keys of its own.
    static let live: [Context] = allCases.filter { ![.closed, .reviewList, .reviewMinutes].contains($0) }
    static let review: [Context] = [.reviewList, .reviewMinutes]
}

/// A line the screen shows until the next key.
public struct Message: Sendable, Hashable {
    public var text: String
    public var isError: Bool
}

/// What covers the main screen for a moment.
public enum Overlay: Sendable, Equatable {
    /// Every key, scrolled down by a number of lines.
    case help(scroll: Int)
    case entry(Entry)
    case confirm(Confirmation)
    case choice(Choice)
}

/// Text being typed, and what it is for.
public struct Entry: Sendable, Equatable {
    public var purpose: EntryPurpose
    public var editor: LineEditor
}

/// What typed text becomes when Enter is pressed.
public enum EntryPurpose: Sendable, Hashable {
    case note
    case guestName
    /// An agenda line in the agenda file's syntax; editing the item with that id, or adding one.
    case agendaLine(ItemID?)
    case proposal
    case amendment
    case concern(ParticipantID)
    case objection(ParticipantID)
    case integrationHow(ParticipantID)
    case integrationText(ParticipantID, how: String)
    case reviewDate
    /// What will show whether the decision works, asked after the review date.
    case criteria(reviewDate: Day?)
    /// Who must be told of the decision, asked last.
    case inform(reviewDate: Day?, criteria: String?)
    case conclusion
    case withdrawReason
    case postponeReason
    case actionWhat
    case actionDue(what: String, who: ParticipantID)
    case ugildReason(ParticipantID)
    /// Why an item's exemption from public disclosure is lifted.
    case liftReason(ItemID)
    /// The next review date of a decision that stands.
    case nextReview(DecisionRef)
    /// What was learned from a decision due for review, before it stands (with a next review
    /// date, or none) or is taken up again (`redecide`).
    case learned(DecisionRef, nextReview: Day?, redecide: Bool)
    /// The union representative's view on the active info/drøft item.
    case unionView
    /// One thing to do better, in someone's evaluation of the meeting (optional).
    case evaluationText(ParticipantID, score: Int)
}

/// A yes/no question before something that cannot simply be undone.
public struct Confirmation: Sendable, Hashable {
    public var question: String
    public var command: Command?
    /// Quit instead of a command.
    public var quits: Bool
}

/// Pick one of a few (a participant, an item type), or, when `marked` is set, any number of
/// them: Space marks, Enter takes the marked ones.
public struct Choice: Sendable, Hashable {
    public var purpose: ChoicePurpose
    public var options: [ChoiceOption]
    public var selection = 0
    /// The marked options of a choice of many; nil for a choice of one.
    public var marked: Set<Int>?
}

public struct ChoiceOption: Sendable, Hashable {
    public var label: String
    public var value: String
}

extension ChoiceOption {
    init(_ person: Participant) { self.init(label: person.name, value: person.id.rawValue) }
}

public enum ChoicePurpose: Sendable, Hashable {
    case kind
    case actionWho(what: String)
    case ugild
    /// Someone who came or left after the meeting opened: choosing toggles their attendance.
    case attendance
    case integrate
    /// Who helped with an amendment (any number, or none), before it is submitted.
    case amendmentHelpers(text: String)
    /// What becomes of an earlier meeting's open action.
    case followUpAction(ActionRef)
    /// What becomes of a decision due for review.
    case review(DecisionRef)
    /// Who opens the round under way, before anyone has had a turn.
    case firstSpeaker
    /// Who evaluates the meeting next.
    case evaluator
    /// How well the meeting went, 1…5, to `who`.
    case evaluationScore(ParticipantID)
}

/// What the run loop does for the screen.
public enum Effect: Sendable, Hashable {
    case submit(Command)
    case quit
}
