import ArgumentParser
import Foundation
import RundeCore

/// The language of what ArgumentParser shows before a command runs: every `--help` text, the
/// usage and its errors. ArgumentParser has no localisation, so ``Runde/main()`` decides the
/// language from the raw command line first (``LanguageOptions/language(unparsed:)``: `--lang`,
/// `RUNDE_LANG`, the team file, the locale, Nynorsk) and every `help:` text and
/// `configuration` reads it through ``Translation/shown`` — ArgumentParser builds both only
/// when it parses, after that.
enum CLILanguage {
    /// Set once by ``Runde/main()`` before anything is parsed, and only read afterwards; a
    /// test that builds a command's help without `main` gets Nynorsk.
    nonisolated(unsafe) static var current: Language = .nn
}

extension Translation {
    /// The text in the language of the command line (``CLILanguage``).
    var shown: String { self[CLILanguage.current] }

    /// As a `help:` text.
    var help: ArgumentHelp { ArgumentHelp(shown) }

    /// As a `help:` text whose value is named in the language too (`--team <mappe>`); `value.en`
    /// is the name ArgumentParser would give it, so the English help reads as before.
    func help(value: Translation) -> ArgumentHelp { ArgumentHelp(shown, valueName: value.shown) }
}

extension ArgumentHelp {
    /// The help of a `MEETING` argument that names one meeting (show, export, repair).
    static var meeting: ArgumentHelp {
        Translation(
            nn: "Møtet: stien til loggen, eller namnet på møtet i teammappa.", nb: "Møtet: stien til loggen, eller navnet på møtet i teammappen.",
            en: "The meeting: a path to its log, or its name in the team folder."
        ).help(value: Translation(nn: "møte", nb: "møte", en: "meeting"))
    }
}
