import Foundation
import RundeCore

/// What `runde sync` and `runde init --git` say, and the commit messages they write.
enum SyncText {
    static let noGit = Translation(
        nn: "git er ikkje installert: installer det (apt-get install git) for å dele teammappa.",
        nb: "git er ikke installert: installer det (apt-get install git) for å dele teammappen.",
        en: "git is not installed: install it (apt-get install git) to share the team folder.")
    static func notARepository(_ path: String) -> Translation {
        Translation(
            nn: "\(path) er ikkje eit git-lager. Køyr runde sync --init for å gjere mappa til eitt.",
            nb: "\(path) er ikke et git-lager. Kjør runde sync --init for å gjøre mappen til ett.",
            en: "\(path) is not a git repository. Run runde sync --init to make it one.")
    }
    static func askInitialize(_ path: String) -> Translation {
        Translation(
            nn: "\(path) er ikkje eit git-lager. Gjere mappa til eitt? [j/N] ", nb: "\(path) er ikke et git-lager. Gjøre mappen til ett? [j/N] ",
            en: "\(path) is not a git repository. Make it one? [y/N] ")
    }
    static func madeRepository(_ path: String) -> Translation {
        Translation(nn: "Gjorde \(path) til eit git-lager.", nb: "Gjorde \(path) til et git-lager.", en: "Made \(path) a git repository.")
    }
    static let mergeInProgress = Translation(
        nn: "git er midt i ei samanslåing her: gjer henne ferdig (git merge --continue) eller avbryt (git merge --abort) før runde sync.",
        nb: "git er midt i en sammenslåing her: gjør den ferdig (git merge --continue) eller avbryt (git merge --abort) før runde sync.",
        en: "git is in the middle of a merge here: finish it (git merge --continue) or abort it (git merge --abort) before runde sync.")
    static let detachedHead = Translation(
        nn: "git står ikkje på ei grein her (detached HEAD): gå til ei grein (git switch main) først.",
        nb: "git står ikke på en gren her (detached HEAD): gå til en gren (git switch main) først.",
        en: "git is on no branch here (detached HEAD): switch to one (git switch main) first.")
    static let noRemote = Translation(
        nn: "Lagra her. Ingen fjernlager er sett opp: git remote add origin ADRESSE, så runde sync.",
        nb: "Lagret her. Ingen fjernlager er satt opp: git remote add origin ADRESSE, så runde sync.",
        en: "Saved here. No remote is set up: git remote add origin URL, then runde sync.")
    static func unknownRemote(_ name: String, _ known: [String]) -> Translation {
        let list = known.isEmpty ? "–" : known.joined(separator: ", ")
        return Translation(
            nn: "Fjernlageret «\(name)» finst ikkje. Dei som finst: \(list).", nb: "Fjernlageret «\(name)» finnes ikke. De som finnes: \(list).",
            en: "There is no remote “\(name)”. Those there are: \(list).")
    }
    static func fetchFailed(_ remote: String) -> Translation {
        Translation(
            nn: "Kunne ikkje hente frå \(remote) (sjå git si melding over). Ingenting er endra; det som var lagra her, er framleis lagra.",
            nb: "Kunne ikke hente fra \(remote) (se gits melding over). Ingenting er endret; det som var lagret her, er fortsatt lagret.",
            en: "Could not fetch from \(remote) (see git's message above). Nothing was changed; what was saved here is still saved.")
    }
    static func pushFailed(_ remote: String) -> Translation {
        Translation(
            nn: "Kunne ikkje sende til \(remote) (sjå git si melding over; kanskje nokon synka i mellomtida). Alt er lagra her: køyr runde sync att.",
            nb: "Kunne ikke sende til \(remote) (se gits melding over; kanskje noen synket i mellomtiden). Alt er lagret her: kjør runde sync igjen.",
            en: "Could not push to \(remote) (see git's message above; perhaps someone synced meanwhile). Everything is saved here: run runde sync again.")
    }
    static func synced(_ remote: String, _ branch: String) -> Translation {
        Translation(nn: "Synka med \(remote)/\(branch).", nb: "Synkronisert med \(remote)/\(branch).", en: "Synced with \(remote)/\(branch).")
    }
    static func saved(_ line: String) -> Translation {
        Translation(nn: "lagra:   \(line)", nb: "lagret:  \(line)", en: "saved:    \(line)")
    }
    static func received(_ log: String, _ lines: Int) -> Translation {
        Translation(
            nn: "henta:   \(log): \(lines) \(lines == 1 ? "ny linje" : "nye linjer")",
            nb: "hentet:  \(log): \(lines) \(lines == 1 ? "ny linje" : "nye linjer")",
            en: "fetched:  \(log): \(lines) new \(lines == 1 ? "line" : "lines")")
    }
    static func newMeeting(_ log: String) -> Translation {
        Translation(nn: "henta:   \(log) (nytt møte)", nb: "hentet:  \(log) (nytt møte)", en: "fetched:  \(log) (new meeting)")
    }
    /// A fork: which copy stays, and where the other's lines are.
    static func forked(_ log: String, _ side: String, _ shared: Int, _ keptOurs: Bool) -> Translation {
        Translation(
            nn: "FORGREINING i \(log) etter linje \(shared): \(keptOurs ? "kopien her" : "kopien frå fjernlageret") er møtet; "
                + "dei andre linjene er i \(side).",
            nb: "FORGRENING i \(log) etter linje \(shared): \(keptOurs ? "kopien her" : "kopien fra fjernlageret") er møtet; "
                + "de andre linjene er i \(side).",
            en: "FORK in \(log) after line \(shared): \(keptOurs ? "the copy here" : "the remote's copy") is the meeting; "
                + "the other lines are in \(side).")
    }
    static func conflicts(_ files: String) -> Translation {
        Translation(
            nn: "git kunne ikkje slå saman \(files): endra både her og i fjernlageret. Samanslåinga er avbroten og filene er som før; "
                + "sjå Docs/sync.md for korleis du slår saman for hand.",
            nb: "git kunne ikke slå sammen \(files): endret både her og i fjernlageret. Sammenslåingen er avbrutt og filene er som før; "
                + "se Docs/sync.md for hvordan du slår sammen for hånd.",
            en: "git could not merge \(files): changed both here and on the remote. The merge was undone and the files are as they were; "
                + "Docs/sync.md tells how to merge them by hand.")
    }
    static func damaged(_ path: String, _ problem: String, _ place: String) -> Translation {
        Translation(
            nn: "Stoppa: \(path) \(place) les ikkje (\(problem)). Ingenting er slått saman eller sendt; filene her er som før.",
            nb: "Stoppet: \(path) \(place) leses ikke (\(problem)). Ingenting er slått sammen eller sendt; filene her er som før.",
            en: "Stopped: \(path) \(place) does not read (\(problem)). Nothing was merged or pushed; the files here are as they were.")
    }
    static func removedOnRemote(_ path: String) -> Translation {
        Translation(
            nn: "Stoppa: \(path) er fjerna i fjernlageret, men runde fjernar aldri eit møte. Ingenting er endra her; "
                + "hent fila tilbake der (git revert av den commiten) og køyr runde sync att.",
            nb: "Stoppet: \(path) er fjernet i fjernlageret, men runde fjerner aldri et møte. Ingenting er endret her; "
                + "hent filen tilbake der (git revert av den commiten) og kjør runde sync igjen.",
            en: "Stopped: \(path) was removed on the remote, but runde never removes a meeting. Nothing was changed here; "
                + "bring the file back there (git revert that commit) and run runde sync again.")
    }
    static let here = Translation(nn: "her", nb: "her", en: "here")
    static let onRemote = Translation(nn: "i fjernlageret", nb: "i fjernlageret", en: "on the remote")
    static let tornTail = Translation(nn: "siste linja er avkutta", nb: "siste linje er avkuttet", en: "its last line is cut off")
    static func tornTailLeftOut(_ path: String) -> Translation {
        Translation(
            nn: "\(path): siste linja er avkutta og er ikkje med; runde repair flyttar henne til side.",
            nb: "\(path): siste linje er avkuttet og er ikke med; runde repair flytter den til side.",
            en: "\(path): its last line is cut off and was left out; runde repair moves it aside.")
    }
    static func repairFirst(_ path: String) -> Translation {
        Translation(
            nn: "Stoppa: siste linja i \(path) er avkutta. Køyr runde repair på møtet først; ingenting er endra.",
            nb: "Stoppet: siste linje i \(path) er avkuttet. Kjør runde repair på møtet først; ingenting er endret.",
            en: "Stopped: the last line of \(path) is cut off. Run runde repair on the meeting first; nothing was changed.")
    }
    /// Why a fork's side file could not be written.
    static func cannotSetAside(_ error: FileSystemError) -> Translation {
        guard error.code == EEXIST else { return Translation(nn: error.description, nb: error.description, en: error.description) }
        return sideFileDiffers(error.path)
    }
    private static func sideFileDiffers(_ path: String) -> Translation {
        Translation(
            nn: "Stoppa: \(path) finst alt med andre linjer. Sjå Docs/sync.md.", nb: "Stoppet: \(path) finnes allerede med andre linjer. Se Docs/sync.md.",
            en: "Stopped: \(path) is already there with other lines. See Docs/sync.md.")
    }
    static func mergeMessage(_ remote: String, _ branch: String) -> Translation {
        Translation(nn: "Slo saman med \(remote)/\(branch)", nb: "Slo sammen med \(remote)/\(branch)", en: "Merged \(remote)/\(branch)")
    }
    static func otherChanges(_ team: String) -> Translation {
        Translation(nn: "Endringar i teammappa «\(team)»", nb: "Endringer i teammappen «\(team)»", en: "Changes in the team folder “\(team)”")
    }

    /// A meeting in words, for a commit message: «Teammøte veke 48: 3 saker, 1 avgjerd».
    /// Counts only: a commit message is no place for an exempt item's title.
    static func summary(_ loaded: LoadedMeeting) -> Translation {
        let state = loaded.state
        let items = state.items.count
        let decisions = state.decisions.count
        let stage: Translation =
            switch state.stage {
            case .scheduled: Translation(nn: " (planlagt)", nb: " (planlagt)", en: " (planned)")
            case .closed: Translation(nn: " (avslutta)", nb: " (avsluttet)", en: " (closed)")
            default: Translation(nn: "", nb: "", en: "")
            }
        return Translation(
            nn: "\(state.title): \(items) \(items == 1 ? "sak" : "saker"), \(decisions) \(decisions == 1 ? "avgjerd" : "avgjerder")\(stage.nn)",
            nb: "\(state.title): \(items) \(items == 1 ? "sak" : "saker"), \(decisions) \(decisions == 1 ? "beslutning" : "beslutninger")\(stage.nb)",
            en: "\(state.title): \(items) \(items == 1 ? "item" : "items"), \(decisions) \(decisions == 1 ? "decision" : "decisions")\(stage.en)")
    }
}
