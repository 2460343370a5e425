import Foundation
import RundeCore
import RundeTUI

extension Terminal {
    /// The screen, with colour unless `NO_COLOR` is set, for the full-screen commands.
    /// - Parameter aside: said after the error when the terminal cannot start.
    @MainActor
    static func open(crashMessage: String, _ language: Language, aside: String = "") throws -> Terminal {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        do { return try Terminal(noColor: noColor, crashMessage: crashMessage, language: language) } catch {
            throw Failure(error.message(language) + (aside.isEmpty ? "" : "\n" + aside))
        }
    }

    /// Ends the screen and says what the locale fallback was, if there was one.
    func close() {
        end()
        if let warning = localeWarning { warn(warning) }
    }
}

/// Refuses early when standard input or output is not a terminal, so nothing is planned or read
/// for a screen that cannot open.
func requireTerminal(_ language: Language) throws {
    guard isatty(0) == 1, isatty(1) == 1 else { throw Failure(TerminalError.notATerminal.message(language)) }
}
