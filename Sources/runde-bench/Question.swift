import Foundation

/// A question the registers answer, and how runde, jq, python and grep are asked it. jq and
/// python read the same log files runde reads (scripts/bench/); grep only counts the lines with
/// the word: the floor, every byte touched once.
enum Question: String, CaseIterable, Codable, Sendable {
    case decisions
    case openActions = "actions --open"
    case search = "search heimekontor"
    case verify

    static let word = "heimekontor"

    /// The three register questions.
    static let registers: [Question] = [.decisions, .openActions, .search]

    /// runde's arguments, without where the team folders are.
    var runde: [String] {
        switch self {
        case .decisions: ["decisions"]
        case .openActions: ["actions", "--open"]
        case .search: ["search", Self.word]
        case .verify: ["verify"]
        }
    }

    /// jq's arguments, without the files; nil where jq does not answer it.
    func jq(scripts: URL) -> [String]? {
        let program = { (name: String) in ["-f", scripts.appendingPathComponent(name).path] }
        switch self {
        case .decisions: return ["jq", "-n", "-c"] + program("decisions.jq")
        case .openActions: return ["jq", "-n", "-c"] + program("open-actions.jq")
        case .search: return ["jq", "-n", "-c", "--arg", "word", Self.word] + program("search.jq")
        case .verify: return nil
        }
    }

    /// python's arguments, without the files.
    func python(_ python: String, scripts: URL) -> [String] {
        let script = scripts.appendingPathComponent("registers.py").path
        switch self {
        case .decisions: return [python, script, "decisions"]
        case .openActions: return [python, script, "actions"]
        case .search: return [python, script, "search", Self.word]
        case .verify: return [python, script, "verify"]
        }
    }

    /// The python3 that `PATH` finds, itself: a version manager's shim would add its own start
    /// to every run.
    static let python = ChildProcess.standardOutput(["python3", "-c", "import sys; print(sys.executable)"]) ?? "python3"

    static let grep = ["grep", "-c", word]
}

/// Where runde is pointed: one team folder, or (`--teams`) the folder holding a unit's teams.
enum Scope {
    case team(URL)
    case teams(URL)

    var arguments: [String] {
        switch self {
        case .team(let url): ["--team", url.path]
        case .teams(let url): ["--teams", url.path]
        }
    }
}
