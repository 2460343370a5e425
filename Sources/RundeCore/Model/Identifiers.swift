import Foundation

/// A string identifier made a type of its own, so a participant can never be passed where an
/// item is expected. Encodes as a plain JSON string.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension StringIdentifier {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public init(_ value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A member of the team or a guest, by the short handle the team file gives them (`kari`).
public struct ParticipantID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// An agenda item within one meeting (`s1`, `s2`, …), stable when items are reordered.
public struct ItemID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// An action (*oppfølgingspunkt*) within one meeting (`a1`, `a2`, …).
public struct ActionID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Something recorded in another meeting of the same team: `<meeting name>#<local id>`.
public protocol CrossMeetingReference: StringIdentifier {}

extension CrossMeetingReference {
    init(meeting: String, local: String) { self.init(rawValue: "\(meeting)#\(local)") }

    /// The meeting name part, before `#`.
    public var meeting: String { String(rawValue.split(separator: "#", maxSplits: 1).first ?? "") }

    /// The part after `#`; nil when the reference has no `#`.
    var local: String? {
        let parts = rawValue.split(separator: "#", maxSplits: 1)
        return parts.count == 2 ? String(parts[1]) : nil
    }
}

/// A decision in another meeting, by its item: `2026-09-14-1400-teammote#s3`.
public struct DecisionRef: CrossMeetingReference {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public init(meeting: String, item: ItemID) { self.init(meeting: meeting, local: item.rawValue) }

    /// The item part; nil when the reference has no `#`.
    public var item: ItemID? { local.map(ItemID.init) }
}

/// An action in another meeting: `2026-09-14-1400-teammote#a2`.
public struct ActionRef: CrossMeetingReference {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public init(meeting: String, action: ActionID) { self.init(meeting: meeting, local: action.rawValue) }

    /// The action part; nil when the reference has no `#`.
    public var action: ActionID? { local.map(ActionID.init) }
}
