import Foundation
import Testing

@testable import RundeCore

/// The problems `TeamFile` finds in `text`, in line order.
private func problems(_ text: String) -> [TeamFileError] {
    TeamFile.check(text, file: "team.toml").errors
}

/// The single problem in `text`; fails the test when there is not exactly one.
private func problem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TeamFileError {
    let found = problems(text)
    #expect(found.count == 1, "expected one problem, got \(found)", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
}

/// A fresh folder under the system's temporary folder, unique to the caller.
private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("runde-team-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private let fjordvik = """
    # Heimetenesta
    name = "Heimetenesta Fjordvik 🏡"
    purpose = "Gode tenester heime hjå innbyggjarane – òg i helga"
    language = "nn"

    [[members]]
    id = "kari"
    name = "Kari Nordvik"
    roles = ["fasilitator", "verneombod"]

    [[members]]
    id = "åse"
    name = "Åse Øyen 🌻"
    roles = [
      "skrivar",
      "tillitsvald",
    ]

    [[members]]
    id = "per-olav2"
    name = "Per-Olav Ærø"
    """

@Suite("Team file")
struct TeamFileTests {
    @Test func readsANorwegianTeam() throws {
        let team = try TeamFile.parse(fjordvik)
        #expect(team.name == "Heimetenesta Fjordvik 🏡")
        #expect(team.purpose == "Gode tenester heime hjå innbyggjarane – òg i helga")
        #expect(team.language == .nn)
        #expect(team.members.map(\.id) == ["kari", "åse", "per-olav2"])
        #expect(team.members[1] == Team.Member(id: "åse", name: "Åse Øyen 🌻", roles: [.scribe, .unionRepresentative]))
        #expect(team.members[2].roles.isEmpty)
        #expect(team.facilitator?.id == "kari")
        #expect(team.scribe?.id == "åse")
        #expect(team.members(holding: .safetyRepresentative).map(\.id) == ["kari"])
        #expect(team.participants.map(\.id) == ["kari", "åse", "per-olav2"])
        #expect(team.participants.allSatisfy { $0.attendance == .unknown })
        #expect(team.member("åse")?.name == "Åse Øyen 🌻")
    }

    @Test func roundTripsThroughRender() throws {
        let team = Team(
            name: "Barnevern «Sør» \"vest\" \\ 🧒", purpose: "Linje ein\nLinje to\ttab", language: .nb,
            checkIn: "Kva \"ventar\" du av møtet?",
            members: [
                Team.Member(id: "kari", name: "Kari Nordvik", roles: [.facilitator, .safetyRepresentative]),
                Team.Member(id: "åse", name: "Åse Øyen 🌻", roles: [.scribe]),
                Team.Member(id: "bjørn-2", name: "Bjørn Ærlig"),
            ])
        let text = TeamFile.render(team)
        #expect(try TeamFile.parse(text) == team)
        #expect(text.contains("# Medlemene i teamet"))
        #expect(text.contains("lov-og-avtaleansvarleg"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })

        let minimal = Team(name: "Lite team", members: [Team.Member(id: "ola", name: "Ola")])
        let minimalText = TeamFile.render(minimal)
        #expect(minimalText.contains("# purpose = "))
        #expect(minimalText.contains("# language = \"nn\""))
        #expect(minimalText.contains("# check_in = "))
        #expect(try TeamFile.parse(minimalText) == minimal)
    }

    @Test func duplicateKeyIsASyntaxErrorWithItsOwnHint() throws {
        let error = try problem("name = \"T\"\nname = \"U\"\n")
        #expect(error.line == 2)
        #expect(error.message(.nn).hasSuffix("Ein nøkkel kan berre stå éin gong i kvar tabell."))
        #expect(error.message(.en).hasSuffix("A key may appear only once in each table."))
    }

    @Test func syntaxErrorHasLineAndColumn() throws {
        let error = try problem("name = \"Team\"\n\n[[members]]\nid = \"kari\nname = \"Kari\"\n")
        #expect(error.line == 4)
        #expect(error.column != nil)
        guard case .syntax(let detail) = error.problem else {
            Issue.record("not a syntax error: \(error)")
            return
        }
        #expect(!detail.isEmpty)
        #expect(error.description.hasPrefix("team.toml:4:"))
        #expect(error.message(.nn).hasPrefix("Fila er ikkje gyldig TOML: "))
        #expect(error.message(.en).hasPrefix("The file is not valid TOML: "))
    }

    @Test func missingKeysPointAtTheirTable() throws {
        let found = problems("purpose = \"x\"\n\n[[members]]\nid = \"kari\"\nname = \"Kari\"\n\n[[members]]\nid = \"ola\"\n")
        #expect(found.map(\.line) == [1, 7])
        #expect(found.map(\.problem) == [.missingKey("name", table: nil), .missingKey("name", table: "members")])
        #expect(found[0].description == "team.toml:1: `name` manglar, og må vere med.")
        #expect(found[1].message(.nn) == "Ein `[[members]]`-bolk manglar `name`, som må vere med.")
        #expect(found[1].message(.en) == "A `[[members]]` section is missing `name`; it is required.")
    }

    @Test func wrongTypesSayWhatWasExpected() throws {
        let found = problems(
            """
            name = 42
            [[members]]
            id = "kari"
            name = "Kari"
            roles = "fasilitator"
            """)
        #expect(found.map(\.line) == [1, 5])
        #expect(found[0].problem == .wrongType(key: "name", expected: .text, found: .integer))
        #expect(found[0].message(.nn) == "`name` skal vere tekst i hermeteikn, til dømes \"Kari\", men er eit heiltal.")
        #expect(found[0].message(.en) == "`name` must be text in quotes, for example \"Kari\", but is a whole number.")
        #expect(found[1].problem == .wrongType(key: "roles", expected: .textList, found: .text))
        #expect(found[1].message(.en).contains("a list of texts"))

        let table = try problem("name = \"T\"\n\n[members]\nid = \"kari\"\n")
        #expect(table.line == 3)
        #expect(table.problem == .wrongType(key: "members", expected: .tableList, found: .table))
        #expect(table.message(.nn) == "`members` skal vere éin eller fleire `[[members]]`-bolkar, men er ein tabell.")
        #expect(table.message(.en) == "`members` must be one or more `[[members]]` sections, but is a table.")

        let mixed = try problem("name = \"T\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\nroles = [\"skrivar\", 3]\n")
        #expect(mixed.line == 5)
        #expect(mixed.problem == .wrongType(key: "roles", expected: .textList, found: .integer))
    }

    @Test func unknownKeysSuggestTheClosest() throws {
        let found = problems(
            """
            nmae = "Team"
            språk = "nn"
            [[members]]
            id = "kari"
            name = "Kari"
            rolle = ["skrivar"]
            colour = "blue"
            """)
        // `språk` is not a valid bare key: TOML refuses the file before any key is checked.
        #expect(found.count == 1)
        #expect(found.first?.line == 2)

        let keys = problems(
            """
            nmae = "Team"
            "språk" = "nn"
            [[members]]
            id = "kari"
            name = "Kari"
            rolle = ["skrivar"]
            colour = "blue"
            """)
        // The misspelt `nmae` is not reported a second time as a missing `name`.
        #expect(keys.map(\.line) == [1, 2, 6, 7])
        #expect(keys[0].problem == .unknownKey("nmae", suggestion: "name", known: TeamFile.keys))
        #expect(keys[1].problem == .unknownKey("språk", suggestion: "language", known: TeamFile.keys))
        #expect(keys[2].problem == .unknownKey("rolle", suggestion: "roles", known: TeamFile.memberKeys))
        #expect(keys[3].problem == .unknownKey("colour", suggestion: nil, known: TeamFile.memberKeys))
        #expect(keys[0].description == "team.toml:1: Ukjend nøkkel `nmae`. Meinte du `name`?")
        #expect(keys[0].message(.en) == "Unknown key `nmae`. Did you mean `name`?")
        #expect(keys[3].message(.nn) == "Ukjend nøkkel `colour`. Her kan du bruke: id, name, roles.")
        #expect(keys[3].message(.en) == "Unknown key `colour`. Allowed here: id, name, roles.")
    }

    @Test func unknownRolesPointAtTheirLine() throws {
        let found = problems(
            """
            name = "T"
            [[members]]
            id = "kari"
            name = "Kari"
            roles = [
              "skrivar",
              "fasiltator",
              "kokk",
            ]
            """)
        #expect(found.map(\.line) == [7, 8])
        #expect(found[0].problem == .unknownRole("fasiltator", suggestion: .facilitator))
        #expect(found[1].problem == .unknownRole("kokk", suggestion: nil))
        #expect(found[0].description == "team.toml:7: Ukjend rolle «fasiltator». Meinte du «fasilitator»?")
        #expect(found[0].message(.en) == "Unknown role \"fasiltator\". Did you mean \"fasilitator\"?")
        #expect(found[1].message(.nn).hasPrefix("Ukjend rolle «kokk». Gyldige roller: føremålsvaktar, fasilitator, skrivar, "))
        #expect(found[1].message(.en).hasPrefix("Unknown role \"kokk\". Valid roles: føremålsvaktar, "))
        #expect(found[1].message(.en).hasSuffix("tillitsvald, verneombod."))
        // Capitals and stray spaces are forgiven.
        let team = try TeamFile.parse("name = \"T\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\nroles = [\" Fasilitator\"]\n")
        #expect(team.members[0].roles == [.facilitator])
    }

    @Test func duplicateAndBadIDs() throws {
        let found = problems(
            """
            name = "T"
            [[members]]
            id = "kari"
            name = "Kari"
            [[members]]
            id = "Kari N"
            name = "Kari N"
            [[members]]
            name = "Kari igjen"
            id = "kari"
            """)
        #expect(found.map(\.line) == [6, 10])
        #expect(found[0].problem == .badID("Kari N", suggestion: "kari-n"))
        #expect(found[0].message(.nn).hasPrefix("«Kari N» er ikkje ein gyldig id: bruk berre små bokstavar (a–å)"))
        #expect(found[0].message(.nn).hasSuffix("Til dømes «kari-n»."))
        #expect(found[0].message(.en).hasSuffix("For example \"kari-n\"."))
        #expect(found[1].problem == .duplicateMemberID("kari", firstLine: 3))
        #expect(found[1].description == "team.toml:10: Id-en «kari» er alt brukt på linje 3. Kvart medlem treng sin eigen id.")
        #expect(found[1].message(.en) == "The id \"kari\" is already used on line 3. Each member needs an id of their own.")
    }

    @Test(arguments: [
        ("kari", true), ("per-olav", true), ("åse2", true), ("bjørn", true), ("Kari", false), ("2kari", false),
        ("-kari", false), ("kari n", false), ("", false), ("josé", false),
    ])
    func memberIDRule(id: String, valid: Bool) {
        #expect(Team.Member.isValidID(id) == valid)
    }

    @Test func suggestedIDs() {
        #expect(Handle.suggestion(for: "Kari N") == "kari-n")
        #expect(Handle.suggestion(for: "José") == "jose")
        #expect(Handle.suggestion(for: "Åse_Øyen") == "åse-øyen")
        #expect(Handle.suggestion(for: "42") == nil)
    }

    @Test func noMembers() throws {
        let absent = try problem("name = \"T\"\n")
        #expect(absent.line == 1)
        #expect(absent.problem == .noMembers)
        #expect(absent.message(.nn) == "Teamet har ingen medlemer. Legg til minst éin `[[members]]`-bolk med `id` og `name`.")
        #expect(absent.message(.en) == "The team has no members. Add at least one `[[members]]` section with `id` and `name`.")

        let empty = try problem("name = \"T\"\n\nmembers = []\n")
        #expect(empty.line == 3)
        #expect(empty.problem == .noMembers)
    }

    /// The team's check-in question: read and trimmed, and refused with file:line when it is
    /// blank, not text, or holds a control character.
    @Test func checkInQuestion() throws {
        let members = "[[members]]\nid = \"kari\"\nname = \"Kari\"\n"
        let team = try TeamFile.parse("name = \"T\"\ncheck_in = \"  Kva har du med deg inn i møtet i dag?  \"\n" + members)
        #expect(team.checkIn == "Kva har du med deg inn i møtet i dag?")
        #expect(try TeamFile.parse("name = \"T\"\n" + members).checkIn == nil)
        #expect(CheckIn.question(nil, team: team, .en) == "Kva har du med deg inn i møtet i dag?")
        #expect(CheckIn.question("  Ein eigen?  ", team: team, .nn) == "Ein eigen?")
        #expect(CheckIn.question(nil, team: Team(name: "T", members: []), .nb) == CheckIn.defaultQuestion.nb)
        let blank = try problem("name = \"T\"\ncheck_in = \" \"\n" + members)
        #expect(blank.line == 2)
        #expect(blank.problem == .emptyValue(key: "check_in"))
        let number = try problem("name = \"T\"\ncheck_in = 1\n" + members)
        #expect(number.description.hasPrefix("team.toml:2: "))
        #expect(number.problem == .wrongType(key: "check_in", expected: .text, found: .integer))
        let escape = try problem("name = \"T\"\ncheck_in = \"Kva\\u0007?\"\n" + members)
        #expect(escape.line == 2)
        #expect(escape.problem == .controlCharacter(key: "check_in", "\u{07}"))
    }

    /// The team's working agreement (*spelereglar*): a list of texts, trimmed, each blank one
    /// refused on its own line, a wrong type with file:line.
    @Test func workingAgreement() throws {
        let members = "[[members]]\nid = \"kari\"\nname = \"Kari\"\n"
        let team = try TeamFile.parse("name = \"T\"\nagreement = [\"  Vi byrjar til tida. \", \"Ein snakkar om gongen.\"]\n" + members)
        #expect(team.agreement == ["Vi byrjar til tida.", "Ein snakkar om gongen."])
        #expect(try TeamFile.parse("name = \"T\"\n" + members).agreement == [])
        #expect(try TeamFile.parse(TeamFile.render(team)) == team)
        let blank = try problem("name = \"T\"\nagreement = [\n  \"Vi byrjar til tida.\",\n  \" \",\n]\n" + members)
        #expect(blank.line == 4)
        #expect(blank.problem == .emptyValue(key: "agreement"))
        let number = try problem("name = \"T\"\n\nagreement = [\"Ein regel\", 2]\n" + members)
        #expect(number.description.hasPrefix("team.toml:3: "))
        let text = try problem("name = \"T\"\nagreement = \"Éin regel\"\n" + members)
        #expect(text.line == 2)
        let escape = try problem("name = \"T\"\nagreement = [\"Kva\\u0007?\"]\n" + members)
        #expect(escape.problem == .controlCharacter(key: "agreement", "\u{07}"))
    }

    /// A meeting planned for the team carries its agreement, and so does its log and its minutes.
    @Test func aMeetingCarriesTheAgreementIntoItsMinutes() throws {
        var team = try TeamFile.parse("name = \"T\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\n")
        team.agreement = ["Vi byrjar til tida."]
        let plan = MeetingPlan(id: UUID(), title: "Møte", team: team, agenda: [], scheduledAt: Date(timeIntervalSince1970: 1_795_000_000))
        let created = try plan.created(recipes: .builtIn)
        #expect(created.agreement == ["Vi byrjar til tida."])
        var state = MeetingState(created: created, at: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(state.agreement == ["Vi byrjar til tida."])
        #expect(!MarkdownMinutes.render(Minutes(meeting: state, language: .nn), timeZone: .gmt).contains("Spelereglar"), "not yet shown")
        state.stage = .closed
        let markdown = MarkdownMinutes.render(Minutes(meeting: state, language: .nn), timeZone: .gmt)
        #expect(markdown.contains("## Spelereglar\n\n_Viste på opningsskjermen._\n\n- Vi byrjar til tida."))
        team.agreement = []
        let none = try MeetingPlan(id: UUID(), title: "Møte", team: team, agenda: [], scheduledAt: Date()).created(recipes: .builtIn)
        #expect(none.agreement == nil)
    }

    @Test func unknownLanguage() throws {
        let error = try problem("name = \"T\"\nlanguage = \"no\"\n[[members]]\nid = \"kari\"\nname = \"Kari\"\n")
        #expect(error.line == 2)
        #expect(error.problem == .unknownLanguage("no"))
        #expect(error.description == "team.toml:2: Ukjend språk «no». Bruk \"nn\" (nynorsk), \"nb\" (bokmål) eller \"en\" (engelsk).")
        #expect(error.message(.en) == "Unknown language \"no\". Use \"nn\" (Nynorsk), \"nb\" (Bokmål) or \"en\" (English).")
    }

    @Test func timeZone() throws {
        let members = "[[members]]\nid = \"kari\"\nname = \"Kari\"\n"
        let team = try TeamFile.parse("name = \"T\"\ntime_zone = \"Europe/Oslo\"\n" + members)
        #expect(team.timeZone?.identifier == "Europe/Oslo")
        #expect(team.meetingTimeZone.identifier == "Europe/Oslo")
        #expect(try TeamFile.parse(TeamFile.render(team)) == team)
        #expect(try TeamFile.parse("name = \"T\"\n" + members).timeZone == nil)
        let error = try problem("name = \"T\"\n\ntime_zone = \"Oslo\"\n" + members)
        #expect(error.line == 3)
        #expect(error.problem == .unknownTimeZone("Oslo"))
        #expect(error.message(.en) == "Unknown time zone \"Oslo\". Write the zone's IANA name, e.g. \"Europe/Oslo\".")
    }

    @Test func emptyNames() throws {
        let found = problems("name = \"  \"\npurpose = \"\"\n[[members]]\nid = \"kari\"\nname = \"\"\n")
        #expect(found.map(\.line) == [1, 5])
        #expect(found.map(\.problem) == [.emptyValue(key: "name"), .emptyValue(key: "name")])
        #expect(found[0].message(.nn) == "`name` kan ikkje vere tom.")
        #expect(found[0].message(.en) == "`name` must not be empty.")
    }

    @Test func reportsEveryProblemAtOnceInLineOrder() throws {
        let found = problems(
            """
            name = "T"
            langauge = "nn"

            [[members]]
            id = "kari"
            name = "Kari"
            roles = ["kokk"]

            [[members]]
            id = "kari"
            """)
        #expect(found.map(\.line) == [2, 7, 9, 10])
        let error = TeamFolderError.invalid(found)
        let report = error.message(.nn).split(separator: "\n")
        #expect(report.first == "Fann 4 feil i teammappa:")
        #expect(report.dropFirst().first == "  team.toml:2: Ukjend nøkkel `langauge`. Meinte du `language`?")
        #expect(error.message(.en).hasPrefix("Found 4 problems in the team folder:\n  team.toml:2: Unknown key"))
    }

    @Test func layoutSkipsCommentsAndMultilineStrings() {
        let layout = TOMLLayout(
            """
            # name = "not this"
            purpose = \"\"\"
            name = "nor this"
            \"\"\"
            "name" = "T"

            [[members]]
            id = "a"
            [[members]]
            [members.extra]
            """)
        #expect(layout.root.line(of: "name") == 5)
        #expect(layout.root.line(of: "purpose") == 2)
        #expect(layout.element("members", 1)?.line == 9)
        #expect(layout.element("members", 2) == nil)
        #expect(layout.header("members")?.line == 7)
    }
}

@Suite("Team folder")
struct TeamFolderTests {
    private let members = [
        Team.Member(id: "kari", name: "Kari Nordvik", roles: [.facilitator]),
        Team.Member(id: "åse", name: "Åse Øyen 🌻", roles: [.scribe, .safetyRepresentative]),
    ]

    @Test func createThenOpen() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("heimetenesta")
        let created = try TeamFolder.create(at: url, name: "Heimetenesta Fjordvik", members: members, language: .nn)
        #expect(FileManager.default.fileExists(atPath: created.meetingsURL.path))
        #expect(FileManager.default.fileExists(atPath: created.recipesURL.appendingPathComponent("eksempel.toml").path))
        #expect(created.meetingsURL.lastPathComponent == "meetings")
        #expect(created.agendaURL.lastPathComponent == "agenda.txt")

        let opened = try TeamFolder.open(url)
        #expect(opened.team == Team(name: "Heimetenesta Fjordvik", language: .nn, members: members))
        #expect(opened.team == created.team)
        #expect(opened.teamRecipes.isEmpty)
        #expect(opened.recipes == RecipeBook.builtIn)
        let text = try String(contentsOf: opened.teamFileURL, encoding: .utf8)
        #expect(text.contains("# Namnet på teamet"))
        #expect(text.contains("id = \"åse\""))
    }

    @Test func createRefusesToOverwrite() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("name = \"Gammalt\"\n".utf8).write(to: url.appendingPathComponent("team.toml"))
        let error = #expect(throws: TeamFolderError.self) {
            try TeamFolder.create(at: url, name: "Nytt", members: members)
        }
        #expect(error == .alreadyExists(url))
        #expect(error?.message(.nn) == "Det finst alt ei team.toml i «\(url.path)». runde skriv ikkje over ho.")
        #expect(error?.message(.en) == "There is already a team.toml in \"\(url.path)\". runde will not overwrite it.")
        #expect(try String(contentsOf: url.appendingPathComponent("team.toml"), encoding: .utf8) == "name = \"Gammalt\"\n")
    }

    @Test func createRefusesAnInvalidTeamAndWritesNothing() throws {
        let url = try temporaryFolder().appendingPathComponent("nytt")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = #expect(throws: TeamFolderError.self) {
            try TeamFolder.create(at: url, name: "Nytt", members: [Team.Member(id: "Kari N", name: "Kari")])
        }
        #expect(error?.fileErrors.map(\.problem) == [.badID("Kari N", suggestion: "kari-n")])
        #expect(!FileManager.default.fileExists(atPath: url.path))
        let emptyName = #expect(throws: TeamFolderError.self) { try TeamFolder.create(at: url, name: " ", members: members) }
        #expect(emptyName?.fileErrors.map(\.problem) == [.emptyValue(key: "name")])
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func createWithoutMembersWritesAnExampleToFillIn() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        let created = try TeamFolder.create(at: url, name: "Nytt team", members: [])
        #expect(created.team.members.isEmpty)
        let error = #expect(throws: TeamFolderError.self) { try TeamFolder.open(url) }
        #expect(error?.fileErrors.map(\.problem) == [.noMembers])
        let text = try String(contentsOf: created.teamFileURL, encoding: .utf8)
        #expect(text.contains("# [[members]]\n# id = \"kari\""))
        let example = try #require(text.range(of: "# [[members]]"))
        let filledIn = text[..<example.lowerBound] + text[example.lowerBound...].replacingOccurrences(of: "# ", with: "")
        let parsed = try TeamFile.parse(String(filledIn))
        #expect(parsed.members == [Team.Member(id: "kari", name: "Kari Nordvik", roles: [.facilitator])])
        #expect(parsed.name == "Nytt team")
    }

    @Test func missingTeamFileIsNotATeamFolder() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: TeamFolderError.self) { try TeamFolder.open(url) }
        #expect(error == .notATeamFolder(url))
        #expect(error?.message(.nn) == "«\(url.path)» er ikkje ei teammappe: der er ingen team.toml. Køyr `runde init` for å lage ei.")
        #expect(error?.message(.en) == "\"\(url.path)\" is not a team folder: it has no team.toml. Run `runde init` to make one.")
        #expect(error?.description == error?.message(.nn))
    }

    @Test func opensTeamRecipesAndReportsAllProblemsTogether() throws {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try TeamFolder.create(at: url, name: "Team", members: members)
        let recipes = url.appendingPathComponent("recipes")
        try Data(TeamFolder.exampleRecipe.utf8).write(to: recipes.appendingPathComponent("utproving.toml"))
        let folder = try TeamFolder.open(url)
        #expect(folder.teamRecipes.map(\.id) == ["okt-utproving"])
        #expect(folder.recipes.templates(for: .session).map(\.id) == ["okt-standard", "okt-kort", "okt-innsikt", "okt-utproving"])

        try Data("name = \"Team\"\nspråk = 1\n".utf8).write(to: url.appendingPathComponent("team.toml"))
        try Data(TeamFolder.exampleRecipe.utf8).write(to: recipes.appendingPathComponent("utproving-kopi.toml"))
        let decision = "id = \"x\"\nkind = \"decision\"\ntitle = \"X\"\n[[steps]]\nkey = \"a\"\nmode = \"round\"\ntitle = \"A\"\n"
        try Data(decision.utf8).write(to: recipes.appendingPathComponent("a.toml"))
        try Data([0xC3, 0x28]).write(to: recipes.appendingPathComponent("b.toml"))
        try Data("not = toml = at all".utf8).write(to: recipes.appendingPathComponent(".hidden.toml"))
        let error = #expect(throws: TeamFolderError.self) { try TeamFolder.open(url) }
        let found = error?.fileErrors ?? []
        #expect(found.map(\.location) == ["team.toml:2:4", "recipes/a.toml:2", "recipes/b.toml", "recipes/utproving.toml:1"])
        #expect(found.map(\.problem).last == .duplicateRecipeID("okt-utproving", otherFile: "recipes/utproving-kopi.toml"))
        #expect(found[2].message(.nn) == "Fila er ikkje tekst i UTF-8. Lagre ho som UTF-8 i teksteditoren.")
        #expect(found[2].message(.en) == "The file is not UTF-8 text. Save it as UTF-8 in your text editor.")
        #expect(found[3].message(.nn) == "Oppskrifta «okt-utproving» er alt definert i recipes/utproving-kopi.toml. Kvar oppskrift treng sin eigen id.")
        #expect(found[3].message(.en) == "The recipe \"okt-utproving\" is already defined in recipes/utproving-kopi.toml. Each recipe needs an id of its own.")
    }

    @Test func exampleRecipeFileIsCommentedOutAndValidOnceUncommented() throws {
        #expect(try RecipeFile.parse(TeamFolder.exampleRecipeFile, file: "recipes/eksempel.toml") == nil)
        let uncommented = TeamFolder.exampleRecipeFile.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("# id = ") }
            .map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : ($0 == "#" ? "" : String($0)) }
            .joined(separator: "\n")
        let recipe = try #require(try RecipeFile.parse(uncommented, file: "recipes/utproving.toml"))
        #expect(recipe.id == "okt-utproving")
        #expect(recipe.steps.map(\.mode) == [.present, .round, .round, .conclusion])
        #expect(TeamFolder.exampleRecipeFile.split(separator: "\n").allSatisfy { $0.hasPrefix("#") && $0.count <= 100 })
    }
}

/// `review_after`: how long after a decision the team reviews it, in months or weeks.
@Suite struct ReviewAfterTests {
    private let members = "[[members]]\nid = \"kari\"\nname = \"Kari\"\n"

    @Test func readsMonthsAndWeeks() throws {
        #expect(try TeamFile.parse("name = \"T\"\nreview_after = \"3m\"\n" + members).reviewAfter == ReviewInterval(count: 3, unit: .months))
        #expect(try TeamFile.parse("name = \"T\"\nreview_after = \" 6W \"\n" + members).reviewAfter == ReviewInterval(count: 6, unit: .weeks))
        #expect(try TeamFile.parse("name = \"T\"\nreview_after = \"6v\"\n" + members).reviewAfter == ReviewInterval(count: 6, unit: .weeks))
        #expect(try TeamFile.parse("name = \"T\"\n" + members).reviewAfter == nil, "without the key, no default")
    }

    @Test func refusesAnythingElseAtItsLine() throws {
        for bad in ["3", "m", "0m", "121m", "3d", "tre m", "-3m", "3 m"] {
            let error = try problem("name = \"T\"\nlanguage = \"nn\"\nreview_after = \"\(bad)\"\n" + members)
            #expect(error.line == 3, "\(bad)")
            #expect(error.problem == .badReviewInterval(bad))
            #expect(error.description.hasPrefix("team.toml:3: «\(bad)» er ikkje ei tid til evaluering."))
        }
        let number = try problem("name = \"T\"\nreview_after = 3\n" + members)
        #expect(number.line == 2)
        #expect(number.problem == .wrongType(key: "review_after", expected: .text, found: .integer))
        let typo = try problem("name = \"T\"\nreview_afte = \"3m\"\n" + members)
        #expect(typo.problem == .unknownKey("review_afte", suggestion: "review_after", known: TeamFile.keys))
    }

    @Test func roundTripsThroughRender() throws {
        let team = Team(name: "T", reviewAfter: ReviewInterval(count: 8, unit: .weeks), members: [Team.Member(id: "kari", name: "Kari")])
        let text = TeamFile.render(team)
        #expect(text.contains("review_after = \"8w\""))
        #expect(try TeamFile.parse(text) == team)
        #expect(!TeamFile.render(Team(name: "T", members: [])).contains("review_after"), "a file without it reads as before")
    }

    @Test func theDayAfterTheInterval() throws {
        let day = try #require(Day("2026-11-30"))
        #expect(ReviewInterval(count: 3, unit: .months).after(day) == Day("2027-02-28"), "the last day of a shorter month")
        #expect(ReviewInterval(count: 2, unit: .weeks).after(day) == Day("2026-12-14"))
        #expect(ReviewInterval(count: 12, unit: .months).description == "12m")
    }
}
