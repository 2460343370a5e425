import Foundation
import RundeCore
import RundeTUI

/// What one fuzzing run feeds its bytes to, chosen by the environment variable `RUNDE_FUZZ`.
///
/// Every parser must answer a value or an error for any bytes; a crash (a trap, an index out of
/// range, an unwrapped nil) is a bug. The key decoder is also held to its promises about
/// pastes, checked with `precondition`.
enum FuzzTarget: String, CaseIterable {
    /// `MeetingLog.parse`: a log file's bytes, as they are.
    case log
    /// `MeetingLog.parse` after each line's `seq` and `prev` are set right, so changed events get
    /// past the hash chain into the fold.
    case chain
    /// `AgendaParser.parse`, with member ids and the built-in recipes to check against.
    case agenda
    /// `TeamFile.parse`: a `team.toml`.
    case team
    /// `RecipeFile.parse`: a team's recipe file.
    case recipe
    /// `KeyDecoder`: bytes as raw input across reads (see ``KeyInputs``).
    case keys

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["RUNDE_FUZZ"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("runde-fuzz: set RUNDE_FUZZ to one of \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    static let url = URL(fileURLWithPath: "/fuzz/meetings/fuzz.jsonl")
    static let members: Set<ParticipantID> = ["kari", "ola", "siri", "per"]

    func run(_ bytes: [UInt8]) {
        switch self {
        case .log: _ = try? MeetingLog.parse(Data(bytes), url: Self.url)
        case .chain: _ = try? MeetingLog.parse(Data(Self.chained(bytes)), url: Self.url)
        case .agenda: _ = AgendaParser.parse(Data(bytes), file: "agenda.txt", members: Self.members, recipes: .builtIn)
        case .team: _ = try? TeamFile.parse(String(decoding: bytes, as: UTF8.self))
        case .recipe: _ = try? RecipeFile.parse(String(decoding: bytes, as: UTF8.self), file: "recipes/fuzz.toml")
        case .keys: KeyInputs.check(bytes)
        }
    }

    /// `bytes` with every line's `"seq":N` made its line number and `"prev":"…"` the hash of
    /// the line before, as the writer would have written them.
    static func chained(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var prev = LineCodec.firstPrev
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var line = Array(line)
            replace(in: &line, after: Array(#""seq":"#.utf8), with: Array(String(number + 1).utf8)) { $0 >= 0x30 && $0 <= 0x39 }
            replace(in: &line, after: Array(#""prev":""#.utf8), with: Array(prev.utf8)) { $0 != 0x22 }
            if number > 0 { out.append(0x0A) }
            out += line
            prev = LineCodec.hash(line)
        }
        return out
    }

    /// Replaces the run of bytes matching `isPart` right after the first `marker` in `line`.
    private static func replace(in line: inout [UInt8], after marker: [UInt8], with new: [UInt8], isPart: (UInt8) -> Bool) {
        guard let start = firstIndex(of: marker, in: line) else { return }
        let from = start + marker.count
        var to = from
        while to < line.count, isPart(line[to]) {
            to += 1
        }
        line.replaceSubrange(from..<to, with: new)
    }

    private static func firstIndex(of marker: [UInt8], in line: [UInt8]) -> Int? {
        guard line.count >= marker.count else { return nil }
        return (0...(line.count - marker.count)).first { line[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

/// Bytes as what ncurses hands over, read by read: most bytes are a character each; a few
/// prefixes make the rest (a key code, a resize, a click, a terminfo key name, any scalar value
/// up to 24 bits, the end of a read, quiet time).
enum KeyInputs {
    static let names = ["kLFT5", "kRIT3", "kUP2", "kDN", "kHOM7", "kEND", "kDC5", "k", "5", ""]

    static func check(_ bytes: [UInt8]) {
        var decoder = KeyDecoder()
        var read: [Terminal.RawInput] = []
        var events: [InputEvent] = []
        var index = 0
        func next() -> Int {
            defer { index += 1 }
            return index < bytes.count ? Int(bytes[index]) : 0
        }
        while index < bytes.count {
            switch next() {
            case 0xF8: read.append(.keyCode(Int32(0o401 + next())))
            case 0xF9: read.append(.resized(Size(width: next(), height: next())))
            case 0xFA: read.append(.clicked(Point(x: next(), y: next())))
            case 0xFB: read.append(.keyName(names[next() % names.count]))
            case 0xFC: read.append(.char(UInt32(next() << 16 | next() << 8 | next())))
            case 0xFD:
                events += decoder.decode(read)
                read = []
            case 0xFE: events += decoder.idle(milliseconds: next() * 10)
            case let byte: read.append(.char(UInt32(byte)))
            }
        }
        events += decoder.decode(read)
        events += decoder.idle(milliseconds: KeyDecoder.pasteQuiet)
        events += decoder.idle(milliseconds: 0)
        precondition(!decoder.inPaste && !decoder.awaitsSequence, "input left undecoded after a long quiet")
        for case .paste(let text) in events {
            precondition(!text.isEmpty, "an empty paste")
            precondition(text.unicodeScalars.count <= KeyDecoder.pasteLimit, "a paste over the limit")
            precondition(
                !text.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) },
                "a control character in a paste")
        }
    }
}
