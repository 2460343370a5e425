import Foundation
import Testing

@testable import RundeCore

/// One way to make the method refuse a command: a meeting brought to some state, the command,
/// and the refusal it must give — with the log unchanged (``Harness/refuse(_:_:sourceLocation:)``).
struct RefusalScenario: Sendable, CustomTestStringConvertible {
    var name: String
    var items: [ItemSpec] = RefusalScenario.agenda
    var setup: @Sendable (Harness) throws -> Void = { _ in }
    var command: Command
    var expected: Refusal

    var testDescription: String { name }

    /// s1 information, s2 decision with a proposal, s3 decision without one, s4 discussion.
    static let agenda: [ItemSpec] = [
        Fixture.spec("s1", .information), Fixture.spec("s2", .decision, proposal: "Vi prøver det."),
        Fixture.spec("s3", .decision), Fixture.spec("s4", .discussion),
    ]
}

/// The cases of ``Refusal`` without their payloads. The switch in `init(_:)` has no `default`:
/// a case added to (or removed from) ``Refusal`` does not compile until it is listed here, and
/// `everyRefusalCaseIsProduced` then fails until a scenario produces it.
enum RefusalCase: String, CaseIterable, Sendable {
    case meetingNotOpen, meetingAlreadyOpen, meetingClosed, nobodyPresent, noMembersPresent, guestCannotConsent, unknownParticipant, unknownItem
    case unknownAction, participantExists, emptyText, invalidAttendance, invalidIdentifier, roundInProgress
    case noOpenRound, notInRound, alreadyHadTurn, roundAlreadyUnderway, consentRoundNeedsAnswer, notAConsentRound, anotherItemActive
    case itemNotPending, noActiveItem, itemsStillActive, closingRoundNotHeld, alreadyClosing
    case notADecisionItem, noProposal, proposalExists, notInStep, stepHasNoRound, objectionNeedsReason
    case concernNeedsText, objectionsStand, noStandingObjection, noConsentRoundYet, consentRoundOutdated
    case consentRoundIncomplete, reviewDateInPast, decisionNeedsRecording, sameKind, ownerCannotBeUgild
    case alreadyUgild, ugildCannotTakePart, itemDone, positionOutOfRange, recipeKindMismatch, nothingToUndo
    case notInFollowUp, alreadyRedecided, notExempt, exemptionCanOnlyBeLifted, controlCharacter, textTooLong, tooManyItems
    case notPresent, scoreOutOfRange, notInfoDrøft

    init(_ refusal: Refusal) {
        switch refusal {
        case .meetingNotOpen: self = .meetingNotOpen
        case .meetingAlreadyOpen: self = .meetingAlreadyOpen
        case .meetingClosed: self = .meetingClosed
        case .nobodyPresent: self = .nobodyPresent
        case .noMembersPresent: self = .noMembersPresent
        case .guestCannotConsent: self = .guestCannotConsent
        case .unknownParticipant: self = .unknownParticipant
        case .unknownItem: self = .unknownItem
        case .unknownAction: self = .unknownAction
        case .participantExists: self = .participantExists
        case .emptyText: self = .emptyText
        case .invalidAttendance: self = .invalidAttendance
        case .invalidIdentifier: self = .invalidIdentifier
        case .roundInProgress: self = .roundInProgress
        case .noOpenRound: self = .noOpenRound
        case .notInRound: self = .notInRound
        case .alreadyHadTurn: self = .alreadyHadTurn
        case .roundAlreadyUnderway: self = .roundAlreadyUnderway
        case .consentRoundNeedsAnswer: self = .consentRoundNeedsAnswer
        case .notAConsentRound: self = .notAConsentRound
        case .anotherItemActive: self = .anotherItemActive
        case .itemNotPending: self = .itemNotPending
        case .noActiveItem: self = .noActiveItem
        case .itemsStillActive: self = .itemsStillActive
        case .closingRoundNotHeld: self = .closingRoundNotHeld
        case .alreadyClosing: self = .alreadyClosing
        case .notADecisionItem: self = .notADecisionItem
        case .noProposal: self = .noProposal
        case .proposalExists: self = .proposalExists
        case .notInStep: self = .notInStep
        case .stepHasNoRound: self = .stepHasNoRound
        case .objectionNeedsReason: self = .objectionNeedsReason
        case .concernNeedsText: self = .concernNeedsText
        case .objectionsStand: self = .objectionsStand
        case .noStandingObjection: self = .noStandingObjection
        case .noConsentRoundYet: self = .noConsentRoundYet
        case .consentRoundOutdated: self = .consentRoundOutdated
        case .consentRoundIncomplete: self = .consentRoundIncomplete
        case .reviewDateInPast: self = .reviewDateInPast
        case .decisionNeedsRecording: self = .decisionNeedsRecording
        case .sameKind: self = .sameKind
        case .ownerCannotBeUgild: self = .ownerCannotBeUgild
        case .alreadyUgild: self = .alreadyUgild
        case .ugildCannotTakePart: self = .ugildCannotTakePart
        case .itemDone: self = .itemDone
        case .positionOutOfRange: self = .positionOutOfRange
        case .recipeKindMismatch: self = .recipeKindMismatch
        case .nothingToUndo: self = .nothingToUndo
        case .notInFollowUp: self = .notInFollowUp
        case .alreadyRedecided: self = .alreadyRedecided
        case .notExempt: self = .notExempt
        case .exemptionCanOnlyBeLifted: self = .exemptionCanOnlyBeLifted
        case .controlCharacter: self = .controlCharacter
        case .textTooLong: self = .textTooLong
        case .tooManyItems: self = .tooManyItems
        case .notPresent: self = .notPresent
        case .scoreOutOfRange: self = .scoreOutOfRange
        case .notInfoDrøft: self = .notInfoDrøft
        }
    }
}

