import CSimdJSON
import Foundation

/// Reads log lines fast: simdjson (Debian's libsimdjson, through `CSimdJSON`) parses a line,
/// and a `Decoder` over its values hands them to the records' own `Decodable` conformances.
///
/// Foundation's `JSONDecoder` stays the authority on what a line means. This reader reads only
/// what it reads exactly as `JSONDecoder` does, and gives nil for anything else — a line that
/// does not parse, a key given twice, a number that is not an integer where one is asked, a
/// type `JSONDecoder` has rules of its own for — so that the caller asks `JSONDecoder`, which
/// also says what is wrong. (`LineReaderTests` holds the two side by side.)
///
/// Not thread-safe: one reader per log being read.
final class LineReader {
    private let reader: OpaquePointer

    init?() {
        guard let reader = runde_json_reader_new() else { return nil }
        self.reader = reader
    }

    deinit { runde_json_reader_free(reader) }

    /// `bytes` as a `Value`, or nil when this reader does not read it (see above).
    func decode<Value: Decodable>(_ type: Value.Type, from bytes: Data) -> Value? {
        bytes.withUnsafeBytes { raw -> Value? in
            guard let start = raw.baseAddress, !raw.isEmpty else { return nil }
            var first: UnsafePointer<runde_json_value>?
            var count = 0
            guard runde_json_read(reader, start, raw.count, &first, &count) == 0, let first else { return nil }
            return try? Value(from: ValueDecoder(values: JSONValues(values: UnsafeBufferPointer(start: first, count: count)), index: 0))
        }
    }
}

/// Anything the reader leaves to `JSONDecoder`; never shown, only a reason to ask it.
private struct NotRead: Error {}

/// The values of one parsed line, in document order (`runde_json.h`).
private struct JSONValues {
    let values: UnsafeBufferPointer<runde_json_value>

    func kind(_ index: Int) -> UInt32 { UInt32(values[index].kind) }

    /// The index of the value after the one at `index` and everything inside it.
    func next(_ index: Int) -> Int { Int(values[index].end) }

    func isNull(_ index: Int) -> Bool { kind(index) == RUNDE_JSON_NULL.rawValue }

    func bool(_ index: Int) throws -> Bool {
        switch kind(index) {
        case RUNDE_JSON_TRUE.rawValue: return true
        case RUNDE_JSON_FALSE.rawValue: return false
        default: throw NotRead()
        }
    }

    func string(_ index: Int) throws -> String {
        guard kind(index) == RUNDE_JSON_STRING.rawValue else { throw NotRead() }
        return String(decoding: bytes(index), as: UTF8.self)
    }

    func bytes(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: values[index].text, count: Int(values[index].count))
    }

    /// An integer written as one (never `1.0` or `1e2`: `JSONDecoder` decides those) that fits.
    func integer<Integer: FixedWidthInteger>(_ type: Integer.Type, _ index: Int) throws -> Integer {
        let value = values[index]
        let integer: Integer? =
            switch UInt32(value.kind) {
            case RUNDE_JSON_INTEGER.rawValue: Integer(exactly: value.number.integer)
            case RUNDE_JSON_UNSIGNED.rawValue: Integer(exactly: value.number.unsigned_integer)
            default: nil
            }
        guard let integer else { throw NotRead() }
        return integer
    }

    /// A number as a `Double`: simdjson rounds a written number to the nearest `Double` as
    /// `JSONDecoder` does, and an integer's conversion rounds the same way.
    func double(_ index: Int) throws -> Double {
        let value = values[index]
        switch UInt32(value.kind) {
        case RUNDE_JSON_INTEGER.rawValue: return Double(value.number.integer)
        case RUNDE_JSON_UNSIGNED.rawValue: return Double(value.number.unsigned_integer)
        case RUNDE_JSON_REAL.rawValue: return value.number.real
        default: throw NotRead()
        }
    }

    /// Any `Decodable` at `index`. Dates are the log's timestamps, read as `LineCodec`'s
    /// decoder reads them; types `JSONDecoder` has rules of its own for are left to it
    /// (``LineCodec/hasFoundationRules(_:)``).
    func decode<Value: Decodable>(_ type: Value.Type, _ index: Int) throws -> Value {
        if Value.self == String.self, let text = try string(index) as? Value { return text }
        if Value.self == Date.self {
            guard let date = Timestamp.date(try string(index)) as? Value else { throw NotRead() }
            return date
        }
        if LineCodec.hasFoundationRules(Value.self) { throw NotRead() }
        return try Value(from: ValueDecoder(values: self, index: index))
    }
}

