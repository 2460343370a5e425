import RundeCore

/// Everything a key can ask for.
public enum Action: String, Sendable, Hashable, CaseIterable {
    case up, down
    case toggleAttendance, addGuest, editAgenda, openMeeting, markAttendance
    case addItem, editItem, moveItemUp, moveItemDown, removeItem, doneEditingAgenda
    case startItem, closingRound, evaluate, closeMeeting
    case followUp, chooseFollowUp, doneFollowUp
    case nextStep, runAgain, stopRound, firstSpeaker
    case speak, pass
    case consent, concern, objection
    case propose, integrate, recordDecision, conclude, withdraw, postpone, changeKind, ugild, liftExemption
    case unionView, note, action, undo, help, quit
    case nextList, previousList, search, open, back, scrollUp, scrollDown, pageUp, pageDown
}

extension Action {
    /// Whether the action only changes what is shown (moving, scrolling, help, quitting): the
    /// keys that act when a meeting is followed read-only (`runde follow`).
    public var onlyReads: Bool {
        switch self {
        case .up, .down, .help, .quit, .nextList, .previousList, .search, .open, .back, .scrollUp, .scrollDown, .pageUp, .pageDown: true
        default: false
        }
    }
}

/// One key, what it does, and where: the single table the keys, the hint line, the help screen
/// and `Docs/keys.md` are all made from.
public struct Binding: Sendable, Hashable {
    public var key: Key
    public var action: Action
    public var contexts: Set<Context>
    /// A few words for the hint line.
    public var short: Translation
    /// A sentence for the help screen.
    public var long: Translation
    /// Shown in the hint line (the likeliest keys); the rest are in `?` help.
    public var hinted: Bool

    /// How the key is written on screen: `Enter`, `Space`, `↑`, `p`.
    public var keyName: String { Keymap.name(of: key) }
}

public enum Keymap {
    private static let meeting: Set<Context> = [.between, .followUp, .step, .round, .consent, .closing]
    private static let everywhere = Set(Context.live)

