import Foundation
import Testing

@testable import RundeCore

/// Where a meeting is held (`runde new --place`): written in its first line (format 4), read
/// back, and named in the header of every format of the minutes.
@Suite struct MeetingPlaceTests {
    struct NotCreated: Error {}

    static let team = Team(name: "Heimetenesta", members: [Team.Member(id: "kari", name: "Kari Nordvik")])

    func plan(place: String?) -> MeetingPlan {
        MeetingPlan(title: "Teammøte", team: Self.team, agenda: [], scheduledAt: Date(timeIntervalSince1970: 1_795_000_000), place: place)
    }

    /// The state read back from the plan's first line, as the log holds it.
    func readBack(_ plan: MeetingPlan) throws -> (line: String, state: MeetingState) {
        let record = EventRecord(seq: 1, at: plan.scheduledAt, by: nil, event: .meetingCreated(try plan.created(recipes: .builtIn)), prev: "")
        let line = try LineCodec.encode(record)
        let read = try LineCodec.decode(line)
        #expect(read == record)
        guard case .meetingCreated(let created) = read.event else { throw NotCreated() }
        return (String(decoding: line, as: UTF8.self), MeetingState(created: created, at: read.at))
    }

    @Test func thePlaceRoundTripsThroughTheLog() throws {
        let (line, state) = try readBack(plan(place: "  Møterom 2  "))
        #expect(line.contains(#""place":"Møterom 2""#), "trimmed, as other texts of a plan")
        #expect(line.contains(#""v":4"#))
        #expect(state.place == "Møterom 2")
        let (unplaced, none) = try readBack(plan(place: nil))
        #expect(!unplaced.contains("place"), "no place, no field")
        #expect(none.place == nil)
    }

    @Test(arguments: [Language.nn, .nb, .en])
    func theHeaderNamesThePlaceInEveryFormat(language: Language) throws {
        let minutes = Minutes(meeting: try readBack(plan(place: "Møterom <2> & kantina")).state, language: language)
        let label = MinutesText.place[language]
        #expect(MarkdownMinutes.render(minutes, timeZone: .gmt).contains("\n- \(label): Møterom \\<2\\> & kantina\n"))
        #expect(HTMLMinutes.render(minutes, timeZone: .gmt).contains("<li>\(label): Møterom &lt;2&gt; &amp; kantina</li>"))
        let json = try JSONMinutes.render(minutes, timeZone: .gmt)
        #expect(json.contains(#""place" : "Møterom <2> & kantina""#))
        #expect(try JSONMinutes.read(Data(json.utf8)).place == "Møterom <2> & kantina")
        let time = try #require(MarkdownMinutes.render(minutes, timeZone: .gmt).range(of: "- \(MinutesText.time[language]):"))
        let place = try #require(MarkdownMinutes.render(minutes, timeZone: .gmt).range(of: "- \(label):"))
        #expect(time.upperBound < place.lowerBound, "under the time")
    }

    @Test func noPlaceNoLine() throws {
        let minutes = Minutes(meeting: try readBack(plan(place: nil)).state, language: .nn)
        #expect(!MarkdownMinutes.render(minutes, timeZone: .gmt).contains("Stad"))
        #expect(!(try JSONMinutes.render(minutes, timeZone: .gmt)).contains("place"))
    }

    @Test func aBadPlaceIsRefusedAsOtherTexts() throws {
        #expect(throws: MeetingPlanError.self) { try plan(place: "Rom \u{1B}]0;X\u{07}").created(recipes: .builtIn) }
        do {
            _ = try plan(place: "Rom \u{202E}2").created(recipes: .builtIn)
            Issue.record("a bidirectional control was let through")
        } catch {
            #expect(error.refusal == .controlCharacter("\u{202E}"))
        }
        do {
            _ = try plan(place: String(repeating: "ø", count: Limits.textCharacters + 1)).created(recipes: .builtIn)
            Issue.record("an over-long place was let through")
        } catch {
            #expect(error.refusal == .textTooLong(limit: Limits.textCharacters))
        }
    }
}
