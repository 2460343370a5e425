import Foundation
import Testing

@testable import RundeCore

/// A log naming a zone this machine does not know (edited by hand, or written with newer
/// time-zone data): the minutes show the times in the reader's zone, and say so.
@Suite struct UnknownTimeZoneTests {
    private static let mars = "Mars/Olympus_Mons"

    private static func state(zone: String?) -> MeetingState {
        var created = Fixture.created(items: [])
        created.timeZone = zone
        return MeetingState(created: created, at: created.scheduledAt)
    }

    private static func minutes(_ language: Language = .nn) -> Minutes {
        Minutes(meeting: state(zone: mars), language: language, source: "mote.jsonl")
    }

    @Test func theStateKeepsTheNameItCouldNotRead() {
        let unknown = Self.state(zone: Self.mars)
        #expect(unknown.timeZone == nil)
        #expect(unknown.unknownTimeZone == Self.mars)
        #expect(Self.state(zone: "Europe/Oslo").unknownTimeZone == nil)
        #expect(Self.state(zone: nil).unknownTimeZone == nil, "a log written before zones were recorded names none")
    }

    @Test(arguments: [
        (Language.nn, "Tidene er viste i Europe/Oslo fordi tidssona i loggen, «Mars/Olympus\\_Mons», ikkje er kjend på denne maskina."),
        (.nb, "Tidene er vist i Europe/Oslo fordi tidssonen i loggen, «Mars/Olympus\\_Mons», ikke er kjent på denne maskinen."),
        (.en, "Times are shown in Europe/Oslo because the log's time zone «Mars/Olympus\\_Mons» is not known on this machine."),
    ])
    func markdownSaysWhereTheTimesAreShown(language: Language, notice: String) throws {
        let oslo = try #require(TimeZone(identifier: "Europe/Oslo"))
        let markdown = MarkdownMinutes.render(Self.minutes(language), timeZone: oslo)
        #expect(markdown.contains("12:06\n- _\(notice)_\n"), "\(markdown.prefix(400))")
        let known = MarkdownMinutes.render(Minutes(meeting: Self.state(zone: "Europe/Oslo"), language: language), timeZone: .gmt)
        #expect(!known.contains("Europe/Oslo"), "no notice for a zone this machine knows")
    }

    @Test func htmlSaysItInTheHeader() throws {
        let oslo = try #require(TimeZone(identifier: "Europe/Oslo"))
        let html = HTMLMinutes.render(Self.minutes(), timeZone: oslo)
        #expect(html.contains("Tid: 12:06</li>"))
        #expect(
            html.contains("<li><em>Tidene er viste i Europe/Oslo fordi tidssona i loggen, «Mars/Olympus_Mons», ikkje er kjend på denne maskina.</em></li>"),
            "\(html)")
    }

    /// JSON names the zone the times were shown in, and the one the log named.
    @Test func jsonNamesBothZones() throws {
        let oslo = try #require(TimeZone(identifier: "Europe/Oslo"))
        let read = try JSONMinutes.read(Data(try JSONMinutes.render(Self.minutes(), timeZone: oslo).utf8))
        #expect(read.timeZone == "Europe/Oslo")
        #expect(read.unknownTimeZone == Self.mars)
    }

    @Test func publicMinutesSayItToo() throws {
        let oslo = try #require(TimeZone(identifier: "Europe/Oslo"))
        let markdown = MarkdownMinutes.render(Self.minutes().publicView(Exemptions()), timeZone: oslo)
        #expect(markdown.contains("Tidene er viste i Europe/Oslo"))
    }
}
