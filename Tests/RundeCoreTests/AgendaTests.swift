import Foundation
import Testing

@testable import RundeCore

// MARK: Helpers

private func parseAgenda(
    _ text: String, members: Set<ParticipantID>? = nil, recipes: RecipeBook? = nil
) -> Result<[ItemDraft], AgendaError> {
    AgendaParser.parse(text, file: "agenda.txt", members: members, recipes: recipes)
}

private func agendaDrafts(_ text: String, members: Set<ParticipantID>? = nil, recipes: RecipeBook? = nil) throws -> [ItemDraft] {
    try parseAgenda(text, members: members, recipes: recipes).get()
}

private func agendaDraft(_ text: String) throws -> ItemDraft {
    let all = try agendaDrafts(text)
    try #require(all.count == 1)
    return all[0]
}

private func agendaProblems(_ text: String, members: Set<ParticipantID>? = nil, recipes: RecipeBook? = nil) -> [AgendaProblem] {
    guard case .failure(let error) = parseAgenda(text, members: members, recipes: recipes) else { return [] }
    return error.problems
}

private func changed(_ draft: ItemDraft, _ change: (inout ItemDraft) -> Void) -> ItemDraft {
    var draft = draft
    change(&draft)
    return draft
}

private let team: Set<ParticipantID> = ["ola", "kari", "per", "ingrid", "siri"]

/// The example from the brief and `Docs/agenda.md`.
private let example = """
    # Teammøte veke 48  (lines starting with # are comments; blank lines ignored)
    informasjon: Nytt turnusprogram frå januar @ola 10m
      Ola fortel kva som endrar seg.
    drøfting: Korleis tek vi imot nye vikarar? @kari 20m info/drøft
    avgjerd: Prøveordning med heimekontor éin dag i veka @kari 25m
      Bakgrunn: fleire har spurt …
      forslag: Vi prøver heimekontor onsdagar frå 1. februar til 1. mai.
    avgjerd: Ny rutine for nøkkelhandtering @per 15m erstattar:2026-09-14-1400-teammote#s3
    vårt problem: Når pårørande krev meir enn vedtaket gir @ingrid 60m unnateke:offl. § 13
    økt: Betre overlevering mellom vaktene @siri 90m mal:okt-innsikt
    """

private let exampleDrafts: [ItemDraft] = [
    ItemDraft(
        kind: .information, title: "Nytt turnusprogram frå januar", owner: "ola", text: "Ola fortel kva som endrar seg.",
        timebox: 10),
    ItemDraft(kind: .discussion, title: "Korleis tek vi imot nye vikarar?", owner: "kari", timebox: 20, infoDrøft: true),
    ItemDraft(
        kind: .decision, title: "Prøveordning med heimekontor éin dag i veka", owner: "kari",
        text: "Bakgrunn: fleire har spurt …",
        proposal: "Vi prøver heimekontor onsdagar frå 1. februar til 1. mai.", timebox: 25),
    ItemDraft(
        kind: .decision, title: "Ny rutine for nøkkelhandtering", owner: "per", timebox: 15,
        replaces: DecisionRef("2026-09-14-1400-teammote#s3")),
    ItemDraft(
        kind: .ourProblem, title: "Når pårørande krev meir enn vedtaket gir", owner: "ingrid", timebox: 60,
        exemption: "offl. § 13"),
    ItemDraft(kind: .session, title: "Betre overlevering mellom vaktene", owner: "siri", timebox: 90, recipe: "okt-innsikt"),
]

// MARK: The example

@Suite("Agenda file: the example")
struct AgendaExampleTests {
    @Test func parsesToTheExactDrafts() throws {
        #expect(try agendaDrafts(example) == exampleDrafts)
    }

    @Test func parsesWithTheTeamAndItsRecipes() throws {
        #expect(try agendaDrafts(example, members: team, recipes: .builtIn) == exampleDrafts)
    }

    @Test func crlfLineEndingsAndByteOrderMark() throws {
        let windows = "\u{FEFF}" + example.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        #expect(try agendaDrafts(windows) == exampleDrafts)
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(windows.dropFirst().utf8)
        #expect(try AgendaParser.parse(bytes, file: "agenda.txt").get() == exampleDrafts)
    }

    @Test func oldMacLineEndings() throws {
        #expect(try agendaDrafts(example.replacingOccurrences(of: "\n", with: "\r")) == exampleDrafts)
    }

