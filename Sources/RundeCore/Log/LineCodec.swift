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

    /// Decodes one line (without its line feed) with Foundation's `JSONDecoder`: the authority on
    /// what a line means, and the one that says what is wrong with it. Logs are read with
    /// ``LineReader`` first, which leaves to this whatever it does not read exactly alike.
    public static func decode(_ line: Data) throws -> EventRecord {
        try decoder.decode(EventRecord.self, from: line)
    }

    /// Whether `line` is byte for byte what ``encode(_:)`` writes for `record`. `runde verify` asks
    /// this of every line, so ``CanonicalLine`` answers first; only when it says no, or cannot
    /// tell, is the encoder itself asked: it stays the authority on what runde writes.
    public static func isCanonical(_ line: Data, of record: EventRecord) -> Bool {
        if let canonical = CanonicalLine.bytes(of: record, capacity: line.count), same(canonical, line) { return true }
        return (try? encode(record)) == line
    }

    /// Whether Foundation's JSON coders have rules of their own for `type`, which ``LineReader``
    /// and ``CanonicalLine`` leave to them: `Float` (read and written through its own text),
    /// `URL`, `Data`, `Decimal`.
    static func hasFoundationRules(_ type: Any.Type) -> Bool {
        type == Float.self || type == URL.self || type == Data.self || type == Decimal.self
    }

    private static func same(_ bytes: [UInt8], _ line: Data) -> Bool {
        bytes.withUnsafeBytes { bytes in line.withUnsafeBytes { bytes.hasSameBytes(as: $0) } }
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
