import Foundation
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

    /// Runs `product` with `arguments` in `directory`, with the language, time zone and width pinned.
    static func run(_ arguments: [String], in directory: URL, product: String = "runde", environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = products.appendingPathComponent(product)
        process.arguments = arguments
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
