import Crypto
import Foundation

/// Two copies of one meeting's log, brought together (`runde sync`, and git's merge driver).
///
/// A log is only ever appended to, so two copies normally differ only in length: one is a
/// prefix of the other, and the longer one is the meeting. When the meeting grew on two machines
/// while they were apart, the copies share a prefix and then differ: a *fork*. Then one line of
/// history is kept as the meeting, by a rule both machines work out the same way, and the other
/// copy's lines after the fork point are kept beside the log in a side file
/// (``MeetingFork/sideFile(of:aside:)``). Nothing is lost and no line is changed.
public enum LogMerge {
    /// What bringing `theirs` into `ours` gives.
    public enum Outcome: Equatable, Sendable {
        /// `theirs` holds nothing `ours` lacks (it is a prefix of it, or the same).
        case keepOurs
        /// `ours` is a prefix of `theirs`: append these bytes to it.
        case append(Data)
        /// The copies differ after a shared prefix.
        case fork(MeetingFork)
    }

    /// Compares two copies made of complete lines (each ends in a newline).
    public static func merge(ours: Data, theirs: Data) -> Outcome {
        let shared = sharedPrefix(ours, theirs)
        if shared.bytes == theirs.count { return .keepOurs }
        if shared.bytes == ours.count { return .append(theirs.suffix(from: theirs.startIndex + shared.bytes)) }
        let oursAfter = ours.suffix(from: ours.startIndex + shared.bytes)
        let theirsAfter = theirs.suffix(from: theirs.startIndex + shared.bytes)
        let oursWins = MeetingFork.firstIsKept(oursAfter, theirsAfter)
        return .fork(
            MeetingFork(
                kept: oursWins ? ours : theirs, aside: Data(oursWins ? theirsAfter : oursAfter), sharedLines: shared.lines,
                sharedBytes: shared.bytes, keptOurs: oursWins))
    }

    /// The lines both copies start with: how many, and their length in bytes.
    static func sharedPrefix(_ first: Data, _ second: Data) -> (lines: Int, bytes: Int) {
        first.withUnsafeBytes { a in
            second.withUnsafeBytes { b in
                var lines = 0
                var lineEnd = 0
                var index = 0
                let count = min(a.count, b.count)
                while index < count, a[index] == b[index] {
                    if a[index] == 0x0A {
                        lines += 1
                        lineEnd = index + 1
                    }
                    index += 1
                }
                return (lines, lineEnd)
            }
        }
    }
}

/// One meeting's log that grew on two machines apart: which copy is kept, and what of the other.
public struct MeetingFork: Equatable, Sendable {
    /// The whole log that stays the meeting.
    public var kept: Data
    /// The other copy's lines after the fork point: what goes into the side file.
    public var aside: Data
    /// How many lines both copies share (the fork comes after line `sharedLines`).
    public var sharedLines: Int
    /// Those lines' length in bytes.
    public var sharedBytes: Int
    /// Whether the kept copy is the one on this machine.
    public var keptOurs: Bool

    /// The rule: the copy with more lines is kept (it holds more of the meeting); on a tie, the
    /// one whose first different line is earlier (`at`), then the one whose first different line
    /// sorts first byte by byte, so that every machine picks the same copy.
    static func firstIsKept(_ first: Data, _ second: Data) -> Bool {
        let firstLines = first.count(of: 0x0A)
        let secondLines = second.count(of: 0x0A)
        if firstLines != secondLines { return firstLines > secondLines }
        let firstLine = first.prefix(upTo: first.firstIndex(of: 0x0A) ?? first.endIndex)
        let secondLine = second.prefix(upTo: second.firstIndex(of: 0x0A) ?? second.endIndex)
        if let firstAt = Self.at(firstLine), let secondAt = Self.at(secondLine), firstAt != secondAt { return firstAt < secondAt }
        return firstLine.lexicographicallyPrecedes(secondLine)
    }

    /// A line's `at`, as written (the writer's fixed-width UTC form sorts as time does).
    private static func at(_ line: Data) -> String? {
        (try? JSONSerialization.jsonObject(with: line) as? [String: Any])?["at"] as? String
    }

    /// Where the lines set aside by a fork are kept: beside the log, named after the log and a
    /// hash of those lines, so every machine names the same lines the same way, and a second
    /// fork of the same meeting gets a file of its own. Not a `.jsonl` file: it is no meeting.
    public static func sideFile(of log: URL, aside: Data) -> URL {
        let hash = SHA256.hash(data: aside).prefix(4).map { String(format: "%02x", $0) }.joined()
        return log.appendingPathExtension("fork-\(hash)")
    }

    /// Writes the set-aside lines into their side file beside `log` (private like the log,
    /// synced) and returns it. One already there with the same lines is left as it is: every
    /// machine names the same lines the same way.
    ///
    /// - Throws: ``FileSystemError`` with `EEXIST` when a side file of that name holds other lines.
    public func setAside(beside log: URL) throws(FileSystemError) -> URL {
        let side = Self.sideFile(of: log, aside: aside)
        if (try? Data(contentsOf: side)) == aside { return side }
        try PrivateFiles.write(aside, to: side, replacing: false)
        return side
    }

