import Foundation

/// Everything that can happen in a meeting, in the past tense. One event is one line of the log.
///
/// Encoded flat: the envelope's `type` names the case and the payload's fields sit beside the
/// envelope's, so `{"type":"turnPassed","participant":"kari",…}`. `Docs/format.md` lists each
/// type with its fields; `Docs/schema/event.schema.json` describes them exactly.
public enum Event: Sendable, Hashable {
    case meetingCreated(MeetingCreated)
    case attendanceSet(AttendanceSet)
    case guestAdded(GuestAdded)
    /// The meeting opened; the check-in round starts with it.
    case meetingOpened
    case roundStarted(RoundStarted)
    case turnSpoken(TurnTaken)
    case turnPassed(TurnTaken)
    case consented(TurnTaken)
    case concernRaised(TurnWithText)
    case objectionRaised(TurnWithText)
    /// The facilitator ended the open round before everyone had their turn.
    case roundStopped
    /// The facilitator chose who opens the round under way, before anyone had a turn.
    case firstSpeakerChosen(FirstSpeakerChosen)
    case itemStarted(ItemRef)
    case stepStarted(StepStarted)
    case proposalSet(ItemText)
    case proposalAmended(ProposalAmended)
    case objectionIntegrated(ObjectionIntegrated)
    case conclusionStated(ItemText)
    case decisionRecorded(Decision)
    case itemEnded(ItemRef)
    case itemWithdrawn(ItemClosedEarly)
    case itemPostponed(ItemClosedEarly)
    case itemKindChanged(ItemKindChanged)
    case ugildDeclared(UgildDeclared)
    /// The facilitator lifted an item's exemption from public disclosure, explicitly and with why.
    case exemptionLifted(ExemptionLifted)
    case actionAdded(Action)
    case actionStatusSet(ActionStatusSet)
    case followUpActionSet(FollowUpActionSet)
    case decisionReviewed(DecisionReviewed)
    case noteAdded(NoteAdded)
    /// One person's evaluation of the meeting (*evaluering av møtet*), before it closes.
    case evaluationGiven(EvaluationGiven)
    /// The union representative's view (*tillitsvalde sitt syn*) on an info/drøft item, on the record.
    case unionViewRecorded(ItemText)
    case itemAdded(ItemSpec)
    case itemEdited(ItemSpec)
    case itemMoved(ItemMoved)
    case itemRemoved(ItemRef)
    case meetingClosed
    case undone(Undone)

    /// The `type` field's value.
    public var type: String {
        switch self {
        case .meetingCreated: "meetingCreated"
        case .attendanceSet: "attendanceSet"
        case .guestAdded: "guestAdded"
        case .meetingOpened: "meetingOpened"
        case .roundStarted: "roundStarted"
        case .turnSpoken: "turnSpoken"
        case .turnPassed: "turnPassed"
        case .consented: "consented"
        case .concernRaised: "concernRaised"
        case .objectionRaised: "objectionRaised"
        case .roundStopped: "roundStopped"
        case .firstSpeakerChosen: "firstSpeakerChosen"
        case .itemStarted: "itemStarted"
        case .stepStarted: "stepStarted"
        case .proposalSet: "proposalSet"
        case .proposalAmended: "proposalAmended"
        case .objectionIntegrated: "objectionIntegrated"
        case .conclusionStated: "conclusionStated"
        case .decisionRecorded: "decisionRecorded"
        case .itemEnded: "itemEnded"
        case .itemWithdrawn: "itemWithdrawn"
        case .itemPostponed: "itemPostponed"
        case .itemKindChanged: "itemKindChanged"
        case .ugildDeclared: "ugildDeclared"
        case .exemptionLifted: "exemptionLifted"
        case .actionAdded: "actionAdded"
        case .actionStatusSet: "actionStatusSet"
        case .followUpActionSet: "followUpActionSet"
        case .decisionReviewed: "decisionReviewed"
        case .noteAdded: "noteAdded"
        case .evaluationGiven: "evaluationGiven"
        case .unionViewRecorded: "unionViewRecorded"
        case .itemAdded: "itemAdded"
        case .itemEdited: "itemEdited"
        case .itemMoved: "itemMoved"
        case .itemRemoved: "itemRemoved"
        case .meetingClosed: "meetingClosed"
        case .undone: "undone"
        }
    }

    /// Every `type` value this build knows, in the order of the cases.
    public static let knownTypes: [String] = [
        "meetingCreated", "attendanceSet", "guestAdded", "meetingOpened", "roundStarted", "turnSpoken",
        "turnPassed", "consented", "concernRaised", "objectionRaised", "roundStopped", "firstSpeakerChosen", "itemStarted",
        "stepStarted", "proposalSet", "proposalAmended", "objectionIntegrated", "conclusionStated",
        "decisionRecorded", "itemEnded", "itemWithdrawn", "itemPostponed", "itemKindChanged", "ugildDeclared",
        "exemptionLifted", "actionAdded", "actionStatusSet", "followUpActionSet", "decisionReviewed", "noteAdded", "evaluationGiven", "unionViewRecorded",
        "itemAdded", "itemEdited",
        "itemMoved",
        "itemRemoved",
        "meetingClosed", "undone",
    ]

