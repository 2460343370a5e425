import Foundation
import Testing

@testable import RundeCore

private let oslo = TimeZone(identifier: "Europe/Oslo") ?? .gmt
private let spring = RegisterFixture.spring
private let summer = RegisterFixture.summer

private func day(_ text: String) throws -> Day { try #require(Day(text)) }

/// `meeting#item` of each entry, to compare lists at a glance.
private func refs(_ entries: [DecisionEntry]) -> [String] { entries.map(\.reference.rawValue) }

@Suite struct DecisionQueryTests {
    let archive: Archive
    init() throws { archive = try RegisterFixture.archive() }

    func run(_ query: DecisionQuery, today: String = "2026-11-23") throws -> [String] {
        refs(query.apply(to: archive, today: try day(today)))
    }

    @Test func withoutFiltersEveryDecisionNewestFirst() throws {
        #expect(try run(DecisionQuery(timeZone: oslo)) == ["\(summer)#s1", "\(spring)#s2", "\(spring)#s1"])
        let replaced = try #require(archive.decisions.first { $0.reference.rawValue == "\(spring)#s2" })
        #expect(replaced.replacedBy?.rawValue == "\(summer)#s1")
    }

    @Test func sinceAndUntilAreInclusiveDaysInTheTimeZone() throws {
        #expect(try run(DecisionQuery(since: day("2026-03-02"), timeZone: oslo)) == ["\(summer)#s1", "\(spring)#s2", "\(spring)#s1"])
        #expect(try run(DecisionQuery(since: day("2026-03-02"), timeZone: .gmt)) == ["\(summer)#s1"], "23:3x UTC is the day before")
        #expect(try run(DecisionQuery(until: day("2026-03-01"), timeZone: oslo)) == [])
        #expect(try run(DecisionQuery(until: day("2026-03-01"), timeZone: .gmt)) == ["\(spring)#s2", "\(spring)#s1"])
        #expect(try run(DecisionQuery(since: day("2026-05-04"), until: day("2026-05-04"), timeZone: oslo)) == ["\(summer)#s1"])
        #expect(try run(DecisionQuery(since: day("2026-05-05"), timeZone: oslo)) == [])
        #expect(try run(DecisionQuery(since: day("2026-05-01"), until: day("2026-04-01"), timeZone: oslo)) == [])
    }

    @Test func ownerIsTheItemOwner() throws {
        #expect(try run(DecisionQuery(owner: "kari", timeZone: oslo)) == ["\(summer)#s1", "\(spring)#s1"])
        #expect(try run(DecisionQuery(owner: "ingrid", timeZone: oslo)) == ["\(spring)#s2"])
        #expect(try run(DecisionQuery(owner: "ola", timeZone: oslo)) == [])
    }

    @Test func searchLooksAtEverythingOnTheItem() throws {
        func search(_ text: String) throws -> [String] {
            let pattern = try #require(SearchPattern(text))
            return try run(DecisionQuery(search: pattern, timeZone: oslo))
        }
        #expect(try search("hoyring") == ["\(spring)#s1"], "title and proposal, folded")
        #expect(try search("AEROE") == ["\(spring)#s1"], "a concern")
        #expect(try search("tre veker") == ["\(spring)#s1"], "the integration and the decision")
        #expect(try search("Kalle inn") == ["\(spring)#s1"], "an action on the item")
        #expect(try search("teammøtet") == ["\(summer)#s1", "\(spring)#s2"])
        #expect(try search("kake tysdag") == [], "both words in one text")
        #expect(try search("pårørande") == [], "the exempt item has no decision")
    }

    @Test func dueForReviewBoundaries() throws {
        func due(_ today: String, within days: Int = 0) throws -> [String] {
            try run(DecisionQuery(dueForReviewWithin: days, timeZone: oslo), today: today)
        }
        #expect(try due("2026-05-19") == [], "review 2026-05-20 is tomorrow")
        #expect(try due("2026-05-19", within: 1) == ["\(summer)#s1"], "within one day includes tomorrow")
        #expect(try due("2026-05-20") == ["\(summer)#s1"], "due on the review day itself")
        #expect(try due("2026-05-31") == ["\(summer)#s1"])
        #expect(try due("2026-05-31", within: 1) == ["\(summer)#s1", "\(spring)#s1"])
        #expect(try due("2026-06-01") == ["\(summer)#s1", "\(spring)#s1"])
        #expect(try due("2027-01-01", within: 30) == ["\(summer)#s1", "\(spring)#s1"], "a replaced decision is never due")
        #expect(try due("2026-03-01", within: 0) == [])
    }

    @Test func isDueForReviewOnOneEntry() throws {
        let replaced = try #require(archive.decisions.first { $0.reference.rawValue == "\(spring)#s2" })
        #expect(!replaced.isDueForReview(today: try day("2026-04-02"), within: 0), "review date passed, but replaced")
        var unreplaced = replaced
        unreplaced.replacedBy = nil
        #expect(unreplaced.isDueForReview(today: try day("2026-04-01"), within: 0))
        #expect(!unreplaced.isDueForReview(today: try day("2026-03-31"), within: 0))
        #expect(unreplaced.isDueForReview(today: try day("2026-03-31"), within: 1))
    }

    @Test func filtersCombine() throws {
        let pattern = try #require(SearchPattern("teammøtet"))
        #expect(try run(DecisionQuery(since: day("2026-05-01"), search: pattern, timeZone: oslo)) == ["\(summer)#s1"])
        #expect(try run(DecisionQuery(owner: "ingrid", search: pattern, timeZone: oslo)) == ["\(spring)#s2"])
        #expect(try run(DecisionQuery(owner: "kari", dueForReviewWithin: 0, timeZone: oslo), today: "2026-06-01") == ["\(summer)#s1", "\(spring)#s1"])
        #expect(try run(DecisionQuery(owner: "ingrid", dueForReviewWithin: 0, timeZone: oslo), today: "2026-06-01") == [])
        #expect(try run(DecisionQuery(until: day("2026-04-30"), dueForReviewWithin: 0, timeZone: oslo), today: "2026-06-01") == ["\(spring)#s1"])
        let hoyring = try #require(SearchPattern("hoyring"))
        let all = DecisionQuery(
            since: try day("2026-03-02"), until: try day("2026-03-02"), owner: "kari", search: hoyring, dueForReviewWithin: 10, timeZone: oslo)
        #expect(try run(all, today: "2026-05-25") == ["\(spring)#s1"])
        #expect(try run(all, today: "2026-05-21") == [], "eleven days before the review date")
    }
}

@Suite struct ActionQueryTests {
    let archive: Archive
    init() throws { archive = try RegisterFixture.archive() }

    func run(_ query: ActionQuery, today: String = "2026-11-23") throws -> [String] {
        query.apply(to: archive, today: try day(today)).map { "\($0.meeting == spring ? "spring" : "summer")/\($0.action.id)" }
    }

    @Test func everyActionSoonestDueFirstWithoutDueLast() throws {
        #expect(try run(ActionQuery()) == ["spring/a2", "spring/a3", "summer/a1", "summer/a2", "spring/a1"])
        let statuses = ActionQuery().apply(to: archive, today: try day("2026-11-23")).map(\.action.status)
        #expect(statuses == [.done, .open, .cancelled, .open, .open], "the status Archive gives")
    }

    @Test func openLeavesOutDoneAndCancelled() throws {
        #expect(try run(ActionQuery(open: true)) == ["spring/a3", "summer/a2", "spring/a1"])
    }

    @Test func overdueIsOpenAndPastItsDueDay() throws {
        #expect(try run(ActionQuery(overdue: true), today: "2026-03-20") == [], "due today is not overdue")
        #expect(try run(ActionQuery(overdue: true), today: "2026-03-21") == ["spring/a3"])
        #expect(try run(ActionQuery(overdue: true), today: "2026-05-12") == ["spring/a3", "summer/a2"], "done a2 and cancelled a1 never")
        #expect(try run(ActionQuery(overdue: true), today: "2026-03-01") == [])
        let open = try run(ActionQuery(open: true), today: "2026-05-12")
        #expect(open == ["spring/a3", "summer/a2", "spring/a1"], "open includes what is not yet due and what has no due date")
    }

    @Test func isOverdueOnOneEntry() throws {
        let entries = archive.actions
        let done = try #require(entries.first { $0.action.status == .done })
        #expect(!done.isOverdue(today: try day("2027-01-01")))
        let noDue = try #require(entries.first { $0.action.due == nil })
        #expect(!noDue.isOverdue(today: try day("2099-01-01")))
        var open = done
        open.action.status = .open
        #expect(open.isOverdue(today: try day("2026-03-07")))
        #expect(!open.isOverdue(today: try day("2026-03-06")))
    }

    @Test func ownerAndCombinations() throws {
        #expect(try run(ActionQuery(owner: "per")) == ["spring/a3", "spring/a1"])
        #expect(try run(ActionQuery(owner: "kari")) == ["summer/a1", "summer/a2"])
        #expect(try run(ActionQuery(open: true, owner: "kari")) == ["summer/a2"])
        #expect(try run(ActionQuery(overdue: true, owner: "per"), today: "2026-06-01") == ["spring/a3"])
        #expect(try run(ActionQuery(open: true, overdue: true, owner: "kari"), today: "2026-05-11") == [])
        #expect(try run(ActionQuery(open: true, overdue: true, owner: "kari"), today: "2026-05-12") == ["summer/a2"])
        #expect(try run(ActionQuery(owner: "ingrid")) == [])
    }
}

@Suite struct ArchiveSearchTests {
    let archive: Archive
    init() throws { archive = try RegisterFixture.archive() }

    func hits(_ text: String) throws -> [String] {
        let pattern = try #require(SearchPattern(text))
        return archive.search(pattern).map { hit in
            let place = hit.item.map { "\($0.number)" } ?? "-"
            return "\(hit.meeting == spring ? "spring" : "summer") \(place) \(hit.field.rawValue)"
        }
    }

    @Test func foldedSearchFindsEveryPlaceNewestMeetingFirst() throws {
        #expect(
            try hits("hoyring") == [
                "summer - note", "summer 2 title", "spring 1 title", "spring 1 decision", "spring 1 proposal", "spring 1 action",
            ])
    }

    @Test func everyKindOfTextIsSearched() throws {
        #expect(try hits("vårmøte") == ["spring - meetingTitle"])
        #expect(try hits("aeroe") == ["spring 1 concern"], "a concern given twice is one hit")
        #expect(try hits("kort frist") == ["spring 1 objection"])
        #expect(try hits("fristen blir") == ["spring 1 integration"])
        #expect(try hits("fast samtale") == ["spring 3 conclusion"])
        #expect(try hits("namn skrivne") == ["spring 3 note"])
        #expect(try hits("rydde") == ["spring - action"])
        #expect(try hits("ventar svar") == ["summer 2 reason"])
        #expect(try hits("tysdag") == ["summer 1 decision"], "the proposal kept as planned is the decision")
        #expect(try hits("måndag") == ["spring 2 decision"])
        #expect(try hits("kake") == ["summer 1 action"])
        #expect(try hits("ingenting slikt") == [])
    }

    @Test func hitsCarryTheirPlaceAndSnippet() throws {
        let pattern = try #require(SearchPattern("namn"))
        let hit = try #require(archive.search(pattern).first)
        #expect(hit.meeting == spring)
        #expect(hit.meetingTitle == "Vårmøte")
        #expect(hit.meetingAt == ISO8601DateFormatter().date(from: "2026-03-01T23:30:05Z"))
        #expect(hit.item == ItemPlace(id: "s3", number: 3, title: "Pårørande som ringjer ofte", kind: .discussion, exemption: "offl. § 13"))
        #expect(hit.field == .note)
        #expect(hit.text == "Namn er ikkje skrivne ned.")
        #expect(hit.snippet == "Namn er ikkje skrivne ned.")
    }

    @Test func amendmentsAndDisqualificationAreSearched() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Vi prøver heimekontor.")])
        try h.openWithCheckIn()
        try h.run(.declareUgild("per", item: "s1", reason: "Søkjer sjølv om heimekontor"))
        try h.run(.startItem("s1"))
        while h.state.activeItem?.currentStep?.mode != .amend {
            try h.run(.nextStep)
            if h.state.openRound?.purpose == .item { try h.everyoneSpeaks() }
        }
        try h.run(.amend("Vi prøver heimekontor i tre månader.", helpers: ["ola"], reason: "Tidsavgrensa prøve"))
        let archive = Archive(folder: h.url.deletingLastPathComponent())
        let heimekontor = try #require(SearchPattern("heimekontor"))
        #expect(archive.search(heimekontor).map(\.field) == [.proposal, .amendment, .disqualification])
        let reason = try #require(SearchPattern("tidsavgrensa"))
        #expect(archive.search(reason).map(\.field) == [.amendment])
    }
}

@Suite struct UnknownParticipantTests {
    @Test func aTypoIsCaughtWithTheLikelyId() throws {
        let archive = try RegisterFixture.archive()
        #expect(throws: Never.self) { try archive.checkParticipant("ingrid") }
        let typo = #expect(throws: UnknownParticipant.self) { try archive.checkParticipant("ingird") }
        #expect(typo?.suggestion?.id == "ingrid")
        #expect(typo?.message(.nn) == "Ingen med id-en «ingird» står på lista i noko møte. Meinte du ingrid (Ingrid Sæther 😀)?")
        let stranger = #expect(throws: UnknownParticipant.self) { try archive.checkParticipant("xavier") }
        #expect(stranger?.suggestion == nil)
        #expect(stranger?.message(.en) == "No one with the id “xavier” is on any meeting's list. The ids are: ingrid, kari, ola, per.")
    }

    @Test func anEmptyArchiveKnowsNoOneAndLetsEveryIdPass() throws {
        let archive = Archive(folder: try temporaryFolder())
        #expect(archive.meetings.isEmpty)
        #expect(throws: Never.self) { try archive.checkParticipant("hvemsomhelst") }
    }
}
