import ArgumentParser
import Foundation
import RundeCore

extension MinutesFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a meeting's minutes (referat) as Markdown, HTML or JSON.",
        discussion: """
            HTML is one self-contained file that prints on A4. --public leaves out every item exempt \
            from public disclosure (unnateke offentlegheit) and says in its place on which legal basis. \
            The formats and the JSON fields are described in Docs/export.md.
            """)

    @Argument(help: "The meeting: a path to its log, or its name in the team folder.")
    var meeting: String

    @Option(name: .long, help: "Markdown, HTML or JSON.")
    var format: MinutesFormat = .md

    @Flag(name: .customLong("public"), help: "Public minutes: leave out the items exempt from public disclosure.")
    var isPublic = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "With --output: replace FILE if it exists.")
    var force = false

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if force && output == nil { throw ValidationError("--force goes with --output FILE.") }
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let loaded = try teamOptions.read(meeting, language)
        let archive = TeamArchive.beside(loaded.url)
        var minutes = Minutes(
            meeting: loaded.state, language: language, source: loaded.url.lastPathComponent,
            titles: MeetingTitles(archive: archive, timeZone: teamOptions.timeZone))
        if isPublic { minutes = minutes.publicView(exemptions(in: archive, language)) }
        let text: String
        do { text = try minutes.rendered(as: format, timeZone: teamOptions.timeZone) } catch { throw Failure(error.localizedDescription) }
        if let output {
            try write(text, to: URL(fileURLWithPath: output), language)
        } else {
            Console.out(text, terminator: "")
        }
    }

    /// The exempt items of the meetings beside the log (`archive`), which its follow-up and
    /// revisited decisions may point at. A log that does not read is reported: what points into
    /// it is left out of the public minutes, since nobody can tell whether it is exempt.
    private func exemptions(in archive: Archive, _ language: Language) -> Exemptions {
        for damaged in archive.damaged {
            warn(damaged.message(language))
            warn(
                Translation(
                    nn: "Oppfølging og tilvisingar til dette møtet er tekne ut av det offentlege referatet.",
                    nb: "Oppfølging og henvisninger til dette møtet er tatt ut av det offentlige referatet.",
                    en: "Follow-up from and references to this meeting are left out of the public minutes.")[language])
        }
        return Exemptions(archive: archive)
    }

    /// Writes the whole file or nothing (a temporary file moved into place), private to the user
    /// (``FileModes``), and never over an existing file without `--force`.
    private func write(_ text: String, to url: URL, _ language: Language) throws {
        if !force && FileManager.default.fileExists(atPath: url.path) {
            throw Failure(
                Translation(
                    nn: "Fila «\(url.path)» finst alt. Bruk --force for å skrive over ho.",
                    nb: "Filen «\(url.path)» finnes allerede. Bruk --force for å skrive over den.",
                    en: "The file “\(url.path)” already exists. Use --force to replace it.")[language])
        }
        do { try PrivateFiles.write(Data(text.utf8), to: url, replacing: force) } catch {
            throw Failure(
                Translation(
                    nn: "Kan ikkje skrive «\(url.path)»: \(error.reason)",
                    nb: "Kan ikke skrive «\(url.path)»: \(error.reason)",
                    en: "Cannot write “\(url.path)”: \(error.reason)")[language])
        }
        Console.out(
            Translation(nn: "Skreiv referatet til \(url.path)", nb: "Skrev referatet til \(url.path)", en: "Wrote the minutes to \(url.path)")[language])
    }
}
