import ArgumentParser
import Foundation
import RundeCore
import RundeIndex

struct Verify: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Translation(
                nn: "Sjekk møteloggar: hashkjede, rekkjefølgje og kvar linje mot formatet.",
                nb: "Sjekk møtelogger: hashkjede, rekkefølge og hver linje mot formatet.",
                en: "Check meeting logs: hash chain, sequence, and every line against the format."
            ).shown,
            discussion: Translation(
                nn:
                    "Avslutningsstatus 0 når alle loggane er heile, 1 når nokon er skadd. Ei avkutta siste linje, og ei tidssone maskina ikkje kjenner, er ei åtvaring.",
                nb:
                    "Avslutningsstatus 0 når alle loggene er hele, 1 når noen er skadet. En avkuttet siste linje, og en tidssone maskinen ikke kjenner, er en advarsel.",
                en:
                    "Exit status 0 when every log is sound, 1 when any is damaged. A cut-off last line, and a time zone this machine does not know, is a warning."
            ).shown)
    }

    @Argument(
        help: Translation(
            nn: "Møte som skal sjekkast (standard: alle møta i teammappa).", nb: "Møter som skal sjekkes (standard: alle møtene i teammappen).",
            en: "Meetings to check (default: every meeting in the team folder)."
        ).help(value: Translation(nn: "møte", nb: "møter", en: "meetings")))
    var meetings: [String] = []

    @OptionGroup var teamOptions: TeamOptions
    @OptionGroup var languageOptions: LanguageOptions

    private var index: URL { ArchiveIndex.location(team: teamOptions.folderURL) }

    func run() throws {
        let language = languageOptions.language(teamOptions)
        let urls = meetings.isEmpty ? Archive.logFiles(in: teamOptions.meetingsURL) : try meetings.map { try teamOptions.locate($0, language) }
        guard !urls.isEmpty else {
            throw Failure(
                Translation(
                    nn: "Ingen møte å sjekke i \(teamOptions.meetingsURL.path).",
                    nb: "Ingen møter å sjekke i \(teamOptions.meetingsURL.path).",
                    en: "No meetings to check in \(teamOptions.meetingsURL.path).")[language])
        }
        let check = IndexCheck(meetings: teamOptions.meetingsURL, index: index)
        let stale = check.stale
        var damaged = 0
        var disagreeing: [String] = []
        // Logs are checked on every core, a batch at a time, and reported in order. A log the
        // index does not hold as it is now is indexed from this read, not read again.
        let checked = urls.batches(of: 32).lazy.flatMap { batch in
            Array(batch).concurrentMap { url in
                let isStale = IndexCheck.isStale(url, in: stale)
                let report = MeetingLog.verify(url, hashing: isStale)
                return (report, isStale ? IndexCheck.entry(for: report) : nil)
            }
        }
        var sideFiles: [URL: [String: [URL]]] = [:]  // each folder listed once, not once a log
        for (report, entry) in checked {
            let url = report.url
            let folder = url.deletingLastPathComponent()
            if sideFiles[folder] == nil { sideFiles[folder] = MeetingFork.sideFiles(in: folder) }
            if let entry { check.add(entry) } else if !check.agrees(with: report.state, at: url) { disagreeing.append(url.lastPathComponent) }
            if let error = report.error { warn(error.message(language)) }
            for problem in report.schemaProblems { warn(problem.message(language)) }
            if let torn = report.tornTail { warn(torn.warning(file: url.path, language)) }
            if let unknown = report.state?.unknownTimeZone {
                warn(Translation.unknownTimeZone(unknown, file: url.path, shownIn: teamOptions.timeZone)[language])
            }
            if report.isOK {
                Console.out("ok     \(url.lastPathComponent) (\(MinutesText.events(report.events)[language]))")
            } else {
                damaged += 1
                Console.out("\(Translation(nn: "SKADD", nb: "SKADET", en: "DAMAGED")[language]) \(url.lastPathComponent)")
            }
            // A fork's side file holds lines of the meeting too: they must read on from the log.
            for fork in ForkSideFile.all(beside: url, among: sideFiles[folder]?[url.lastPathComponent] ?? []) {
                Console.out("       \(fork.notice[language])")
                if let problem = fork.problem {
                    warn(problem.message(language))
                    damaged += 1
                }
            }
        }
        report(index: check.problem ?? check.finish(), disagreeing: disagreeing, meetings: urls.count, language)
        if damaged > 0 { throw ExitCode.failure }
    }

    /// Says whether the index agrees with the logs just read; one that does not is rebuilt.
    private func report(index problem: String?, disagreeing: [String], meetings: Int, _ language: Language) {
        if let problem {
            Console.out(
                Translation(
                    nn: "indeks: kunne ikkje brukast (\(problem))", nb: "indeks: kunne ikke brukes (\(problem))",
                    en: "index: could not be used (\(problem))")[language])
        } else if disagreeing.isEmpty {
            let count = RegisterText.meetings(meetings)[language]
            Console.out(
                Translation(
                    nn: "indeks: stemmer med loggane (\(count))", nb: "indeks: stemmer med loggene (\(count))",
                    en: "index: agrees with the logs (\(count))")[language])
        } else {
            let names = disagreeing.joined(separator: ", ")
            ArchiveIndex.discard(index)
            _ = ArchiveIndex.archive(meetings: teamOptions.meetingsURL, index: index)
            warn(
                Translation(
                    nn: "indeks: stemte ikkje med loggane for \(names); bygd opp att frå loggane",
                    nb: "indeks: stemte ikke med loggene for \(names); bygget opp igjen fra loggene",
                    en: "index: disagreed with the logs for \(names); rebuilt from the logs")[language])
        }
    }
}
