import Foundation

/// One line of a meeting log: the envelope (`v`, `seq`, `at`, `by`, `prev`) around an ``Event``.
public struct EventRecord: Sendable, Hashable {
    /// The log format version this build writes; it reads this one and every one before it.
    public static let formatVersion = 4

    public var v: Int
    /// 1, 2, 3… with no gaps.
    public var seq: Int
    /// When it happened, UTC, to the millisecond.
    public var at: Date
    /// The participant who acted, where there is one.
    public var by: ParticipantID?
    public var event: Event
    /// SHA-256 (hex) of the previous line's bytes, without its line feed; of the empty string for
    /// the first line.
    public var prev: String

    public init(v: Int = EventRecord.formatVersion, seq: Int, at: Date, by: ParticipantID?, event: Event, prev: String) {
        self.v = v
        self.seq = seq
        self.at = at
        self.by = by
        self.event = event
        self.prev = prev
    }
}

extension EventRecord: Codable {
    private enum CodingKeys: String, CodingKey { case v, seq, at, by, type, prev }

    /// Thrown for a `type` this build does not know; the reader names the line.
    struct UnknownType: Error { var type: String }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        v = try c.decode(Int.self, forKey: .v)
        seq = try c.decode(Int.self, forKey: .seq)
        at = try Timestamp.decode(c, forKey: .at)
        by = try c.decodeIfPresent(ParticipantID.self, forKey: .by)
        prev = try c.decode(String.self, forKey: .prev)
        let type = try c.decode(String.self, forKey: .type)
        guard let event = try Event.decodePayload(type: type, from: decoder) else { throw UnknownType(type: type) }
        self.event = event
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(v, forKey: .v)
        try c.encode(seq, forKey: .seq)
        try c.encode(Timestamp.string(at), forKey: .at)
        try c.encodeIfPresent(by, forKey: .by)
        try c.encode(event.type, forKey: .type)
        try event.encodePayload(to: encoder)
        try c.encode(prev, forKey: .prev)
    }
}