// MARK: - Set-ups

/// A discussion item exempt from public disclosure.
private let exemptSpec: ItemSpec = {
    var spec = Fixture.spec("s1", .discussion)
    spec.draft.exemption = "offl. § 13"
    return spec
}()

private let all: [ParticipantID] = ["kari", "ola", "ingrid", "per"]

/// 2020-01-01, long before the test clock's start.
private let longAgo = Day(Date(timeIntervalSince1970: 1_577_836_800), in: .gmt)

extension Harness {
    /// Everyone present, meeting open, check-in held.
    fileprivate func opened() throws { try openWithCheckIn() }

    /// Opened, `item` started and moved on `steps` steps, everyone speaking in the rounds on
    /// the way (the last step's round, if any, is left open when `leaveOpen`).
    fileprivate func inItem(_ item: ItemID, steps: Int = 0, leaveOpen: Bool = false) throws {
        try opened()
        try run(.startItem(item))
        for step in 0..<steps {
            try run(.nextStep)
            if state.openRound?.purpose == .item, !(leaveOpen && step == steps - 1) { try everyoneSpeaks() }
        }
    }

    /// Opened, s2 (decision with a proposal) walked to its consent round, which is left open.
    fileprivate func atConsent() throws {
        try opened()
        try run(.startItem("s2"))
        try walkDecisionToConsent()
    }

    /// At s2's consent round, everyone consenting.
    fileprivate func consented() throws {
        try atConsent()
        try everyoneConsents()
    }

    /// s1 run to its end.
    fileprivate func s1Done() throws {
        try inItem("s1", steps: 1)
        try run(.nextStep)
    }

    /// Closing round held.
    fileprivate func closing() throws {
        try opened()
        try run(.startClosingRound)
        try everyoneSpeaks()
    }
}

