import Foundation

/// How long `runde review` takes to show its first screen: it is started in a detached tmux
/// session of 160x48, and the pane is read every few milliseconds until the header is there.
/// Its peak memory comes from `/usr/bin/time`, written when it quits.
struct ReviewScreen {
    var runde: URL
    var team: URL
    /// Text of the header, which the first frame draws: `runde · <team name>`.
    var header: String

    private let socket = "runde-bench-\(getpid())"
    private let memoryFile = FileManager.default.temporaryDirectory.appendingPathComponent("runde-bench-\(getpid()).review-kib")

    init(runde: URL, team: URL, teamName: String) {
        self.runde = runde
        self.team = team
        header = "runde · \(teamName)"
    }

    /// The median time to the first screen (see ``Timing/median(prepare:of:)``).
    func median() -> Timing { Timing.median(of: once) }

    private func once() -> Timing {
        try? FileManager.default.removeItem(at: memoryFile)
        defer {
            _ = tmux(["kill-server"])
            try? FileManager.default.removeItem(at: memoryFile)
        }
        // The shell waits for a line, so tmux's own start is not timed.
        let command = "read go; exec /usr/bin/time -f %M -o \(quoted(memoryFile.path)) \(quoted(runde.path)) review --team \(quoted(team.path))"
        let started = tmux([
            "new-session", "-d", "-s", "review", "-x", "160", "-y", "48", "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color", "sh", "-c", command,
        ])
        guard started.status == 0 else { return .failed("tmux: \(started.firstErrorLine)") }
        let begin = DispatchTime.now().uptimeNanoseconds
        _ = tmux(["send-keys", "-t", "review", "Enter"])
        var elapsed = 0.0
        while true {
            let capture = tmux(["capture-pane", "-p", "-t", "review"])
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000
            guard capture.status == 0 else { return .failed("runde review ended before its screen showed") }
            if ((try? String(contentsOf: ChildProcess.output, encoding: .utf8)) ?? "").contains(header) { break }
            guard elapsed < 60_000 else { return .failed("no review screen after 60 s") }
            usleep(2_000)
        }
        _ = tmux(["send-keys", "-t", "review", "q"])
        for _ in 0..<500 where ((try? String(contentsOf: memoryFile, encoding: .utf8)) ?? "").isEmpty { usleep(10_000) }
        let kibibytes = ((try? String(contentsOf: memoryFile, encoding: .utf8)) ?? "").split(separator: "\n").last.flatMap { Double($0) }
        guard let kibibytes else { return .failed("runde review did not quit on q") }
        return .measured(milliseconds: elapsed, peakMiB: kibibytes / 1024)
    }

    private func tmux(_ arguments: [String]) -> ChildRun { ChildProcess.run(["tmux", "-L", socket] + arguments) }

    private func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
}
