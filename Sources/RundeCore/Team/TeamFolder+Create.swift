import Foundation

extension TeamFolder {
    /// Makes a new team folder at `url` (creating the folder if needed): a `team.toml` with
    /// Nynorsk comments so a person can edit it, an empty `meetings/`, and `recipes/` with a
    /// commented-out example recipe file, which runde ignores until someone uncomments it.
    ///
    /// The team file is checked with the same rules ``open(_:)`` uses before anything is
    /// written. `members` may be empty: the file then shows a commented-out example member, and
    /// ``open(_:)`` reports that the team has no members until someone adds one. An existing
    /// example recipe file is left alone. Everything made gets the modes of
    /// ``FileModes/inside(_:)``: private to the user, or the group's in a group-shared folder.
    ///
    /// - Throws: ``TeamFolderError/alreadyExists(_:)`` when `url` holds a `team.toml`;
    ///   ``TeamFolderError/invalid(_:)`` when the name or a member is not valid (a bad or
    ///   duplicate id, an empty name); ``TeamFolderError/cannotWrite(_:_:)``.
    ///
    /// `agreement` is the team's working agreement (*spelereglar*), one rule each, written as
    /// `agreement = [...]`; an empty one writes no such line.
    public static func create(
        at url: URL, name: String, members: [Team.Member], purpose: String? = nil, language: Language? = nil, agreement: [String] = [],
        timeZone: TimeZone? = nil
    ) throws(TeamFolderError) -> TeamFolder {
        var planned = Team(name: name, purpose: purpose, language: language, members: members)
        planned.agreement = agreement
        planned.timeZone = timeZone
        let folder = TeamFolder(url: url, team: planned)
        guard !FileManager.default.fileExists(atPath: folder.teamFileURL.path) else { throw .alreadyExists(url) }
        let text = TeamFile.render(folder.team)
        let checked = TeamFile.check(text, file: TeamFile.fileName)
        let errors = checked.errors.filter { $0.problem != .noMembers }
        guard errors.isEmpty else { throw .invalid(errors) }
        let team = checked.team ?? folder.team
        for directory in [url, folder.meetingsURL, folder.recipesURL] {
            try attempt(directory) { () throws(FileSystemError) in try PrivateFiles.createFolder(directory) }
        }
        let example = folder.recipesURL.appendingPathComponent(exampleRecipeFileName)
        if !FileManager.default.fileExists(atPath: example.path) {
            try attempt(example) { () throws(FileSystemError) in try PrivateFiles.write(Data(exampleRecipeFile.utf8), to: example, replacing: false) }
        }
        try attempt(folder.teamFileURL) { () throws(FileSystemError) in
            try PrivateFiles.write(Data(text.utf8), to: folder.teamFileURL, replacing: false)
        }
        return TeamFolder(url: url, team: team)
    }

    private static func attempt(_ url: URL, _ body: () throws(FileSystemError) -> Void) throws(TeamFolderError) {
        do {
            try body()
        } catch {
            throw .cannotWrite(url, error.reason)
        }
    }

    /// The example recipe, commented out, with a header that explains recipe files.
    static var exampleRecipeFile: String {
        let header = [
            "# Døme på ei eiga oppskrift. Heile fila er kommentert ut, så runde les ho ikkje.",
            "# Vil du bruke ho: kopier fila til eit nytt namn (til dømes utproving.toml), og ta",
            "# bort «# » framfor linjene frå «id» og nedover.",
            "#",
            "# Ei oppskriftsfil kan definere ein mal for økter (kind = \"session\") eller ei eiga",
            "# oppskrift for «vårt problem» (kind = \"our-problem\"). Informasjons-, drøftings- og",
            "# avgjerdssaker følgjer metoden og kan ikkje endrast.",
            "# Har fila same id som ein innebygd mal (okt-standard, okt-kort, okt-innsikt,",
            "# vaart-problem), tek ho over for den. okt-standard er malen runde brukar når ei økt",
            "# ikkje nemner nokon annan.",
            "#",
            "# mode:    \"present\" (sakseigar legg fram), \"round\" (runde: alle får ordet etter tur)",
            "#          eller \"conclusion\" (sakseigar oppsummerer og konkluderer).",
            "# title:   nynorsk; title_nb (bokmål) og title_en (engelsk) kan du la vere.",
            "# prompt:  ei kort rettleiing, vist svakt under tittelen på skjermen: kva rommet skal",
            "#          gjere no (høgst 200 teikn). Valfritt; prompt_nb og prompt_en likeins.",
            "# timebox: minutt, valfritt.",
            "#",
        ]
        let body = exampleRecipe.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "#" : "# \($0)" }
        return (header + body).joined(separator: "\n") + "\n"
    }

    /// The example recipe as it reads once uncommented: an *økt* for planning a trial.
    static let exampleRecipe = """
        id = "okt-utproving"
        kind = "session"
        title = "Utprøvingsøkt"
        title_nb = "Utprøvingsøkt"
        title_en = "Trial session"

        [[steps]]
        key = "idea"
        mode = "present"
        title = "Kva vil vi prøve ut?"
        title_nb = "Hva vil vi prøve ut?"
        title_en = "What do we want to try?"
        prompt = "Sakseigar fortel kva vi prøver, kor lenge og for kven"
        prompt_nb = "Sakseier forteller hva vi prøver, hvor lenge og for hvem"
        prompt_en = "The owner tells what we try, for how long and for whom"
        timebox = 5

        [[steps]]
        key = "risks"
        mode = "round"
        title = "Kva kan gå gale, og korleis merkar vi det?"
        title_nb = "Hva kan gå galt, og hvordan merker vi det?"
        title_en = "What could go wrong, and how would we notice?"
        prompt = "Kva kan gå gale? Nemn det — ingen treng løyse det no"
        prompt_nb = "Hva kan gå galt? Nevn det — ingen trenger å løse det nå"
        prompt_en = "What could go wrong? Name it — nobody needs to solve it now"
        timebox = 15

        [[steps]]
        key = "measure"
        mode = "round"
        title = "Korleis veit vi om det verkar?"
        title_nb = "Hvordan vet vi om det virker?"
        title_en = "How will we know whether it works?"
        prompt = "Kva ser vi etter, og når ser vi på det att?"
        prompt_nb = "Hva ser vi etter, og når ser vi på det igjen?"
        prompt_en = "What do we look for, and when do we look again?"
        timebox = 10

        [[steps]]
        key = "plan"
        mode = "conclusion"
        title = "Slik prøver vi det ut"
        title_nb = "Slik prøver vi det ut"
        title_en = "How we will try it"
        prompt = "Sakseigar seier korleis vi prøver, og når vi evaluerer"
        prompt_nb = "Sakseier sier hvordan vi prøver, og når vi evaluerer"
        prompt_en = "The owner says how we try it, and when we review it"
        timebox = 10
        """
}
