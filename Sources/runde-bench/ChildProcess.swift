import Foundation

/// How one run of a child process went.
struct ChildRun: Sendable {
    var milliseconds: Double
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32
    /// The most memory the child held (`wait4`'s `ru_maxrss`), in MiB.
    var peakMiB: Double
    /// The first line it wrote to standard error.
    var firstErrorLine: String
}

/// Runs programs as the bench's children: `posix_spawnp` (found on `PATH`), standard output to a
/// file, standard error kept, and the time and peak memory from `wait4`.
enum ChildProcess {
    /// The scratch files for standard output and standard error.
    static let output = FileManager.default.temporaryDirectory.appendingPathComponent("runde-bench-\(getpid()).out")
    static let errors = FileManager.default.temporaryDirectory.appendingPathComponent("runde-bench-\(getpid()).err")

    static func run(_ arguments: [String]) -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let begin = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            return ChildRun(milliseconds: 0, status: 127, peakMiB: 0, firstErrorLine: "\(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000
        let signal = status & 0x7F
        let exit = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        let firstLine = stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(exit)"
        return ChildRun(milliseconds: milliseconds, status: exit, peakMiB: Double(usage.ru_maxrss) / 1024, firstErrorLine: firstLine)
    }

    /// What `arguments` print on standard output, trimmed; nil when they fail.
    static func standardOutput(_ arguments: [String]) -> String? {
        guard run(arguments).status == 0, let text = try? String(contentsOf: output, encoding: .utf8) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func removeScratchFiles() {
        try? FileManager.default.removeItem(at: output)
        try? FileManager.default.removeItem(at: errors)
    }
}
