import Foundation
import RundeCore

/// The `git` program, run in one working tree. runde never reimplements git: it runs it, with the
/// user's environment, configuration and credentials untouched.
struct Git {
    /// The working tree's top folder.
    var root: URL

    /// What a git run printed, when it failed.
    struct Failed: Error {
        var arguments: [String]
        var status: Int32
        var errors: String
    }

    /// Runs `git ARGUMENTS` and returns its standard output; standard error is kept for the
    /// failure. `input` is written to its standard input.
    @discardableResult
    func run(_ arguments: [String], input: Data? = nil) throws(Failed) -> Data {
        let result = Self.spawn(["-C", root.path] + arguments, input: input, keepErrors: true)
        guard result.status == 0 else { throw Failed(arguments: arguments, status: result.status, errors: result.errors) }
        return result.output
    }

    /// Runs `git ARGUMENTS` with standard error going to the user's terminal: for fetch and push,
    /// whose progress and credential prompts are the user's to see. True when it succeeded.
    func talk(_ arguments: [String]) -> Bool {
        Self.spawn(["-C", root.path] + arguments, input: nil, keepErrors: false).status == 0
    }

    /// Standard output as text, without the final newline; nil when git fails.
    func line(_ arguments: [String]) -> String? {
        guard let output = try? run(arguments) else { return nil }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// Whether `git` can be run at all.
    static var isInstalled: Bool { spawn(["--version"], input: nil, keepErrors: true).status == 0 }

    /// The top of the working tree `folder` is in; nil when it is in none.
    static func root(of folder: URL) -> URL? {
        let result = spawn(["-C", folder.path, "rev-parse", "--show-toplevel"], input: nil, keepErrors: true)
        guard result.status == 0 else { return nil }
        return URL(fileURLWithPath: String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines), isDirectory: true)
    }

    private static func spawn(_ arguments: [String], input: Data?, keepErrors: Bool) -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        if keepErrors { process.standardError = errors }
        if input != nil { process.standardInput = feed }
        do { try process.run() } catch { return (127, Data(), error.localizedDescription) }
        // Standard error is drained beside standard output, so neither pipe fills and blocks git.
        let collected = ErrorText()
        let reading = Thread { collected.set(keepErrors ? errors.fileHandleForReading.readDataToEndOfFile() : Data()) }
        reading.start()
        if let input {
            feed.fileHandleForWriting.write(input)
            try? feed.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = collected.wait()
        return (process.terminationStatus, data, String(decoding: text, as: UTF8.self))
    }
}

/// Bytes handed over from the thread that drains standard error.
private final class ErrorText: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func set(_ data: Data) {
        self.data = data
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
