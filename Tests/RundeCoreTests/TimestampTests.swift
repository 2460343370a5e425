import Foundation
import Testing

@testable import RundeCore

/// The log's timestamps are read and written without a formatter when they are in the writer's
/// form; these tests hold that to exactly what `Date.ISO8601FormatStyle` accepts, refuses and gives.
@Suite struct TimestampTests {
    /// How timestamps were read before the direct reader: the format style alone.
    static func styleDate(_ text: String) -> Date? {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
        guard text.hasSuffix("Z"), let parsed = try? style.parse(text) else { return nil }
        return Timestamp.normalized(parsed)
    }

    /// How timestamps were written before: the format style for the seconds, then the milliseconds.
    static func styleString(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (whole, rest) = fraction < 0 ? (seconds - 1, fraction + 1000) : (seconds, fraction)
        let stamp = Date.ISO8601FormatStyle(timeZone: .gmt).format(Date(timeIntervalSince1970: TimeInterval(whole)))
        return stamp.dropLast() + "." + String(format: "%03d", Int(rest)) + "Z"
    }

    @Test func theWritersFormReadsAsTheStyleReadsIt() throws {
        let date = try #require(Timestamp.date("2026-11-23T18:05:09.120Z"))
        #expect(date == Date(timeIntervalSince1970: 1_795_457_109.120))
        #expect(UTCTime("2026-11-23T18:05:09.120Z") != nil, "read directly")
        for text in [
            "1900-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2028-02-29T12:00:00.001Z", "9999-12-31T23:59:59.999Z",
        ] {
            #expect(Timestamp.date(text) == Self.styleDate(text), "\(text)")
            #expect(Timestamp.date(text) != nil, "\(text)")
        }
    }

    /// Forms the direct reader leaves to the style: whatever the style said before, it says now.
    @Test func everyOtherFormIsAcceptedOrRefusedAsBefore() {
        let texts = [
            "2026-11-23T18:05:09Z", "2026-11-23T18:05:09.1Z", "2026-11-23T18:05:09.12Z", "2026-11-23T18:05:09.1234Z",
            "2026-11-23T18:05:09.120+01:00", "2026-11-23T18:05:09.120+00:00", "2026-11-23T18:05:09.120", "2026-11-23t18:05:09.120z",
            "2026-11-23T18:05:09.120z", "2026-11-23 18:05:09.120Z", " 2026-11-23T18:05:09.120Z", "2026-11-23T18:05:09.120Z ",
            "2026-02-29T10:00:00.000Z", "2026-02-30T10:00:00.000Z", "2026-04-31T10:00:00.000Z", "2026-13-01T10:00:00.000Z",
            "2026-00-10T10:00:00.000Z", "2026-01-00T10:00:00.000Z", "2026-11-23T24:00:00.000Z", "2026-11-23T23:60:00.000Z",
            "2026-12-31T23:59:60.000Z", "1899-12-31T23:59:59.999Z", "0999-01-01T00:00:00.000Z", "10000-01-01T00:00:00.000Z",
            "+2026-11-23T18:05:09.120Z", "2026-1-23T18:05:09.120Z", "2026-11-23T18:5:09.120Z", "2026-11-23T18:05:09.1a0Z",
            "2026-11-23T18:05:09,120Z", "２０２６-11-23T18:05:09.120Z", "2026-11-23T18:05:09.120ZZ", "20261123T180509.120Z",
            "", "Z", "not a time",
        ]
        for text in texts {
            #expect(Timestamp.date(text) == Self.styleDate(text), "\(text)")
        }
        #expect(Timestamp.date("2026-11-23T18:05:09.120+01:00") == nil, "only UTC")
        #expect(Timestamp.date("2026-11-23T18:05:09.120") == nil, "a time zone is needed")
        #expect(UTCTime("2026-02-29T10:00:00.000Z") == nil, "no 29 February in 2026: the style decides")
        #expect(UTCTime("2026-12-31T23:59:60.000Z") == nil, "a leap second: the style decides")
        #expect(UTCTime("2026-11-23T24:00:00.000Z") == nil, "24:00: the style decides")
    }

    @Test func timesAreWrittenAsTheStyleWroteThem() {
        var generator = SystemRandomNumberGenerator()
        let earliest: Int64 = -2_208_988_800_000  // 1900-01-01
        let latest: Int64 = 253_402_300_799_999  // 9999-12-31T23:59:59.999
        var samples: [Int64] = [earliest, latest, -1, 0, 1, 951_782_400_000, 1_795_457_109_120]
        for _ in 0..<2_000 { samples.append(Int64.random(in: earliest...latest, using: &generator)) }
        for milliseconds in samples {
            let date = Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
            let text = Timestamp.string(date)
            #expect(text == Self.styleString(date), "\(milliseconds)")
            #expect(Timestamp.date(text) == Self.styleDate(text), "\(text)")
            #expect(Timestamp.date(text) == Timestamp.normalized(date), "\(text)")
        }
    }

    @Test func timesOutsideTheDirectRangeStillGoThroughTheStyle() {
        for seconds in [-2_208_988_801.0, -30_000_000_000, 253_402_300_800, 300_000_000_000] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(UTCTime(milliseconds: Int64(seconds * 1000)) == nil)
            #expect(Timestamp.string(date) == Self.styleString(date))
        }
    }
}
