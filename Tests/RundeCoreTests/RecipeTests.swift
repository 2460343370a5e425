import Foundation
import Testing

@testable import RundeCore

/// The problems a team's recipe file `text` has, in line order.
private func problems(_ text: String) -> [TeamFileError] {
    RecipeFile.check(text, file: "recipes/r.toml", source: .team).errors
}

private func problem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TeamFileError {
    let found = problems(text)
    #expect(found.count == 1, "expected one problem, got \(found)", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
}

/// A valid team recipe with `extra` appended to its one step.
private func recipe(kind: String = "session", id: String = "okt-eiga", step extra: String = "") -> String {
    """
    id = "\(id)"
    kind = "\(kind)"
    title = "Eiga økt"

    [[steps]]
    key = "framing"
    mode = "round"
    title = "Kva veit vi?"
    \(extra)
    """
}

private func draft(_ kind: ItemKind, recipe: String? = nil) -> ItemDraft {
    ItemDraft(kind: kind, title: "Sak", owner: "kari", recipe: recipe)
}

@Suite("Built-in recipes")
struct BuiltInRecipeTests {
    @Test(arguments: [
        (ItemKind.information, "information", ["present:present", "clarify:round"]),
        (.discussion, "discussion", ["present:present", "clarify:round", "views:round", "conclusion:conclusion"]),
        (.decision, "decision", ["present:present", "clarify:round", "react:round", "amend:amend", "consent:consent"]),
        (.session, "okt-standard", ["framing:round", "insight:round", "ideas:round", "choose:conclusion", "next:round"]),
        (
            .ourProblem, "vaart-problem",
            [
                "story:present", "clarify:round", "stakes:round", "involved:round", "options:round", "choice:conclusion",
                "evaluation:round",
            ]
        ),
    ])
    func defaultRecipes(kind: ItemKind, id: String, steps: [String]) {
        let recipe = RecipeBook.builtIn.defaultRecipe(for: kind)
        #expect(recipe.id == id)
        #expect(recipe.kind == kind)
        #expect(RecipeBook.defaultID(for: kind) == id)
        #expect(recipe.steps.map { "\($0.key):\($0.mode.rawValue)" } == steps)
    }

    @Test func methodTitlesAreTheSeedsWords() throws {
        let book = RecipeBook.builtIn
        #expect(book.defaultRecipe(for: .information).steps[1].title.nn == "Oppklarande spørsmål")
        #expect(book.defaultRecipe(for: .discussion).steps[2].title.nn == "Synspunkt, perspektiv, meiningar")
        #expect(book.defaultRecipe(for: .discussion).steps[3].title.nn == "Sakseigar sin konklusjon")
        let decision = book.defaultRecipe(for: .decision).steps.map(\.title.nn)
        #expect(
            decision == [
                "Sakseigar legg fram forslag til avgjerd", "Oppklarande spørsmål", "Reaksjonsrunde",
                "Sakseigar kan endre forslaget", "Samtykkerunde",
            ])
        let ourProblem = book.defaultRecipe(for: .ourProblem).steps.map(\.title.nn)
        #expect(
            ourProblem == [
                "Forteljinga", "Oppklarande spørsmål", "Kva står på spel?", "Kven er involverte?", "Kva kan vi gjere?",
                "Kva vel vi, og kvifor?", "Evaluering",
            ])
    }

    @Test func everyTitleHasThreeLanguages() {
        for recipe in RecipeBook.builtIn.recipes {
            for title in [recipe.title] + recipe.steps.map(\.title) {
                #expect(!title.nn.isEmpty, "\(recipe.id)")
                #expect(title.nb?.isEmpty == false, "\(recipe.id): \(title.nn) has no Bokmål")
                #expect(title.en?.isEmpty == false, "\(recipe.id): \(title.nn) has no English")
                #expect(title.en != title.nn, "\(recipe.id): \(title.nn) is not translated to English")
            }
        }
    }

    @Test func sessionTemplatesAreTimeboxed() {
        let templates = RecipeBook.builtIn.templates(for: .session)
        #expect(templates.map(\.id) == ["okt-standard", "okt-kort", "okt-innsikt"])
        for template in templates {
            #expect(template.steps.allSatisfy { ($0.timebox ?? 0) > 0 }, "\(template.id)")
            #expect(template.steps.allSatisfy { [.round, .conclusion, .present].contains($0.mode) })
            #expect(template.steps.filter { $0.mode == .conclusion }.count == 1, "\(template.id)")
        }
        #expect(RecipeBook.builtIn.recipe(id: "okt-kort")?.steps.compactMap(\.timebox).reduce(0, +) == 30)
    }

    @Test func builtInSourcesAreValidRecipeFiles() throws {
        #expect(BuiltInRecipes.sources.map(\.id) == RecipeBook.builtIn.recipes.map(\.id))
        for source in BuiltInRecipes.sources {
            let (recipe, errors) = RecipeFile.check(source.toml, file: source.id, source: .builtIn)
            #expect(errors.isEmpty)
            #expect(recipe?.id == source.id)
            // A team may copy the økt and vårt problem texts as they are; the method's are refused.
            let teamErrors = RecipeFile.check(source.toml, file: source.id, source: .team).errors
            let teamKind = recipe.map { RecipeFile.teamKinds.contains($0.kind) } ?? false
            #expect(teamErrors.isEmpty == teamKind, "\(source.id): \(teamErrors)")
        }
    }
}