    @Test func dataEntryPointReadsUTF8() throws {
        #expect(try AgendaParser.parse(Data(example.utf8), file: "agenda.txt", members: team).get() == exampleDrafts)
    }

    @Test func theDocumentedExampleParses() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/agenda.md")
        let markdown = try String(contentsOf: docs, encoding: .utf8)
        let fence = try #require(markdown.range(of: "```agenda\n"))
        let end = try #require(markdown.range(of: "```", range: fence.upperBound..<markdown.endIndex))
        let agenda = String(markdown[fence.upperBound..<end.lowerBound])
        let items = try agendaDrafts(agenda, members: ["ola", "kari", "per", "ingrid", "siri", "tor"], recipes: .builtIn)
        try #require(items.count == 8)
        #expect(items[0] == changed(exampleDrafts[0]) { $0.text = "Ola fortel kva som endrar seg, og kvar programmet ligg." })
        #expect(
            items[1]
                == changed(exampleDrafts[1]) {
                    $0.text = "Tillitsvald er invitert. Kari vil høyre erfaringane våre før ho bestemmer seg."
                })
        #expect(
            items[2].text
                == "Bakgrunn: fleire har spurt om heimekontor for dokumentasjonsarbeid.\nLeiinga er positiv til ei prøveordning.\n\nSjå notatet i Teams-kanalen."
        )
        #expect(
            items[2].proposal
                == "Vi prøver heimekontor onsdagar frå 1. februar til 1. mai.\nKvar og ein avtalar dagen med turnusansvarleg.\nVi evaluerer ordninga på teammøtet i mai."
        )
        #expect(items[3].proposal == "Nøklar til brukarar vert kvitterte ut og inn i nøkkelskapet.")
        #expect(items[4] == exampleDrafts[4])
        #expect(items[5] == changed(exampleDrafts[5]) { $0.timebox = 90 })
        #expect(items[6] == ItemDraft(kind: .information, title: "Nytt frå verneombodet", owner: "tor", timebox: 5))
        #expect(items[7] == ItemDraft(kind: .discussion, title: "Ønske frå @kari om ny PC på vaktrommet", owner: "per", timebox: 10))
    }
}

// MARK: Type keywords

@Suite("Agenda file: type keywords")
struct AgendaKeywordTests {
    static let keywords: [(String, ItemKind)] = [
        // Nynorsk
        ("informasjon", .information), ("informasjonssak", .information), ("info", .information),
        ("drøfting", .discussion), ("drøftingssak", .discussion), ("drøft", .discussion),
        ("avgjerd", .decision), ("avgjerdssak", .decision), ("avgjersle", .decision), ("vedtak", .decision),
        ("vedtakssak", .decision), ("økt", .session), ("okt", .session), ("vårt problem", .ourProblem),
        ("vaart problem", .ourProblem), ("vart problem", .ourProblem),
        // Bokmål
        ("diskusjon", .discussion), ("avgjørelse", .decision), ("beslutning", .decision),
        ("beslutningssak", .decision), ("orientering", .information), ("orienteringssak", .information),
        // English
        ("information", .information), ("discussion", .discussion), ("decision", .decision),
        ("session", .session), ("workshop", .session), ("our problem", .ourProblem),
        // Case, hyphens, spacing, decomposed å
        ("INFO", .information), ("Drøfting", .discussion), ("AVGJERD", .decision), ("ØKT", .session),
        ("Vårt Problem", .ourProblem), ("vårt-problem", .ourProblem), ("vårt  problem", .ourProblem),
        ("va\u{030A}rt problem", .ourProblem), ("avgjerd  ", .decision),
    ]

    @Test(arguments: keywords)
    func keyword(_ keyword: String, _ kind: ItemKind) throws {
        let item = try agendaDraft("\(keyword): Tittel @kari")
        #expect(item.kind == kind)
        #expect(item.title == "Tittel")
    }

    @Test(arguments: AgendaVocabulary.kindKeywords.map(\.keyword))
    func everyListedKeywordIsUnderstood(_ keyword: String) throws {
        #expect(try agendaDraft("\(keyword): Tittel @kari").kind == AgendaVocabulary.kind(keyword))
    }

