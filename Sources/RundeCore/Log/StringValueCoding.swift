import Foundation

// Identifiers (``StringIdentifier``) and the method's string enums (``ItemKind``,
// ``ActionStatus``, …) are JSON strings. Through `Codable`'s defaults each one is a value of its
// own: the coder makes a nested decoder or encoder and a single-value container for it, which
// made up a good part of reading a log (Docs/performance.md). These overloads, more specific
// than the containers' generic `decode` and `encode`, are what this module's synthesized
// conformances call: they read and write the string in place. The JSON is the same either way,
// and a string that is no case of an enum is refused as `Codable` refuses it.

extension KeyedDecodingContainer {
    func decode<Value: RawRepresentable & Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value where Value.RawValue == String {
        try value(of: type, from: decode(String.self, forKey: key), forKey: key)
    }

    func decodeIfPresent<Value: RawRepresentable & Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value?
    where Value.RawValue == String {
        try decodeIfPresent(String.self, forKey: key).map { try value(of: type, from: $0, forKey: key) }
    }

    func decode<Value: RawRepresentable & Decodable>(_ type: [Value].Type, forKey key: Key) throws -> [Value] where Value.RawValue == String {
        try decode([String].self, forKey: key).map { try value(of: Value.self, from: $0, forKey: key) }
    }

    func decodeIfPresent<Value: RawRepresentable & Decodable>(_ type: [Value].Type, forKey key: Key) throws -> [Value]?
    where Value.RawValue == String {
        try decodeIfPresent([String].self, forKey: key).map { try $0.map { try value(of: Value.self, from: $0, forKey: key) } }
    }

    private func value<Value: RawRepresentable>(of type: Value.Type, from text: String, forKey key: Key) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "Cannot initialize \(Value.self) from invalid String value \(text)")
        }
        return value
    }
}

extension KeyedEncodingContainer {
    mutating func encode<Value: RawRepresentable & Encodable>(_ value: Value, forKey key: Key) throws where Value.RawValue == String {
        try encode(value.rawValue, forKey: key)
    }

    mutating func encodeIfPresent<Value: RawRepresentable & Encodable>(_ value: Value?, forKey key: Key) throws where Value.RawValue == String {
        try encodeIfPresent(value?.rawValue, forKey: key)
    }

    mutating func encode<Value: RawRepresentable & Encodable>(_ values: [Value], forKey key: Key) throws where Value.RawValue == String {
        try encode(values.map(\.rawValue), forKey: key)
    }

    mutating func encodeIfPresent<Value: RawRepresentable & Encodable>(_ values: [Value]?, forKey key: Key) throws where Value.RawValue == String {
        try encodeIfPresent(values?.map(\.rawValue), forKey: key)
    }
}
