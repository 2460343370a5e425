import Foundation
import Testing

@testable import RundeCore

private let members: [ParticipantID] = ["ingrid", "kari", "ola", "per", "siri"]
private let sessions = ["okt-standard", "okt-kort", "okt-innsikt"]

private func parseAgenda(_ text: String) -> Result<[ItemDraft], AgendaError> {
    AgendaParser.parse(text, file: "agenda.txt", members: Set(members), recipes: .builtIn)
}

private func agendaProblems(_ text: String) -> [AgendaProblem] {
    guard case .failure(let error) = parseAgenda(text) else { return [] }
    return error.problems
}

/// One bad agenda, the one problem it has, and the words for it in Nynorsk and English.
struct AgendaErrorCase: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var column: Int?
    var cause: AgendaProblem.Cause
    var nn: String
    var en: String

    var testDescription: String { text.debugDescription }
}

private typealias ErrorCase = AgendaErrorCase

@Suite("Agenda file: problems and their messages")
struct AgendaErrorTests {
    static let cases: [AgendaErrorCase] = [
        ErrorCase(
            text: "avgjersel: Ny rutine @kari 25m", line: 1, column: 1, cause: .unknownKind("avgjersel", suggestion: "avgjerd"),
            nn:
                "«avgjersel» er ikkje ein sakstype. Meinte du «avgjerd»? Skriv ein av desse før kolonet: informasjon, drøfting, avgjerd, økt eller vårt problem.",
            en:
                "“avgjersel” is not an item type. Did you mean “avgjerd”? Write one of these before the colon: information, discussion, decision, session or our problem."
        ),
        ErrorCase(
            text: "info: A @kari\nBakgrunn: fleire har spurt", line: 2, column: 1, cause: .unknownKind("Bakgrunn", suggestion: nil),
            nn:
                "«Bakgrunn» er ikkje ein sakstype. Skriv ein av desse før kolonet: informasjon, drøfting, avgjerd, økt eller vårt problem. Er linja tekst til saka over, må ho rykkjast inn.",
            en:
                "“Bakgrunn” is not an item type. Write one of these before the colon: information, discussion, decision, session or our problem. If the line is text for the item above, indent it."
        ),
        ErrorCase(
            text: ": Ny rutine @kari", line: 1, column: 1, cause: .unknownKind("", suggestion: nil),
            nn: "Det står ingen sakstype før kolonet. Skriv ein av desse: informasjon, drøfting, avgjerd, økt eller vårt problem.",
            en: "There is no item type before the colon. Write one of these: information, discussion, decision, session or our problem."),
        ErrorCase(
            text: "avgjerd Ny rutine @kari", line: 1, column: 1, cause: .missingColon(keyword: "avgjerd"),
            nn: "Det manglar kolon etter sakstypen. Skriv «avgjerd:» og så tittelen, til dømes «avgjerd: Ny rutine @kari».",
            en: "There is no colon after the item type. Write “avgjerd:” and then the title, for example “avgjerd: New routine @kari”."),
        ErrorCase(
            text: "info: A @kari\nNy rutine for nøklar", line: 2, column: 1, cause: .missingColon(keyword: nil),
            nn:
                "Linja manglar sakstype og kolon. Ei sak byrjar med typen og eit kolon, til dømes «avgjerd: Ny rutine @kari». Er linja tekst til saka over, må ho rykkjast inn med mellomrom eller tabulator.",
            en:
                "The line has no item type and colon. An item starts with its type and a colon, for example “decision: New routine @kari”. If the line is text for the item above, indent it with spaces or a tab."
        ),
        ErrorCase(
            text: "avgjerd: @kari 20m", line: 1, column: 9, cause: .emptyTitle,
            nn: "Saka manglar tittel. Skriv tittelen etter kolonet, før @eigaren, til dømes «avgjerd: Ny rutine @kari».",
            en: "The item has no title. Write the title after the colon, before the @owner, for example “decision: New routine @kari”."),
        ErrorCase(
            text: "avgjerd: Ny rutine 20m", line: 1, column: nil, cause: .missingOwner,
            nn: "Saka manglar sakseigar. Skriv @ og kortnamnet til eigaren til slutt på linja, til dømes «@kari».",
            en: "The item has no owner. Write @ and the owner's short name at the end of the line, for example “@kari”."),
        ErrorCase(
            text: "avgjerd: @kari Ny rutine", line: 1, column: 10, cause: .ownerInsideTitle("kari", after: "Ny rutine"),
            nn:
                "@kari står inne i tittelen: etter det kjem «Ny rutine», som ikkje er eit merke. Eigaren og merka skal stå til slutt på linja. Flytt @kari til slutten, eller rett «Ny rutine» om det skulle vere eit merke.",
            en:
                "@kari is inside the title: it is followed by “Ny rutine”, which is not a mark. The owner and the marks go at the end of the line. Move @kari to the end, or correct “Ny rutine” if it was meant as a mark."
        ),
        ErrorCase(
            text: "avgjerd: Ny rutine @kari @per", line: 1, column: 26, cause: .twoOwners(first: "kari", second: "per"),
            nn: "Saka har to eigarar, @kari og @per. Ei sak har éin eigar; ta bort den eine.",
            en: "The item has two owners, @kari and @per. An item has one owner; remove one of them."),
        ErrorCase(
            text: "avgjerd: Ny rutine @karri", line: 1, column: 20, cause: .unknownOwner("karri", suggestion: "kari", members: members),
            nn: "@karri er ikkje med i teamet. Meinte du @kari? Medlemene er @ingrid, @kari, @ola, @per og @siri.",
            en: "@karri is not in the team. Did you mean @kari? The members are @ingrid, @kari, @ola, @per and @siri."),
        ErrorCase(
            text: "avgjerd: Ny rutine @tor", line: 1, column: 20, cause: .unknownOwner("tor", suggestion: nil, members: members),
            nn: "@tor er ikkje med i teamet. Medlemene er @ingrid, @kari, @ola, @per og @siri.",
            en: "@tor is not in the team. The members are @ingrid, @kari, @ola, @per and @siri."),
        ErrorCase(
            text: "avgjerd: X @kari 0m", line: 1, column: 18, cause: .badTimebox("0m", .zero),
            nn: "Tidsramma «0m» er null minutt. Skriv kor lang tid saka skal ha, til dømes «20m», eller ta bort tidsramma.",
            en: "The timebox “0m” is zero minutes. Write how long the item should take, for example “20m”, or remove the timebox."),
        ErrorCase(
            text: "avgjerd: X @kari 900m", line: 1, column: 18, cause: .badTimebox("900m", .tooLong(minutes: 900)),
            nn: "Tidsramma «900m» er 900 minutt, meir enn 8 timar. Skriv minutt med m og timar med t, til dømes «90m» eller «1t30m».",
            en: "The timebox “900m” is 900 minutes, more than 8 hours. Write minutes with m and hours with h, for example “90m” or “1h30m”."),
        ErrorCase(
            text: "avgjerd: X @kari 20", line: 1, column: 18, cause: .badTimebox("20", .missingUnit),
            nn: "Tidsramma «20» manglar eining. Skriv «20m» for 20 minutt, eller «1t» for éin time.",
            en: "The timebox “20” has no unit. Write “20m” for 20 minutes, or “1h” for one hour."),
        ErrorCase(
            text: "avgjerd: X @kari 1,5", line: 1, column: 18, cause: .badTimebox("1,5", .missingUnit),
            nn: "Tidsramma «1,5» manglar eining. Skriv «1,5t» for 1,5 timar.",
            en: "The timebox “1,5” has no unit. Write “1,5h” for 1,5 hours."),
        ErrorCase(
            text: "avgjerd: X @kari 3d", line: 1, column: 18, cause: .badTimebox("3d", .unreadable),
            nn: "runde forstår ikkje tidsramma «3d». Skriv minutt med m og timar med t, til dømes «20m», «1t» eller «1t30m».",
            en: "runde cannot read the timebox “3d”. Write minutes with m and hours with h, for example “20m”, “1h” or “1h30m”."),
        ErrorCase(
            text: "avgjerd: X @kari 20m 30m", line: 1, column: 22, cause: .repeatedMark(.timebox, text: "30m"),
            nn: "Saka har fleire tidsrammer; «30m» er den andre. Behald berre éi.",
            en: "The item has more than one timebox; “30m” is the second. Keep only one."),
        ErrorCase(
            text: "avgjerd: X unnateke:a @kari unnateke:b", line: 1, column: 29, cause: .repeatedMark(.exemption, text: "unnateke:b"),
            nn: "Saka har fleire «unnateke:»-merke; «unnateke:b» er det andre. Skriv heile lovheimelen etter eitt «unnateke:».",
            en: "The item has more than one “exempt:” mark; “unnateke:b” is the second. Write the whole legal basis after one “exempt:”."),
        ErrorCase(
            text: "avgjerd: X @kari erstattar:a#s1 erstattar:b#s2", line: 1, column: 33, cause: .repeatedMark(.replaces, text: "erstattar:b#s2"),
            nn: "Saka har fleire «erstattar:»-merke; «erstattar:b#s2» er det andre. Ei sak kan erstatte eitt vedtak; behald berre eitt merke.",
            en: "The item has more than one “replaces:” mark; “erstattar:b#s2” is the second. An item can replace one decision; keep only one mark."),
        ErrorCase(
            text: "økt: X @siri mal:okt-kort mal:okt-innsikt", line: 1, column: 27, cause: .repeatedMark(.recipe, text: "mal:okt-innsikt"),
            nn: "Saka har fleire «mal:»-merke; «mal:okt-innsikt» er det andre. Vel éin mal.",
            en: "The item has more than one “template:” mark; “mal:okt-innsikt” is the second. Choose one template."),
        ErrorCase(
            text: "avgjerd: X @kari unnateke:", line: 1, column: 18, cause: .emptyExemption,
            nn: "«unnateke:» manglar lovheimel. Skriv heimelen etter kolonet, til dømes «unnateke:offl. § 13».",
            en: "“exempt:” has no legal basis. Write the basis after the colon, for example “exempt:offl. § 13”."),
        ErrorCase(
            text: "avgjerd: X @kari erstattar:teammote-s3", line: 1, column: 18, cause: .badDecisionRef("teammote-s3"),
            nn:
                "«teammote-s3» er ikkje ein referanse til eit vedtak. Skriv namnet på møtet og saka med # mellom, til dømes «erstattar:2026-09-14-1400-teammote#s3».",
            en:
                "“teammote-s3” is not a reference to a decision. Write the meeting's name and the item with # between them, for example “replaces:2026-09-14-1400-teammote#s3”."
        ),
        ErrorCase(
            text: "avgjerd: X @kari erstattar:", line: 1, column: 18, cause: .badDecisionRef(""),
            nn:
                "«erstattar:» seier ikkje kva vedtak saka skal erstatte. Skriv namnet på møtet og saka med # mellom, til dømes «erstattar:2026-09-14-1400-teammote#s3».",
            en:
                "“replaces:” does not say which decision the item replaces. Write the meeting's name and the item with # between them, for example “replaces:2026-09-14-1400-teammote#s3”."
        ),
        ErrorCase(
            text: "økt: X @siri mal:", line: 1, column: 14, cause: .emptyRecipe,
            nn: "«mal:» manglar namnet på malen. Skriv til dømes «mal:okt-innsikt», eller ta bort merket for å bruke standardoppskrifta.",
            en: "“template:” has no template name. Write for example “template:okt-innsikt”, or remove the mark to use the standard recipe."),
        ErrorCase(
            text: "avgjerd: X @kari mal:okt-kort", line: 1, column: 18, cause: .recipeNotAllowed(.decision),
            nn: "Ei avgjerdssak har ingen malar; «mal:» gjeld berre for økt og vårt problem. Ta bort merket, eller endre sakstypen.",
            en: "A decision item has no templates; “template:” is only for sessions and our-problem items. Remove the mark or change the item type."),
        ErrorCase(
            text: "økt: X @siri mal:okt-insikt", line: 1, column: 14,
            cause: .recipeNotFound(.unknown(id: "okt-insikt", kind: .session, available: sessions), suggestion: "okt-innsikt"),
            nn: "Det finst inga oppskrift «okt-insikt». Oppskrifter for økter: okt-standard, okt-kort, okt-innsikt. Meinte du «okt-innsikt»?",
            en: "There is no recipe \"okt-insikt\". Recipes for sessions (økt): okt-standard, okt-kort, okt-innsikt. Did you mean \"okt-innsikt\"?"),
        ErrorCase(
            text: "økt: X @siri mal:vaart-problem", line: 1, column: 14,
            cause: .recipeNotFound(.wrongKind(id: "vaart-problem", kind: .session, recipeKind: .ourProblem, available: sessions), suggestion: nil),
            nn: "Oppskrifta «vaart-problem» er for «vårt problem», ikkje for økter. Oppskrifter for økter: okt-standard, okt-kort, okt-innsikt.",
            en:
                "The recipe \"vaart-problem\" is for “our problem” reflections, not for sessions (økt). Recipes for sessions (økt): okt-standard, okt-kort, okt-innsikt."
        ),
        ErrorCase(
            text: "økt: X mal:okt-kort for alle @siri", line: 1, column: 8, cause: .markInsideTitle("mal:okt-kort"),
            nn: "Merket «mal:okt-kort» står inne i tittelen. Flytt det til slutten av linja, etter tittelen.",
            en: "The mark “mal:okt-kort” is inside the title. Move it to the end of the line, after the title."),
        ErrorCase(
            text: "drøfting: X @kari\n  forslag: Y", line: 2, column: 3, cause: .proposalOnNonDecision(.discussion),
            nn: "Berre avgjerdssaker har forslag til avgjerd, og dette er ei drøftingssak. Endre typen til «avgjerd:», eller skriv teksten utan «forslag:».",
            en: "Only decision items have a proposal, and this is a discussion item. Change the type to “decision:”, or write the text without “proposal:”."),
        ErrorCase(
            text: "avgjerd: X @kari\n  forslag: A\n  forslag: B", line: 3, column: 3, cause: .twoProposals(firstLine: 2),
            nn: "Saka har alt eit forslag (linje 2). Skriv heile forslaget under eitt «forslag:».",
            en: "The item already has a proposal (line 2). Write the whole proposal under one “proposal:”."),
        ErrorCase(
            text: "avgjerd: X @kari\n  forslag:", line: 2, column: nil, cause: .emptyProposal,
            nn: "«forslag:» står utan tekst. Skriv forslaget etter kolonet eller på innrykte linjer under, eller ta bort linja.",
            en: "“proposal:” has no text. Write the proposal after the colon or on indented lines below it, or remove the line."),
        ErrorCase(
            text: "  Innleiing", line: 1, column: 1, cause: .indentedBeforeItem(looksLikeItem: false),
            nn:
                "Linja har innrykk, men det står inga sak over ho. Innrykte linjer er tekst til saka over. Ta bort innrykket om linja skal vere ei sak, eller skriv saka over.",
            en:
                "The line is indented, but there is no item above it. Indented lines are the text of the item above. Remove the indentation if the line is an item, or write the item above it."
        ),
        ErrorCase(
            text: "  info: A @kari", line: 1, column: 1, cause: .indentedBeforeItem(looksLikeItem: true),
            nn:
                "Linja byrjar med mellomrom eller tabulator, men ei sak skal stå heilt til venstre. Berre teksten under ei sak skal ha innrykk. Ta bort innrykket framfor sakene.",
            en:
                "The line starts with spaces or a tab, but an item must start at the left margin. Only the text below an item is indented. Remove the indentation in front of the items."
        ),
        ErrorCase(
            text: "", line: 0, column: nil, cause: .emptyAgenda,
            nn:
                "Agendaen har ingen saker. Skriv éi sak per linje, til dømes «avgjerd: Ny rutine for nøkkelhandtering @kari 15m». Vil du byrje med tom agenda, så lat vere å gi ei agendafil.",
            en:
                "The agenda has no items. Write one item per line, for example “decision: New routine for keys @kari 15m”. To start with an empty agenda, give no agenda file."
        ),
        ErrorCase(
            text: "informasjon: X @ola 10m\nvårt problem: X @ingrid mal:okt-kort", line: 2, column: 25,
            cause: .recipeNotFound(.wrongKind(id: "okt-kort", kind: .ourProblem, recipeKind: .session, available: ["vaart-problem"]), suggestion: nil),
            nn: "Oppskrifta «okt-kort» er for økter, ikkje for «vårt problem». Oppskrifter for «vårt problem»: vaart-problem.",
            en: "The recipe \"okt-kort\" is for sessions (økt), not for “our problem” reflections. Recipes for “our problem” reflections: vaart-problem."),
        ErrorCase(
            text: "informasjon: Om oss @ola 10m\ninformasjon: T \u{1B}]0;X\u{07} @kari 5m", line: 2, column: 16, cause: .controlCharacter("\u{1B}"),
            nn:
                "Linja inneheld eit kontrollteikn (\\u{001B}), til dømes frå ein terminal eller ei kopiert nettside. Slike teikn kan endre det andre ser i terminalen, så runde tek dei ikkje imot. Skriv linja på nytt utan det.",
            en:
                "The line holds a control character (\\u{001B}), for example from a terminal or a copied web page. Such characters can change what others see in a terminal, so runde does not accept them. Write the line again without it."
        ),
    ]