@Suite struct RefusalTests {
    static let scenarios: [RefusalScenario] = [
        // The meeting
        RefusalScenario(name: "start an item before the meeting opens", command: .startItem("s1"), expected: .meetingNotOpen),
        RefusalScenario(name: "next step before the meeting opens", command: .nextStep, expected: .meetingNotOpen),
        RefusalScenario(name: "closing round before the meeting opens", command: .startClosingRound, expected: .meetingNotOpen),
        RefusalScenario(name: "run a round again before the meeting opens", command: .runRoundAgain, expected: .meetingNotOpen),
        RefusalScenario(name: "open twice", setup: { try $0.opened() }, command: .openMeeting, expected: .meetingAlreadyOpen),
        RefusalScenario(
            name: "attendance after close",
            setup: { h in
                try h.closing()
                try h.run(.closeMeeting)
            },
            command: .setAttendance("kari", .absent), expected: .meetingClosed),
        RefusalScenario(
            name: "undo after close",
            setup: { h in
                try h.closing()
                try h.run(.closeMeeting)
            }, command: .undo,
            expected: .meetingClosed),
        RefusalScenario(name: "open with nobody present", command: .openMeeting, expected: .nobodyPresent),
        RefusalScenario(
            name: "open with everyone absent",
            setup: { h in for p in all { try h.run(.setAttendance(p, .absent)) } }, command: .openMeeting,
            expected: .nobodyPresent),
        RefusalScenario(
            name: "a round when everyone has left",
            setup: { h in
                try h.opened()
                try h.run(.startItem("s1"))
                for p in all { try h.run(.setAttendance(p, .absent)) }
            },
            command: .nextStep, expected: .nobodyPresent),
        RefusalScenario(
            name: "a consent round with only guests present",
            setup: { h in
                try h.opened()
                try h.run(.addGuest("lars", name: "Lars Fjeld"))
                try h.run(.startItem("s2"))
                while h.state.activeItem?.currentStep?.mode != .amend {
                    try h.run(.nextStep)
                    try h.everyoneSpeaks()
                }
                for p in all { try h.run(.setAttendance(p, .absent)) }
            },
            command: .nextStep, expected: .noMembersPresent),
        RefusalScenario(
            name: "a guest answers in the consent round",
            setup: { h in
                try h.opened()
                try h.run(.addGuest("lars", name: "Lars Fjeld"))
                try h.run(.startItem("s2"))
                try h.walkDecisionToConsent()
            },
            command: .answer("lars", .consent), expected: .guestCannotConsent("lars")),

        // Who and what
        RefusalScenario(name: "attendance of someone unknown", command: .setAttendance("nobody", .present), expected: .unknownParticipant("nobody")),
        RefusalScenario(
            name: "speak, someone unknown",
            setup: {
                try $0.opened()
                try $0.run(.runRoundAgain)
            }, command: .speak("nobody"),
            expected: .unknownParticipant("nobody")),
        RefusalScenario(
            name: "action for someone unknown", command: .addAction(what: "Noko", who: "nobody", due: nil), expected: .unknownParticipant("nobody")),
        RefusalScenario(
            name: "an agenda item owned by someone unknown",
            command: .addItem(ItemDraft(kind: .information, title: "Ny sak", owner: "nobody"), recipe: Fixture.recipe(.information)),
            expected: .unknownParticipant("nobody")),
        RefusalScenario(
            name: "change the kind of an unknown item", command: .changeKind("s99", to: Fixture.recipe(.discussion)),
            expected: .unknownItem("s99")),
        RefusalScenario(name: "start an unknown item", setup: { try $0.opened() }, command: .startItem("s99"), expected: .unknownItem("s99")),
        RefusalScenario(name: "ugild on an unknown item", command: .declareUgild("per", item: "s99", reason: "x"), expected: .unknownItem("s99")),
        RefusalScenario(name: "remove an unknown item", command: .removeItem("s99"), expected: .unknownItem("s99")),
        RefusalScenario(name: "status of an unknown action", command: .setActionStatus("a1", .done), expected: .unknownAction("a1")),
        RefusalScenario(name: "a guest with a member's handle", command: .addGuest("per", name: "Per Gjest"), expected: .participantExists("per")),
        RefusalScenario(
            name: "the same guest twice", setup: { try $0.run(.addGuest("gunn", name: "Gunn")) }, command: .addGuest("gunn", name: "Gunn"),
            expected: .participantExists("gunn")),
        RefusalScenario(name: "an empty note", command: .addNote(" \n\t ", speaker: nil), expected: .emptyText),
        RefusalScenario(name: "a guest without a name", command: .addGuest("gunn", name: "  "), expected: .emptyText),
        RefusalScenario(
            name: "an item without a title",
            command: .addItem(ItemDraft(kind: .information, title: " ", owner: "kari"), recipe: Fixture.recipe(.information)),
            expected: .emptyText),
        RefusalScenario(name: "ugild without a reason", command: .declareUgild("per", item: "s1", reason: ""), expected: .emptyText),
        RefusalScenario(
            name: "an empty conclusion", setup: { h in try h.inItem("s4", steps: 3) }, command: .conclude(" "), expected: .emptyText),
        RefusalScenario(name: "a member marked guest", command: .setAttendance("kari", .guest), expected: .invalidAttendance(.guest)),
        RefusalScenario(name: "a member marked unknown", command: .setAttendance("kari", .unknown), expected: .invalidAttendance(.unknown)),
        RefusalScenario(name: "a guest handle with a space", command: .addGuest("Gunn Gjest", name: "Gunn"), expected: .invalidIdentifier("Gunn Gjest")),
        RefusalScenario(name: "a guest handle starting with a digit", command: .addGuest("1gunn", name: "Gunn"), expected: .invalidIdentifier("1gunn")),
        RefusalScenario(name: "an empty guest handle", command: .addGuest("", name: "Gunn"), expected: .invalidIdentifier("")),

        // Rounds
        RefusalScenario(
            name: "close an item step mid-round (next step)",
            setup: { h in
                try h.inItem("s1", steps: 1, leaveOpen: true)
                try h.run(.speak("kari"))
            },
            command: .nextStep, expected: .roundInProgress(waiting: ["ola", "ingrid", "per"])),
        RefusalScenario(
            name: "withdraw mid-round", setup: { h in try h.inItem("s2", steps: 1, leaveOpen: true) },
            command: .withdrawItem(reason: "Ikkje moden"), expected: .roundInProgress(waiting: ["ola", "ingrid", "per", "kari"])),
        RefusalScenario(
            name: "postpone mid-round", setup: { h in try h.inItem("s2", steps: 2, leaveOpen: true) },
            command: .postponeItem(reason: nil), expected: .roundInProgress(waiting: ["ingrid", "per", "kari", "ola"])),
        RefusalScenario(
            name: "start an item during check-in",
            setup: { h in
                try h.attend()
                try h.run(.openMeeting)
            },
            command: .startItem("s1"), expected: .roundInProgress(waiting: all)),
        RefusalScenario(
            name: "close the meeting mid closing round",
            setup: { h in
                try h.opened()
                try h.run(.startClosingRound)
            },
            command: .closeMeeting, expected: .roundInProgress(waiting: ["ola", "ingrid", "per", "kari"])),
        RefusalScenario(
            name: "propose mid-round", setup: { h in try h.inItem("s3", steps: 1, leaveOpen: true) },
            command: .propose("Noko"), expected: .roundInProgress(waiting: ["ola", "ingrid", "per", "kari"])),
        RefusalScenario(
            name: "integrate mid consent round",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("kari", .objection("Nei")))
            },
            command: .integrate(objector: "kari", how: "x", newProposal: "y"), expected: .roundInProgress(waiting: ["per", "ola", "ingrid"])),
        RefusalScenario(name: "stop a round when none is open", setup: { try $0.opened() }, command: .stopRound, expected: .noOpenRound),
        RefusalScenario(name: "speak when no round is open", setup: { try $0.opened() }, command: .speak("kari"), expected: .noOpenRound),
        RefusalScenario(name: "answer when no round is open", setup: { try $0.opened() }, command: .answer("kari", .consent), expected: .noOpenRound),
        RefusalScenario(
            name: "someone absent speaks",
            setup: { h in
                try h.attend(["kari", "ola", "ingrid"])
                try h.run(.setAttendance("per", .absent))
                try h.run(.openMeeting)
            },
            command: .speak("per"), expected: .notInRound("per")),
        RefusalScenario(
            name: "someone unmarked speaks",
            setup: { h in
                try h.attend(["kari", "ola"])
                try h.run(.openMeeting)
            },
            command: .pass("ingrid"), expected: .notInRound("ingrid")),
        RefusalScenario(
            name: "speak twice",
            setup: { h in
                try h.attend()
                try h.run(.openMeeting)
                try h.run(.speak("kari"))
            },
            command: .speak("kari"), expected: .alreadyHadTurn("kari")),
        RefusalScenario(
            name: "answer twice",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("ola", .consent))
            },
            command: .answer("ola", .objection("Likevel nei")), expected: .alreadyHadTurn("ola")),
        RefusalScenario(
            name: "choose who starts after someone has spoken",
            setup: { h in
                try h.attend()
                try h.run(.openMeeting)
                try h.run(.speak("kari"))
            },
            command: .chooseFirstSpeaker("ingrid"), expected: .roundAlreadyUnderway),
        RefusalScenario(
            name: "choose who starts when no round is open", setup: { try $0.opened() }, command: .chooseFirstSpeaker("ola"),
            expected: .noOpenRound),
        RefusalScenario(
            name: "choose someone absent to start",
            setup: { h in
                try h.attend(["kari", "ola", "ingrid"])
                try h.run(.setAttendance("per", .absent))
                try h.run(.openMeeting)
            },
            command: .chooseFirstSpeaker("per"), expected: .notInRound("per")),
        RefusalScenario(
            name: "choose someone unknown to start",
            setup: { h in
                try h.attend()
                try h.run(.openMeeting)
            }, command: .chooseFirstSpeaker("nobody"),
            expected: .unknownParticipant("nobody")),
        RefusalScenario(name: "speak in a consent round", setup: { try $0.atConsent() }, command: .speak("kari"), expected: .consentRoundNeedsAnswer),
        RefusalScenario(name: "pass in a consent round", setup: { try $0.atConsent() }, command: .pass("per"), expected: .consentRoundNeedsAnswer),
        RefusalScenario(
            name: "consent in the check-in round",
            setup: { h in
                try h.attend()
                try h.run(.openMeeting)
            },
            command: .answer("kari", .consent), expected: .notAConsentRound),
        RefusalScenario(
            name: "object in an item round", setup: { h in try h.inItem("s2", steps: 1, leaveOpen: true) },
            command: .answer("per", .objection("Nei")), expected: .notAConsentRound),

        // Items
        RefusalScenario(
            name: "start a second item", setup: { try $0.inItem("s1") }, command: .startItem("s4"), expected: .anotherItemActive("s1")),
        RefusalScenario(name: "start an item that is done", setup: { try $0.s1Done() }, command: .startItem("s1"), expected: .itemNotPending("s1")),
        RefusalScenario(
            name: "edit the active item", setup: { try $0.inItem("s1") },
            command: .editItem("s1", ItemDraft(kind: .information, title: "Ny tittel", owner: "kari"), recipe: Fixture.recipe(.information)),
            expected: .itemNotPending("s1")),
        RefusalScenario(name: "move the active item", setup: { try $0.inItem("s1") }, command: .moveItem("s1", to: 2), expected: .itemNotPending("s1")),
        RefusalScenario(name: "remove an item that is done", setup: { try $0.s1Done() }, command: .removeItem("s1"), expected: .itemNotPending("s1")),
        RefusalScenario(name: "next step with no item active", setup: { try $0.opened() }, command: .nextStep, expected: .noActiveItem),
        RefusalScenario(name: "withdraw with no item active", setup: { try $0.opened() }, command: .withdrawItem(reason: nil), expected: .noActiveItem),
        RefusalScenario(name: "propose with no item active", setup: { try $0.opened() }, command: .propose("x"), expected: .noActiveItem),
        RefusalScenario(
            name: "run a round again between items", setup: { try $0.s1Done() }, command: .runRoundAgain, expected: .noActiveItem),
        RefusalScenario(
            name: "closing round while an item is active", setup: { try $0.inItem("s4", steps: 1) }, command: .startClosingRound,
            expected: .itemsStillActive("s4")),
        RefusalScenario(name: "close without a closing round", setup: { try $0.opened() }, command: .closeMeeting, expected: .closingRoundNotHeld),
        RefusalScenario(name: "close before opening", command: .closeMeeting, expected: .meetingNotOpen),
        RefusalScenario(name: "closing round twice", setup: { try $0.closing() }, command: .startClosingRound, expected: .alreadyClosing),
        RefusalScenario(name: "start an item in the closing round", setup: { try $0.closing() }, command: .startItem("s1"), expected: .alreadyClosing),

        // Decisions
        RefusalScenario(name: "propose on an information item", setup: { try $0.inItem("s1") }, command: .propose("x"), expected: .notADecisionItem),
        RefusalScenario(
            name: "amend a discussion", setup: { try $0.inItem("s4") }, command: .amend("x", helpers: [], reason: nil),
            expected: .notADecisionItem),
        RefusalScenario(
            name: "record a decision on a discussion", setup: { try $0.inItem("s4", steps: 3) }, command: .recordDecision(reviewDate: nil),
            expected: .notADecisionItem),
        RefusalScenario(
            name: "a proposal on a discussion item",
            command: .addItem(ItemDraft(kind: .discussion, title: "Drøft", owner: "kari", proposal: "Forslag"), recipe: Fixture.recipe(.discussion)),
            expected: .notADecisionItem),
        RefusalScenario(
            name: "integrate on a discussion", setup: { try $0.inItem("s4") }, command: .integrate(objector: "per", how: "x", newProposal: "y"),
            expected: .notADecisionItem),
        RefusalScenario(name: "consent round with no proposal", setup: { try $0.inItem("s3", steps: 3) }, command: .nextStep, expected: .noProposal),
        RefusalScenario(
            name: "amend with no proposal", setup: { try $0.inItem("s3", steps: 3) }, command: .amend("x", helpers: [], reason: nil),
            expected: .noProposal),
        RefusalScenario(
            name: "change to decision straight into consent with no proposal",
            setup: { h in try h.inItem("s4") },
            command: .changeKind(
                "s4",
                to: Recipe(
                    id: "bare-samtykke", kind: .decision, title: LocalizedText(nn: "Samtykke"),
                    steps: [
                        RecipeStep(key: "consent", mode: .consent, title: LocalizedText(nn: "Samtykkerunde"))
                    ])),
            expected: .noProposal),
        RefusalScenario(name: "propose when there is a proposal", setup: { try $0.inItem("s2") }, command: .propose("x"), expected: .proposalExists),
        RefusalScenario(
            name: "conclude outside the conclusion step", setup: { try $0.inItem("s4", steps: 2) }, command: .conclude("x"),
            expected: .notInStep(.conclusion)),
        RefusalScenario(
            name: "record a decision before the consent step", setup: { try $0.inItem("s2", steps: 3) },
            command: .recordDecision(reviewDate: nil), expected: .notInStep(.consent)),
        RefusalScenario(name: "run the present step's round again", setup: { try $0.inItem("s1") }, command: .runRoundAgain, expected: .stepHasNoRound),
        RefusalScenario(
            name: "run the conclusion step's round again", setup: { try $0.inItem("s4", steps: 3) }, command: .runRoundAgain,
            expected: .stepHasNoRound),
        RefusalScenario(
            name: "objection without a reason", setup: { try $0.atConsent() }, command: .answer("ingrid", .objection("   ")),
            expected: .objectionNeedsReason),
        RefusalScenario(
            name: "concern without text", setup: { try $0.atConsent() }, command: .answer("ingrid", .concern("")), expected: .concernNeedsText),
        RefusalScenario(
            name: "record a decision while an objection stands",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("kari", .consent))
                try h.run(.answer("ola", .objection("Nei")))
                try h.everyoneConsents()
            },
            command: .recordDecision(reviewDate: nil), expected: .objectionsStand(["ola"])),
        RefusalScenario(
            name: "a new consent round while an objection stands",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("per", .objection("Nei")))
                try h.everyoneConsents()
            },
            command: .runRoundAgain, expected: .objectionsStand(["per"])),
        RefusalScenario(
            name: "integrate someone who did not object", setup: { try $0.consented() },
            command: .integrate(objector: "per", how: "x", newProposal: "y"), expected: .noStandingObjection("per")),
        // noConsentRoundYet: no command reaches it; see `unreachableByCommands`.
        RefusalScenario(
            name: "record after amending once consented",
            setup: { h in
                try h.consented()
                try h.run(.amend("Endra etter samtykke", helpers: [], reason: nil))
            },
            command: .recordDecision(reviewDate: nil), expected: .consentRoundOutdated),
        RefusalScenario(
            name: "record after integrating, before a new round",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("kari", .objection("Nei")))
                try h.everyoneConsents()
                try h.run(.integrate(objector: "kari", how: "Endra", newProposal: "Nytt forslag"))
            },
            command: .recordDecision(reviewDate: nil), expected: .consentRoundOutdated),
        RefusalScenario(
            name: "record after a consent round stopped early",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("kari", .consent))
                try h.run(.stopRound)
            },
            command: .recordDecision(reviewDate: nil), expected: .consentRoundIncomplete),
        RefusalScenario(
            name: "a review date in the past", setup: { try $0.consented() },
            command: .recordDecision(reviewDate: longAgo), expected: .reviewDateInPast(longAgo)),
        RefusalScenario(name: "next step past the consent step", setup: { try $0.consented() }, command: .nextStep, expected: .decisionNeedsRecording),
        RefusalScenario(
            name: "next step with an objection standing",
            setup: { h in
                try h.atConsent()
                try h.run(.answer("kari", .objection("Nei")))
                try h.everyoneConsents()
            },
            command: .nextStep, expected: .decisionNeedsRecording),

        // Kinds and ugild
        RefusalScenario(name: "change to the same kind", command: .changeKind("s1", to: Fixture.recipe(.information)), expected: .sameKind),
        RefusalScenario(name: "the owner ugild", command: .declareUgild("kari", item: "s2", reason: "Eigar"), expected: .ownerCannotBeUgild),
        RefusalScenario(
            name: "ugild twice", setup: { try $0.run(.declareUgild("per", item: "s2", reason: "Nabo")) },
            command: .declareUgild("per", item: "s2", reason: "Igjen"), expected: .alreadyUgild("per")),
        RefusalScenario(
            name: "someone ugild speaks in the item's round",
            setup: { h in
                try h.run(.declareUgild("per", item: "s2", reason: "Nabo"))
                try h.inItem("s2", steps: 1, leaveOpen: true)
            },
            command: .speak("per"), expected: .ugildCannotTakePart("per")),
        RefusalScenario(
            name: "someone ugild answers in the consent round",
            setup: { h in
                try h.run(.declareUgild("ingrid", item: "s2", reason: "Nabo"))
                try h.atConsent()
            },
            command: .answer("ingrid", .consent), expected: .ugildCannotTakePart("ingrid")),
        RefusalScenario(
            name: "change the kind of an item that is done", setup: { try $0.s1Done() },
            command: .changeKind("s1", to: Fixture.recipe(.discussion)), expected: .itemDone("s1")),
        RefusalScenario(
            name: "ugild on an item that is done", setup: { try $0.s1Done() }, command: .declareUgild("per", item: "s1", reason: "x"),
            expected: .itemDone("s1")),
        RefusalScenario(
            name: "ugild on a withdrawn item",
            setup: { h in
                try h.inItem("s2")
                try h.run(.withdrawItem(reason: nil))
            },
            command: .declareUgild("per", item: "s2", reason: "x"), expected: .itemDone("s2")),

        // The agenda
        RefusalScenario(name: "move past the end", command: .moveItem("s1", to: 4), expected: .positionOutOfRange(4)),
        RefusalScenario(name: "move before the start", command: .moveItem("s1", to: -1), expected: .positionOutOfRange(-1)),
        RefusalScenario(
            name: "a recipe of another kind",
            command: .addItem(ItemDraft(kind: .information, title: "Info", owner: "kari"), recipe: Fixture.recipe(.discussion)),
            expected: .recipeKindMismatch(recipe: "discussion", kind: .information)),
        RefusalScenario(
            name: "edit with a recipe of another kind",
            command: .editItem("s4", ItemDraft(kind: .discussion, title: "Drøft", owner: "kari"), recipe: Fixture.recipe(.session)),
            expected: .recipeKindMismatch(recipe: "okt-test", kind: .discussion)),

        // The follow-up of earlier meetings
        RefusalScenario(
            name: "follow-up before the meeting opens", command: .setFollowUpStatus(Fixture.followUp[0].reference, .done),
            expected: .meetingNotOpen),
        RefusalScenario(
            name: "follow-up of an action not carried into this meeting", setup: { try $0.opened() },
            command: .setFollowUpStatus(ActionRef(meeting: Fixture.earlierMeeting, action: "a9"), .done),
            expected: .notInFollowUp("\(Fixture.earlierMeeting)#a9")),
        RefusalScenario(
            name: "review of a decision not due", setup: { try $0.opened() },
            command: .keepDecision(DecisionRef(meeting: Fixture.earlierMeeting, item: "s1"), nextReview: nil),
            expected: .notInFollowUp("\(Fixture.earlierMeeting)#s1")),
        RefusalScenario(
            name: "review date in the past", setup: { try $0.opened() },
            command: .keepDecision(Fixture.reviewDue[0].reference, nextReview: longAgo), expected: .reviewDateInPast(longAgo)),
        RefusalScenario(
            name: "keep a decision already taken up again",
            setup: { h in
                try h.opened()
                try h.run(.redecide(Fixture.reviewDue[0].reference, recipe: Fixture.recipe(.decision)))
            },
            command: .keepDecision(Fixture.reviewDue[0].reference, nextReview: nil), expected: .alreadyRedecided("Fast tid for teammøtet")),

        // Exemption from public disclosure
        RefusalScenario(name: "lift the exemption of an open item", command: .liftExemption("s1", reason: "Ope"), expected: .notExempt("s1")),
        RefusalScenario(
            name: "lift an exemption without saying why", items: [exemptSpec],
            command: .liftExemption("s1", reason: "  "), expected: .emptyText),
        RefusalScenario(
            name: "an edit drops the exemption", items: [exemptSpec],
            command: .editItem("s1", ItemDraft(kind: .discussion, title: "Open now", owner: "kari"), recipe: Fixture.recipe(.discussion)),
            expected: .exemptionCanOnlyBeLifted("s1")),

        // Undo
        RefusalScenario(name: "undo in a fresh meeting", command: .undo, expected: .nothingToUndo),
        RefusalScenario(
            name: "undo everything, then once more",
            setup: { h in
                try h.run(.setAttendance("kari", .present))
                try h.run(.undo)
            },
            command: .undo, expected: .nothingToUndo),

        // Text that must not reach a terminal, and limits
        RefusalScenario(
            name: "a note with an escape sequence", command: .addNote("Sjå \u{1B}]0;X\u{07}her", speaker: nil), expected: .controlCharacter("\u{1B}")),
        RefusalScenario(
            name: "an item title with a bidi override",
            command: .addItem(ItemDraft(kind: .information, title: "Ny \u{202E}sak", owner: "kari"), recipe: Fixture.recipe(.information)),
            expected: .controlCharacter("\u{202E}")),
        RefusalScenario(
            name: "an item text with a C1 control",
            command: .addItem(ItemDraft(kind: .information, title: "Ny sak", owner: "kari", text: "CSI \u{9B}31m"), recipe: Fixture.recipe(.information)),
            expected: .controlCharacter("\u{9B}")),
        RefusalScenario(name: "a guest name with a bell", command: .addGuest("gunn", name: "Gunn\u{07}"), expected: .controlCharacter("\u{07}")),
        RefusalScenario(
            name: "an objection with a bidi isolate", setup: { try $0.atConsent() }, command: .answer("kari", .objection("Nei \u{2066}x")),
            expected: .controlCharacter("\u{2066}")),
        RefusalScenario(
            name: "a decision proposal with a carriage return", setup: { h in try h.inItem("s3") }, command: .propose("A\rB"),
            expected: .controlCharacter("\r")),
        RefusalScenario(
            name: "a note one character too long", command: .addNote(String(repeating: "ø", count: Limits.textCharacters + 1), speaker: nil),
            expected: .textTooLong(limit: Limits.textCharacters)),
        RefusalScenario(
            name: "an action text far too long", command: .addAction(what: String(repeating: "x", count: 200_000), who: "ola", due: nil),
            expected: .textTooLong(limit: Limits.textCharacters)),
        RefusalScenario(
            name: "an item past the limit", items: (1...Limits.itemsPerMeeting).map { Fixture.spec("s\($0)", .information) },
            command: .addItem(ItemDraft(kind: .information, title: "Ei sak for mykje", owner: "kari"), recipe: Fixture.recipe(.information)),
            expected: .tooManyItems(limit: Limits.itemsPerMeeting)),
        RefusalScenario(
            name: "the union's view on an item not marked info/drøft", setup: { try $0.inItem("s1") }, command: .recordUnionView("Vi er samde."),
            expected: .notInfoDrøft("s1")),
        RefusalScenario(
            name: "an evaluation by someone who left",
            setup: { h in
                try h.opened()
                try h.run(.setAttendance("per", .absent))
            }, command: .evaluate("per", score: 4, text: nil), expected: .notPresent("per")),
        RefusalScenario(
            name: "an evaluation scored 6", setup: { try $0.opened() }, command: .evaluate("ola", score: 6, text: nil),
            expected: .scoreOutOfRange(6)),
        RefusalScenario(
            name: "an evaluation during an item", setup: { try $0.inItem("s1") }, command: .evaluate("ola", score: 4, text: nil),
            expected: .itemsStillActive("s1")),
    ]

    @Test(arguments: scenarios)
    func refused(_ scenario: RefusalScenario) throws {
        let h = try Harness(items: scenario.items)
        try scenario.setup(h)
        let before = h.writer.meeting
        try h.refuse(scenario.command, scenario.expected)
        #expect(h.writer.meeting == before, "a refused command changed the meeting")
        // A refusal is not sticky: the meeting still takes a harmless command afterwards
        // (unless it is closed).
        if h.state.stage != .closed {
            try h.run(.addNote("Etter avslaget", speaker: nil))
        }
    }

    /// Refusal cases that no sequence of commands can bring about, and why. Each is still
    /// produced, through the writer with the log unchanged, from a hand-written log in
    /// `refusalsOnlyAHandWrittenLogReaches`.
    static let unreachableByCommands: [RefusalCase: String] = [
        .noConsentRoundYet: """
        Entering a consent step always starts its consent round in the same command \
        (MeetingState+Decide.swift `enter(step:of:)`), and undo takes back a whole command \
        (Meeting.swift `decide`), so an item is never in its consent step without one.
        """
    ]

    /// Every case of ``Refusal`` is produced by at least one scenario above, or is listed as
    /// unreachable by commands.
    @Test func everyRefusalCaseIsProduced() {
        let covered = Set(Self.scenarios.map { RefusalCase($0.expected) })
        let missing = RefusalCase.allCases.filter { !covered.contains($0) && Self.unreachableByCommands[$0] == nil }
        #expect(missing.isEmpty, "Refusal cases no scenario produces: \(missing.map(\.rawValue))")
        #expect(
            covered.isDisjoint(with: Self.unreachableByCommands.keys),
            "listed as unreachable but a scenario produces it: \(covered.intersection(Self.unreachableByCommands.keys))")
        #expect(covered.count + Self.unreachableByCommands.count == RefusalCase.allCases.count)
    }

    /// The refusals in `unreachableByCommands`, from a log written by hand: an item in its
    /// consent step with no consent round held.
    @Test func refusalsOnlyAHandWrittenLogReaches() throws {
        let spec = Fixture.spec("s1", .decision, proposal: "Vi prøver det.")
        let attendance = all.map { Event.attendanceSet(AttendanceSet(participant: $0, attendance: .present)) }
        let h = try Harness(
            created: Fixture.created(items: [spec]),
            events: attendance + [
                .meetingOpened, .roundStarted(RoundStarted(purpose: .checkIn, item: nil, step: nil, order: all)),
            ] + all.map { .turnSpoken(TurnTaken(participant: $0)) } + [
                .itemStarted(ItemRef(item: "s1")), .stepStarted(StepStarted(item: "s1", step: 4, key: "consent")),
            ])
        #expect(h.state.activeItem?.currentStep?.mode == .consent)
        #expect(h.state.lastConsentRound(of: "s1") == nil)
        try h.refuse(.recordDecision(reviewDate: nil), .noConsentRoundYet)
        try h.refuse(.runRoundAgain, .noConsentRoundYet)
        try h.refuse(.nextStep, .decisionNeedsRecording)
        // The way on: the owner withdraws it (or changes its kind).
        try h.run(.withdrawItem(reason: "Loggen var skriven for hand"))
        #expect(h.state.item("s1")?.status == .withdrawn)
        // A case added to `unreachableByCommands` needs its hand-written log here too.
        #expect(Self.unreachableByCommands.keys.allSatisfy { [.noConsentRoundYet].contains($0) })
    }

    /// The three named refusals, spelled out.
    @Test func consentRoundWithNoProposal() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision)])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        for _ in 0..<3 {
            try h.run(.nextStep)
            if h.state.openRound != nil { try h.everyoneSpeaks() }
        }
        #expect(h.state.activeItem?.currentStep?.key == "amend")
        try h.refuse(.nextStep, .noProposal)
        #expect(h.state.activeItem?.currentStep?.key == "amend", "still in the amend step")
        #expect(h.state.rounds(of: "s1").allSatisfy { $0.purpose == .item })
    }

    @Test func closingAnItemMidRound() throws {
        let h = try Harness(items: [Fixture.spec("s1", .discussion)])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.speak("kari"))
        try h.run(.pass("ola"))
        for command: Command in [.nextStep, .withdrawItem(reason: nil), .postponeItem(reason: "Seinare"), .startClosingRound] {
            try h.refuse(command, .roundInProgress(waiting: ["ingrid", "per"]))
        }
        #expect(h.state.activeItem?.currentStep?.key == "clarify")
        #expect(h.state.activeItem?.status == .active)
    }

    @Test func objectionWithoutReason() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Vi gjer det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        for reason in ["", " ", "\n\t"] {
            try h.refuse(.answer("ola", .objection(reason)), .objectionNeedsReason)
        }
        // The fourth round of the meeting (check-in, clarifying, reactions, consent): Per opens.
        #expect(h.state.openRound?.waiting == ["per", "kari", "ola", "ingrid"])
        #expect(h.state.activeItem?.objections == [])
    }
}
