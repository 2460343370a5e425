import Foundation
import Testing

@testable import RundeCore

/// The standing item *oppfølging*: open actions and decisions due for review from earlier
/// meetings, and what the team chose for them.
@Suite struct FollowUpTests {
    @Test func actionsAreDoneCarriedOrCancelledAndTheLatestChoiceCounts() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.openWithCheckIn()
        let (first, second) = (Fixture.followUp[0].reference, Fixture.followUp[1].reference)
        try h.run(.setFollowUpStatus(first, .done))
        try h.run(.setFollowUpStatus(second, .cancelled))
        try h.run(.setFollowUpStatus(second, .open))
        #expect(h.state.followUpStatus == [first: .done, second: .open])
        try h.run(.undo)
        #expect(h.state.followUpStatus == [first: .done, second: .cancelled], "undo takes back the latest choice only")
    }

    @Test func aDecisionStandsWithANextReviewDate() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let due = Fixture.reviewDue[0]
        try h.run(.keepDecision(due.reference, nextReview: Day("2027-05-01")))
        #expect(h.state.reviews[due.reference] == DecisionReviewed(decision: due.reference, outcome: .kept, nextReview: Day("2027-05-01")))
        #expect(h.state.items.isEmpty)
    }

    @Test func aDecisionTakenUpAgainPutsADecisionItemThatRevisitsItOnTheAgenda() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.openWithCheckIn()
        let due = Fixture.reviewDue[0]
        let records = try h.run(.redecide(due.reference, recipe: Fixture.recipe(.decision)))
        #expect(records.map(\.event.type) == ["decisionReviewed", "itemAdded"], "one command: undo takes both back")
        let item = try #require(h.state.item("s2"))
        #expect(item.kind == .decision)
        #expect(item.title == "Fast tid for teammøtet")
        #expect(item.owner == "ingrid")
        #expect(item.proposal == "Teammøtet er kvar måndag kl. 14.")
        #expect(item.draft.replaces == due.reference)
        #expect(h.state.reviews[due.reference]?.item == "s2")

        // Running it through to a decision records what it replaces.
        try h.run(.startItem("s2"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))
        #expect(h.state.item("s2")?.decision?.replaces == due.reference)

        try h.refuse(.redecide(due.reference, recipe: Fixture.recipe(.decision)), .alreadyRedecided("Fast tid for teammøtet"))
    }

    @Test func anOwnerWhoHasLeftTheTeamIsReplacedByTheFacilitator() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        try h.run(.redecide(Fixture.reviewDue[1].reference, recipe: Fixture.recipe(.decision)))
        #expect(h.state.item("s1")?.owner == "kari")
    }

    @Test func removingTheItemThatTookItUpAgainLeavesTheDecisionNotHandled() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let due = Fixture.reviewDue[0]
        try h.run(.redecide(due.reference, recipe: Fixture.recipe(.decision)))
        try h.run(.removeItem("s1"))
        #expect(h.state.reviews[due.reference] == nil)
        try h.run(.keepDecision(due.reference, nextReview: nil))
        #expect(h.state.reviews[due.reference]?.outcome == .kept)
    }

    @Test func undoOfATakingUpAgainRemovesTheItemAndFreesTheChoice() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let due = Fixture.reviewDue[0]
        try h.run(.redecide(due.reference, recipe: Fixture.recipe(.decision)))
        try h.run(.undo)
        #expect(h.state.items.isEmpty)
        #expect(h.state.reviews[due.reference] == nil)
        try h.run(.keepDecision(due.reference, nextReview: nil))
        #expect(h.state.reviews[due.reference]?.outcome == .kept)
    }
}

/// Across meetings: a later meeting's follow-up is the latest word on an action's status and on
/// when a decision is next reviewed, and the next meeting's follow-up is planned from that.
@Suite struct ArchiveFollowUpTests {
    let folder: URL
    let team = Team(name: "Heimetenesta Fjordvik", members: Fixture.members.map { Team.Member(id: $0.id, name: $0.name, roles: $0.roles) })
    let clock = TestClock()

