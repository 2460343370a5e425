import Foundation

/// The median of several runs of one command and the most memory any run held, or why it failed.
enum Timing: Sendable {
    case measured(milliseconds: Double, peakMiB: Double)
    case failed(String)

    var milliseconds: Double? {
        if case .measured(let milliseconds, _) = self { return milliseconds }
        return nil
    }

    var peakMiB: Double? {
        if case .measured(_, let peak) = self { return peak }
        return nil
    }

    /// How many timed runs follow an untimed first one: 5, or 3 for a slow command.
    static func runCount(afterFirst milliseconds: Double) -> Int { milliseconds > 1_000 ? 3 : 5 }

    /// The median time of measured runs, with the most memory any of them held.
    init(medianOf runs: [Timing]) {
        let times = runs.compactMap(\.milliseconds).sorted()
        guard !times.isEmpty else {
            self = .failed("no runs")
            return
        }
        self = .measured(milliseconds: times[times.count / 2], peakMiB: runs.compactMap(\.peakMiB).max() ?? 0)
    }

    /// Runs `arguments` once untimed (a warm file cache, and an index if runde builds one), then
    /// ``runCount(afterFirst:)`` times, `prepare` before each run, untimed. A status outside
    /// `accepting` fails it with the first line of standard error.
    static func median(_ arguments: [String], accepting: ClosedRange<Int32> = 0...0, prepare: () throws -> Void = {}) -> Timing {
        median(prepare: prepare) {
            let run = ChildProcess.run(arguments)
            return accepting.contains(run.status) ? .measured(milliseconds: run.milliseconds, peakMiB: run.peakMiB) : .failed(run.firstErrorLine)
        }
    }

    /// The median of `once` run ``runCount(afterFirst:)`` times after one untimed run, `prepare`
    /// before each; the first failure, if any. A first run of more than 10 s counts as one of the
    /// three: the cache is as warm for it as it gets, and it saves minutes.
    static func median(prepare: () throws -> Void = {}, of once: () -> Timing) -> Timing {
        var runs: [Timing] = []
        var count = 1
        do {
            while runs.count < count {
                try prepare()
                let run = once()
                guard let milliseconds = run.milliseconds else { return run }
                if count == 1 {
                    count = runCount(afterFirst: milliseconds)
                    if milliseconds <= 10_000 { continue }
                }
                runs.append(run)
            }
        } catch {
            return .failed("\(error)")
        }
        return Timing(medianOf: runs)
    }
}