@Suite("Recipe book")
struct RecipeBookTests {
    private func teamRecipe(_ id: String, _ kind: ItemKind = .session, steps: Int = 1) -> Recipe {
        Recipe(
            id: id, kind: kind, title: LocalizedText(nn: "Eiga \(id)"),
            steps: (1...steps).map { RecipeStep(key: "s\($0)", mode: .round, title: LocalizedText(nn: "Steg \($0)"), timebox: 5) })
    }

    @Test func teamRecipeReplacesBuiltInInPlace() throws {
        let ours = teamRecipe("okt-standard", steps: 2)
        let book = RecipeBook.builtIn.merging([ours, teamRecipe("okt-ny")])
        #expect(book.defaultRecipe(for: .session) == ours)
        #expect(book.recipe(id: "okt-standard") == ours)
        #expect(book.templates(for: .session).map(\.id) == ["okt-standard", "okt-kort", "okt-innsikt", "okt-ny"])
        #expect(book.recipes.map(\.id) == RecipeBook.builtIn.recipes.map(\.id) + ["okt-ny"])
        #expect(RecipeBook.builtIn.defaultRecipe(for: .session) != ours)

        let reflection = teamRecipe("vaart-problem", .ourProblem)
        #expect(RecipeBook.builtIn.merging([reflection]).defaultRecipe(for: .ourProblem) == reflection)
    }

    @Test func bookWithoutAKindFallsBackToBuiltIn() {
        let book = RecipeBook(recipes: [teamRecipe("okt-a"), teamRecipe("okt-a", steps: 3)])
        #expect(book.recipes.count == 1)
        #expect(book.defaultRecipe(for: .session).steps.count == 3)
        #expect(book.defaultRecipe(for: .decision) == RecipeBook.builtIn.defaultRecipe(for: .decision))
    }

    @Test func resolvesDrafts() throws {
        let book = RecipeBook.builtIn.merging([teamRecipe("okt-ny")])
        #expect(try book.resolve(draft(.decision)).get().id == "decision")
        #expect(try book.resolve(draft(.session)).get().id == "okt-standard")
        #expect(try book.resolve(draft(.session, recipe: "okt-ny")).get().id == "okt-ny")
        #expect(try book.resolve(draft(.ourProblem, recipe: "vaart-problem")).get().id == "vaart-problem")
    }

    @Test func resolveNamesTheUnknownIdAndTheAlternatives() throws {
        let book = RecipeBook.builtIn.merging([teamRecipe("okt-ny")])
        let unknown = RecipeLookupError.unknown(
            id: "okt-lang", kind: .session, available: ["okt-standard", "okt-kort", "okt-innsikt", "okt-ny"])
        #expect(book.resolve(draft(.session, recipe: "okt-lang")) == .failure(unknown))
        #expect(unknown.id == "okt-lang")
        #expect(unknown.message(.nn) == "Det finst inga oppskrift «okt-lang». Oppskrifter for økter: okt-standard, okt-kort, okt-innsikt, okt-ny.")
        #expect(unknown.message(.en) == "There is no recipe \"okt-lang\". Recipes for sessions (økt): okt-standard, okt-kort, okt-innsikt, okt-ny.")
        #expect(unknown.description == unknown.message(.nn))
    }

    @Test func resolveRefusesARecipeOfAnotherKind() throws {
        let result = RecipeBook.builtIn.resolve(draft(.decision, recipe: "okt-kort"))
        let wrong = RecipeLookupError.wrongKind(id: "okt-kort", kind: .decision, recipeKind: .session, available: ["decision"])
        #expect(result == .failure(wrong))
        #expect(wrong.message(.nn) == "Oppskrifta «okt-kort» er for økter, ikkje for avgjerdssaker. Oppskrifter for avgjerdssaker: decision.")
        #expect(wrong.message(.nb) == "Oppskriften «okt-kort» er for økter, ikke for beslutningssaker. Oppskrifter for beslutningssaker: decision.")
        #expect(wrong.message(.en) == "The recipe \"okt-kort\" is for sessions (økt), not for decision items. Recipes for decision items: decision.")
    }
}