    /// The side files of forks beside `log`, in name order.
    public static func sideFiles(of log: URL) -> [URL] { sideFiles(in: log.deletingLastPathComponent())[log.lastPathComponent] ?? [] }

    /// The side files of forks in `folder` (`<log>.jsonl.fork-<hex>`) by the file name of the log
    /// each belongs to, each log's in name order: one listing for a whole folder of logs.
    public static func sideFiles(in folder: URL) -> [String: [URL]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var found: [String: [URL]] = [:]
        for (name, mark) in names.compactMap({ name in name.range(of: ".jsonl.fork-").map { (name, $0) } }).sorted(by: { $0.0 < $1.0 }) {
            found[name[..<mark.lowerBound] + ".jsonl", default: []].append(folder.appendingPathComponent(name))
        }
        return found
    }
}

/// A fork's side file, read back: where it leaves the log and whether its lines read.
public struct ForkSideFile: Sendable {
    public var url: URL
    /// How many lines it holds.
    public var lines: Int
    /// The log's line the set-aside lines follow (they go on from there, hash chain and all).
    public var afterLine: Int
    /// Why this file cannot be read (then `lines` and `afterLine` are 0), or why the log's first
    /// `afterLine` lines and this file's lines do not read as one log.
    public var problem: LogError?

    /// Reads `url` as the lines that went on after a line of `log` (the log's bytes).
    public init(_ url: URL, log: Data) {
        self.url = url
        let aside: Data
        do { aside = try MeetingLog.bytes(of: url) } catch {
            (lines, afterLine, problem) = (0, 0, error)
            return
        }
        lines = aside.count(of: 0x0A)
        let firstLine = aside.prefix(upTo: aside.firstIndex(of: 0x0A) ?? aside.endIndex)
        let seq = (try? JSONSerialization.jsonObject(with: firstLine) as? [String: Any])?["seq"] as? Int
        afterLine = max((seq ?? 1) - 1, 0)
        let shared = log.split(separator: 0x0A, maxSplits: afterLine, omittingEmptySubsequences: false).prefix(afterLine)
        let prefix = shared.reduce(into: Data()) { $0.append(contentsOf: $1 + [0x0A]) }
        do {
            let read = try MeetingLog.parse(prefix + aside, url: url)
            problem = read.tornTail.map { LogError(file: url.path, line: $0.line, offset: $0.offset, cause: .tornTail) }
        } catch { problem = error }
        problem = problem.map { Self.numberedInThisFile($0, after: afterLine, bytes: prefix.count) }
    }

    /// `error`, found reading the log's first `lines` lines (`bytes` long) and this file as one,
    /// with the line and offset counted in this file, where it is.
    private static func numberedInThisFile(_ error: LogError, after lines: Int, bytes: Int) -> LogError {
        guard error.line > lines else { return error }
        var own = error
        own.line -= lines
        own.offset -= bytes
        return own
    }

    /// The side files beside `log` (`sides`, when the folder was listed already), read back
    /// against it (which is read only when there are any).
    public static func all(beside log: URL, among sides: [URL]? = nil) -> [ForkSideFile] {
        let sides = sides ?? MeetingFork.sideFiles(of: log)
        guard !sides.isEmpty else { return [] }
        let bytes = (try? MeetingLog.bytes(of: log)) ?? Data()
        return sides.map { ForkSideFile($0, log: bytes) }
    }

    /// Says that the meeting forked and where the other lines are: for `verify`, `show` and the
    /// live screen.
    public var notice: Translation {
        let name = url.lastPathComponent
        if case .cannotRead = problem?.cause {
            return Translation(
                nn: "Møtet har ei forgreining: linjene skrivne på ein annan maskin er i \(name).",
                nb: "Møtet har en forgrening: linjene skrevet på en annen maskin er i \(name).",
                en: "The meeting forked: the lines written on another machine are in \(name).")
        }
        let count =
            lines == 1
            ? Translation(nn: "1 linje", nb: "1 linje", en: "1 line") : Translation(nn: "\(lines) linjer", nb: "\(lines) linjer", en: "\(lines) lines")
        return Translation(
            nn: "Møtet har ei forgreining etter linje \(afterLine): \(count.nn) skrivne på ein annan maskin er i \(name).",
            nb: "Møtet har en forgrening etter linje \(afterLine): \(count.nb) skrevet på en annen maskin er i \(name).",
            en: "The meeting forked after line \(afterLine): \(count.en) written on another machine are in \(name).")
    }
}

extension Data {
    fileprivate func count(of byte: UInt8) -> Int { reduce(0) { $0 + ($1 == byte ? 1 : 0) } }
}
