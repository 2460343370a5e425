import Foundation

/// What `runde verify` found in one log.
public struct VerifyReport: Sendable {
    public var url: URL
    /// Damage that stops the log from being read: a bad hash, a `seq` gap, a broken line…
    public var error: LogError?
    /// Lines that read, but are not exactly as runde writes them: a field the format does not
    /// have, a wrong type, a value out of range.
    public var schemaProblems: [LogError]
    public var tornTail: TornTail?
    public var events: Int
    /// What the log folds to, when it reads back.
    public var state: MeetingState?
    /// SHA-256 of the bytes read, when asked for (the index keeps it to know the log again).
    public var hash: String?

    /// Sound: readable, every line as the format says. A torn tail alone is a warning.
    public var isOK: Bool { error == nil && schemaProblems.isEmpty }
}

extension MeetingLog {
    /// Checks a log's hash chain, sequence and events, and each line against the format: a
    /// line must be exactly what this build writes for the event it decodes to. `hashing` asks
    /// for the SHA-256 of all the bytes read too.
    public static func verify(_ url: URL, hashing: Bool = false) -> VerifyReport {
        let bytes: Data
        let loaded: LoadedMeeting
        do {
            bytes = try self.bytes(of: url)
            loaded = try parse(bytes, url: url)
        } catch {
            return VerifyReport(url: url, error: error, schemaProblems: [], tornTail: nil, events: 0, state: nil)
        }
        var problems: [LogError] = []
        var start = bytes.startIndex
        // Each record was read from the next complete line, so each has its line feed.
        for (index, record) in loaded.meeting.records.enumerated() {
            guard let end = LogParser.newline(in: bytes, from: start, within: bytes.endIndex - start) else { break }
            let written = bytes[start..<end]
            if !LineCodec.isCanonical(written, of: record), let canonical = try? LineCodec.encode(record) {
                let detail = difference(written, canonical) ?? "not as runde writes it"
                problems.append(LogError(file: url.path, line: index + 1, offset: start - bytes.startIndex, cause: .badEvent(detail)))
            }
            start = end + 1
        }
        return VerifyReport(
            url: url, error: nil, schemaProblems: problems, tornTail: loaded.tornTail, events: loaded.meeting.records.count, state: loaded.state,
            hash: hashing ? LineCodec.hash(bytes) : nil)
    }

    /// The first place where the line as written differs from the line as runde writes it.
    private static func difference(_ written: Data, _ canonical: Data) -> String? {
        guard let a = try? JSONSerialization.jsonObject(with: written), let b = try? JSONSerialization.jsonObject(with: canonical) else {
            return nil
        }
        return difference(a, b, path: "")
    }

    private static func difference(_ written: Any, _ canonical: Any, path: String) -> String? {
        let here = path.isEmpty ? "the line" : "\"\(path)\""
        switch (written, canonical) {
        case (let a as [String: Any], let b as [String: Any]):
            if let extra = Set(a.keys).subtracting(b.keys).sorted().first {
                return "field \"\(path.isEmpty ? extra : path + "." + extra)\" is not part of the format"
            }
            if let missing = Set(b.keys).subtracting(a.keys).sorted().first {
                return "field \"\(path.isEmpty ? missing : path + "." + missing)\" is missing"
            }
            for key in a.keys.sorted() {
                if let a = a[key], let b = b[key], let found = difference(a, b, path: path.isEmpty ? key : "\(path).\(key)") {
                    return found
                }
            }
            return "\(here): keys are not in sorted order, or spacing differs"
        case (let a as [Any], let b as [Any]):
            guard a.count == b.count else { return "\(here) has \(a.count) elements, expected \(b.count)" }
            for (index, pair) in zip(a, b).enumerated() {
                if let found = difference(pair.0, pair.1, path: "\(path)[\(index)]") { return found }
            }
            return nil
        default:
            return same(written, canonical) ? nil : "\(here) has the value \(written), expected \(canonical)"
        }
    }

    /// Whether two parsed values are the same value, written alike: `NSNumber` alone finds `3.0`
    /// equal to `3`, and `true` to `1`.
    private static func same(_ written: Any, _ canonical: Any) -> Bool {
        if let written = written as? NSNumber, let canonical = canonical as? NSNumber, written.objCType.pointee != canonical.objCType.pointee {
            return false
        }
        return (written as? NSObject)?.isEqual(canonical) ?? false
    }
}
