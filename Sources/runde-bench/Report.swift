import Foundation

/// The machine the bench ran on, as Docs/performance.md asks to name it.
struct Machine: Codable {
    var cores: Int
    var cpu: String
    var memoryGiB: Double
    /// The load average over the last minute when the bench started: other work on the machine.
    var load: String

    static var current: Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":", maxSplits: 1).last
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kibibytes = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }?.split(separator: " ").dropFirst().first.flatMap { Double($0) }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
        return Machine(
            cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model?.trimmingCharacters(in: .whitespaces) ?? "unknown",
            memoryGiB: (kibibytes ?? 0) / 1_048_576, load: load ?? "unknown")
    }

    var text: String { "\(cores) cores, \(cpu), \(String(format: "%.1f", memoryGiB)) GiB, load \(load) at the start" }
}

/// Everything the bench measured, as `.build/bench-results.json` holds it.
struct Report: Codable {
    var machine: Machine
    /// Seconds each archive took to generate; absent when it came from the cache.
    var generationSeconds: [String: Double]
    var rows: [Row]
    var inProcess: [InProcess.Measurement]
    /// Why the in-process measurements could not be made, if they could not.
    var inProcessFailure: String?

    var met: Bool { rows.allSatisfy(\.met) && inProcessFailure == nil && inProcess.allSatisfy(\.met) }

    func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: url)
    }
}

extension Row {
    /// Whether a unit's first run grows linearly with its meetings: the time per meeting of
    /// `decisions` with no index on A-5000 is at most 1.5 times A-520's.
    static func growth(small: ArchiveResults, smallMeetings: Int, large: ArchiveResults, largeMeetings: Int) -> Row {
        let perMeeting = { (timing: Timing, meetings: Int) -> Timing in
            guard case .measured(let milliseconds, let peak) = timing else { return timing }
            return .measured(milliseconds: milliseconds / Double(meetings), peakMiB: peak)
        }
        let base = small.firstRunDecisions.milliseconds.map { $0 / Double(smallMeetings) }
        let target = Target(
            maxMilliseconds: base.map { $0 * 1.5 } ?? 0, maxMiB: nil,
            note: "≤ 1.5× A-520's \(base.map { String(format: "%.3f", $0) } ?? "–") ms/meeting")
        return Row(
            "decisions, no index, ms per meeting", archive: "A-5000", runde: perMeeting(large.firstRunDecisions, largeMeetings),
            jq: large.jqDecisions.map { $0 / Double(largeMeetings) }, python: nil, grep: nil, target: target)
    }
}
