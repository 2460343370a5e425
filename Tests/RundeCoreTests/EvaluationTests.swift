import Foundation
import Testing

@testable import RundeCore

/// The evaluation of the meeting (*evaluering av møtet*): a score 1–5 and one thing to do
/// better, per person, before the meeting closes; in the minutes and the log.
struct EvaluationTests {
    @Test func eachPersonEvaluatesAndALaterOneReplacesTheirs() throws {
        let h = try Harness(items: [Fixture.spec("s1", .information)])
        try h.openWithCheckIn()
        try h.run(.evaluate("ola", score: 3, text: "  "))
        try h.run(.evaluate("kari", score: 5, text: "Hald tida."))
        try h.run(.evaluate("ola", score: 4, text: "Kortare innsjekk."))
        #expect(
            h.state.evaluations == [
                EvaluationGiven(participant: "kari", score: 5, text: "Hald tida."),
                EvaluationGiven(participant: "ola", score: 4, text: "Kortare innsjekk."),
            ])
        #expect(h.state.averageScore == 4.5)
        // Also after the closing round, before the meeting closes.
        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.evaluate("per", score: 2, text: nil))
        #expect(h.state.evaluations.count == 3)
        try h.run(.closeMeeting)
        try h.refuse(.evaluate("per", score: 3, text: nil), .meetingClosed)
    }

    @Test func anEmptyTextIsNoText() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let records = try h.run(.evaluate("ola", score: 1, text: "   "))
        #expect(records.map(\.event) == [.evaluationGiven(EvaluationGiven(participant: "ola", score: 1, text: nil))])
    }

    @Test func notDuringARound() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.refuse(.evaluate("ola", score: 4, text: nil), .roundInProgress(waiting: h.state.openRound?.waiting ?? []))
    }

    @Test func undoTakesAnEvaluationBack() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        try h.run(.evaluate("ola", score: 2, text: nil))
        try h.run(.undo)
        #expect(h.state.evaluations.isEmpty)
    }

    @Test func theMinutesShowTheAverageAndEachEvaluation() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        try h.run(.evaluate("kari", score: 5, text: "Hald tida."))
        try h.run(.evaluate("ola", score: 4, text: nil))
        let minutes = Minutes(meeting: h.state, language: .nn, source: "mote.jsonl")
        let markdown = MarkdownMinutes.render(minutes, timeZone: .gmt)
        #expect(markdown.contains("## Evaluering av møtet"))
        #expect(markdown.contains("Snitt: **4,5 / 5** (2 svar)"))
        #expect(markdown.contains("Hald tida."))
        let english = MarkdownMinutes.render(Minutes(meeting: h.state, language: .en), timeZone: .gmt)
        #expect(english.contains("Average: **4.5 / 5** (2 answers)"))
        let html = HTMLMinutes.render(minutes, timeZone: .gmt)
        #expect(html.contains("Evaluering av møtet"))
        let json = try JSONMinutes.render(minutes, timeZone: .gmt)
        let decoded = try JSONMinutes.read(Data(json.utf8))
        #expect(decoded.evaluations?.count == 2)
    }

    @Test func minutesWithoutEvaluationsSayNothingOfThem() throws {
        let h = try Harness(items: [])
        try h.openWithCheckIn()
        let minutes = Minutes(meeting: h.state, language: .nn)
        #expect(minutes.evaluations == nil)
        #expect(!MarkdownMinutes.render(minutes, timeZone: .gmt).contains("Evaluering av møtet"))
    }
}
