import Crypto
import Foundation

/// Turns records into log lines and back: one JSON object per line, keys sorted, UTF-8 with
/// non-ASCII text as is, timestamps as RFC 3339 UTC with milliseconds, no line feed inside.
public enum LineCodec {
    /// One encoder and one decoder for every line, their options set here once and never changed
    /// (both are thread-safe). Cheap to make, but there is no reason to make one a line.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = Timestamp.encodingStrategy
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = Timestamp.decodingStrategy
        return decoder
    }()

    /// The line's bytes, without the terminating line feed.
    public static func encode(_ record: EventRecord) throws -> Data {
        try encoder.encode(record)
    }

    /// Decodes one line (without its line feed).
    public static func decode(_ line: Data) throws -> EventRecord {
        try decoder.decode(EventRecord.self, from: line)
    }

    /// Decodes many lines with one call, as one JSON array (``array(of:)``): a good part of a
    /// decode's cost is per call. Nil when that does not give exactly one record a line; then
    /// each line is decoded alone, which also says which line is wrong and why.
    public static func decode(lines: [Data]) -> [EventRecord]? {
        guard lines.count > 1, let records = try? decoder.decode([EventRecord].self, from: array(of: lines)), records.count == lines.count else {
            return nil
        }
        return records
    }

    /// `[line,line,…]`: lines that are each one JSON value, as one JSON array.
    private static func array(of lines: [Data]) -> Data {
        var array = Data(capacity: lines.reduce(lines.count + 1) { $0 + $1.count })
        array.append(UInt8(ascii: "["))
        for (index, line) in lines.enumerated() {
            if index > 0 { array.append(UInt8(ascii: ",")) }
            array.append(line)
        }
        array.append(UInt8(ascii: "]"))
        return array
    }

    /// SHA-256 of `bytes`, lowercase hex: the `prev` of the line after.
    public static func hash(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).withUnsafeBytes { digest in
            String(unsafeUninitializedCapacity: digest.count * 2) { hex in
                for (index, byte) in digest.enumerated() {
                    hex[2 * index] = hexDigits[Int(byte >> 4)]
                    hex[2 * index + 1] = hexDigits[Int(byte & 0x0F)]
                }
                return digest.count * 2
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `prev` of the first line: the hash of the empty string.
    public static let firstPrev = hash(Data())
}