    init() throws { folder = try temporaryFolder("archive-follow-up") }

    /// Plans a meeting on `day` from what the folder's earlier meetings leave open, and runs
    /// `body` in it with everyone present and the check-in held.
    @discardableResult
    func meeting(_ name: String, on day: String, items: [ItemDraft] = [], _ body: (MeetingLogWriter) throws -> Void) throws -> MeetingState {
        let date = try #require(ISO8601DateFormatter().date(from: "\(day)T12:00:00Z"))
        let plan = MeetingPlan(
            title: name, team: team, agenda: items, scheduledAt: date, following: Archive(folder: folder), timeZone: .gmt)
        let writer = try MeetingLogWriter.create(
            at: folder.appendingPathComponent("\(day)-1200-\(name).jsonl"), try plan.created(recipes: .builtIn), by: "kari", clock: { date })
        for member in team.members { try writer.submit(.setAttendance(member.id, .present), by: "kari") }
        try writer.submit(.openMeeting, by: "kari")
        while let speaker = writer.meeting.state.openRound?.speaker { try writer.submit(.speak(speaker), by: "kari") }
        try body(writer)
        return writer.meeting.state
    }

    @Test func followUpChoicesCarryFromMeetingToMeeting() throws {
        let decisionItem = ItemDraft(kind: .decision, title: "Fast tid for teammøtet", owner: "kari", proposal: "Måndag kl. 14.")
        try meeting("forste", on: "2026-09-14", items: [decisionItem]) { w in
            try w.submit(.addAction(what: "Bestille nøkkelboksar", who: "per", due: Day("2026-09-30")), by: "ola")
            try w.submit(.addAction(what: "Oppdatere vaktlista", who: "ola", due: nil), by: "ola")
            try w.submit(.startItem("s1"), by: "kari")
            while w.meeting.state.activeItem?.currentStep?.mode != .consent {
                try w.submit(.nextStep, by: "kari")
                while w.meeting.state.openRound?.purpose == .item, let speaker = w.meeting.state.openRound?.speaker {
                    try w.submit(.speak(speaker), by: "kari")
                }
            }
            while let speaker = w.meeting.state.openRound?.speaker { try w.submit(.answer(speaker, .consent), by: "kari") }
            try w.submit(.recordDecision(reviewDate: Day("2026-10-01")), by: "kari")
        }

        let second = try meeting("andre", on: "2026-10-12") { w in
            let state = w.meeting.state
            #expect(state.followUp.map(\.action.what) == ["Bestille nøkkelboksar", "Oppdatere vaktlista"])
            #expect(state.reviewDue.map(\.title) == ["Fast tid for teammøtet"])
            try w.submit(.setFollowUpStatus(state.followUp[0].reference, .done), by: "kari")
            try w.submit(.setFollowUpStatus(state.followUp[1].reference, .open), by: "kari")
            try w.submit(.keepDecision(state.reviewDue[0].reference, nextReview: Day("2026-12-01")), by: "kari")
        }
        #expect(second.reviews.count == 1)

        let archive = Archive(folder: folder)
        #expect(archive.actions.map(\.action.status) == [.done, .open], "the later meeting's choice is the action's status")
        #expect(archive.decisions.first?.nextReview == Day("2026-12-01"))
        #expect(archive.reviewDue(on: Day("2026-11-30") ?? Fixture.day("2026-11-30")).isEmpty)

        try meeting("tredje", on: "2026-12-07") { w in
            let state = w.meeting.state
            #expect(state.followUp.map(\.action.what) == ["Oppdatere vaktlista"], "done actions are not carried again")
            #expect(state.reviewDue.map(\.reviewDate) == [Day("2026-12-01")], "due again on the date set when it stood")
            try w.submit(.keepDecision(state.reviewDue[0].reference, nextReview: nil), by: "kari")
        }
        #expect(Archive(folder: folder).decisions.first?.nextReview == nil, "kept with no date: no further review")
        #expect(Archive(folder: folder).reviewDue(on: Fixture.day("2030-01-01")).isEmpty)
    }
}
