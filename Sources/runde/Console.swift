import Foundation
import RundeCore

/// The only way the CLI writes text: to standard output or standard error, with every unsafe
/// character (``ControlCharacters``) shown visibly, so nothing read from a log, an agenda or a
/// team file can drive the terminal it is printed on.
///
/// `print` is unavailable in this module (below), so a new output cannot go around it; a test
/// (`ConsoleSourceTests`) checks that no file but this one writes to the standard streams.
enum Console {
    /// Writes `text` and `terminator` to standard output.
    static func out(_ text: String, terminator: String = "\n") {
        write(text + terminator, to: FileHandle.standardOutput)
    }

    /// Writes `text` and a line feed to standard error.
    static func error(_ text: String) {
        write(text + "\n", to: FileHandle.standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(ControlCharacters.visible(text).utf8))
    }
}

/// Writes a line to standard error.
func warn(_ text: String) {
    Console.error(text)
}

/// Output goes through ``Console``; calling `print` here does not compile.
@available(*, unavailable, message: "write through Console.out, which shows control characters visibly")
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {}