    @Test func numberedAndBulletedItems() throws {
        let items = try agendaDrafts("1. informasjon: A @kari\n2) avgjerd: B @per\n- økt: C @ola\n* drøfting: D @siri\n• info: E @kari")
        #expect(items.map(\.title) == ["A", "B", "C", "D", "E"])
        #expect(items.map(\.kind) == [.information, .decision, .session, .discussion, .information])
    }

    @Test func drøftBeforeTheColonIsATypeAndAfterTheTitleIsNot() throws {
        let item = try agendaDraft("drøft: Ny turnus @kari info/drøft")
        #expect(item.kind == .discussion)
        #expect(item.infoDrøft)
        let plain = try agendaDraft("avgjerd: Ny turnus drøft @kari")
        #expect(plain.title == "Ny turnus drøft")
        #expect(!plain.infoDrøft)
    }

    @Test func colonsInTheTitleAreKept() throws {
        let item = try agendaDraft("avgjerd: Budsjett 2027: kutt i vikarbruk @kari")
        #expect(item.kind == .decision)
        #expect(item.title == "Budsjett 2027: kutt i vikarbruk")
    }
}

// MARK: Marks

@Suite("Agenda file: marks after the title")
struct AgendaMarkTests {
    static let timeboxes: [(String, Int)] = [
        ("20m", 20), ("20min", 20), ("20 min", 20), ("20 minutt", 20), ("20 minutes", 20), ("20M", 20),
        ("1h", 60), ("1t", 60), ("2 timar", 120), ("2 timer", 120), ("1 hour", 60), ("1h30m", 90), ("1t30m", 90),
        ("1t30", 90), ("1,5t", 90), ("1.5h", 90), ("1,25 t", 75), ("1t 30m", 90), ("1h 15min", 75), ("480m", 480),
        ("8t", 480), ("20m,", 20),
    ]

    @Test(arguments: timeboxes)
    func timebox(_ written: String, _ minutes: Int) throws {
        let item = try agendaDraft("avgjerd: Ny rutine @kari \(written)")
        #expect(item.timebox == minutes)
        #expect(item.title == "Ny rutine")
        #expect(try agendaDraft("avgjerd: Ny rutine \(written) @kari").timebox == minutes)
    }

    @Test func noTimeboxIsNil() throws {
        #expect(try agendaDraft("avgjerd: Ny rutine @kari").timebox == nil)
    }