    @Test(arguments: cases)
    func problem(_ expected: AgendaErrorCase) throws {
        let found = agendaProblems(expected.text)
        try #require(found.count == 1, "\(found)")
        let problem = found[0]
        #expect(problem.cause == expected.cause)
        #expect(problem.line == expected.line)
        #expect(problem.column == expected.column)
        #expect(problem.message(.nn) == expected.nn)
        #expect(problem.message() == expected.nn)
        #expect(problem.message(.en) == expected.en)
        #expect(!problem.message(.nb).isEmpty && problem.message(.nb) != expected.nn)
        let location = expected.line > 0 ? "agenda.txt:\(expected.line)" : "agenda.txt"
        #expect(problem.description == "\(location): \(expected.nn)")
        #expect(problem.line(.en) == "\(location): \(expected.en)")
    }

    @Test func everyCauseHasACase() {
        let covered = Set(Self.cases.map { String(describing: $0.cause).prefix { $0 != "(" } })
        let all: Set<Substring> = [
            "invalidUTF8", "emptyAgenda", "indentedBeforeItem", "missingColon", "unknownKind", "emptyTitle", "missingOwner",
            "ownerInsideTitle", "twoOwners", "unknownOwner", "badTimebox", "repeatedMark", "emptyExemption", "badDecisionRef",
            "emptyRecipe", "recipeNotAllowed", "recipeNotFound", "markInsideTitle", "proposalOnNonDecision", "twoProposals",
            "emptyProposal", "controlCharacter", "fileTooLarge", "tooManyItems", "textTooLong",
        ]
        // invalidUTF8 is covered by invalidUTF8IsLocated, which needs bytes; the limits by AgendaLimitTests.
        #expect(all.subtracting(covered) == ["invalidUTF8", "fileTooLarge", "tooManyItems", "textTooLong"])
    }
}

