import Foundation

/// The minutes as JSON, for other programs: the ``Minutes`` value itself, keys sorted, times in
/// RFC 3339 UTC with milliseconds as in the log (``Timestamp``). `Docs/export.md` describes the fields.
public enum JSONMinutes {
    /// The JSON text, naming where the meeting was held (else `timeZone`); DEL, C1 and
    /// bidirectional controls, which `JSONEncoder` leaves raw, are written as `\u` escapes
    /// (``ControlCharacters/escapingJSON(_:)``), so the text is safe on a terminal and decodes
    /// to the same values.
    public static func render(_ minutes: Minutes, timeZone: TimeZone) throws -> String {
        var minutes = minutes
        minutes.timeZone = minutes.zone(else: timeZone).identifier
        return ControlCharacters.escapingJSON(String(decoding: try encoder.encode(minutes), as: UTF8.self) + "\n")
    }

    /// Reads back what ``render(_:timeZone:)`` wrote.
    public static func read(_ data: Data) throws -> Minutes {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = Timestamp.decodingStrategy
        return try decoder.decode(Minutes.self, from: data)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = Timestamp.encodingStrategy
        return encoder
    }
}