    /// Encodes the payload's fields into `encoder`'s current object.
    func encodePayload(to encoder: any Encoder) throws {
        switch self {
        case .meetingCreated(let p): try p.encode(to: encoder)
        case .attendanceSet(let p): try p.encode(to: encoder)
        case .guestAdded(let p): try p.encode(to: encoder)
        case .roundStarted(let p): try p.encode(to: encoder)
        case .firstSpeakerChosen(let p): try p.encode(to: encoder)
        case .turnSpoken(let p), .turnPassed(let p), .consented(let p): try p.encode(to: encoder)
        case .concernRaised(let p), .objectionRaised(let p): try p.encode(to: encoder)
        case .itemStarted(let p), .itemEnded(let p), .itemRemoved(let p): try p.encode(to: encoder)
        case .stepStarted(let p): try p.encode(to: encoder)
        case .proposalSet(let p), .conclusionStated(let p), .unionViewRecorded(let p): try p.encode(to: encoder)
        case .proposalAmended(let p): try p.encode(to: encoder)
        case .objectionIntegrated(let p): try p.encode(to: encoder)
        case .decisionRecorded(let p): try p.encode(to: encoder)
        case .itemWithdrawn(let p), .itemPostponed(let p): try p.encode(to: encoder)
        case .itemKindChanged(let p): try p.encode(to: encoder)
        case .ugildDeclared(let p): try p.encode(to: encoder)
        case .exemptionLifted(let p): try p.encode(to: encoder)
        case .actionAdded(let p): try p.encode(to: encoder)
        case .actionStatusSet(let p): try p.encode(to: encoder)
        case .followUpActionSet(let p): try p.encode(to: encoder)
        case .decisionReviewed(let p): try p.encode(to: encoder)
        case .noteAdded(let p): try p.encode(to: encoder)
        case .evaluationGiven(let p): try p.encode(to: encoder)
        case .itemAdded(let p), .itemEdited(let p): try p.encode(to: encoder)
        case .itemMoved(let p): try p.encode(to: encoder)
        case .undone(let p): try p.encode(to: encoder)
        case .meetingOpened, .roundStopped, .meetingClosed: break
        }
    }

    /// Decodes the payload of an event of `type`; nil when the type is unknown to this build.
    static func decodePayload(type: String, from decoder: any Decoder) throws -> Event? {
        switch type {
        case "meetingCreated": .meetingCreated(try MeetingCreated(from: decoder))
        case "attendanceSet": .attendanceSet(try AttendanceSet(from: decoder))
        case "guestAdded": .guestAdded(try GuestAdded(from: decoder))
        case "meetingOpened": .meetingOpened
        case "roundStarted": .roundStarted(try RoundStarted(from: decoder))
        case "turnSpoken": .turnSpoken(try TurnTaken(from: decoder))
        case "turnPassed": .turnPassed(try TurnTaken(from: decoder))
        case "consented": .consented(try TurnTaken(from: decoder))
        case "concernRaised": .concernRaised(try TurnWithText(from: decoder))
        case "objectionRaised": .objectionRaised(try TurnWithText(from: decoder))
        case "roundStopped": .roundStopped
        case "firstSpeakerChosen": .firstSpeakerChosen(try FirstSpeakerChosen(from: decoder))
        case "itemStarted": .itemStarted(try ItemRef(from: decoder))
        case "stepStarted": .stepStarted(try StepStarted(from: decoder))
        case "proposalSet": .proposalSet(try ItemText(from: decoder))
        case "proposalAmended": .proposalAmended(try ProposalAmended(from: decoder))
        case "objectionIntegrated": .objectionIntegrated(try ObjectionIntegrated(from: decoder))
        case "conclusionStated": .conclusionStated(try ItemText(from: decoder))
        case "decisionRecorded": .decisionRecorded(try Decision(from: decoder))
        case "itemEnded": .itemEnded(try ItemRef(from: decoder))
        case "itemWithdrawn": .itemWithdrawn(try ItemClosedEarly(from: decoder))
        case "itemPostponed": .itemPostponed(try ItemClosedEarly(from: decoder))
        case "itemKindChanged": .itemKindChanged(try ItemKindChanged(from: decoder))
        case "ugildDeclared": .ugildDeclared(try UgildDeclared(from: decoder))
        case "exemptionLifted": .exemptionLifted(try ExemptionLifted(from: decoder))
        case "actionAdded": .actionAdded(try Action(from: decoder))
        case "actionStatusSet": .actionStatusSet(try ActionStatusSet(from: decoder))
        case "followUpActionSet": .followUpActionSet(try FollowUpActionSet(from: decoder))
        case "decisionReviewed": .decisionReviewed(try DecisionReviewed(from: decoder))
        case "noteAdded": .noteAdded(try NoteAdded(from: decoder))
        case "evaluationGiven": .evaluationGiven(try EvaluationGiven(from: decoder))
        case "unionViewRecorded": .unionViewRecorded(try ItemText(from: decoder))
        case "itemAdded": .itemAdded(try ItemSpec(from: decoder))
        case "itemEdited": .itemEdited(try ItemSpec(from: decoder))
        case "itemMoved": .itemMoved(try ItemMoved(from: decoder))
        case "itemRemoved": .itemRemoved(try ItemRef(from: decoder))
        case "meetingClosed": .meetingClosed
        case "undone": .undone(try Undone(from: decoder))
        default: nil
        }
    }
}
