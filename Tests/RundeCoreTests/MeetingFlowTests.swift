import Foundation
import Testing

@testable import RundeCore

@Suite struct DecisionFlowTests {
    @Test func objectionIsIntegratedAndDecisionRecorded() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Vi prøver heimekontor onsdagar.")])
        try h.attend()
        try h.run(.openMeeting)
        #expect(h.state.stage == .checkIn)
        try h.everyoneSpeaks()
        try h.run(.startItem("s1"))
        #expect(h.state.activeItem?.currentStep?.key == "present")
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.run(.amend("Vi prøver heimekontor onsdagar i tre månader.", helpers: ["per"], reason: "Tidsavgrensing"))
        try h.run(.nextStep)
        #expect(h.state.openRound?.purpose == .consent)
        try h.run(.answer("kari", .consent))
        try h.run(.answer("ola", .concern("Kven tek telefonen?")))
        try h.refuse(.answer("ingrid", .objection("  ")), .objectionNeedsReason)
        try h.run(.answer("ingrid", .objection("Brukarane må nå oss.")))
        try h.run(.answer("per", .consent))
        try h.refuse(.recordDecision(reviewDate: nil), .objectionsStand(["ingrid"]))
        try h.refuse(.runRoundAgain, .objectionsStand(["ingrid"]))
        try h.run(.integrate(objector: "ingrid", how: "Telefonen blir vidaresend.", newProposal: "Heimekontor onsdagar, telefon vidaresend."))
        try h.refuse(.recordDecision(reviewDate: nil), .consentRoundOutdated)
        try h.run(.runRoundAgain)
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: Day("2027-03-01")))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.text == "Heimekontor onsdagar, telefon vidaresend.")
        #expect(decision.consents == ["kari", "ola", "ingrid", "per"])
        #expect(decision.objections.map(\.integration) == ["Telefonen blir vidaresend."])
        #expect(decision.helpers == ["per", "ingrid"])
        #expect(decision.reviewDate == Day("2027-03-01"))
        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.closeMeeting)
        #expect(h.state.stage == .closed)
        try h.refuse(.undo, .meetingClosed)
        print(try String(contentsOf: h.url, encoding: .utf8).split(separator: "\n").prefix(3).joined(separator: "\n"))
    }
}
