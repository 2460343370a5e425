import Foundation
import RundeCore
import RundeTUI

/// The in-process measurements: what one command costs to write (the writer syncs each), what
/// the sync itself costs here, reading one meeting back, drawing one frame.
enum InProcess {
    /// One target: what is measured, the limit, and the value.
    struct Measurement: Codable {
        var name: String
        var limit: Double
        var unit: String
        var value: Double
        var met: Bool { value <= limit }
    }

    static func measure() throws -> [Measurement] {
        let folderURL = FileManager.default.temporaryDirectory.appendingPathComponent("runde-bench-\(getpid())-writer")
        defer { try? FileManager.default.removeItem(at: folderURL) }
        let shape = MeetingShape.heavy
        let folder = try TeamFolder.create(at: folderURL, name: "Heimetenesta Fjordvik", members: shape.members, language: .nn)
        let drafts = try AgendaParser.parse(shape.agenda, file: "agenda.txt", members: Set(shape.members.map(\.id))).get()
        // Today: the writer stamps the real time, and a review date must not be before it.
        let start = Date()
        let plan = MeetingPlan(title: "Teammøte 1", team: folder.team, agenda: drafts, scheduledAt: start)
        let url = folder.meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
        var writer: MeetingLogWriter?
        let written = try milliseconds(runs: 1) {
            let log = try MeetingLogWriter.create(at: url, try plan.created(recipes: .builtIn), by: "kari")
            try MeetingScript(shape: shape, number: 0, day: Day(start, in: .gmt), previous: nil).hold(on: log, closing: true)
            writer = log
        }
        let events = writer?.meeting.state.lastSeq ?? 1
        let state = AppState(meeting: try MeetingLog.read(url).state, language: .nn, now: Date())
        let command = try commandCost(in: folder, start: start)
        let sync = syncCost(in: folderURL)
        return [
            Measurement(name: "write: per event, a meeting through the writer (\(events) events)", limit: 5, unit: "ms", value: written / Double(events)),
            Measurement(name: "write: one command, fsync'd (median of 200)", limit: 5, unit: "ms", value: command.median),
            Measurement(name: "write: one command, fsync'd (slowest of 200)", limit: 50, unit: "ms", value: command.slowest),
            Measurement(name: "of which fsync: a line written, then synced (median)", limit: 5, unit: "ms", value: sync.synced),
            Measurement(name: "  (the same line written, not synced (median))", limit: 5, unit: "ms", value: sync.write),
            Measurement(name: "read and fold one meeting (\(events) lines)", limit: 50, unit: "ms", value: try milliseconds { _ = try MeetingLog.read(url) }),
            Measurement(
                name: "render one 160x48 frame", limit: 16, unit: "ms", value: milliseconds(runs: 21) { _ = state.render(size: Size(width: 160, height: 48)) }),
        ]
    }

    static func text(_ measurements: [Measurement]) -> String {
        measurements.map { measurement in
            let mark = measurement.met ? "ok  " : "SLOW"
            let value = String(format: "%9.2f", measurement.value)
            return
                "\(mark) \(measurement.name.padding(toLength: 66, withPad: " ", startingAt: 0)) \(value) \(measurement.unit)  (target ≤ \(Int(measurement.limit)))"
        }.joined(separator: "\n")
    }

    /// The median wall time of `runs` runs of `body`, in milliseconds.
    private static func milliseconds(runs: Int = 7, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return times.sorted()[times.count / 2]
    }

    /// The time of one command on its own — a note, as the scribe adds them — in milliseconds,
    /// synced to disk before it returns as every command is: the median and the slowest of `count`.
    private static func commandCost(in folder: TeamFolder, start: Date, count: Int = 200) throws -> (median: Double, slowest: Double) {
        let plan = MeetingPlan(title: "Notat", team: folder.team, agenda: [], scheduledAt: start.addingTimeInterval(-86_400))
        let url = folder.meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
        let writer = try MeetingLogWriter.create(at: url, try plan.created(recipes: .builtIn), by: "ola")
        var times: [Double] = []
        for number in 0..<count {
            let begin = DispatchTime.now().uptimeNanoseconds
            _ = try writer.submit(.addNote("Notat \(number): kven tek telefonen på onsdagar?", speaker: nil), by: "ola")
            times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
        }
        times.sort()
        return (times[times.count / 2], times[times.count - 1])
    }

    /// What the sync itself costs here: appending one 250-byte line with `write(2)`, then with
    /// `write(2)` and `fsync`, in milliseconds (medians of `count`).
    private static func syncCost(in folder: URL, count: Int = 200) -> (write: Double, synced: Double) {
        let path = folder.appendingPathComponent("sync-cost").path
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        defer {
            close(fd)
            unlink(path)
        }
        let line = [UInt8](repeating: 0x61, count: 249) + [0x0A]
        func median(sync: Bool) -> Double {
            var times: [Double] = []
            for _ in 0..<count {
                let begin = DispatchTime.now().uptimeNanoseconds
                _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if sync { _ = fsync(fd) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
            }
            return times.sorted()[count / 2]
        }
        return (median(sync: false), median(sync: true))
    }
}
