/// A list of strings in one SQLite text column, exactly: each as its UTF-8 length, a colon and
/// its bytes (`4:kari3:ola`). Any string goes in and comes out the same, whatever it holds.
enum PackedStrings {
    static func pack(_ strings: [String]) -> String {
        strings.map { "\($0.utf8.count):\($0)" }.joined()
    }

    /// The strings of a packed text; nil when the text was not made by ``pack(_:)``.
    static func unpack(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        var strings: [String] = []
        var index = 0
        while index < bytes.count {
            var length = 0
            while index < bytes.count, let digit = Self.digit(bytes[index]) {
                length = length * 10 + digit
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":"), index + 1 + length <= bytes.count else { return nil }
            strings.append(String(decoding: bytes[(index + 1)..<(index + 1 + length)], as: UTF8.self))
            index += 1 + length
        }
        return strings
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
