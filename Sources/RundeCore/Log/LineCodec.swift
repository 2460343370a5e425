import Crypto
import Foundation

/// Turns records into log lines and back: one JSON object per line, keys sorted, UTF-8 with
/// non-ASCII text as is, timestamps as RFC 3339 UTC with milliseconds, no line feed inside.
public enum LineCodec {
    /// The line's bytes, without the terminating line feed.
    public static func encode(_ record: EventRecord) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = Timestamp.encodingStrategy
        return try encoder.encode(record)
    }

    /// Decodes one line (without its line feed).
    public static func decode(_ line: Data) throws -> EventRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = Timestamp.decodingStrategy
        return try decoder.decode(EventRecord.self, from: line)
    }

    /// SHA-256 of `bytes`, lowercase hex: the `prev` of the line after.
    public static func hash(_ bytes: some DataProtocol) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// `prev` of the first line: the hash of the empty string.
    public static let firstPrev = hash(Data())
}

/// RFC 3339 timestamps in UTC with milliseconds, as the log writes them: `2026-11-23T18:05:09.120Z`.
///
/// Dates are kept to whole milliseconds everywhere (``normalized(_:)``), so a time folded live
/// and the same time read back from its line are the same `Date`, bit for bit.
public enum Timestamp {
    private static let style = Date.ISO8601FormatStyle(timeZone: .gmt)
    private static let parseStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    public static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (whole, rest) = fraction < 0 ? (seconds - 1, fraction + 1000) : (seconds, fraction)
        let stamp = style.format(Date(timeIntervalSince1970: TimeInterval(whole)))
        return stamp.dropLast() + "." + String(format: "%03d", Int(rest)) + "Z"
    }

    public static func date(_ text: String) -> Date? {
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
            guard let parsed = date(text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an RFC 3339 UTC time with milliseconds: \(text)")
            }
            return parsed
        }
    }

    /// `date` rounded to whole milliseconds.
    public static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}
