import ArgumentParser
import Foundation
import RundeCore

extension MinutesFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Skriv referatet frå eit møte som Markdown, HTML eller JSON.", nb: "Skriv referatet fra et møte som Markdown, HTML eller JSON.",
                en: "Write a meeting's minutes (referat) as Markdown, HTML or JSON."
            ).shown,
            discussion: Translation(
                nn:
                    "HTML er éi sjølvstendig fil som kan skrivast ut på A4. --public tek ut kvar sak som er unnateken offentlegheit, og seier i staden kva heimel ho er unnateken etter. Formata og JSON-felta er skildra i Docs/export.md.",
                nb:
                    "HTML er én selvstendig fil som kan skrives ut på A4. --public tar ut hver sak som er unntatt offentlighet, og sier i stedet hvilken hjemmel den er unntatt etter. Formatene og JSON-feltene er beskrevet i Docs/export.md.",
                en:
                    "HTML is one self-contained file that prints on A4. --public leaves out every item exempt from public disclosure (unnateke offentlegheit) and says in its place on which legal basis. The formats and the JSON fields are described in Docs/export.md."
            ).shown)
    }

    @Argument(help: .meeting)
    var meeting: String

    @Option(
        name: .long,
        help: Translation(nn: "Markdown, HTML eller JSON.", nb: "Markdown, HTML eller JSON.", en: "Markdown, HTML or JSON.").help(
            value: Translation(nn: "format", nb: "format", en: "format")))
    var format: MinutesFormat = .md

    @Flag(
        name: .customLong("public"),
        help: Translation(
            nn: "Offentleg referat: utan sakene som er unnatekne offentlegheit.", nb: "Offentlig referat: uten sakene som er unntatt offentlighet.",
            en: "Public minutes: leave out the items exempt from public disclosure."
        ).help)
    var isPublic = false

    @Option(
        name: .shortAndLong,
        help: Translation(
            nn: "Skriv til FIL i staden for standard ut.", nb: "Skriv til FIL i stedet for standard ut.", en: "Write to FILE instead of standard output."
        ).help(value: Translation(nn: "FIL", nb: "FIL", en: "FILE")))
    var output: String?

    @Flag(
        name: .long,
        help: Translation(
            nn: "Med --output: byt ut FIL om ho finst.", nb: "Med --output: erstatt FIL hvis den finnes.", en: "With --output: replace FILE if it exists."
        ).help)
    var force = false

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if force && output == nil {
            throw ValidationError(
                Translation(nn: "--force høyrer til --output FIL.", nb: "--force hører til --output FIL.", en: "--force goes with --output FILE.")[
                    languageOptions.language(teamOptions)])
        }
    }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        try teamOptions.read(meeting, language) { try export($0, language) }
    }

    /// Writes the minutes of `loaded` in the chosen format, to `--output` or standard output.
    private func export(_ loaded: LoadedMeeting, _ language: Language) throws {
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
