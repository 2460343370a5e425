import Foundation
import RundeCore

/// A log edited by hand and re-chained, as another tool or a careful editor could leave it:
/// sound (the hash chain holds), whatever its events now say.
public enum EditedLog {
    /// The log at `source` with `change` applied to each event, re-chained line by line.
    public static func lines(from source: URL, _ change: (Event) -> Event) throws -> Data {
        var prev = LineCodec.firstPrev
        var out = Data()
        for line in try Data(contentsOf: source).split(separator: 0x0A) {
            var record = try LineCodec.decode(Data(line))
            record.event = change(record.event)
            record.prev = prev
            let encoded = try LineCodec.encode(record)
            prev = LineCodec.hash(encoded)
            out.append(encoded)
            out.append(0x0A)
        }
        return out
    }

    /// Rewrites the log at `url` in place with `change` applied to each event.
    public static func edit(_ url: URL, _ change: (Event) -> Event) throws {
        try lines(from: url, change).write(to: url)
    }
}
