/// Reads recipe files: the `recipes/*.toml` of a team folder, and the built-in recipes, which
/// are written in the same format.
///
/// ```toml
/// id = "okt-innsikt"
/// kind = "session"              # or "our-problem"
/// title = "Innsiktsøkt"          # Nynorsk
/// title_nb = "Innsiktsøkt"       # optional
/// title_en = "Insight session"   # optional
///
/// [[steps]]
/// key = "framing"
/// mode = "round"                # present | round | conclusion
/// title = "Kva veit vi, og kva veit vi ikkje?"
/// prompt = "Fakta først – kva har vi sett og høyrt?"   # optional, shown under the title
/// prompt_nb = "Fakta først – hva har vi sett og hørt?"  # optional
/// prompt_en = "Facts first – what have we seen and heard?"  # optional
/// timebox = 10                  # minutes, optional
/// ```
///
/// A team may define only *økt* templates and *vårt problem* recipes: the recipes of
/// information, discussion and decision items are the method itself, and so are the `amend`
/// and `consent` modes.
public enum RecipeFile {
    /// `recipes`, the team folder's sub-folder for recipe files.
    public static let folderName = "recipes"

    /// The kinds a team's recipe file may define.
    public static let teamKinds: [ItemKind] = [.session, .ourProblem]

    /// The step modes a team's recipe file may use.
    public static let teamModes: [StepMode] = [.present, .round, .conclusion]

    static let keys = ["id", "kind", "title", "title_nb", "title_en", "steps"]
    static let stepKeys = ["key", "mode", "title", "title_nb", "title_en", "prompt", "prompt_nb", "prompt_en", "timebox"]

    /// The most characters a step's prompt may have, in each language: it is one line under the
    /// step's title.
    public static let promptCharacters = 200

    /// Who wrote the file: a team (held to the team's limits) or runde itself.
    enum Source {
        case team
        case builtIn
    }

    /// Parses the text of a team's recipe file.
    ///
    /// - Parameter file: the name to give in error messages, relative to the team folder.
    /// - Returns: nil for a file that defines nothing (empty, or only comments), such as the
    ///   commented-out example `runde init` writes.
    /// - Throws: ``TeamFolderError/invalid(_:)`` with every problem found, in line order.
    public static func parse(_ text: String, file: String) throws(TeamFolderError) -> Recipe? {
        let (recipe, errors) = check(text, file: file, source: .team)
        guard errors.isEmpty else { throw .invalid(errors) }
        return recipe
    }

    /// The recipe, when the text is valid and defines one, and every problem found.
    static func check(_ text: String, file: String, source: Source) -> (recipe: Recipe?, errors: [TeamFileError]) {
        let (parsed, syntaxChecker) = TOMLChecker.parse(text, file: file)
        guard let root = parsed else { return (nil, syntaxChecker.errors) }
        guard !root.table.isEmpty else { return (nil, []) }
        var checker = syntaxChecker
        checker.checkKeys(of: root, known: keys)
        let id = readID(root, &checker)
        let kind = readKind(root, source, &checker)
        if let id, let kind, source == .team, let builtIn = RecipeBook.builtIn.recipe(id: id), builtIn.kind != kind {
            checker.report(.reservedRecipeID(id, kind: builtIn.kind), line: checker.line(of: "id", in: root))
        }
        let title = readTitle(root, &checker)
        let steps = readSteps(root, source, &checker)
        guard let id, let kind, let title, let steps, checker.errors.isEmpty else { return (nil, checker.sortedErrors) }
        return (Recipe(id: id, kind: kind, title: title, steps: steps), [])
    }

    private static func readID(_ root: TOMLChecker.Table, _ checker: inout TOMLChecker) -> String? {
        guard let id = checker.text("id", in: root, required: true) else { return nil }
        guard Handle.isValid(id) else {
            checker.report(.badID(id, suggestion: Handle.suggestion(for: id)), line: checker.line(of: "id", in: root))
            return nil
        }
        return id
    }

    private static func readKind(_ root: TOMLChecker.Table, _ source: Source, _ checker: inout TOMLChecker) -> ItemKind? {
        guard let raw = checker.text("kind", in: root, required: true) else { return nil }
        let line = checker.line(of: "kind", in: root)
        guard let kind = ItemKind(rawValue: raw) else {
            checker.report(.unknownKind(raw), line: line)
            return nil
        }
        guard source == .builtIn || teamKinds.contains(kind) else {
            checker.report(.kindNotAllowed(kind), line: line)
            return nil
        }
        return kind
    }