@Suite("Recipe files")
struct RecipeFileTests {
    @Test func readsATeamRecipe() throws {
        let text = recipe(step: "title_nb = \"Hva vet vi?\"\ntitle_en = \"What do we know?\"\ntimebox = 10")
        let parsed = try #require(try RecipeFile.parse(text, file: "recipes/r.toml"))
        #expect(
            parsed
                == Recipe(
                    id: "okt-eiga", kind: .session, title: LocalizedText(nn: "Eiga økt"),
                    steps: [
                        RecipeStep(
                            key: "framing", mode: .round, title: LocalizedText(nn: "Kva veit vi?", nb: "Hva vet vi?", en: "What do we know?"), timebox: 10)
                    ]))
        #expect(try RecipeFile.parse("# berre ein kommentar\n\n", file: "recipes/tom.toml") == nil)
        #expect(try RecipeFile.parse("", file: "recipes/tom.toml") == nil)
    }

    @Test func syntaxError() throws {
        let error = try problem("id = \"okt\"\nkind = session\n")
        #expect(error.line == 2)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("recipes/r.toml:2:"))
        #expect(error.message(.nn).hasPrefix("Fila er ikkje gyldig TOML"))
        #expect(error.message(.en).hasPrefix("The file is not valid TOML"))
    }

    @Test func missingKeysAndWrongTypes() throws {
        let found = problems(
            """
            id = "okt-eiga"
            kind = "session"
            title = "Eiga"

            [[steps]]
            key = "framing"
            mode = "round"
            timebox = "10"
            """)
        #expect(found.map(\.line) == [5, 8])
        #expect(found[0].problem == .missingKey("title", table: "steps"))
        #expect(found[0].message(.nn) == "Ein `[[steps]]`-bolk manglar `title`, som må vere med.")
        #expect(found[1].problem == .wrongType(key: "timebox", expected: .integer, found: .text))
        #expect(found[1].message(.nn) == "`timebox` skal vere eit heiltal, til dømes 10, men er tekst.")
        #expect(found[1].message(.en) == "`timebox` must be a whole number, for example 10, but is text.")
    }

    @Test func unknownKeysInRecipes() throws {
        let found = problems(recipe(step: "titel_en = \"x\"\nminutter = 5"))
        #expect(found.map(\.line) == [9, 10])
        #expect(
            found.map(\.problem) == [
                .unknownKey("titel_en", suggestion: "title_en", known: RecipeFile.stepKeys),
                .unknownKey("minutter", suggestion: "timebox", known: RecipeFile.stepKeys),
            ])
        #expect(found[1].message(.nn) == "Ukjend nøkkel `minutter`. Meinte du `timebox`?")
        #expect(found[1].message(.en) == "Unknown key `minutter`. Did you mean `timebox`?")
    }

    @Test func duplicateStepKeys() throws {
        let error = try problem(recipe(step: "\n[[steps]]\nkey = \"framing\"\nmode = \"round\"\ntitle = \"Igjen\""))
        #expect(error.line == 11)
        #expect(error.problem == .duplicateStepKey("framing", firstLine: 6))
        #expect(error.description == "recipes/r.toml:11: Steget «framing» finst alt på linje 6. Kvart steg treng sin eigen `key`.")
        #expect(error.message(.en) == "The step \"framing\" already exists on line 6. Each step needs a `key` of its own.")
    }

    @Test func emptySteps() throws {
        let absent = try problem("id = \"okt-eiga\"\nkind = \"session\"\ntitle = \"Eiga\"\n")
        #expect(absent.line == 1)
        #expect(absent.problem == .noSteps)
        #expect(absent.message(.nn) == "Oppskrifta har ingen steg. Legg til minst eitt `[[steps]]` med `key`, `mode` og `title`.")
        #expect(absent.message(.en) == "The recipe has no steps. Add at least one `[[steps]]` with `key`, `mode` and `title`.")
        let empty = try problem("id = \"okt-eiga\"\nkind = \"session\"\ntitle = \"Eiga\"\nsteps = []\n")
        #expect(empty.line == 4)
        #expect(empty.problem == .noSteps)
    }

    @Test func badModes() throws {
        let typo = try problem(recipe().replacingOccurrences(of: "mode = \"round\"", with: "mode = \"rund\""))
        #expect(typo.line == 7)
        #expect(typo.problem == .unknownMode("rund", suggestion: .round))
        #expect(typo.message(.nn).hasPrefix("Ukjend `mode` «rund». Meinte du «round»? Bruk \"present\""))
        #expect(typo.message(.en).hasPrefix("Unknown `mode` \"rund\". Did you mean \"round\"? Use \"present\""))

        let consent = try problem(recipe().replacingOccurrences(of: "mode = \"round\"", with: "mode = \"consent\""))
        #expect(consent.line == 7)
        #expect(consent.problem == .modeNotAllowed(.consent))
        #expect(consent.message(.nn).hasPrefix("`mode = \"consent\"` høyrer berre til avgjerdssaker"))
        #expect(consent.message(.en).hasPrefix("`mode = \"consent\"` belongs to decision items only"))
        let amend = try problem(recipe().replacingOccurrences(of: "mode = \"round\"", with: "mode = \"amend\""))
        #expect(amend.problem == .modeNotAllowed(.amend))
    }

    @Test func aStepPromptIsReadInThreeLanguages() throws {
        let text = recipe(
            step: """
                prompt = "Fakta først – kva har vi sett og høyrt?"
                prompt_nb = "Fakta først – hva har vi sett og hørt?"
                prompt_en = "Facts first – what have we seen and heard?"
                """)
        let parsed = try #require(try RecipeFile.parse(text, file: "recipes/r.toml"))
        let step = try #require(parsed.steps.first)
        #expect(
            step.prompt
                == LocalizedText(
                    nn: "Fakta først – kva har vi sett og høyrt?", nb: "Fakta først – hva har vi sett og hørt?",
                    en: "Facts first – what have we seen and heard?"))
        #expect(step.prompt?[.nb] == "Fakta først – hva har vi sett og hørt?")
        // Without translations, every language shows the Nynorsk prompt; without a prompt, none.
        let nynorskOnly = try #require(try RecipeFile.parse(recipe(step: "prompt = \"Kva veit vi?\""), file: "recipes/r.toml"))
        #expect(nynorskOnly.steps.first?.prompt?[.en] == "Kva veit vi?")
        #expect(try RecipeFile.parse(recipe(), file: "recipes/r.toml")?.steps.first?.prompt == nil)
    }

    @Test func aBadPromptIsNamedAtItsLine() throws {
        let orphan = try problem(recipe(step: "prompt_en = \"Facts first\""))
        #expect(orphan.line == 9)
        #expect(orphan.problem == .promptWithoutNynorsk(key: "prompt_en"))
        #expect(orphan.message(.nn).hasPrefix("`prompt_en` omset `prompt`, som manglar i dette steget."))
        #expect(orphan.message(.en).hasPrefix("`prompt_en` translates `prompt`, which this step does not have."))
        let long = try problem(recipe(step: "prompt = \"\(String(repeating: "å", count: RecipeFile.promptCharacters + 1))\""))
        #expect(long.line == 9)
        #expect(long.problem == .promptTooLong(key: "prompt", limit: RecipeFile.promptCharacters))
        let blank = try problem(recipe(step: "prompt = \"  \""))
        #expect(blank.problem == .emptyValue(key: "prompt"))
        let number = try problem(recipe(step: "prompt_nb = 3"))
        #expect(number.problem == .wrongType(key: "prompt_nb", expected: .text, found: .integer))
        let escape = try problem(recipe(step: "prompt = \"Kva\\u001B[2J\""))
        #expect(escape.problem == .controlCharacter(key: "prompt", "\u{1B}"))
        #expect(
            problems(recipe(step: "promt = \"Kva?\"")).map(\.problem) == [
                .unknownKey("promt", suggestion: "prompt", known: RecipeFile.stepKeys)
            ])
    }

    /// Every step of every built-in recipe says how, in all three languages, in one short line.
    @Test func everyBuiltInStepHasAPrompt() throws {
        for recipe in RecipeBook.builtIn.recipes {
            for step in recipe.steps {
                let prompt = try #require(step.prompt, "\(recipe.id)/\(step.key) has no prompt")
                #expect(prompt.nb != nil && prompt.en != nil, "\(recipe.id)/\(step.key)")
                for language in Language.allCases {
                    #expect(prompt[language].count <= RecipeFile.promptCharacters)
                    #expect(prompt[language] != step.title[language], "\(recipe.id)/\(step.key): the prompt repeats the title")
                }
            }
        }
        let clarify = try #require(RecipeBook.builtIn.defaultRecipe(for: .information).steps.first { $0.key == "clarify" }?.prompt)
        #expect(clarify[.nn] == "Berre spørsmål for å forstå — ikkje meiningar enno")
        #expect(clarify[.nb] == "Bare spørsmål for å forstå — ikke meninger ennå")
        #expect(clarify[.en] == "Only questions to understand — no opinions yet")
    }

    @Test(arguments: [0, -5])
    func nonPositiveTimebox(minutes: Int) throws {
        let error = try problem(recipe(step: "timebox = \(minutes)"))
        #expect(error.line == 9)
        #expect(error.problem == .nonPositiveTimebox(minutes))
        #expect(error.message(.nn) == "`timebox` er minutt og må vere større enn 0 (her: \(minutes)).")
        #expect(error.message(.en) == "`timebox` is in minutes and must be greater than 0 (here: \(minutes)).")
    }

    @Test(arguments: [ItemKind.information, .discussion, .decision])
    func methodKindsAreRefused(kind: ItemKind) throws {
        let error = try problem(recipe(kind: kind.rawValue, id: "eiga"))
        #expect(error.line == 2)
        #expect(error.problem == .kindNotAllowed(kind))
        #expect(error.message(.nn).contains("ligg fast i metoden og kan ikkje bytast ut"))
        #expect(error.message(.en).contains("is part of the method and cannot be replaced"))
    }

    @Test func unknownKindAndBadID() throws {
        let found = problems(recipe(kind: "økt", id: "Mi Økt"))
        #expect(found.map(\.line) == [1, 2])
        #expect(found[0].problem == .badID("Mi Økt", suggestion: "mi-økt"))
        #expect(found[1].problem == .unknownKind("økt"))
        #expect(found[1].message(.nn) == "Ukjend sakstype «økt». Ei oppskriftsfil kan definere \"session\" (økt) eller \"our-problem\" (vårt problem).")
        #expect(found[1].message(.en) == "Unknown item type \"økt\". A recipe file can define \"session\" or \"our-problem\".")
    }

    @Test func builtInIdOfAnotherKindIsReserved() throws {
        let error = try problem(recipe(kind: "our-problem", id: "okt-standard"))
        #expect(error.line == 1)
        #expect(error.problem == .reservedRecipeID("okt-standard", kind: .session))
        #expect(error.message(.nn) == "Id-en «okt-standard» høyrer til den innebygde oppskrifta for økter. Vel ein annan id.")
        #expect(error.message(.en) == "The id \"okt-standard\" belongs to the built-in recipe for sessions (økt). Choose another id.")
        #expect(problems(recipe(kind: "session", id: "decision")).map(\.problem) == [.reservedRecipeID("decision", kind: .decision)])
    }

    /// Every problem has words in all three languages, and they differ.
    @Test func everyProblemSpeaksThreeLanguages() {
        let all: [TeamFileProblem] = [
            .syntax("x"), .unreadable("x"), .unreadable(nil), .missingKey("k", table: nil), .missingKey("k", table: "t"),
            .wrongType(key: "k", expected: .tableList, found: .boolean), .unknownKey("k", suggestion: nil, known: ["a"]),
            .unknownKey("k", suggestion: "a", known: ["a"]), .emptyValue(key: "k"), .badID("K", suggestion: nil), .noMembers,
            .duplicateMemberID("k", firstLine: 1), .unknownRole("r", suggestion: nil), .unknownRole("r", suggestion: .scribe),
            .unknownLanguage("x"), .syntax("cannot redefine x"),
            .unknownKind("x"), .kindNotAllowed(.information), .reservedRecipeID("x", kind: .ourProblem),
            .duplicateRecipeID("x", otherFile: "f"), .noSteps, .duplicateStepKey("k", firstLine: 2),
            .unknownMode("m", suggestion: nil), .modeNotAllowed(.amend), .nonPositiveTimebox(0),
            .promptWithoutNynorsk(key: "prompt_en"), .promptTooLong(key: "prompt", limit: 200),
            .controlCharacter(key: "name", "\u{1B}"), .textTooLong(key: "name", limit: 10), .fileTooLarge(limit: 65536),
        ]
        for problem in all {
            let words = Language.allCases.map { problem.message($0) }
            #expect(Set(words).count == 3, "\(problem): \(words)")
            #expect(words.allSatisfy { $0.hasSuffix(".") || $0.hasSuffix("?") }, "\(problem)")
        }
        for type in TOMLValueType.allCases {
            let words = Language.allCases.map { TeamFileProblem.wrongType(key: "k", expected: type, found: type).message($0) }
            #expect(Set(words).count == 3, "\(type)")
        }
    }
}