    @Test func marksInAnyOrder() throws {
        let expected = ItemDraft(
            kind: .session, title: "Betre overlevering", owner: "siri", timebox: 90, infoDrøft: true,
            exemption: "offl. § 13", replaces: DecisionRef("m#s1"), recipe: "okt-kort")
        let orders = [
            "økt: Betre overlevering @siri 90m info/drøft erstattar:m#s1 mal:okt-kort unnateke:offl. § 13",
            "økt: Betre overlevering mal:okt-kort erstattar:m#s1 info/drøft 90m @siri unnateke:offl. § 13",
            "økt: Betre overlevering unnateke:offl. § 13 @siri 90m info/drøft erstattar:m#s1 mal:okt-kort",
            "økt: Betre overlevering 90m unnateke: offl. § 13 mal:okt-kort @siri, info/drøft, erstattar:m#s1",
        ]
        for line in orders { #expect(try agendaDraft(line) == expected, "\(line)") }
    }

    @Test(arguments: ["@kari", "@Kari", "@KARI", "@kari,", "@kari.", "@kari;"])
    func owner(_ written: String) throws {
        #expect(try agendaDraft("informasjon: Nytt frå leiinga \(written) 10m").owner == "kari")
    }

    @Test func ownerHandlesWithHyphensAndLetters() throws {
        #expect(try agendaDraft("info: A @per-olav").owner == "per-olav")
        #expect(try agendaDraft("info: A @åse2").owner == "åse2")
    }

    @Test func anAtSignInTheTitleStaysThere() throws {
        let item = try agendaDraft("drøfting: Ønske frå @kari om ny PC @per 10m")
        #expect(item.title == "Ønske frå @kari om ny PC")
        #expect(item.owner == "per")
        #expect(try agendaDraft("info: Møte med NAV @ rådhuset @kari").title == "Møte med NAV @ rådhuset")
    }

    @Test func numbersAtTheEndOfTheTitleStayInTheTitle() throws {
        #expect(try agendaDraft("avgjerd: Budsjett 2026 @kari").title == "Budsjett 2026")
        #expect(try agendaDraft("avgjerd: Rapport 2.tertial @kari 20m").title == "Rapport 2.tertial")
        #expect(try agendaDraft("info: Nye 4K-skjermar og 5G @kari").title == "Nye 4K-skjermar og 5G")
        #expect(try agendaDraft("info: Kl. 10:30 i morgon @kari").title == "Kl. 10:30 i morgon")
    }

    @Test func separatorsBetweenTitleAndMarksAreDropped() throws {
        #expect(try agendaDraft("info: Ny turnus – @kari 10m").title == "Ny turnus")
        #expect(try agendaDraft("info: Ny turnus, @kari, 10m").title == "Ny turnus")
        #expect(try agendaDraft("info: Kva no? @kari").title == "Kva no?")
    }

    @Test(arguments: ["info/drøft", "info/drøfting", "infodrøft", "Info/Drøft", "info-drøft", "info/droft", "infodrofting"])
    func infoDrøftMark(_ written: String) throws {
        let item = try agendaDraft("avgjerd: Ny turnus @kari \(written)")
        #expect(item.infoDrøft)
        #expect(item.title == "Ny turnus")
    }

    @Test(arguments: [
        ("unnateke:offl. § 13", "offl. § 13"), ("unntatt:offl. § 13", "offl. § 13"), ("exempt:offl. § 13", "offl. § 13"),
        ("unnateke: offl. § 24 tredje ledd", "offl. § 24 tredje ledd"), ("unnateke:offl.§13", "offl.§13"),
        ("Unnateke:offl. § 13 jf. fvl. § 13 første ledd nr. 1", "offl. § 13 jf. fvl. § 13 første ledd nr. 1"),
    ])
    func exemption(_ written: String, _ basis: String) throws {
        let item = try agendaDraft("vårt problem: Ein vanskeleg samtale @ingrid 60m \(written)")
        #expect(item.exemption == basis)
        #expect(item.title == "Ein vanskeleg samtale")
        #expect(item.timebox == 60)
    }

    @Test(arguments: ["erstattar", "erstatter", "replaces", "Erstattar"])
    func replaces(_ key: String) throws {
        let item = try agendaDraft("avgjerd: Ny nøkkelrutine @per \(key):2026-09-14-1400-teammote#s3")
        #expect(item.replaces == DecisionRef("2026-09-14-1400-teammote#s3"))
        #expect(item.replaces?.item == "s3")
    }

    @Test(arguments: ["mal", "template", "oppskrift", "recipe", "MAL"])
    func recipe(_ key: String) throws {
        #expect(try agendaDraft("økt: Betre vaktskifte @siri \(key):okt-innsikt").recipe == "okt-innsikt")
        #expect(try agendaDraft("vårt problem: Pårørande @ingrid \(key):Vaart-Problem").recipe == "vaart-problem")
    }

    @Test func aMarkKeyWithoutValueInTheTitleIsTitleText() throws {
        #expect(try agendaDraft("informasjon: Ny mal: søknadsskjema @kari").title == "Ny mal: søknadsskjema")
    }

    @Test func ownersAreMatchedToTheTeam() throws {
        #expect(try agendaDrafts("info: A @Kari", members: team).first?.owner == "kari")
    }

    @Test func everyExtraOwnerIsReported() {
        let found = agendaProblems("avgjerd: X @tor @per @ola", members: team)
        #expect(
            found.map(\.cause) == [
                .unknownOwner("tor", suggestion: nil, members: ["ingrid", "kari", "ola", "per", "siri"]),
                .twoOwners(first: "tor", second: "per"), .twoOwners(first: "tor", second: "ola"),
            ])
        #expect(found.map(\.column) == [12, 17, 22])
    }

    @Test func anItemWithABadLineStillOwnsItsText() {
        let found = agendaProblems("avgjersel: X @kari\n  Tekst.\n  forslag: Y")
        #expect(found.map(\.cause) == [.unknownKind("avgjersel", suggestion: "avgjerd")])
    }

