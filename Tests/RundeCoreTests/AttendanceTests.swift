import Foundation
import Testing

@testable import RundeCore

/// Arriving and leaving after the meeting opened, and who takes part in a consent round
/// (METHOD.md, «teamet samtykker»).
@Suite struct AttendanceTests {
    /// s1 information, s2 decision with a proposal.
    private static let agenda = [Fixture.spec("s1", .information), Fixture.spec("s2", .decision, proposal: "Vi prøver det.")]

    @Test func anArrivalJoinsTheNextRoundNotTheOpenOne() throws {
        let h = try Harness(items: Self.agenda)
        try h.openWithCheckIn(["kari", "ola", "ingrid"])
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        let began = try #require(h.state.openRound?.order)
        #expect(Set(began) == ["kari", "ola", "ingrid"])
        let records = try h.run(.setAttendance("per", .present))
        #expect(h.state.openRound?.order == began, "the open round stays as it began")
        try h.refuse(.speak("per"), .notInRound("per"))
        #expect(h.state.attendanceChanges == [AttendanceChange(participant: "per", arrived: true, at: records[0].at)])
        try h.everyoneSpeaks()
        try h.run(.runRoundAgain)
        #expect(Set(h.state.openRound?.order ?? []) == ["kari", "ola", "ingrid", "per"])
    }

    @Test func attendanceBeforeOpeningIsNoArrival() throws {
        let h = try Harness(items: Self.agenda)
        try h.run(.setAttendance("per", .absent))
        try h.openWithCheckIn()
        #expect(h.state.attendanceChanges.isEmpty)
    }

    @Test func leavingMidRoundDropsTheTurnStillToCome() throws {
        let h = try Harness(items: Self.agenda)
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.speak("kari"))
        try h.run(.speak("ola"))
        let records = try h.run(.setAttendance("ingrid", .absent))
        try h.run(.setAttendance("kari", .absent))
        let round = try #require(h.state.openRound)
        #expect(round.waiting == ["per"], "ingrid's turn is dropped")
        #expect(round.turn(of: "kari") != nil, "kari keeps the turn she had")
        try h.refuse(.speak("ingrid"), .notInRound("ingrid"))
        #expect(h.state.attendanceChanges.first == AttendanceChange(participant: "ingrid", arrived: false, at: records[0].at))
        try h.run(.speak("per"))
        #expect(h.state.openRound == nil)
    }

    @Test func aConsentRoundCompletesWithThosePresent() throws {
        let h = try Harness(items: Self.agenda)
        try h.openWithCheckIn()
        try h.run(.startItem("s2"))
        try h.walkDecisionToConsent()
        try h.run(.answer("kari", .consent))
        try h.run(.setAttendance("per", .absent))
        try h.everyoneConsents()
        #expect(h.state.openRound == nil)
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s2")?.decision)
        #expect(decision.consents == ["kari", "ola", "ingrid"])
        #expect(h.state.presentAtDecision(on: "s2") == ["kari", "ola", "ingrid"])
    }

    @Test func aGuestSpeaksInRoundsButIsLeftOutOfConsent() throws {
        let h = try Harness(items: Self.agenda)
        try h.openWithCheckIn()
        try h.run(.addGuest("lars", name: "Lars Fjeld"))
        #expect(h.state.attendanceChanges.map(\.participant) == ["lars"])
        try h.run(.startItem("s2"))
        try h.run(.nextStep)
        #expect(Set(h.state.openRound?.order ?? []) == ["kari", "ola", "ingrid", "per", "lars"], "ordinary rounds keep the guest")
        try h.everyoneSpeaks()
        try h.walkDecisionToConsent()
        let consent = try #require(h.state.openRound)
        #expect(consent.purpose == .consent)
        #expect(Set(consent.order) == ["kari", "ola", "ingrid", "per"])
        #expect(!h.state.takesPart("lars", in: .consent, on: h.state.activeItem))
        try h.refuse(.answer("lars", .consent), .guestCannotConsent("lars"))
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        let decision = try #require(h.state.item("s2")?.decision)
        #expect(Set(decision.consents) == ["kari", "ola", "ingrid", "per"])
        #expect(h.state.presentAtDecision(on: "s2") == ["kari", "ola", "ingrid", "per", "lars"])
    }

    @Test func aConsentRoundWithOnlyGuestsIsRefused() throws {
        let h = try Harness(items: Self.agenda)
        try h.openWithCheckIn(["kari"])
        try h.run(.addGuest("lars", name: "Lars Fjeld"))
        try h.run(.startItem("s2"))
        while h.state.activeItem?.currentStep?.mode != .amend {
            try h.run(.nextStep)
            try h.everyoneSpeaks()
        }
        try h.run(.setAttendance("kari", .absent))
        try h.refuse(.nextStep, .noMembersPresent)
        #expect(Refusal.noMembersPresent.message(.nn).contains("gjest"))
    }

    @Test func theMinutesShowArrivalsDeparturesAndWhoWasThereForEachDecision() throws {
        let h = try Harness(items: Self.agenda)
        try h.openWithCheckIn(["kari", "ola", "ingrid"])
        let arrived = try h.run(.setAttendance("per", .present))[0].at
        try h.run(.addGuest("lars", name: "Lars Fjeld"))
        try h.run(.startItem("s2"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        let left = try h.run(.setAttendance("ola", .absent))[0].at

        let minutes = Minutes(meeting: h.state, language: .nn)
        let decision = try #require(minutes.items[1].content?.decision)
        #expect(decision.present == ["kari", "ola", "ingrid", "per"])
        #expect(decision.presentGuests == ["lars"])
        #expect(Set(decision.consents) == ["kari", "ola", "ingrid", "per"])
        #expect(minutes.attendanceChanges.map(\.participant) == ["per", "lars", "ola"])

        let markdown = try minutes.rendered(as: .md, timeZone: .gmt)
        let time = { (date: Date) in MarkdownMinutes.format(date, "HH:mm", .gmt) }
        #expect(markdown.contains("Per Ødegård"))
        #expect(markdown.contains("(kom \(time(arrived)))"))
        #expect(markdown.contains("(skrivar; gjekk \(time(left)))"))
        #expect(markdown.contains("Til stades: "))
        #expect(markdown.contains("; gjest: Lars Fjeld"))
        let json = try minutes.rendered(as: .json, timeZone: .gmt)
        #expect(json.contains("\"presentGuests\""))
        #expect(json.contains("\"attendanceChanges\""))
    }
}