    /// `title`, `title_nb` and `title_en` of a recipe or a step.
    private static func readTitle(_ table: TOMLChecker.Table, _ checker: inout TOMLChecker) -> LocalizedText? {
        let nn = checker.text("title", in: table, required: true)
        let nb = checker.text("title_nb", in: table, required: false)
        let en = checker.text("title_en", in: table, required: false)
        return nn.map { LocalizedText(nn: $0, nb: nb, en: en) }
    }

    private static func readSteps(_ root: TOMLChecker.Table, _ source: Source, _ checker: inout TOMLChecker) -> [RecipeStep]? {
        let hadErrors = checker.errors.count
        guard let tables = checker.tableList("steps", in: root, required: false) else {
            if checker.errors.count == hadErrors { checker.report(.noSteps, line: 1) }
            return nil
        }
        guard !tables.isEmpty else {
            checker.report(.noSteps, line: checker.line(of: "steps", in: root))
            return nil
        }
        var steps: [RecipeStep] = []
        var firstLines: [String: Int] = [:]
        var complete = true
        for table in tables {
            checker.checkKeys(of: table, known: stepKeys)
            let keyLine = checker.line(of: "key", in: table)
            var key = checker.text("key", in: table, required: true)
            if let raw = key {
                if !Handle.isValid(raw) {
                    checker.report(.badID(raw, suggestion: Handle.suggestion(for: raw)), line: keyLine)
                    key = nil
                } else if let first = firstLines[raw] {
                    checker.report(.duplicateStepKey(raw, firstLine: first), line: keyLine)
                    key = nil
                } else {
                    firstLines[raw] = keyLine
                }
            }
            let mode = readMode(table, source, &checker)
            let title = readTitle(table, &checker)
            let timebox = readTimebox(table, &checker)
            let prompt = readPrompt(table, &checker)
            if let key, let mode, let title, timebox.valid, prompt.valid {
                steps.append(RecipeStep(key: key, mode: mode, title: title, timebox: timebox.minutes, prompt: prompt.text))
            } else {
                complete = false
            }
        }
        return complete ? steps : nil
    }

    private static func readMode(_ table: TOMLChecker.Table, _ source: Source, _ checker: inout TOMLChecker) -> StepMode? {
        guard let raw = checker.text("mode", in: table, required: true) else { return nil }
        let line = checker.line(of: "mode", in: table)
        let allowed = source == .builtIn ? StepMode.allCases : teamModes
        guard let mode = StepMode(rawValue: raw) else {
            let suggestion = EditDistance.closest(to: raw, in: allowed.map(\.rawValue)).flatMap(StepMode.init)
            checker.report(.unknownMode(raw, suggestion: suggestion), line: line)
            return nil
        }
        guard allowed.contains(mode) else {
            checker.report(.modeNotAllowed(mode), line: line)
            return nil
        }
        return mode
    }

    /// `prompt`, `prompt_nb` and `prompt_en` of a step, all optional; `valid` is false when one
    /// is there and wrong: not a text, blank, unsafe, too long, or a translation without `prompt`.
    private static func readPrompt(_ table: TOMLChecker.Table, _ checker: inout TOMLChecker) -> (valid: Bool, text: LocalizedText?) {
        let hadErrors = checker.errors.count
        var texts: [String: String] = [:]
        for key in ["prompt", "prompt_nb", "prompt_en"] {
            guard let text = checker.text(key, in: table, required: false) else { continue }
            if Limits.isTooLong(text, limit: promptCharacters) {
                checker.report(.promptTooLong(key: key, limit: promptCharacters), line: checker.line(of: key, in: table))
            } else {
                texts[key] = text
            }
        }
        guard let nn = texts["prompt"] else {
            for key in ["prompt_nb", "prompt_en"] where texts[key] != nil && checker.errors.count == hadErrors {
                checker.report(.promptWithoutNynorsk(key: key), line: checker.line(of: key, in: table))
            }
            return (checker.errors.count == hadErrors, nil)
        }
        return (checker.errors.count == hadErrors, LocalizedText(nn: nn, nb: texts["prompt_nb"], en: texts["prompt_en"]))
    }

    /// The timebox, which may be absent; `valid` is false when it is there and wrong.
    private static func readTimebox(_ table: TOMLChecker.Table, _ checker: inout TOMLChecker) -> (valid: Bool, minutes: Int?) {
        let hadErrors = checker.errors.count
        guard let minutes = checker.integer("timebox", in: table, required: false) else {
            return (checker.errors.count == hadErrors, nil)
        }
        guard minutes > 0 else {
            checker.report(.nonPositiveTimebox(minutes), line: checker.line(of: "timebox", in: table))
            return (false, nil)
        }
        return (true, minutes)
    }
}