    /// A typo suggests the type word a person meant, in its usual form: «avgjersel» is one swap
    /// from «avgjersle», but the team writes «avgjerd».
    @Test(arguments: [
        ("avgjersel", "avgjerd"), ("avgjerdsak", "avgjerd"), ("avgjorelsee", "avgjørelse"), ("infromasjon", "informasjon"),
        ("beslutnig", "beslutning"), ("desicion", "decision"), ("drøftnig", "drøfting"), ("droftign", "drøfting"), ("okkt", "økt"),
        ("vårt problm", "vårt problem"), ("vart probelm", "vårt problem"),
    ])
    func aTypoSuggestsTheUsualTypeWord(written: String, suggested: String) {
        let found = agendaProblems("\(written): X @kari")
        #expect(found.map(\.cause) == [.unknownKind(written, suggestion: suggested)])
    }

    @Test func unindentedTextGetsOneProblemNotMany() {
        let found = agendaProblems("info: A @kari\nBakgrunn: fleire har spurt om dette 20 gonger")
        #expect(found.map(\.cause) == [.unknownKind("Bakgrunn", suggestion: nil)])
    }

    @Test func recipesAreCheckedAgainstTheBook() throws {
        let item = try agendaDrafts("økt: A @siri mal:okt-kort", recipes: .builtIn)
        #expect(item.first?.recipe == "okt-kort")
    }
}

// MARK: Text and proposal

@Suite("Agenda file: text and proposal")
struct AgendaTextTests {
    @Test func paragraphsAndLineBreaksAreKept() throws {
        let item = try agendaDraft(
            """
            avgjerd: Heimekontor @kari

              Bakgrunn: fleire har spurt.
              Leiinga er positiv.

              Tillitsvald er informert.
            \t
              # ein kommentar inne i teksten
              Siste avsnitt.


              forslag: Vi prøver heimekontor
              onsdagar.

              Evaluering etter tre månader.

            """)
        #expect(item.text == "Bakgrunn: fleire har spurt.\nLeiinga er positiv.\n\nTillitsvald er informert.\n\nSiste avsnitt.")
        #expect(item.proposal == "Vi prøver heimekontor\nonsdagar.\n\nEvaluering etter tre månader.")
    }

    @Test func relativeIndentationIsKeptAndTabsCount() throws {
        let item = try agendaDraft("avgjerd: Liste @kari\n\tTre ting:\n\t  - ein\n\t  - to\n    - tre")
        #expect(item.text == "Tre ting:\n  - ein\n  - to\n- tre")
    }

    @Test func proposalOnItsOwnLines() throws {
        let item = try agendaDraft("avgjerd: X @kari\n  Tekst.\n  Forslag til avgjerd:\n    Vi gjer A.\n    Og B.")
        #expect(item.text == "Tekst.")
        #expect(item.proposal == "Vi gjer A.\nOg B.")
    }

    @Test(arguments: ["forslag:", "Forslag:", "proposal:", "forslag til avgjerd:", "Forslag til vedtak:", "FORSLAG :"])
    func proposalKeys(_ key: String) throws {
        #expect(try agendaDraft("avgjerd: X @kari\n  \(key) Vi gjer A.").proposal == "Vi gjer A.")
    }

    @Test func otherColonsInTextAreText() throws {
        let item = try agendaDraft("avgjerd: X @kari\n  Bakgrunn: slik.\n  avgjerd: ikkje ei ny sak")
        #expect(item.text == "Bakgrunn: slik.\navgjerd: ikkje ei ny sak")
        #expect(item.proposal == nil)
    }

    @Test func blankLinesBetweenItemsDoNotEnterTheText() throws {
        let items = try agendaDrafts("info: A @kari\n  Tekst A.\n\n\ninfo: B @per\n\n  Tekst B.\n\n")
        #expect(items.map(\.text) == ["Tekst A.", "Tekst B."])
    }

    @Test func unicodeIsKeptExactly() throws {
        let titles = [
            "Æ Ø Å æøå – «sitat» og “sitat”", "Café på rådhuset, naïve façade", "👩‍⚕️ Helsesjekk 🎉🇳🇴",
            "会议议程 と 日本語", "e\u{0301}n kombinert aksent", "Ikkje\u{00A0}brytande mellomrom",
        ]
        let text = titles.map { "informasjon: \($0) @kari 5m\n  \($0)" }.joined(separator: "\n")
        let items = try agendaDrafts(text)
        #expect(items.map(\.title) == titles)
        #expect(items.map(\.text) == titles)
        for (item, title) in zip(items, titles) {
            #expect(Array(item.title.unicodeScalars) == Array(title.unicodeScalars))
        }
    }
}