// MARK: Whole-file rules

@Suite("Agenda file: whole file")
struct AgendaFileTests {
    @Test(arguments: ["", "\n\n", "# berre ein kommentar\n\n# og ein til\n", "\u{FEFF}"])
    func aFileWithoutItemsIsAnError(_ text: String) {
        let found = agendaProblems(text)
        #expect(found.map(\.cause) == [.emptyAgenda])
        #expect(found.first?.line == 0)
        #expect(found.first?.description.hasPrefix("agenda.txt: Agendaen har ingen saker.") == true)
    }

    @Test func everyProblemIsReportedInLineOrder() throws {
        let text = """
            # Teammøte
            informasjon: Nytt turnusprogram @ola 0m
              Ola fortel.
            avgjersel: Prøveordning @kari 25m
            avgjerd: Nøkkelrutine erstattar:teammote-s3
            drøfting: Vikarar @kari @per 900m
              forslag: Vi gjer det.
            økt: Betre overlevering @siri 90m
            """
        let found = agendaProblems(text)
        #expect(found.map(\.line) == [2, 4, 5, 5, 6, 6, 7])
        #expect(
            found.map(\.cause) == [
                .badTimebox("0m", .zero), .unknownKind("avgjersel", suggestion: "avgjerd"),
                .badDecisionRef("teammote-s3"), .missingOwner, .twoOwners(first: "kari", second: "per"),
                .badTimebox("900m", .tooLong(minutes: 900)), .proposalOnNonDecision(.discussion),
            ])
        guard case .failure(let error) = parseAgenda(text) else {
            Issue.record("expected problems")
            return
        }
        #expect(error.description.split(separator: "\n").count == 7)
        #expect(error.description.hasPrefix("agenda.txt:2: Tidsramma «0m» er null minutt."))
        #expect(error.message(.en).hasPrefix("agenda.txt:2: The timebox “0m” is zero minutes."))
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Data("informasjon: Møte @kari\navgjerd: N".utf8)
        bytes.append(0xF8)  // "ø" in Windows-1252
        bytes.append(contentsOf: Data("kkel @per\n".utf8))
        guard case .failure(let error) = AgendaParser.parse(bytes, file: "agenda.txt") else {
            Issue.record("expected a problem")
            return
        }
        let problem = try #require(error.problems.first)
        #expect(error.problems.count == 1)
        #expect(problem.cause == .invalidUTF8(byteOffset: 35))
        #expect(problem.line == 2)
        #expect(problem.column == 11)
        #expect(
            problem.description
                == "agenda.txt:2: Fila er ikkje lagra som UTF-8, så runde kan ikkje lese teikna. Opne ho i ein teksteditor og lagre ho på nytt med teiknkodinga UTF-8."
        )
        #expect(
            problem.line(.en)
                == "agenda.txt:2: The file is not saved as UTF-8, so runde cannot read its characters. Open it in a text editor and save it again with the UTF-8 encoding."
        )
    }

    @Test func utf16IsNotUTF8() {
        let bytes = Data([0xFF, 0xFE] + "info: A @kari".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard case .failure(let error) = AgendaParser.parse(bytes, file: "a.txt") else {
            Issue.record("expected a problem")
            return
        }
        #expect(error.problems.map(\.cause) == [.invalidUTF8(byteOffset: 0)])
    }

    @Test func indentedLinesBeforeTheFirstItemAreReportedOnce() {
        let found = agendaProblems("  Innleiing.\n  Meir.\ninfo: A @kari")
        #expect(found.map(\.cause) == [.indentedBeforeItem(looksLikeItem: false)])
        let indented = agendaProblems("  info: A @kari\n  avgjerd: B @per")
        #expect(indented.map(\.cause) == [.indentedBeforeItem(looksLikeItem: true)])
        #expect(indented.map(\.line) == [1])
    }
}
