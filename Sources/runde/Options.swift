import ArgumentParser
import Foundation
import RundeCore

extension Language: ExpressibleByArgument {}

/// Where the team folder is: `--team`, or the nearest folder upward from here with a team file.
struct TeamOptions: ParsableArguments {
    @Option(
        name: .long,
        help: Translation(
            nn: "Teammappa (standard: den næraste mappa oppover som har team.toml).",
            nb: "Teammappen (standard: den nærmeste mappen oppover som har team.toml).",
            en: "The team folder (default: the nearest folder upward that has team.toml)."
        ).help(value: Translation(nn: "mappe", nb: "mappe", en: "team")))
    var team: String?

    var folderURL: URL { Self.folderURL(team: team) }

    /// The folder of `--team`, else the nearest folder upward from here with a team file, else here.
    static func folderURL(team: String?) -> URL {
        if let team { return URL(fileURLWithPath: team) }
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(TeamFile.fileName).path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    func open(_ language: Language) throws -> TeamFolder {
        do { return try TeamFolder.open(folderURL) } catch { throw Failure(error.message(language)) }
    }

    /// The team file as far as it reads, for its language and time zone; nil when it does not
    /// (a command that needs the team reports why when it opens the folder).
    var teamFile: Team? { TeamFolder.team(at: folderURL) }

    /// Where a meeting's times are shown when its log records no zone: the team's, else the machine's.
    var timeZone: TimeZone { TeamFolder.meetingTimeZone(at: folderURL) }

    /// The meetings folder, whether or not the team file reads.
    var meetingsURL: URL { folderURL.appendingPathComponent("meetings", isDirectory: true) }

    func locate(_ meeting: String, _ language: Language) throws -> URL {
        do { return try MeetingLocator.locate(meeting, in: meetingsURL) } catch { throw Failure(error.message(language)) }
    }

    /// Finds and reads a meeting's log and hands it to `write`; a cut-off last line is a warning.
    /// A fork's side file is checked as `verify` checks it: one that cannot be read, or does not
    /// read on from the log, is reported, and the command fails (status 1) once `write` has
    /// written what the intact log gives.
    func read(_ meeting: String, _ language: Language, then write: (LoadedMeeting) throws -> Void) throws {
        let url = try locate(meeting, language)
        let loaded: LoadedMeeting
        do { loaded = try MeetingLog.read(url) } catch { throw Failure(error.message(language)) }
        if let torn = loaded.tornTail { warn(torn.warning(file: url.path, language)) }
        var damaged = false
        for fork in ForkSideFile.all(beside: url) {
            warn(fork.notice[language])
            if let problem = fork.problem {
                warn(problem.message(language))
                damaged = true
            }
        }
        try write(loaded)
        if damaged { throw ExitCode.failure }
    }
}

/// The language of what runde prints, decided in one place for every command: `--lang`, then
/// `RUNDE_LANG`, then the team file's `language`, then the locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), then Nynorsk.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .long,
        help: Translation(
            nn: "Språk: nn (nynorsk), nb (bokmål) eller en (engelsk); standard: RUNDE_LANG, language i team.toml, locale, nn.",
            nb: "Språk: nn (nynorsk), nb (bokmål) eller en (engelsk); standard: RUNDE_LANG, language i team.toml, locale, nn.",
            en: "Language: nn (Nynorsk), nb (Bokmål) or en (English); default: RUNDE_LANG, team.toml's language, the locale, nn."
        ).help(value: Translation(nn: "språk", nb: "språk", en: "lang")))
    var lang: Language?

    /// The language for a command with a team folder at hand: the team's counts before the locale.
    func language(_ team: TeamOptions) -> Language { lang ?? Self.environmentLanguage(team: team.teamFile?.language) }

    /// The language for a command with no team folder (`init`).
    var language: Language { lang ?? Self.environmentLanguage(team: nil) }

    /// The language when the command line names none: `RUNDE_LANG`, then the team's, then the
    /// locale, then Nynorsk.
    static func environmentLanguage(team: Language?) -> Language {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["RUNDE_LANG"].flatMap(Language.init(locale:)) { return chosen }
        if let team { return team }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return Language(locale: value) ?? .nn }
        }
        return .nn
    }

    /// The language for a command line not parsed yet (its help, its usage errors, a misspelled
    /// command): a valid `--lang X` or `--lang=X` anywhere in `arguments`, else
    /// ``environmentLanguage(team:)`` with the team file of `--team X` (or the nearest one
    /// upward from here), as a parsed command decides it.
    static func language(unparsed arguments: [String]) -> Language {
        if let language = value(of: "--lang", in: arguments).flatMap(Language.init(rawValue:)) { return language }
        let folder = TeamOptions.folderURL(team: value(of: "--team", in: arguments))
        return environmentLanguage(team: TeamFolder.team(at: folder)?.language)
    }

    /// The value given to `option` (`--lang nb` or `--lang=nb`), the last one where it is
    /// repeated, as ArgumentParser takes it; nothing after a `--`.
    private static func value(of option: String, in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == option, index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(option + "=") {
                found = String(argument.dropFirst(option.count + 1))
            }
            index += 1
        }
        return found
    }
}

/// A failure already worded for the user: printed to standard error, exit status 1.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Refuses a text given on the command line that holds an unsafe character
/// (``ControlCharacters``) or is longer than ``Limits/textCharacters``; `argument` names it
/// as the user wrote it (`--title`, `TITLE`).
func checkArgument(_ value: String, _ argument: String, _ language: Language) throws {
    if let unsafe = value.unicodeScalars.first(where: ControlCharacters.isUnsafe) {
        let name = ControlCharacters.name(of: unsafe)
        throw ValidationError(
            Translation(
                nn: "\(argument) inneheld eit kontrollteikn (\(name)), som ikkje kan visast trygt i ein terminal. Skriv det utan.",
                nb: "\(argument) inneholder et kontrolltegn (\(name)), som ikke kan vises trygt i en terminal. Skriv det uten.",
                en: "\(argument) holds a control character (\(name)), which cannot be shown safely in a terminal. Write it without.")[language])
    }
    if Limits.isTooLong(value) {
        throw ValidationError(
            Translation(
                nn: "\(argument) er lengre enn \(Limits.textCharacters) teikn.",
                nb: "\(argument) er lengre enn \(Limits.textCharacters) tegn.",
                en: "\(argument) is longer than \(Limits.textCharacters) characters.")[language])
    }
}
