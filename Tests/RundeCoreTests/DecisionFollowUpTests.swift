import Foundation
import Testing

@testable import RundeCore

/// A decision that can be followed up: what will show whether it works and who must be told,
/// recorded with it, and what the team learned when it comes up for review.
@Suite struct DecisionFollowUpTests {
    @Test func criteriaAndWhoToTellAreRecordedTrimmedAndReplayed() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Heimekontor onsdagar.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        let review = try #require(Day("2027-05-01"))
        let records = try h.run(
            .recordDecision(reviewDate: review, criteria: "  Ingen telefonar utan svar.  ", inform: "Brukarane og sentralbordet.\n"))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.criteria == "Ingen telefonar utan svar.")
        #expect(decision.inform == "Brukarane og sentralbordet.")
        #expect(decision.reviewDate == review)
        #expect(h.events(records) == [.decisionRecorded(decision)])
        let line = try #require(try h.lines().last.map { String(decoding: $0, as: UTF8.self) })
        #expect(line.contains("\"criteria\":\"Ingen telefonar utan svar.\""))
        #expect(line.contains("\"inform\":\"Brukarane og sentralbordet.\""))
        #expect(try MeetingLog.read(h.url).meeting.state.item("s1")?.decision == decision)
    }

    @Test func emptyTextsAreNoneAndOldLinesStillRead() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil, criteria: "  ", inform: ""))
        let decision = try #require(h.state.item("s1")?.decision)
        #expect(decision.criteria == nil && decision.inform == nil)
        let line = try #require(try h.lines().last.map { String(decoding: $0, as: UTF8.self) })
        #expect(!line.contains("criteria") && !line.contains("inform"), "a decision without them writes the line as before")
    }

    @Test func controlCharactersAreRefused() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.refuse(.recordDecision(reviewDate: nil, criteria: "Sjå\u{1B}[2J", inform: nil), .controlCharacter("\u{1B}"))
        try h.refuse(.recordDecision(reviewDate: nil, criteria: nil, inform: "Alle\u{202E}"), .controlCharacter("\u{202E}"))
        try h.run(.recordDecision(reviewDate: nil, criteria: "Linje ein\nLinje to", inform: nil))

        let later = try Harness(items: [], function: "controlCharactersAreRefused-later")
        try later.openWithCheckIn()
        let due = Fixture.reviewDue[0]
        try later.refuse(.keepDecision(due.reference, nextReview: nil, learned: "\u{7}"), .controlCharacter("\u{7}"))
        try later.refuse(
            .redecide(due.reference, recipe: Fixture.recipe(.decision), learned: "Lært\u{9B}"), .controlCharacter("\u{9B}"))
    }

    @Test func aReviewRecordsWhatWasLearned() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let (first, second) = (Fixture.reviewDue[0].reference, Fixture.reviewDue[1].reference)
        try h.run(.keepDecision(first, nextReview: Day("2027-05-01"), learned: " Fast tid gjer det lettare å melde saker. "))
        #expect(
            h.state.reviews[first]
                == DecisionReviewed(decision: first, outcome: .kept, nextReview: Day("2027-05-01"), learned: "Fast tid gjer det lettare å melde saker."))
        try h.run(.redecide(second, recipe: Fixture.recipe(.decision), learned: "Kodane kjem på avvege."))
        #expect(h.state.reviews[second]?.learned == "Kodane kjem på avvege.")
        #expect(h.state.reviews[second]?.item == "s1")
        #expect(try MeetingLog.read(h.url).meeting.state.reviews == h.state.reviews)

        let minutes = Minutes(meeting: h.state, language: .nn, source: "mote.jsonl")
        #expect(minutes.reviewDue.map(\.learned) == ["Fast tid gjer det lettare å melde saker.", "Kodane kjem på avvege."])
        let markdown = MarkdownMinutes.render(minutes, timeZone: .gmt)
        #expect(markdown.contains("Lærdom: Fast tid gjer det lettare å melde saker."), "\(markdown)")
        let html = try minutes.rendered(as: .html, timeZone: .gmt)
        #expect(html.contains("Lærdom: Kodane kjem på avvege."), "\(html)")
        let json = try minutes.rendered(as: .json, timeZone: .gmt)
        #expect(json.contains("\"learned\" : \"Kodane kjem på avvege.\""))
        var zoned = minutes
        zoned.timeZone = TimeZone.gmt.identifier  // JSON names where times are shown
        #expect(try JSONMinutes.read(Data(json.utf8)) == zoned)
    }

    @Test func theMinutesShowCriteriaAndWhoToTellUnderTheDecision() throws {
        let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Prøv det.")])
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: Day("2027-05-01"), criteria: "Færre avvik <i>", inform: "Leiinga & tillitsvalde"))
        for language in Language.allCases {
            let minutes = Minutes(meeting: h.state, language: language, source: "mote.jsonl")
            let markdown = MarkdownMinutes.render(minutes, timeZone: .gmt)
            let criteria = MinutesText.criteria[language]
            let inform = MinutesText.inform[language]
            #expect(markdown.contains("\(criteria):"), "\(markdown)")
            #expect(markdown.contains("\(inform):"), "\(markdown)")
            let html = try minutes.rendered(as: .html, timeZone: .gmt)
            #expect(html.contains("Færre avvik &lt;i&gt;"), "escaped in HTML")
            #expect(html.contains("Leiinga &amp; tillitsvalde"))
            let json = try minutes.rendered(as: .json, timeZone: .gmt)
            #expect(json.contains("\"criteria\" : \"Færre avvik <i>\""))
            #expect(json.contains("\"inform\" : \"Leiinga & tillitsvalde\""))
            var zoned = minutes
            zoned.timeZone = TimeZone.gmt.identifier  // JSON names where times are shown
            #expect(try JSONMinutes.read(Data(json.utf8)) == zoned)
        }
        let nn = MarkdownMinutes.render(Minutes(meeting: h.state, language: .nn, source: "mote.jsonl"), timeZone: .gmt)
        let decided = try #require(nn.range(of: "### Avgjerd\n"), "the decision, after the summary")
        let review = try #require(nn.range(of: "Evaluerast: 01.05.2027", range: decided.upperBound..<nn.endIndex))
        let criteria = try #require(nn.range(of: "Dette viser om det verkar:"))
        let inform = try #require(nn.range(of: "Skal informerast:"))
        #expect(review.lowerBound < criteria.lowerBound && criteria.lowerBound < inform.lowerBound, "in the order they were asked")
    }
}
