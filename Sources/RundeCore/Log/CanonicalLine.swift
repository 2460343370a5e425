import Foundation

/// The line `LineCodec`'s encoder writes for a record, written without it: for `runde verify`,
/// which asks of every line whether it is exactly as runde writes it, and for which Foundation's
/// `JSONEncoder` was a third of the time.
///
/// The rules are `JSONEncoder`'s with `.sortedKeys` and `.withoutEscapingSlashes`, as
/// swift-foundation's `JSONWriter` has them: keys sorted by their UTF-8 bytes, no spaces; in
/// strings `"` and `\` escaped, `\b \f \n \r \t` for those controls and `\u00xx` (lowercase) for
/// the other controls below U+0020, everything else as is; integers in decimal; a key written
/// twice keeps its last value. Timestamps are `Timestamp.string`, as the encoder's strategy writes
/// them. Types `JSONEncoder` has rules of its own for (`Double`, `Float`, `URL`, `Data`,
/// `Decimal`) are not written here: nil, and the caller asks `JSONEncoder`, which stays the
/// authority (`LineCodec.isCanonical`). `CanonicalLineTests` holds the two side by side.
enum CanonicalLine {
    /// The line's bytes, without its line feed; nil where `JSONEncoder` must be asked.
    /// `capacity`: about how long it will be (the line it is compared with).
    static func bytes(of value: some Encodable, capacity: Int = 512) -> [UInt8]? {
        guard let node = try? Node.of(value) else { return nil }
        var line: [UInt8] = []
        line.reserveCapacity(capacity)
        node.write(into: &line)
        return line
    }
}

/// Anything left to `JSONEncoder`.
private struct NotWritten: Error {}

/// A value on its way to being written: objects and arrays are filled in by reference while
/// the record encodes itself, and written once it is done.
private enum Node {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array(ArrayNode)
    case object(ObjectNode)

    static func of<Value: Encodable>(_ value: Value) throws -> Node {
        if Value.self == String.self, let text = value as? String { return .string(text) }
        if Value.self == Date.self, let date = value as? Date { return .string(Timestamp.string(date)) }
        // Doubles too: `JSONEncoder` writes them by rules of its own that no log needs.
        if Value.self == Double.self || LineCodec.hasFoundationRules(Value.self) { throw NotWritten() }
        let slot = Slot()
        try value.encode(to: TreeEncoder(slot: slot))
        guard let node = slot.node else { throw NotWritten() }
        return node
    }

    func write(into line: inout [UInt8]) {
        switch self {
        case .string(let text): Self.write(text, into: &line)
        case .number(let digits): line.append(contentsOf: digits.utf8)
        case .bool(let value): line.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: line.append(contentsOf: "null".utf8)
        case .array(let array):
            line.append(UInt8(ascii: "["))
            for (index, element) in array.elements.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                element.write(into: &line)
            }
            line.append(UInt8(ascii: "]"))
        case .object(let object):
            line.append(UInt8(ascii: "{"))
            object.members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in object.members.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                Self.write(member.key, into: &line)
                line.append(UInt8(ascii: ":"))
                member.value.write(into: &line)
            }
            line.append(UInt8(ascii: "}"))
        }
    }

    /// `text` quoted, with what needs an escape escaped; the runs between copied whole.
    private static func write(_ text: String, into line: inout [UInt8]) {
        line.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                line.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x08: line.append(UInt8(ascii: "b"))
                case 0x0C: line.append(UInt8(ascii: "f"))
                case 0x0A: line.append(UInt8(ascii: "n"))
                case 0x0D: line.append(UInt8(ascii: "r"))
                case 0x09: line.append(UInt8(ascii: "t"))
                case 0x00..<0x20: line.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: line.append(byte)
                }
                run = index + 1
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        line.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)
}

/// Where an encoder puts the one value it encodes.
private final class Slot {
    var node: Node?
}

private final class ArrayNode {
    var elements: [Node] = []
}

private final class ObjectNode {
    var members: [(key: String, value: Node)] = []

    /// A key set again keeps its last value, as in `JSONEncoder`'s dictionary.
    func set(_ key: String, _ value: Node) {
        if let index = members.firstIndex(where: { $0.key == key }) { members[index].value = value } else { members.append((key, value)) }
    }
}

private struct TreeEncoder: Encoder {
    let slot: Slot

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The object at this slot: a record and its event's payload both write into it.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = slot.node { return KeyedEncodingContainer(ObjectEncoding(object: object)) }
        let object = ObjectNode()
        slot.node = .object(object)
        return KeyedEncodingContainer(ObjectEncoding(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let array) = slot.node { return ArrayEncoding(array: array) }
        let array = ArrayNode()
        slot.node = .array(array)
        return ArrayEncoding(array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { ValueEncoding(slot: slot) }
}

private struct ObjectEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectNode

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { object.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) { object.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) { object.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw NotWritten() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw NotWritten() }
    mutating func encode(_ value: Int, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) { object.set(key.stringValue, .number(String(value))) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { object.set(key.stringValue, try .of(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        object.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(ObjectEncoding<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        object.set(key.stringValue, .array(nested))
        return ArrayEncoding(array: nested)
    }

    /// Never used by the log's types; a slot of its own, so it cannot write into this object.
    mutating func superEncoder() -> any Encoder { TreeEncoder(slot: Slot()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(slot: Slot()) }
}

private struct ArrayEncoding: UnkeyedEncodingContainer {
    let array: ArrayNode

    var codingPath: [any CodingKey] { [] }
    var count: Int { array.elements.count }

    mutating func encodeNil() { array.elements.append(.null) }
    mutating func encode(_ value: Bool) { array.elements.append(.bool(value)) }
    mutating func encode(_ value: String) { array.elements.append(.string(value)) }
    mutating func encode(_ value: Double) throws { throw NotWritten() }
    mutating func encode(_ value: Float) throws { throw NotWritten() }
    mutating func encode(_ value: Int) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int8) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int16) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int32) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int64) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) { array.elements.append(.number(String(value))) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { array.elements.append(try .of(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(ObjectEncoding<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        array.elements.append(.array(nested))
        return ArrayEncoding(array: nested)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(slot: Slot()) }
}

private struct ValueEncoding: SingleValueEncodingContainer {
    let slot: Slot

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { slot.node = .null }
    mutating func encode(_ value: Bool) { slot.node = .bool(value) }
    mutating func encode(_ value: String) { slot.node = .string(value) }
    mutating func encode(_ value: Double) throws { throw NotWritten() }
    mutating func encode(_ value: Float) throws { throw NotWritten() }
    mutating func encode(_ value: Int) { slot.node = .number(String(value)) }
    mutating func encode(_ value: Int8) { slot.node = .number(String(value)) }
    mutating func encode(_ value: Int16) { slot.node = .number(String(value)) }
    mutating func encode(_ value: Int32) { slot.node = .number(String(value)) }
    mutating func encode(_ value: Int64) { slot.node = .number(String(value)) }
    mutating func encode(_ value: UInt) { slot.node = .number(String(value)) }
    mutating func encode(_ value: UInt8) { slot.node = .number(String(value)) }
    mutating func encode(_ value: UInt16) { slot.node = .number(String(value)) }
    mutating func encode(_ value: UInt32) { slot.node = .number(String(value)) }
    mutating func encode(_ value: UInt64) { slot.node = .number(String(value)) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { slot.node = try .of(value) }
}