    public static let bindings: [Binding] = [
        b(
            .up, .up, [.attendance, .agenda, .between, .followUp, .reviewList],
            short: T("opp", "opp", "up"),
            long: T("Flytt markeringa opp.", "Flytt markeringen opp.", "Move the selection up."), hinted: false),
        b(
            .down, .down, [.attendance, .agenda, .between, .followUp, .reviewList],
            short: T("ned", "ned", "down"),
            long: T("Flytt markeringa ned.", "Flytt markeringen ned.", "Move the selection down."), hinted: false),
        b(
            .char(" "), .toggleAttendance, [.attendance],
            short: T("til stades", "til stede", "present"),
            long: T(
                "Merk den markerte som til stades eller fråverande.", "Merk den markerte som til stede eller fraværende.",
                "Mark the selected person present or absent.")),
        b(
            .char("g"), .addGuest, [.attendance],
            short: T("gjest", "gjest", "guest"),
            long: T("Legg til ein gjest (namn).", "Legg til en gjest (navn).", "Add a guest (name).")),
        b(
            .char("s"), .editAgenda, [.attendance],
            short: T("sakliste", "saksliste", "agenda"),
            long: T("Rediger sakslista før møtet.", "Rediger sakslisten før møtet.", "Edit the agenda before the meeting.")),
        b(
            .char("o"), .openMeeting, [.attendance, .agenda],
            short: T("opne møtet", "åpne møtet", "open meeting"),
            long: T("Opna møtet med innsjekkrunden.", "Åpne møtet med innsjekkrunden.", "Open the meeting with the check-in round.")),
        b(
            .char("a"), .addItem, [.agenda],
            short: T("ny sak", "ny sak", "add item"),
            long: T(
                "Legg til ei sak: «avgjerd: Tittel @eigar 20m».", "Legg til en sak: «avgjerd: Tittel @eier 20m».", "Add an item: “decision: Title @owner 20m”.")
        ),
        b(
            .char("e"), .editItem, [.agenda],
            short: T("endre", "endre", "edit"),
            long: T("Endre den markerte saka.", "Endre den markerte saken.", "Edit the selected item.")),
        b(
            .char("K"), .moveItemUp, [.agenda],
            short: T("flytt opp", "flytt opp", "move up"),
            long: T("Flytt den markerte saka opp.", "Flytt den markerte saken opp.", "Move the selected item up."), hinted: false),
        b(
            .char("J"), .moveItemDown, [.agenda],
            short: T("flytt ned", "flytt ned", "move down"),
            long: T("Flytt den markerte saka ned.", "Flytt den markerte saken ned.", "Move the selected item down."), hinted: false),
        b(
            .char("x"), .removeItem, [.agenda],
            short: T("fjern", "fjern", "remove"),
            long: T("Fjern den markerte saka (spør først).", "Fjern den markerte saken (spør først).", "Remove the selected item (asks first).")),
        b(
            .escape, .doneEditingAgenda, [.agenda],
            short: T("ferdig", "ferdig", "done"),
            long: T(
                "Ferdig med sakslista: tilbake til oppmøtet eller til møtet.", "Ferdig med sakslisten: tilbake til oppmøtet eller til møtet.",
                "Done with the agenda: back to attendance, or to the meeting.")),
        b(
            .enter, .startItem, [.between],
            short: T("start saka", "start saken", "start item"),
            long: T("Start den markerte saka.", "Start den markerte saken.", "Start the selected item.")),
        b(
            .char("c"), .closingRound, [.between],
            short: T("utsjekk", "utsjekk", "check-out"),
            long: T(
                "Start utsjekkrunden når sakene er ferdige (spør først om nokon står att).",
                "Start utsjekkrunden når sakene er ferdige (spør først om noen står igjen).",
                "Start the closing round when the items are done (asks first if any are left).")),
        b(
            .char("o"), .followUp, [.between],
            short: T("oppfølging", "oppfølging", "follow-up"),
            long: T(
                "Oppfølging frå tidlegare møte: opne oppfølgingspunkt og avgjerder til evaluering.",
                "Oppfølging fra tidligere møter: åpne oppfølgingspunkter og beslutninger til evaluering.",
                "Follow-up from earlier meetings: open actions and decisions due for review.")),
        b(
            .enter, .chooseFollowUp, [.followUp],
            short: T("vel", "velg", "choose"),
            long: T(
                "Vel kva som skjer med det markerte: utført, ført vidare, avlyst; står ved lag eller takast opp att.",
                "Velg hva som skjer med det markerte: utført, ført videre, avlyst; står ved lag eller tas opp igjen.",
                "Choose what becomes of the selected one: done, carried on, cancelled; stands or is taken up again.")),
        b(
            .escape, .doneFollowUp, [.followUp],
            short: T("tilbake", "tilbake", "back"),
            long: T("Tilbake til sakslista.", "Tilbake til sakslisten.", "Back to the agenda.")),
        b(
            .char("e"), .evaluate, [.between, .closing],
            short: T("evaluering", "evaluering", "evaluate"),
            long: T(
                "Evaluering av møtet når sakene er ferdige: kvar person gir ein karakter 1–5 og kan nemne éin ting å gjere betre.",
                "Evaluering av møtet når sakene er ferdige: hver person gir en karakter 1–5 og kan nevne én ting å gjøre bedre.",
                "Evaluate the meeting once the items are done: each person gives a score 1–5 and may name one thing to do better.")),
        b(
            .enter, .closeMeeting, [.closing],
            short: T("avslutt møtet", "avslutt møtet", "close meeting"),
            long: T("Avslutt møtet (spør først).", "Avslutt møtet (spør først).", "Close the meeting (asks first).")),
        b(
            .enter, .nextStep, [.step],
            short: T("neste steg", "neste steg", "next step"),
            long: T("Gå til neste steg i oppskrifta.", "Gå til neste steg i oppskriften.", "Go to the recipe's next step.")),
        b(
            .char("r"), .runAgain, [.step, .between, .closing],
            short: T("ny runde", "ny runde", "round again"),
            long: T("Køyr runden på nytt.", "Kjør runden på nytt.", "Run the round again.")),
        b(
            .enter, .speak, [.round],
            short: T("hadde ordet", "hadde ordet", "spoke"),
            long: T(
                "Den som har ordet, er ferdig; neste får ordet.", "Den som har ordet, er ferdig; neste får ordet.",
                "The speaker is done; the next gets the word.")),
        b(
            .char("p"), .pass, [.round],
            short: T("står over", "står over", "pass"),
            long: T("Den som har ordet, står over.", "Den som har ordet, står over.", "The speaker passes.")),
        b(
            .char("y"), .consent, [.consent],
            short: T("samtykke", "samtykke", "consent"),
            long: T("Samtykke: eg kan leve med det.", "Samtykke: jeg kan leve med det.", "Consent: I can live with it.")),
        b(
            .char("m"), .concern, [.consent],
            short: T("merknad", "merknad", "concern"),
            long: T("Samtykke med merknad (skriv merknaden).", "Samtykke med merknad (skriv merknaden).", "Consent with a concern (type it).")),
        b(
            .char("i"), .objection, [.consent],
            short: T("innvending", "innvending", "objection"),
            long: T("Innvending, med grunn (skriv grunnen).", "Innvending, med begrunnelse (skriv den).", "Objection, with its reason (type it).")),
        b(
            .char("x"), .stopRound, [.round, .consent],
            short: T("stopp runden", "stopp runden", "stop round"),
            long: T(
                "Stopp runden før alle har hatt ordet (spør først).", "Stopp runden før alle har hatt ordet (spør først).",
                "Stop the round before everyone has spoken (asks first).")),
        b(
            .char("s"), .firstSpeaker, [.round, .consent],
            short: T("vel kven byrjar", "velg hvem som begynner", "who starts"),
            long: T(
                "Vel kven som byrjar runden, før nokon har hatt ordet; dei andre følgjer etter i rekkjefølgja.",
                "Velg hvem som begynner runden, før noen har hatt ordet; de andre følger etter i rekkefølgen.",
                "Choose who starts the round, before anyone has spoken; the others follow in order."),
            hinted: false),
        b(
            .char("f"), .propose, [.step],
            short: T("forslag", "forslag", "proposal"),
            long: T(
                "Skriv forslaget, eller endre det (avgjerdssak).", "Skriv forslaget, eller endre det (beslutningssak).",
                "Write the proposal, or amend it (decision item).")),
        b(
            .char("i"), .integrate, [.step],
            short: T("integrer", "integrer", "integrate"),
            long: T("Integrer ei innvending i forslaget.", "Integrer en innvending i forslaget.", "Integrate an objection into the proposal.")),
        b(
            .char("d"), .recordDecision, [.step],
            short: T("før avgjerd", "før beslutning", "record decision"),
            long: T(
                "Før avgjerda: evalueringsdato, kva som viser om ho verkar, og kven som må få vite (alt valfritt).",
                "Før beslutningen: evalueringsdato, hva som viser om den virker, og hvem som må få vite (alt valgfritt).",
                "Record the decision: review date, what will show whether it works, who must be told (all optional).")),
        b(
            .char("k"), .conclude, [.step],
            short: T("konklusjon", "konklusjon", "conclusion"),
            long: T("Skriv konklusjonen til sakseigar.", "Skriv sakseiers konklusjon.", "Write the owner's conclusion.")),
        b(
            .char("w"), .withdraw, [.step],
            short: T("trekk", "trekk", "withdraw"),
            long: T("Trekk saka (med grunn).", "Trekk saken (med begrunnelse).", "Withdraw the item (with a reason)."), hinted: false),
        b(
            .char("z"), .postpone, [.step],
            short: T("utset", "utsett", "postpone"),
            long: T(
                "Utset saka til seinare møte (med grunn).", "Utsett saken til et senere møte (med begrunnelse).",
                "Postpone the item to a later meeting (with a reason)."), hinted: false),
        b(
            .char("t"), .changeKind, [.step, .between],
            short: T("byt type", "bytt type", "change type"),
            long: T(
                "Byt sakstype, til dømes avgjerd til drøfting.", "Bytt sakstype, for eksempel beslutning til drøfting.",
                "Change the item's type, e.g. decision to discussion."), hinted: false),
        b(
            .char("v"), .ugild, [.step, .between],
            short: T("ugild", "inhabil", "disqualify"),
            long: T("Erklær nokon ugild på saka (fvl. § 6).", "Erklær noen inhabil i saken (fvl. § 6).", "Declare someone disqualified on the item."),
            hinted: false),
        b(
            .char("L"), .liftExemption, [.agenda, .between, .step],
            short: T("opphev unntak", "opphev unntak", "lift exemption"),
            long: T(
                "Opphev unntaket frå offentlegheit for saka, med grunngjeving; referatet seier det.",
                "Opphev unntaket fra offentlighet for saken, med begrunnelse; referatet sier det.",
                "Lift the item's exemption from public disclosure, saying why; the minutes record it."),
            hinted: false),
        b(
            .char("g"), .addGuest, [.between, .step, .round, .consent, .closing],
            short: T("gjest", "gjest", "guest"),
            long: T(
                "Ein gjest kjem (namn): med i rundane frå neste runde, men ikkje i samtykkerunden.",
                "En gjest kommer (navn): med i rundene fra neste runde, men ikke i samtykkerunden.",
                "A guest arrives (name): in the rounds from the next one, but not in the consent round."),
            hinted: false),
        b(
            .char("a"), .markAttendance, meeting,
            short: T("kom/gjekk", "kom/gikk", "came/left"),
            long: T(
                "Merk at nokon kom eller gjekk: dei som kjem, er med frå neste runde; den som går, mistar turen sin i runden.",
                "Merk at noen kom eller gikk: de som kommer, er med fra neste runde; den som går, mister turen sin i runden.",
                "Mark someone as arrived or gone: who arrives joins from the next round; who leaves loses their turn in this one."),
            hinted: false),
        b(
            .char("T"), .unionView, [.step, .round, .consent],
            short: T("tillitsvald", "tillitsvalgt", "union view"),
            long: T(
                "Før tillitsvalde sitt syn på ei info/drøft-sak; referatet viser det for seg.",
                "Før tillitsvalgtes syn på en info/drøft-sak; referatet viser det for seg.",
                "Record the union representative's view on an info/drøft item; the minutes show it on its own."),
            hinted: false),
        b(
            .char("n"), .note, meeting,
            short: T("notat", "notat", "note"),
            long: T("Skriv eit notat til referatet.", "Skriv et notat til referatet.", "Write a note for the minutes.")),
        b(
            .char("h"), .action, meeting,
            short: T("oppgåve", "oppgave", "action"),
            long: T(
                "Legg til ei oppgåve (eit oppfølgingspunkt): kva, kven, frist.", "Legg til en oppgave (et oppfølgingspunkt): hva, hvem, frist.",
                "Add an action: what, who, due.")),
        b(
            .char("s"), .editAgenda, [.between],
            short: T("sakliste", "saksliste", "agenda"),
            long: T(
                "Rediger sakslista mellom sakene: legg til ei sak (til dømes frå innsjekken), endre, flytt eller fjern saker som ikkje er starta.",
                "Rediger sakslisten mellom sakene: legg til en sak (for eksempel fra innsjekken), endre, flytt eller fjern saker som ikke er startet.",
                "Edit the agenda between items: add an item (from the check-in, say), edit, move or remove items not yet started.")),
        b(
            .char("u"), .undo, everywhere,
            short: T("angre", "angre", "undo"),
            long: T(
                "Angre det siste (loggen får ei ny line; ingenting blir sletta).", "Angre det siste (loggen får en ny linje; ingenting slettes).",
                "Undo the last step (the log gets a new line; nothing is deleted).")),
        b(
            .enter, .open, [.reviewList],
            short: T("opne referatet", "åpne referatet", "open minutes"),
            long: T("Opna referatet frå det markerte møtet.", "Åpne referatet fra det markerte møtet.", "Open the minutes of the selected meeting.")),
        b(
            .char("/"), .search, [.reviewList],
            short: T("søk", "søk", "search"),
            long: T("Søk medan du skriv.", "Søk mens du skriver.", "Search as you type.")),
        b(
            .tab, .nextList, [.reviewList],
            short: T("neste liste", "neste liste", "next list"),
            long: T(
                "Byt mellom møte, avgjerder og opne oppfølgingspunkt.", "Bytt mellom møter, beslutninger og åpne oppfølgingspunkter.",
                "Switch between meetings, decisions and open actions.")),
        b(
            .backTab, .previousList, [.reviewList],
            short: T("førre liste", "forrige liste", "previous list"),
            long: T("Tilbake til førre liste.", "Tilbake til forrige liste.", "Back to the previous list."), hinted: false),
        b(
            .up, .scrollUp, [.reviewMinutes],
            short: T("opp", "opp", "up"),
            long: T("Bla ei line opp.", "Bla en linje opp.", "Scroll a line up.")),
        b(
            .down, .scrollDown, [.reviewMinutes],
            short: T("ned", "ned", "down"),
            long: T("Bla ei line ned.", "Bla en linje ned.", "Scroll a line down.")),
        b(
            .pageUp, .pageUp, [.reviewMinutes],
            short: T("side opp", "side opp", "page up"),
            long: T("Bla ei side opp.", "Bla en side opp.", "Scroll a page up.")),
        b(
            .pageDown, .pageDown, [.reviewMinutes],
            short: T("side ned", "side ned", "page down"),
            long: T("Bla ei side ned.", "Bla en side ned.", "Scroll a page down.")),
        b(
            .escape, .back, [.reviewMinutes],
            short: T("tilbake", "tilbake", "back"),
            long: T("Tilbake til listene.", "Tilbake til listene.", "Back to the lists.")),
        b(
            .char("?"), .help, Set(Context.allCases),
            short: T("hjelp", "hjelp", "help"),
            long: T("Vis alle tastane.", "Vis alle tastene.", "Show every key.")),
        b(
            .char("q"), .quit, Set(Context.allCases),
            short: T("gå ut", "gå ut", "quit"),
            long: T(
                "Gå ut av runde; møtet er lagra og kan opnast att.", "Gå ut av runde; møtet er lagret og kan åpnes igjen.",
                "Leave runde; the meeting is saved and can be opened again.")),
    ]

    /// The binding for `key` in `context`, if any.
    public static func binding(for key: Key, in context: Context) -> Binding? {
        bindings.first { $0.key == key && $0.contexts.contains(context) }
            ?? aliases[key].flatMap { action in bindings.first { $0.action == action && $0.contexts.contains(context) } }
    }

    /// Other keys for the same actions: vi-style j/k, Space for the next speaker.
    static let aliases: [Key: Action] = [.char("k"): .up, .char("j"): .down, .char(" "): .speak, .right: .nextStep]

    /// The keys for `context`, in table order.
    public static func bindings(in context: Context) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    static func name(of key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        default: "\(key)"
        }
    }

    /// One row of the table: the key, what it does and where, its words for the hint line and
    /// for the help, each in Nynorsk, Bokmål and English.
    private static func b(
        _ key: Key, _ action: Action, _ contexts: Set<Context>, short: Translation, long: Translation, hinted: Bool = true
    ) -> Binding {
        Binding(key: key, action: action, contexts: contexts, short: short, long: long, hinted: hinted)
    }

    private static func T(_ nn: String, _ nb: String, _ en: String) -> Translation { Translation(nn: nn, nb: nb, en: en) }
}
