import Foundation
import Glibc
import Testing

/// A private tmux server for one test: its own socket and folder, a fixed size, a UTF-8 locale.
///
/// Children are started with `posix_spawn`, an empty signal mask and default dispositions:
/// swift-testing's worker threads block SIGINT, SIGWINCH and more, and a child would inherit
/// that (NCURSES-NOTES.md §7).
final class Tmux {
    let socket = "runde-\(UUID().uuidString.prefix(8))"
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { _ = try? run(["kill-server"]) }

    /// Starts `command` (through `sh -c`) in an 80x24 window.
    func start(_ command: String, width: Int = 80, height: Int = 24) throws {
        let status = try run([
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8", "-e", "TZ=Europe/Oslo",
            "-e", "TERM=tmux-256color", "sh", "-c", "trap : INT; \(command); echo RC=$?; sleep 600",
        ]).status
        #expect(status == 0, "tmux new-session failed")
    }

    /// Sends keys by tmux name (`Enter`, `Down`, `C-c`) or literal text with `-l`.
    func keys(_ keys: String..., literal: Bool = false) throws {
        _ = try run(["send-keys", "-t", socketTarget] + (literal ? ["-l"] : []) + keys)
    }

    /// Writes a note on the live screen: `n`, the text (waiting until the field shows its last
    /// word), Enter.
    func writeNote(_ text: String) throws {
        try keys("n")
        try waitFor("Notat til referatet")
        try keys(text, literal: true)
        try waitFor(String(text.split(separator: " ").last ?? ""))
        try keys("Enter")
    }

    /// A left click where `text` is on the screen, as an X10 mouse report (press, then release),
    /// the form ncurses asks tmux for.
    func click(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rows = try capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let y = rows.firstIndex(where: { $0.contains(text) }), let range = rows[y].range(of: text) else {
            Issue.record("“\(text)” is not on the screen", sourceLocation: sourceLocation)
            return
        }
        let x = rows[y][..<range.lowerBound].count  // the screens here have no wide characters before a click target
        for button in [0x20, 0x23] {
            try run(["send-keys", "-t", socketTarget, "-H"] + [0x1b, 0x5b, 0x4d, button, x + 33, y + 33].map { String($0, radix: 16) })
        }
    }

    /// The screen as text, with the scrollback when asked, with its escape sequences (colours,
    /// bold) when asked.
    func capture(history: Bool = false, escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", socketTarget] + (history ? ["-S", "-200"] : []) + (escapes ? ["-e"] : [])).output
    }

    /// Waits until the screen shows `text`; fails with the screen after `seconds` (generous:
    /// the machine may be busy building).
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 30, history: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("“\(text)”", seconds: seconds, history: history, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the screen passes `condition` (a screen can be caught halfway through a
    /// redraw, so wait for everything a check needs, not just its first sign).
    @discardableResult
    func waitUntil(
        _ description: String, seconds: Double = 30, history: Bool = false, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture(history: history)
            if condition(screen) { return screen }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(description); the screen was:\n\(screen)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    struct TmuxTimeout: Error {}

    private var socketTarget: String { "0" }

    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Spawn.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments, environment: ["TMUX_TMPDIR=\(folder.path)", "PATH=/usr/bin:/bin"])
    }
}

/// `posix_spawn` + `waitpid`; the child's output goes through a temporary file, not a pipe,
/// because the tmux server that `new-session` starts inherits it and would hold a pipe open.
enum Spawn {
    struct Failed: Error { var code: Int32 }

    /// Spawn attributes that give the child no blocked signals and every handler at its default:
    /// swift-testing's threads block signals, and a child would inherit that. Destroy them after.
    static func attributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    static func run(_ path: String, _ arguments: [String], environment: [String]) throws -> (status: Int32, output: String) {
        var attributes = attributes()
        defer { posix_spawnattr_destroy(&attributes) }

        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("runde-spawn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failed(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? Data(contentsOf: outputURL)) ?? Data()
        return (exit, String(decoding: output, as: UTF8.self))
    }
}
