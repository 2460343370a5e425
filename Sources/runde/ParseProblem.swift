import ArgumentParser
import Foundation
import RundeCore

/// What ArgumentParser found wrong with a command line, read from its error value.
///
/// The library words its errors in English only, and its error types (`CommandError` holding a
/// `ParserError`) are internal; their shape is read here by reflection — the case and its
/// values, the command it happened in — so ``UsageText`` can word them anew without matching
/// on English sentences. A case not known here keeps the library's own words.
struct ParseProblem {
    /// The `ParserError` case: `unknownOption`, `noValue`, `unexpectedExtraValues`, …
    var kind: String
    /// The case's values, in order.
    var values: [Any]
    /// The commands parsed so far, the root first; the last is the one the problem is in.
    var commandStack: [ParsableCommand.Type]

    init?(_ error: Error) {
        let mirror = Mirror(reflecting: error)
        guard let parserError = mirror.descendant("parserError") else { return nil }
        commandStack = mirror.descendant("commandStack") as? [ParsableCommand.Type] ?? []
        let cases = Mirror(reflecting: parserError)
        if let child = cases.children.first, let label = child.label {
            kind = label
            let payload = Mirror(reflecting: child.value)
            values = payload.displayStyle == .tuple ? payload.children.map(\.value) : [child.value]
        } else {
            kind = String(describing: parserError)
            values = []
        }
    }

    /// True for `--help`, `-h` and `runde help <command>`.
    var isHelpRequest: Bool { kind == "helpRequested" }

    /// An option's name as typed (`--team`, `-o`) from the library's `Name` value (possibly optional).
    static func optionName(_ value: Any) -> String? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first.flatMap { optionName($0.value) } }
        guard mirror.displayStyle == .enum, let child = mirror.children.first else { return nil }
        let payload = Mirror(reflecting: child.value)
        guard let first = payload.displayStyle == .tuple ? payload.children.first?.value : child.value else { return nil }
        switch child.label {
        case "long": return "--\(first)"
        case "short", "longWithSingleDash": return "-\(first)"
        default: return nil
        }
    }

    /// The texts of an `unexpectedExtraValues` list of (origin, text) pairs.
    static func texts(_ value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap { pair in
            Mirror(reflecting: pair.value).children.dropFirst().first?.value as? String
        }
    }

    /// What a command accepts: the long names of its options and flags, and the values each
    /// takes when they are a fixed list (from ArgumentParser's description of the command).
    static func options(of command: ParsableCommand.Type) -> [(names: [String], values: [String])] {
        guard let data = command._dumpHelp().data(using: .utf8),
            let dump = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let described = dump["command"] as? [String: Any],
            let arguments = described["arguments"] as? [[String: Any]]
        else { return [] }
        return arguments.map { argument in
            let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
                guard let text = name["name"] as? String else { return nil }
                return name["kind"] as? String == "short" ? "-\(text)" : "--\(text)"
            }
            return (names, argument["allValues"] as? [String] ?? [])
        }
    }
}
