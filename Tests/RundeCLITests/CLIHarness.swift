import Foundation
import Glibc
import Testing

/// Runs the built `runde` (or another product of this package) and collects what it printed.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The folder the test products are built into (`.build/debug`).
    static let products = Bundle.main.bundleURL

    /// The repository, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `product` with `arguments` in `directory`, with the language, time zone and width
    /// pinned; with `user` (only root may), as that account, from a copy it can run
    /// (``runnableByAnyone(_:in:)``) beside `directory`.
    static func run(
        _ arguments: [String], in directory: URL, product: String = "runde", environment: [String: String] = [:], as user: String? = nil
    ) throws -> CLIResult {
        let process = Process()
        if let user {
            let program = try runnableByAnyone(product, in: directory.deletingLastPathComponent())
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", program.path] + arguments
        } else {
            process.executableURL = products.appendingPathComponent(product)
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var env = ["LANG": "C.UTF-8", "TZ": "Europe/Oslo", "COLUMNS": "100", "PATH": "/usr/bin:/bin"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A copy of `product` in `place` that every account can run, every folder down to it open to
    /// pass through (other tests may have set a strict umask). Copied by cp, not in this process:
    /// a file this process held open for writing could leak into a child another test spawns
    /// meanwhile, and then running it fails (ETXTBSY).
    static func runnableByAnyone(_ product: String, in place: URL) throws -> URL {
        let copy = place.appendingPathComponent(product)
        let copied = try Spawn.run("/bin/cp", [products.appendingPathComponent(product).path, copy.path], environment: [])
        try #require(copied.status == 0, "\(copied.output)")
        chmod(copy.path, 0o755)
        for folder in sequence(first: place, next: { $0.path == "/" ? nil : $0.deletingLastPathComponent() }) {
            var info = stat()
            if stat(folder.path, &info) == 0, info.st_mode & 0o001 == 0 { chmod(folder.path, info.st_mode & 0o7777 | 0o711) }
        }
        return copy
    }

    /// A fresh temporary folder.
    static func scratch(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runde-cli-\(UUID().uuidString)")
            .appendingPathComponent(name.filter { $0.isLetter || $0.isNumber })
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A scratch copy of the example team folder.
    static func exampleTeam(_ name: String = #function) throws -> URL {
        let url = try scratch(name).appendingPathComponent("heimetenesta")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Examples/heimetenesta"), to: url)
        return url
    }

    /// The meeting logs in a team folder.
    static func meetings(in team: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: team.appendingPathComponent("meetings").path)) ?? []).sorted()
    }
}

/// Compares `text` with `Snapshots/<name>` beside this file. A missing snapshot, or
/// `RECORD_SNAPSHOTS=1`, writes it and fails, so no baseline slips in unreviewed.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = CLI.repository.appendingPathComponent("Tests/RundeCLITests/Snapshots").appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); review it and run the tests again.", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "differs from snapshot \(name)", sourceLocation: sourceLocation)
}
