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

    /// python3's arguments, without the files.
    func python(scripts: URL) -> [String] {
        let script = scripts.appendingPathComponent("registers.py").path
        switch self {
        case .decisions: return ["python3", script, "decisions"]
        case .openActions: return ["python3", script, "actions"]
        case .search: return ["python3", script, "search", Self.word]
        case .verify: return ["python3", script, "verify"]
        }
    }

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
