import ArgumentParser
import Foundation
import RundeCore

/// git's merge driver for meeting logs (`.gitattributes`: `merge=runde-log`), so that a plain
/// `git merge` or `git pull` brings two copies of a log together by ``LogMerge``'s rule, as
/// `runde sync` does, and never writes conflict markers into a log.
struct MergeLog: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge-log",
            abstract: Translation(
                nn: "Samanslåingsdrivaren til git for møteloggar (sett opp av runde init --git og runde sync).",
                nb: "Sammenslåingsdriveren til git for møtelogger (satt opp av runde init --git og runde sync).",
                en: "git's merge driver for meeting logs (set up by runde init --git and runde sync)."
            ).shown,
            shouldDisplay: false)
    }

    @Argument(
        help: Translation(
            nn: "Kopien til den felles forfedren (%O); trengst ikkje: ein logg berre veks.",
            nb: "Kopien til den felles stamfaren (%O); trengs ikke: en logg bare vokser.",
            en: "The common ancestor's copy (%O); not needed: a log only grows."
        ).help(value: Translation(nn: "forfeder", nb: "stamfar", en: "ancestor")))
    var ancestor: String
    @Argument(
        help: Translation(
            nn: "Kopien på denne sida (%A); resultatet blir skrive hit.", nb: "Kopien på denne siden (%A); resultatet skrives hit.",
            en: "This side's copy (%A); the result is written here."
        ).help(value: Translation(nn: "vår", nb: "vår", en: "ours")))
    var ours: String
    @Argument(
        help: Translation(nn: "Kopien på den andre sida (%B).", nb: "Kopien på den andre siden (%B).", en: "The other side's copy (%B).")
            .help(value: Translation(nn: "deira", nb: "deres", en: "theirs")))
    var theirs: String
    @Argument(
        help: Translation(
            nn: "Stien til loggen i arbeidstreet (%P), for sidefila ved ei forgreining.",
            nb: "Stien til loggen i arbeidstreet (%P), for sidefilen ved en forgrening.",
            en: "The log's path in the working tree (%P), for the side file of a fork."
        ).help(value: Translation(nn: "sti", nb: "sti", en: "path")))
    var path: String

    @OptionGroup var languageOptions: LanguageOptions

    /// Exit status 0 when merged; 1 (a conflict, with this side's copy left as it was) when
    /// either copy does not read as a log.
    func run() throws {
        let language = languageOptions.language
        let oursURL = URL(fileURLWithPath: ours)
        let log = URL(fileURLWithPath: path)
        guard let mine = Self.lines(oursURL, as: log, language), let other = Self.lines(URL(fileURLWithPath: theirs), as: log, language) else {
            throw ExitCode.failure
        }
        switch LogMerge.merge(ours: mine, theirs: other) {
        case .keepOurs:
            return
        case .append(let lines):
            try Self.write(mine + lines, to: oursURL)
        case .fork(let fork):
            let side: URL
            do { side = try fork.setAside(beside: log) } catch { throw Failure(SyncText.cannotSetAside(error)[language]) }
            try Self.write(fork.kept, to: oursURL)
            warn(SyncText.forked(log.lastPathComponent, side.lastPathComponent, fork.sharedLines, fork.keptOurs)[language])
        }
    }

    /// A copy's complete lines, when it reads as a log; otherwise says why and gives nil.
    private static func lines(_ url: URL, as log: URL, _ language: Language) -> Data? {
        do throws(LogError) {
            let bytes = try MeetingLog.bytes(of: url)
            let read = try MeetingLog.parse(bytes, url: log)
            guard read.tornTail == nil else { throw LogError(file: log.path, cause: .tornTail) }
            return bytes
        } catch {
            warn(error.message(language))
            return nil
        }
    }

    private static func write(_ bytes: Data, to url: URL) throws {
        do { try PrivateFiles.write(bytes, to: url, replacing: true) } catch { throw Failure(error.description) }
    }
}
