import Foundation

/// What a row must show to meet the targets. Every limit given must hold.
struct Target: Codable, Sendable {
    /// runde's median, at most.
    var maxMilliseconds: Double?
    /// runde at least this many times faster than jq.
    var jqTimes: Double?
    /// runde at most this multiple of python's time.
    var pythonTimes: Double?
    /// runde's peak memory, at most.
    var maxMiB: Double? = 100
    /// Said instead of the limits when they are not plain (growth rows).
    var note: String?

    var text: String {
        if let note { return note }
        var parts: [String] = []
        if let maxMilliseconds { parts.append(maxMilliseconds >= 10_000 ? "≤ \(Int(maxMilliseconds / 1000)) s" : "≤ \(Int(maxMilliseconds)) ms") }
        if let jqTimes { parts.append("≥ \(Int(jqTimes))× jq") }
        if let pythonTimes { parts.append("≤ \(pythonTimes)× python") }
        if let maxMiB { parts.append("≤ \(Int(maxMiB)) MiB") }
        return parts.joined(separator: ", ")
    }

    func met(_ runde: Timing, jq: Double?, python: Double?) -> Bool {
        guard case .measured(let milliseconds, let peak) = runde else { return false }
        if let maxMilliseconds, milliseconds > maxMilliseconds { return false }
        if let jqTimes, (jq ?? 0) < milliseconds * jqTimes { return false }
        if let pythonTimes, python.map({ milliseconds > $0 * pythonTimes }) ?? true { return false }
        if let maxMiB, peak > maxMiB { return false }
        return true
    }
}

/// One line of the table: a question on an archive, runde beside jq, python and grep.
struct Row: Codable, Sendable {
    var question: String
    var archive: String
    var rundeMilliseconds: Double?
    var rundePeakMiB: Double?
    var rundeFailure: String?
    var jqMilliseconds: Double?
    var pythonMilliseconds: Double?
    var grepMilliseconds: Double?
    var target: String
    var met: Bool

    init(_ question: String, archive: String, runde: Timing, jq: Double?, python: Double?, grep: Double?, target: Target) {
        self.question = question
        self.archive = archive
        rundeMilliseconds = runde.milliseconds
        rundePeakMiB = runde.peakMiB
        if case .failed(let why) = runde { rundeFailure = why }
        jqMilliseconds = jq
        pythonMilliseconds = python
        grepMilliseconds = grep
        self.target = target.text
        met = target.met(runde, jq: jq, python: python)
    }

    /// How many times faster than jq runde is.
    var jqRatio: Double? {
        guard let jqMilliseconds, let rundeMilliseconds, rundeMilliseconds > 0 else { return nil }
        return jqMilliseconds / rundeMilliseconds
    }
}

/// The side-by-side table as text, one row a line and a failure on the line under its row.
enum Table {
    static let columns: [(title: String, width: Int)] = [
        ("question", 42), ("archive", 7), ("runde ms", 9), ("MiB", 6), ("jq ms", 9), ("python ms", 9), ("grep ms", 8), ("jq/runde", 8),
        ("target", 36), ("met", 3),
    ]

    static func text(_ rows: [Row]) -> String {
        var lines = [line(columns.map(\.title))]
        for row in rows {
            lines.append(
                line([
                    row.question, row.archive, number(row.rundeMilliseconds), number(row.rundePeakMiB), number(row.jqMilliseconds),
                    number(row.pythonMilliseconds), number(row.grepMilliseconds), row.jqRatio.map { String(format: "%.1f×", $0) } ?? "–",
                    row.target, row.met ? "yes" : "no",
                ]))
            if let failure = row.rundeFailure { lines.append("    failed: \(failure)") }
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ cells: [String]) -> String {
        zip(cells, columns).enumerated().map { index, pair in
            let (cell, column) = pair
            let numeric = (2...7).contains(index)
            let padding = String(repeating: " ", count: max(0, column.width - cell.count))
            return numeric ? padding + cell : cell + padding
        }.joined(separator: "  ")
    }

    private static func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: value >= 100 ? "%.0f" : value >= 1 ? "%.1f" : "%.3f", value)
    }
}
