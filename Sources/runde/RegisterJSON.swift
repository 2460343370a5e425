import Foundation
import RundeCore

/// The `--json` output of the registers, as documented in Docs/registers.md: keys sorted,
/// times in RFC 3339 (UTC, to the second), days as `YYYY-MM-DD`, and every key always present
/// (`null` when there is no value).
enum RegisterJSON {
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        Console.out(ControlCharacters.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self)))
    }

    struct Person: Encodable {
        var id: String
        var name: String

        init(_ id: ParticipantID, in meeting: MeetingDigest) {
            self.id = id.rawValue
            name = meeting.name(of: id)
        }
    }

    struct Meeting: Encodable {
        var at: Date
        var name: String
        var title: String

        init(at: Date, name: String, title: String) {
            self.at = at
            self.name = name
            self.title = title
        }

        init(_ meeting: MeetingDigest) { self.init(at: meeting.heldAt, name: meeting.name, title: meeting.title) }
    }

    struct Item: Encodable {
        @Null var exemption: String?
        var id: String
        var kind: String
        var number: Int
        var title: String

        init(_ place: ItemPlace) {
            exemption = place.exemption
            id = place.id.rawValue
            kind = place.kind.rawValue
            number = place.number
            title = place.title
        }
    }

    struct Damaged: Encodable {
        var file: String
        var message: String
    }
}

/// Encodes `nil` as `null` rather than leaving the key out.
@propertyWrapper
struct Null<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
