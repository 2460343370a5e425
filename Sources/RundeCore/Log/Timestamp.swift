import Foundation

/// RFC 3339 timestamps in UTC with milliseconds, as the log writes them: `2026-11-23T18:05:09.120Z`.
///
/// Dates are kept to whole milliseconds everywhere (``normalized(_:)``), so a time folded live
/// and the same time read back from its line are the same `Date`, bit for bit.
///
/// Every line holds one or more timestamps, so reading and writing them is on the log's hot
/// path. The form the writer uses is read and written directly (``UTCTime``); anything else goes
/// through `Date.ISO8601FormatStyle`, which decides alone what else is accepted.
public enum Timestamp {
    private static let style = Date.ISO8601FormatStyle(timeZone: .gmt)
    private static let parseStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    public static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        if let time = UTCTime(milliseconds: milliseconds) { return time.text }
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (whole, rest) = fraction < 0 ? (seconds - 1, fraction + 1000) : (seconds, fraction)
        let stamp = style.format(Date(timeIntervalSince1970: TimeInterval(whole)))
        return stamp.dropLast() + "." + String(format: "%03d", Int(rest)) + "Z"
    }

    public static func date(_ text: String) -> Date? {
        if let time = UTCTime(text) { return Date(timeIntervalSince1970: Double(time.milliseconds) / 1000) }
        guard text.hasSuffix("Z"), let parsed = try? parseStyle.parse(text) else { return nil }
        return normalized(parsed)
    }

    /// How a JSON encoder writes dates as these timestamps.
    public static var encodingStrategy: JSONEncoder.DateEncodingStrategy {
        .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(string(date))
        }
    }

    /// How a JSON decoder reads them back.
    public static var decodingStrategy: JSONDecoder.DateDecodingStrategy {
        .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let parsed = date(text) else { throw DecodingError.dataCorruptedError(in: c, debugDescription: notATime(text)) }
            return parsed
        }
    }

    /// The timestamp at `key`, read in place: the envelope's `at`, on every line, without the
    /// nested decoder a date strategy is handed.
    static func decode<Key>(_ container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Date {
        let text = try container.decode(String.self, forKey: key)
        guard let parsed = date(text) else { throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: notATime(text)) }
        return parsed
    }

    private static func notATime(_ text: String) -> String { "not an RFC 3339 UTC time with milliseconds: \(text)" }

    /// `date` rounded to whole milliseconds.
    public static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}

/// A UTC time to the millisecond in exactly the form the writer uses,
/// `YYYY-MM-DDTHH:MM:SS.mmmZ`, in years 1900–9999, read and written without a formatter.
///
/// It covers only times whose every field is in range (no 24:00, no leap second, no 30 February):
/// ``init(_:)`` is nil for anything else, which ``Timestamp`` then hands to the format style, so
/// what is accepted or refused is exactly what the style accepts or refuses.
struct UTCTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var millisecond: Int

    private static let years = 1900...9999
    /// Where the form has its separators, and which.
    private static let separators: [(offset: Int, byte: UInt8)] = [
        (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T")), (13, UInt8(ascii: ":")), (16, UInt8(ascii: ":")),
        (19, UInt8(ascii: ".")), (23, UInt8(ascii: "Z")),
    ]
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// Reads `text`; nil unless it is exactly the writer's form, every field in range.
    init?(_ text: String) {
        var text = text
        guard let time = text.withUTF8(Self.parse) else { return nil }
        self = time
    }

    /// The time `milliseconds` after 1970-01-01T00:00:00.000Z; nil outside the years covered.
    init?(milliseconds: Int64) {
        let (quotient, remainder) = milliseconds.quotientAndRemainder(dividingBy: Self.millisecondsPerDay)
        let (days, ofDay) = remainder < 0 ? (quotient - 1, remainder + Self.millisecondsPerDay) : (quotient, remainder)
        var rest = Int(ofDay)
        (year, month, day) = Self.civil(fromDays: Int(days))
        guard Self.years.contains(year) else { return nil }
        (hour, rest) = rest.quotientAndRemainder(dividingBy: 3_600_000)
        (minute, rest) = rest.quotientAndRemainder(dividingBy: 60_000)
        (second, millisecond) = rest.quotientAndRemainder(dividingBy: 1000)
    }

    private init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second, self.millisecond) = (hour, minute, second, millisecond)
    }

    /// Milliseconds since 1970-01-01T00:00:00.000Z.
    var milliseconds: Int64 {
        let seconds = ((Self.days(year: year, month: month, day: day) * 24 + hour) * 60 + minute) * 60 + second
        return Int64(seconds) * 1000 + Int64(millisecond)
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func put(_ value: Int, digits: Int, then separator: UInt8) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
            bytes.append(separator)
        }
        put(year, digits: 4, then: UInt8(ascii: "-"))
        put(month, digits: 2, then: UInt8(ascii: "-"))
        put(day, digits: 2, then: UInt8(ascii: "T"))
        put(hour, digits: 2, then: UInt8(ascii: ":"))
        put(minute, digits: 2, then: UInt8(ascii: ":"))
        put(second, digits: 2, then: UInt8(ascii: "."))
        put(millisecond, digits: 3, then: UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> UTCTime? {
        guard bytes.count == 24, separators.allSatisfy({ bytes[$0.offset] == $0.byte }) else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<start + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
            years.contains(year), (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return UTCTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: millisecond)
    }

    /// Days since 1970-01-01 of a day in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01 (`civil_from_days`, the inverse of ``days(year:month:day:)``).
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * shifted + 2) / 5 + 1)
    }
}