/// The `Decoder` of the value at `index`.
private struct ValueDecoder: Decoder {
    let values: JSONValues
    let index: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard values.kind(index) == RUNDE_JSON_OBJECT.rawValue else { throw NotRead() }
        return KeyedDecodingContainer(ObjectContainer<Key>(values: values, object: index))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard values.kind(index) == RUNDE_JSON_ARRAY.rawValue else { throw NotRead() }
        return ArrayContainer(values: values, array: index)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValue(values: values, index: index) }
}

/// An object's members, found by comparing key bytes (a line's objects have a few members).
/// The parser has already refused an object that names a key twice.
private struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let values: JSONValues
    let object: Int

    var codingPath: [any CodingKey] { [] }

    /// The index of each member's key; its value follows it.
    private var keys: [Int] {
        var keys: [Int] = []
        var index = object + 1
        for _ in 0..<Int(values.values[object].count) {
            keys.append(index)
            index = values.next(index + 1)
        }
        return keys
    }

    var allKeys: [Key] { keys.compactMap { Key(stringValue: String(decoding: values.bytes($0), as: UTF8.self)) } }

    func contains(_ key: Key) -> Bool { valueIndex(key) != nil }

    private func valueIndex(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { name in
            var index = object + 1
            for _ in 0..<Int(values.values[object].count) {
                if values.bytes(index).hasSameBytes(as: UnsafeRawBufferPointer(name)) { return index + 1 }
                index = values.next(index + 1)
            }
            return nil
        }
    }

    private func value(_ key: Key) throws -> Int {
        guard let index = valueIndex(key) else { throw NotRead() }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool { values.isNull(try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try values.bool(value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try values.string(value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try values.double(value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw NotRead() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try values.integer(type, value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try values.integer(type, value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try values.integer(type, value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try values.integer(type, value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try values.integer(type, value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try values.integer(type, value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try values.integer(type, value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try values.integer(type, value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try values.integer(type, value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try values.integer(type, value(key)) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try values.decode(type, value(key)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(values: values, index: value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(values: values, index: value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { throw NotRead() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw NotRead() }
}

/// An array's elements, in order.
private struct ArrayContainer: UnkeyedDecodingContainer {
    let values: JSONValues
    /// The index of the next element.
    private var position: Int
    private(set) var currentIndex = 0
    let count: Int?

    init(values: JSONValues, array: Int) {
        self.values = values
        position = array + 1
        count = Int(values.values[array].count)
    }

    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    /// The next element's index, moving past it.
    private mutating func next() throws -> Int {
        guard !isAtEnd else { throw NotRead() }
        defer {
            position = values.next(position)
            currentIndex += 1
        }
        return position
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, values.isNull(position) else { return false }
        _ = try next()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try values.bool(next()) }
    mutating func decode(_ type: String.Type) throws -> String { try values.string(next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try values.double(next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { throw NotRead() }
    mutating func decode(_ type: Int.Type) throws -> Int { try values.integer(type, next()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try values.integer(type, next()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try values.integer(type, next()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try values.integer(type, next()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try values.integer(type, next()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try values.integer(type, next()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try values.integer(type, next()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try values.integer(type, next()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try values.integer(type, next()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try values.integer(type, next()) }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try values.decode(type, next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(values: values, index: next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(values: values, index: next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { throw NotRead() }
}

/// One value, as itself.
private struct SingleValue: SingleValueDecodingContainer {
    let values: JSONValues
    let index: Int

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { values.isNull(index) }
    func decode(_ type: Bool.Type) throws -> Bool { try values.bool(index) }
    func decode(_ type: String.Type) throws -> String { try values.string(index) }
    func decode(_ type: Double.Type) throws -> Double { try values.double(index) }
    func decode(_ type: Float.Type) throws -> Float { throw NotRead() }
    func decode(_ type: Int.Type) throws -> Int { try values.integer(type, index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try values.integer(type, index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try values.integer(type, index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try values.integer(type, index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try values.integer(type, index) }
    func decode(_ type: UInt.Type) throws -> UInt { try values.integer(type, index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try values.integer(type, index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try values.integer(type, index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try values.integer(type, index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try values.integer(type, index) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try values.decode(type, index) }
}

extension UnsafeRawBufferPointer {
    /// The same bytes, compared with `memcmp`.
    func hasSameBytes(as other: UnsafeRawBufferPointer) -> Bool {
        guard count == other.count else { return false }
        guard let start = baseAddress, let otherStart = other.baseAddress else { return true }
        return memcmp(start, otherStart, count) == 0
    }
}
