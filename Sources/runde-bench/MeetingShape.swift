import Foundation
import RundeCore

/// What one generated meeting looks like: who is on the list, the agenda, how much is said.
struct MeetingShape: Sendable {
    var name: String
    var members: [Team.Member]
    var agenda: String
    /// Every `notesEvery`-th turn in a round gets a note from the scribe (1: every turn).
    var notesEvery: Int
    /// Every `passesEvery`-th turn is passed instead of spoken; nil when nobody passes.
    var passesEvery: Int?
    /// Who consents with a concern in every consent round; everyone else consents.
    var concernBy: ParticipantID

    static let everyone: [Team.Member] = ["kari", "ola", "ingrid", "per", "siri", "aslak", "marit", "nils", "åse", "tor", "liv", "eva"].map {
        Team.Member(id: ParticipantID($0), name: $0.capitalized + " Nordmann", roles: $0 == "kari" ? [.facilitator] : $0 == "ola" ? [.scribe] : [])
    }

    /// Six items, one of each kind and an exempt *vårt problem*; the typical meeting leaves that one out.
    static let agenda = """
        informasjon: Nytt frå leiinga @kari 10m
          Budsjett, turnus og ferieavvikling.
        avgjerd: Prøveordning med heimekontor @ingrid 25m
          forslag: Vi prøver heimekontor onsdagar i tre månader.
        drøfting: Korleis tek vi imot nye vikarar? @per 20m
        økt: Betre overlevering mellom vaktene @ola 30m mal:okt-kort
        vårt problem: Når pårørande krev meir enn vedtaket gir @siri 40m unnateke:offl. § 13
        avgjerd: Nye nøkkelboksar @aslak 10m
          forslag: Vi kjøper 40 nye nøkkelboksar med kode.
        """

    /// What `runde-bench` has always held: twelve members, everyone speaks in every round with a
    /// note, every decision gets a concern, every item an action (about 520 events).
    static let heavy = MeetingShape(
        name: "heavy", members: everyone, agenda: agenda, notesEvery: 1, passesEvery: nil, concernBy: "per")

    /// A more usual meeting: seven members, a quarter of the turns passed (so no note), five
    /// items (about 230 events).
    static let typical = MeetingShape(
        name: "typical", members: Array(everyone.prefix(7)),
        agenda: agenda.split(separator: "\n").filter { !$0.hasPrefix("vårt problem") }.joined(separator: "\n"), notesEvery: 1, passesEvery: 4, concernBy: "per")
}

/// One meeting held by script on a recorder: attendance, the follow-up of earlier meetings, the
/// check-in, every item to its end with an action, and (unless it is the meeting still going on)
/// the closing round.
///
/// The follow-up behaves like a team that keeps its lists short, so every meeting of ten years
/// has the same shape: an action carried in from the meeting before is kept open, done or
/// cancelled in turn, one carried twice is done; a decision due for its first review is kept
/// with a new date (`reviewDays` on), at its second review it is let stand for good, or, in
/// every fourth meeting, the first such decision is decided again by a new item that replaces it.
struct MeetingScript {
    /// Days from a decision (or its first review) to its next review.
    static let reviewDays = 42

    var shape: MeetingShape
    var number: Int
    var day: Day
    /// The name of the meeting before this one.
    var previous: String?

    func hold(on log: some MeetingRecorder, closing: Bool) throws {
        var turns = 0
        func run(_ command: Command, by: ParticipantID = "kari") throws { try log.run(command, by: by) }
        func rounds() throws {
            while let round = log.meeting.state.openRound, let speaker = round.speaker {
                if round.purpose == .consent {
                    try run(.answer(speaker, speaker == shape.concernBy ? .concern("Kven tek telefonen på onsdagar?") : .consent))
                    continue
                }
                turns += 1
                if let passes = shape.passesEvery, turns % passes == 0 {
                    try run(.pass(speaker))
                    continue
                }
                try run(.speak(speaker))
                if turns % shape.notesEvery == 0 {
                    try run(.addNote("\(speaker) meiner vi bør prøve dette i tre veker og sjå korleis det går.", speaker: speaker), by: "ola")
                }
            }
        }
        for member in shape.members { try run(.setAttendance(member.id, .present)) }
        try run(.openMeeting)
        try followUp(log.meeting.state, run)
        try rounds()
        for item in log.meeting.state.items {
            try run(.startItem(item.id))
            while log.meeting.state.activeItem != nil {
                try rounds()
                let state = log.meeting.state
                switch state.activeItem?.currentStep?.mode {
                case .consent: try run(.recordDecision(reviewDate: day.adding(days: Self.reviewDays)))
                case .conclusion where state.activeItem?.conclusion == nil: try run(.conclude("Vi prøver og ser på det att om ein månad."))
                default: try run(.nextStep)
                }
            }
            try run(.addAction(what: "Følgje opp «\(item.title)»", who: item.owner, due: day.adding(days: 14)), by: "ola")
        }
        guard closing else { return }
        try run(.startClosingRound)
        try rounds()
        try run(.closeMeeting)
    }

    private func followUp(_ state: MeetingState, _ run: (Command, ParticipantID) throws -> Void) throws {
        for (index, carried) in state.followUp.enumerated() {
            let status: ActionStatus = carried.meeting == previous ? [.open, .done, .cancelled][index % 3] : .done
            try run(.setFollowUpStatus(carried.reference, status), "kari")
        }
        var redecided = number % 4 != 0
        for due in state.reviewDue {
            let reference = DecisionRef(meeting: due.meeting, item: due.decision.item)
            if due.reviewDate == due.decision.reviewDate {
                try run(.keepDecision(reference, nextReview: day.adding(days: Self.reviewDays), learned: "Det fungerer, men vi ser på det att."), "kari")
            } else if !redecided {
                redecided = true
                try run(.redecide(reference, recipe: RecipeBook.builtIn.defaultRecipe(for: .decision), learned: "Vi må justere ordninga."), "kari")
            } else {
                try run(.keepDecision(reference, nextReview: nil), "kari")
            }
        }
    }
}
