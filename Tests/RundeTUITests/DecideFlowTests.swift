import Foundation
import Testing

@testable import RundeCore
@testable import RundeTUI

/// `d` asks in turn for the review date (offered from the team's `review_after`), what will show
/// whether the decision works, and who must be told; ending a discussion without its conclusion
/// is asked first.
@MainActor
@Suite struct DecideFlowTests {
    /// The decision item s2 with its consent round held, everyone consenting.
    private func readyToDecide(reviewAfter: ReviewInterval? = nil, function: String = #function) throws -> Driver {
        let d = try Driver(function: function)
        d.state.reviewAfter = reviewAfter
        d.openWithEveryone()
        d.press(.down, .enter)
        var guardCount = 0
        while d.state.context != .consent, guardCount < 40 {
            guardCount += 1
            d.press(.enter)
        }
        while d.meeting.openRound != nil { d.press(.char("y")) }
        #expect(d.state.isAvailable(.recordDecision))
        return d
    }

    private func entryPurpose(_ d: Driver) -> EntryPurpose? {
        guard case .entry(let entry) = d.state.overlay else { return nil }
        return entry.purpose
    }

    @Test func theReviewDateIsOfferedFromTheTeamFileThenCriteriaThenWhoToTell() throws {
        let interval = ReviewInterval(count: 3, unit: .months)
        let d = try readyToDecide(reviewAfter: interval)
        d.press(.char("d"))
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("no review date asked")
            return
        }
        let offered = interval.after(Day(d.state.now, in: d.state.timeZone))
        #expect(entry.purpose == .reviewDate)
        #expect(entry.editor.text == offered.description)
        d.press(.enter)
        #expect(entryPurpose(d) == .criteria(reviewDate: offered))
        #expect(d.screen().screen.snapshot.contains("Kva vil vise om vedtaket verkar?"))
        d.type("Ingen telefonar blir ståande utan svar.")
        d.press(.enter)
        #expect(entryPurpose(d) == .inform(reviewDate: offered, criteria: "Ingen telefonar blir ståande utan svar."))
        #expect(d.screen().screen.snapshot.contains("Kven må få vite om vedtaket?"))
        d.type("Brukarane og sentralbordet")
        d.press(.enter)
        let decision = try #require(d.meeting.item("s2")?.decision)
        #expect(decision.reviewDate == offered)
        #expect(decision.criteria == "Ingen telefonar blir ståande utan svar.")
        #expect(decision.inform == "Brukarane og sentralbordet")
        #expect(
            d.submitted.last == .recordDecision(reviewDate: offered, criteria: "Ingen telefonar blir ståande utan svar.", inform: "Brukarane og sentralbordet"))
    }

    @Test func withoutTheKeyNoDateIsOfferedAndEverythingMayBeLeftEmpty() throws {
        let d = try readyToDecide()
        d.press(.char("d"))
        guard case .entry(let entry) = d.state.overlay else {
            Issue.record("no review date asked")
            return
        }
        #expect(entry.editor.text.isEmpty)
        d.press(.enter, .enter, .enter)
        let decision = try #require(d.meeting.item("s2")?.decision)
        #expect(decision.reviewDate == nil && decision.criteria == nil && decision.inform == nil)
    }

    @Test func aDateInThePastIsRefusedBeforeTheNextQuestion() throws {
        let d = try readyToDecide()
        d.press(.char("d"))
        d.type("2020-01-01")
        d.press(.enter)
        #expect(entryPurpose(d) == .reviewDate, "the field stays open")
        #expect(d.state.message?.text == Refusal.reviewDateInPast(Day("2020-01-01") ?? Day(Date(), in: .gmt)).message(.nn))
        d.press(.ctrl("u"))
        d.type("2027-02-01")
        d.press(.enter)
        #expect(entryPurpose(d) == .criteria(reviewDate: Day("2027-02-01")))
        d.press(.escape)
        #expect(d.meeting.item("s2")?.decision == nil, "Escape records nothing")
    }

    @Test func aControlCharacterInTheCriteriaIsRefusedByTheCore() throws {
        let d = try readyToDecide()
        d.press(.char("d"), .enter)
        d.send(.paste("Sjå\u{1B}[2J"))
        d.press(.enter, .enter)
        if let decision = d.meeting.item("s2")?.decision {
            #expect(decision.criteria?.unicodeScalars.contains("\u{1B}") != true, "nothing unsafe reaches the log")
        }
    }

    @Test func endingADiscussionWithoutItsConclusionIsAskedFirst() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .down, .enter)
        let id = try #require(d.meeting.activeItem?.id)
        #expect(d.meeting.activeItem?.kind == .discussion)
        var guardCount = 0
        while let item = d.meeting.activeItem, guardCount < 40 {
            guardCount += 1
            if d.meeting.openRound != nil {
                d.press(.enter)
                continue
            }
            if (item.stepIndex ?? -1) + 1 >= item.steps.count { break }
            d.press(.enter)
        }
        #expect(d.meeting.activeItem?.id == id)
        d.press(.enter)
        guard case .confirm(let confirmation) = d.state.overlay else {
            Issue.record("no question before ending the discussion")
            return
        }
        #expect(confirmation.question.hasPrefix("Saka har ingen konklusjon. Avslutte likevel?"))
        d.press(.char("n"))
        #expect(d.state.overlay == nil)
        #expect(d.meeting.activeItem?.id == id, "n keeps the item going")

        d.press(.char("k"))
        d.type("Vi lagar ei sjekkliste for nye vikarar.")
        d.press(.enter)
        d.press(.enter)
        #expect(d.state.overlay == nil, "with a conclusion, no question")
        #expect(d.meeting.item(id)?.status == .done)
    }

    @Test func aDiscussionCanStillEndWithoutAConclusionWhenTheFacilitatorSaysSo() throws {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.down, .down, .enter)
        let id = try #require(d.meeting.activeItem?.id)
        var guardCount = 0
        while d.meeting.activeItem != nil, d.state.overlay == nil, guardCount < 40 {
            guardCount += 1
            d.press(.enter)
        }
        #expect(d.meeting.item(id)?.status == .active)
        d.press(.char("j"))
        #expect(d.meeting.item(id)?.status == .done)
        #expect(d.meeting.item(id)?.conclusion == nil)
    }

    @Test func aReviewAsksWhatWasLearnedAgainstTheCriteria() throws {
        var due = Driver.reviewDue
        due[0].decision.criteria = "Alle kjem til møtet."
        let d = try Driver(reviewDue: due)
        d.openWithEveryone()
        d.press(.char("o"), .enter, .char("1"))
        guard case .entry(let entry) = d.state.overlay, case .learned(let reference, nil, false) = entry.purpose else {
            Issue.record("no question about what was learned")
            return
        }
        #expect(UIText.prompt(entry.purpose, d.state)[.nn].contains("«Alle kjem til møtet.»"))
        d.type("Dei fleste kjem.")
        d.press(.enter)
        #expect(d.meeting.reviews[reference] == DecisionReviewed(decision: reference, outcome: .kept, learned: "Dei fleste kjem."))
        let minutes = MarkdownMinutes.render(Minutes(meeting: d.meeting, language: .nn), timeZone: .gmt)
        #expect(minutes.contains("Lærdom: Dei fleste kjem."), "\(minutes)")
    }
}
