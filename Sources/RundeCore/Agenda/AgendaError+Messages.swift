extension AgendaProblem.Cause {
    /// What is wrong and what to write instead, in `language` (Nynorsk by default), without the
    /// location; ``AgendaProblem/line(_:)`` adds `agenda.txt:7:` in front.
    public func message(_ language: Language = .nn) -> String {
        let say = AgendaWording(language)
        switch self {
        case .invalidUTF8:
            return say.pick(
                nn: "Fila er ikkje lagra som UTF-8, så runde kan ikkje lese teikna. Opne ho i ein teksteditor og lagre ho på nytt med teiknkodinga UTF-8.",
                nb: "Filen er ikke lagret som UTF-8, så runde kan ikke lese tegnene. Åpne den i en teksteditor og lagre den på nytt med tegnkodingen UTF-8.",
                en: "The file is not saved as UTF-8, so runde cannot read its characters. Open it in a text editor and save it again with the UTF-8 encoding.")
        case .emptyAgenda:
            return say.pick(
                nn:
                    "Agendaen har ingen saker. Skriv éi sak per linje, til dømes «avgjerd: Ny rutine for nøkkelhandtering @kari 15m». Vil du byrje med tom agenda, så lat vere å gi ei agendafil.",
                nb:
                    "Agendaen har ingen saker. Skriv én sak per linje, for eksempel «beslutning: Ny rutine for nøkkelhåndtering @kari 15m». Vil du begynne med tom agenda, så la være å oppgi en agendafil.",
                en:
                    "The agenda has no items. Write one item per line, for example “decision: New routine for keys @kari 15m”. To start with an empty agenda, give no agenda file."
            )
        case .indentedBeforeItem(looksLikeItem: true):
            return say.pick(
                nn:
                    "Linja byrjar med mellomrom eller tabulator, men ei sak skal stå heilt til venstre. Berre teksten under ei sak skal ha innrykk. Ta bort innrykket framfor sakene.",
                nb:
                    "Linjen begynner med mellomrom eller tabulator, men en sak skal stå helt til venstre. Bare teksten under en sak skal ha innrykk. Fjern innrykket foran sakene.",
                en:
                    "The line starts with spaces or a tab, but an item must start at the left margin. Only the text below an item is indented. Remove the indentation in front of the items."
            )
        case .indentedBeforeItem(looksLikeItem: false):
            return say.pick(
                nn:
                    "Linja har innrykk, men det står inga sak over ho. Innrykte linjer er tekst til saka over. Ta bort innrykket om linja skal vere ei sak, eller skriv saka over.",
                nb:
                    "Linjen har innrykk, men det står ingen sak over den. Innrykkede linjer er tekst til saken over. Fjern innrykket hvis linjen skal være en sak, eller skriv saken over den.",
                en:
                    "The line is indented, but there is no item above it. Indented lines are the text of the item above. Remove the indentation if the line is an item, or write the item above it."
            )
        case .missingColon(let keyword?):
            let example = say.quote("\(keyword): \(say.pick(nn: "Ny rutine", nb: "Ny rutine", en: "New routine")) @kari")
            return say.pick(
                nn: "Det manglar kolon etter sakstypen. Skriv \(say.quote(keyword + ":")) og så tittelen, til dømes \(example).",
                nb: "Det mangler kolon etter sakstypen. Skriv \(say.quote(keyword + ":")) og så tittelen, for eksempel \(example).",
                en: "There is no colon after the item type. Write \(say.quote(keyword + ":")) and then the title, for example \(example).")
        case .missingColon(nil):
            return say.pick(
                nn:
                    "Linja manglar sakstype og kolon. Ei sak byrjar med typen og eit kolon, til dømes «avgjerd: Ny rutine @kari». Er linja tekst til saka over, må ho rykkjast inn med mellomrom eller tabulator.",
                nb:
                    "Linjen mangler sakstype og kolon. En sak begynner med typen og et kolon, for eksempel «beslutning: Ny rutine @kari». Er linjen tekst til saken over, må den rykkes inn med mellomrom eller tabulator.",
                en:
                    "The line has no item type and colon. An item starts with its type and a colon, for example “decision: New routine @kari”. If the line is text for the item above, indent it with spaces or a tab."
            )
        case .unknownKind(let written, let suggestion):
            return unknownKind(written, suggestion: suggestion, say)
        case .emptyTitle:
            return say.pick(
                nn: "Saka manglar tittel. Skriv tittelen etter kolonet, før @eigaren, til dømes «avgjerd: Ny rutine @kari».",
                nb: "Saken mangler tittel. Skriv tittelen etter kolonet, foran @eieren, for eksempel «beslutning: Ny rutine @kari».",
                en: "The item has no title. Write the title after the colon, before the @owner, for example “decision: New routine @kari”.")
        case .missingOwner:
            return say.pick(
                nn: "Saka manglar sakseigar. Skriv @ og kortnamnet til eigaren til slutt på linja, til dømes «@kari».",
                nb: "Saken mangler sakseier. Skriv @ og kortnavnet til eieren til slutt på linjen, for eksempel «@kari».",
                en: "The item has no owner. Write @ and the owner's short name at the end of the line, for example “@kari”.")
        case .ownerInsideTitle(let owner, let after):
            let after = say.quote(after)
            return say.pick(
                nn:
                    "@\(owner) står inne i tittelen: etter det kjem \(after), som ikkje er eit merke. Eigaren og merka skal stå til slutt på linja. Flytt @\(owner) til slutten, eller rett \(after) om det skulle vere eit merke.",
                nb:
                    "@\(owner) står inne i tittelen: etter den kommer \(after), som ikke er et merke. Eieren og merkene skal stå til slutt på linjen. Flytt @\(owner) til slutten, eller rett \(after) hvis det skulle være et merke.",
                en:
                    "@\(owner) is inside the title: it is followed by \(after), which is not a mark. The owner and the marks go at the end of the line. Move @\(owner) to the end, or correct \(after) if it was meant as a mark."
            )
        case .twoOwners(let first, let second):
            return say.pick(
                nn: "Saka har to eigarar, @\(first) og @\(second). Ei sak har éin eigar; ta bort den eine.",
                nb: "Saken har to eiere, @\(first) og @\(second). En sak har én eier; fjern den ene.",
                en: "The item has two owners, @\(first) and @\(second). An item has one owner; remove one of them.")
        case .unknownOwner(let owner, let suggestion, let members):
            return unknownOwner(owner, suggestion: suggestion, members: members, say)
        case .badTimebox(let text, let fault):
            return badTimebox(text, fault, say)
        case .repeatedMark(let mark, let text):
            return repeatedMark(mark, text: say.quote(text), say)
        case .emptyExemption:
            return say.pick(
                nn: "«unnateke:» manglar lovheimel. Skriv heimelen etter kolonet, til dømes «unnateke:offl. § 13».",
                nb: "«unntatt:» mangler lovhjemmel. Skriv hjemmelen etter kolonet, for eksempel «unntatt:offl. § 13».",
                en: "“exempt:” has no legal basis. Write the basis after the colon, for example “exempt:offl. § 13”.")
        case .badDecisionRef(let reference):
            let what =
                reference.isEmpty
                ? say.pick(
                    nn: "«erstattar:» seier ikkje kva vedtak saka skal erstatte.",
                    nb: "«erstatter:» sier ikke hvilket vedtak saken skal erstatte.",
                    en: "“replaces:” does not say which decision the item replaces.")
                : say.pick(
                    nn: "\(say.quote(reference)) er ikkje ein referanse til eit vedtak.",
                    nb: "\(say.quote(reference)) er ikke en referanse til et vedtak.",
                    en: "\(say.quote(reference)) is not a reference to a decision.")
            return what + " "
                + say.pick(
                    nn: "Skriv namnet på møtet og saka med # mellom, til dømes «erstattar:2026-09-14-1400-teammote#s3».",
                    nb: "Skriv navnet på møtet og saken med # mellom, for eksempel «erstatter:2026-09-14-1400-teammote#s3».",
                    en: "Write the meeting's name and the item with # between them, for example “replaces:2026-09-14-1400-teammote#s3”.")
        case .emptyRecipe:
            return say.pick(
                nn: "«mal:» manglar namnet på malen. Skriv til dømes «mal:okt-innsikt», eller ta bort merket for å bruke standardoppskrifta.",
                nb: "«mal:» mangler navnet på malen. Skriv for eksempel «mal:okt-innsikt», eller fjern merket for å bruke standardoppskriften.",
                en: "“template:” has no template name. Write for example “template:okt-innsikt”, or remove the mark to use the standard recipe.")
        case .recipeNotAllowed(let kind):
            return say.capitalized(say.kind(kind))
                + say.pick(
                    nn: " har ingen malar; «mal:» gjeld berre for økt og vårt problem. Ta bort merket, eller endre sakstypen.",
                    nb: " har ingen maler; «mal:» gjelder bare for økt og vårt problem. Fjern merket, eller endre sakstypen.",
                    en: " has no templates; “template:” is only for sessions and our-problem items. Remove the mark or change the item type.")
        case .recipeNotFound(let lookup, let suggestion):
            guard let suggestion else { return lookup.message(language) }
            return lookup.message(language) + " "
                + say.pick(nn: "Meinte du «\(suggestion)»?", nb: "Mente du «\(suggestion)»?", en: "Did you mean \"\(suggestion)\"?")
        case .markInsideTitle(let text):
            return say.pick(
                nn: "Merket \(say.quote(text)) står inne i tittelen. Flytt det til slutten av linja, etter tittelen.",
                nb: "Merket \(say.quote(text)) står inne i tittelen. Flytt det til slutten av linjen, etter tittelen.",
                en: "The mark \(say.quote(text)) is inside the title. Move it to the end of the line, after the title.")
        case .proposalOnNonDecision(let kind):
            return say.pick(
                nn:
                    "Berre avgjerdssaker har forslag til avgjerd, og dette er \(say.kind(kind)). Endre typen til «avgjerd:», eller skriv teksten utan «forslag:».",
                nb:
                    "Bare beslutningssaker har forslag til beslutning, og dette er \(say.kind(kind)). Endre typen til «beslutning:», eller skriv teksten uten «forslag:».",
                en: "Only decision items have a proposal, and this is \(say.kind(kind)). Change the type to “decision:”, or write the text without “proposal:”."
            )
        case .twoProposals(let firstLine):
            return say.pick(
                nn: "Saka har alt eit forslag (linje \(firstLine)). Skriv heile forslaget under eitt «forslag:».",
                nb: "Saken har allerede et forslag (linje \(firstLine)). Skriv hele forslaget under ett «forslag:».",
                en: "The item already has a proposal (line \(firstLine)). Write the whole proposal under one “proposal:”.")
        case .emptyProposal:
            return say.pick(
                nn: "«forslag:» står utan tekst. Skriv forslaget etter kolonet eller på innrykte linjer under, eller ta bort linja.",
                nb: "«forslag:» står uten tekst. Skriv forslaget etter kolonet eller på innrykkede linjer under, eller fjern linjen.",
                en: "“proposal:” has no text. Write the proposal after the colon or on indented lines below it, or remove the line.")
        case .controlCharacter(let scalar):
            let name = ControlCharacters.name(of: scalar)
            return say.pick(
                nn:
                    "Linja inneheld eit kontrollteikn (\(name)), til dømes frå ein terminal eller ei kopiert nettside. Slike teikn kan endre det andre ser i terminalen, så runde tek dei ikkje imot. Skriv linja på nytt utan det.",
                nb:
                    "Linjen inneholder et kontrolltegn (\(name)), for eksempel fra en terminal eller en kopiert nettside. Slike tegn kan endre det andre ser i terminalen, så runde tar dem ikke imot. Skriv linjen på nytt uten det.",
                en:
                    "The line holds a control character (\(name)), for example from a terminal or a copied web page. Such characters can change what others see in a terminal, so runde does not accept them. Write the line again without it."
            )
        case .fileTooLarge(_, let limit):
            return say.pick(
                nn: "Fila er større enn \(limit / 1024) KiB, som er det meste ei agendafil kan vere. Er det rett fil? Ei saksliste er nokre få sider tekst.",
                nb: "Filen er større enn \(limit / 1024) KiB, som er det meste en agendafil kan være. Er det riktig fil? En saksliste er noen få sider tekst.",
                en: "The file is larger than \(limit / 1024) KiB, the most an agenda file may be. Is it the right file? An agenda is a few pages of text.")
        case .tooManyItems(let count, let limit):
            return say.pick(
                nn: "Agendaen har \(count) saker, men eit møte kan ha høgst \(limit). Denne saka og dei etter er for mange; set dei opp på eit anna møte.",
                nb: "Agendaen har \(count) saker, men et møte kan ha høyst \(limit). Denne saken og de etter er for mange; sett dem opp på et annet møte.",
                en:
                    "The agenda has \(count) items, but a meeting can have at most \(limit). This item and those after it are too many; put them on another meeting."
            )
        case .textTooLong(let limit):
            return say.pick(
                nn: "Tittelen, teksten eller forslaget til saka er lengre enn \(limit) teikn. Kort det ned, eller legg ei lenkje til resten.",
                nb: "Tittelen, teksten eller forslaget til saken er lengre enn \(limit) tegn. Kort det ned, eller legg inn en lenke til resten.",
                en: "The item's title, text or proposal is longer than \(limit) characters. Shorten it, or link to the rest.")
        }
    }

    private func unknownKind(_ written: String, suggestion: String?, _ say: AgendaWording) -> String {
        let list = say.pick(
            nn: "informasjon, drøfting, avgjerd, økt eller vårt problem",
            nb: "informasjon, drøfting, beslutning, økt eller vårt problem",
            en: "information, discussion, decision, session or our problem")
        guard !written.isEmpty else {
            return say.pick(
                nn: "Det står ingen sakstype før kolonet. Skriv ein av desse: \(list).",
                nb: "Det står ingen sakstype foran kolonet. Skriv en av disse: \(list).",
                en: "There is no item type before the colon. Write one of these: \(list).")
        }
        var parts = [
            say.pick(
                nn: "\(say.quote(written)) er ikkje ein sakstype.", nb: "\(say.quote(written)) er ikke en sakstype.",
                en: "\(say.quote(written)) is not an item type.")
        ]
        if let suggestion {
            parts.append(
                say.pick(nn: "Meinte du \(say.quote(suggestion))?", nb: "Mente du \(say.quote(suggestion))?", en: "Did you mean \(say.quote(suggestion))?"))
        }
        parts.append(
            say.pick(
                nn: "Skriv ein av desse før kolonet: \(list).", nb: "Skriv en av disse foran kolonet: \(list).",
                en: "Write one of these before the colon: \(list)."))
        if suggestion == nil {
            parts.append(
                say.pick(
                    nn: "Er linja tekst til saka over, må ho rykkjast inn.", nb: "Er linjen tekst til saken over, må den rykkes inn.",
                    en: "If the line is text for the item above, indent it."))
        }
        return parts.joined(separator: " ")
    }

    private func unknownOwner(_ owner: ParticipantID, suggestion: ParticipantID?, members: [ParticipantID], _ say: AgendaWording)
        -> String
    {
        var parts = [say.pick(nn: "@\(owner) er ikkje med i teamet.", nb: "@\(owner) er ikke med i teamet.", en: "@\(owner) is not in the team.")]
        if let suggestion {
            parts.append(say.pick(nn: "Meinte du @\(suggestion)?", nb: "Mente du @\(suggestion)?", en: "Did you mean @\(suggestion)?"))
        }
        if members.isEmpty {
            parts.append(say.pick(nn: "Teamet har ingen medlemer.", nb: "Teamet har ingen medlemmer.", en: "The team has no members."))
        } else {
            let list = say.list(members.map { "@\($0)" })
            parts.append(say.pick(nn: "Medlemene er \(list).", nb: "Medlemmene er \(list).", en: "The members are \(list)."))
        }
        return parts.joined(separator: " ")
    }

    private func badTimebox(_ text: String, _ fault: AgendaProblem.TimeboxFault, _ say: AgendaWording) -> String {
        let written = say.quote(text)
        switch fault {
        case .zero:
            return say.pick(
                nn: "Tidsramma \(written) er null minutt. Skriv kor lang tid saka skal ha, til dømes «20m», eller ta bort tidsramma.",
                nb: "Tidsrammen \(written) er null minutter. Skriv hvor lang tid saken skal ha, for eksempel «20m», eller fjern tidsrammen.",
                en: "The timebox \(written) is zero minutes. Write how long the item should take, for example “20m”, or remove the timebox.")
        case .tooLong(let minutes):
            return say.pick(
                nn: "Tidsramma \(written) er \(minutes) minutt, meir enn 8 timar. Skriv minutt med m og timar med t, til dømes «90m» eller «1t30m».",
                nb: "Tidsrammen \(written) er \(minutes) minutter, mer enn 8 timer. Skriv minutter med m og timer med t, for eksempel «90m» eller «1t30m».",
                en: "The timebox \(written) is \(minutes) minutes, more than 8 hours. Write minutes with m and hours with h, for example “90m” or “1h30m”.")
        case .missingUnit:
            let whole = text.allSatisfy { $0.isASCII && $0.isNumber }
            let advice =
                whole
                ? say.pick(
                    nn: "Skriv \(say.quote(text + "m")) for \(text) minutt, eller «1t» for éin time.",
                    nb: "Skriv \(say.quote(text + "m")) for \(text) minutter, eller «1t» for én time.",
                    en: "Write \(say.quote(text + "m")) for \(text) minutes, or “1h” for one hour.")
                : say.pick(
                    nn: "Skriv \(say.quote(text + "t")) for \(text) timar.", nb: "Skriv \(say.quote(text + "t")) for \(text) timer.",
                    en: "Write \(say.quote(text + "h")) for \(text) hours.")
            return say.pick(
                nn: "Tidsramma \(written) manglar eining. ", nb: "Tidsrammen \(written) mangler enhet. ",
                en: "The timebox \(written) has no unit. ") + advice
        case .unreadable:
            return say.pick(
                nn: "runde forstår ikkje tidsramma \(written). Skriv minutt med m og timar med t, til dømes «20m», «1t» eller «1t30m».",
                nb: "runde forstår ikke tidsrammen \(written). Skriv minutter med m og timer med t, for eksempel «20m», «1t» eller «1t30m».",
                en: "runde cannot read the timebox \(written). Write minutes with m and hours with h, for example “20m”, “1h” or “1h30m”.")
        }
    }

    private func repeatedMark(_ mark: AgendaMark, text: String, _ say: AgendaWording) -> String {
        switch mark {
        case .timebox:
            return say.pick(
                nn: "Saka har fleire tidsrammer; \(text) er den andre. Behald berre éi.",
                nb: "Saken har flere tidsrammer; \(text) er den andre. Behold bare én.",
                en: "The item has more than one timebox; \(text) is the second. Keep only one.")
        case .exemption:
            return say.pick(
                nn: "Saka har fleire «unnateke:»-merke; \(text) er det andre. Skriv heile lovheimelen etter eitt «unnateke:».",
                nb: "Saken har flere «unntatt:»-merker; \(text) er det andre. Skriv hele lovhjemmelen etter ett «unntatt:».",
                en: "The item has more than one “exempt:” mark; \(text) is the second. Write the whole legal basis after one “exempt:”.")
        case .replaces:
            return say.pick(
                nn: "Saka har fleire «erstattar:»-merke; \(text) er det andre. Ei sak kan erstatte eitt vedtak; behald berre eitt merke.",
                nb: "Saken har flere «erstatter:»-merker; \(text) er det andre. En sak kan erstatte ett vedtak; behold bare ett merke.",
                en: "The item has more than one “replaces:” mark; \(text) is the second. An item can replace one decision; keep only one mark.")
        case .recipe:
            return say.pick(
                nn: "Saka har fleire «mal:»-merke; \(text) er det andre. Vel éin mal.",
                nb: "Saken har flere «mal:»-merker; \(text) er det andre. Velg én mal.",
                en: "The item has more than one “template:” mark; \(text) is the second. Choose one template.")
        }
    }
}

/// Small helpers for wording agenda problems in one language.
struct AgendaWording {
    let language: Language

    init(_ language: Language) { self.language = language }

    func pick(nn: String, nb: String, en: String) -> String {
        switch language {
        case .nn: nn
        case .nb: nb
        case .en: en
        }
    }

    /// «text» in Norwegian, “text” in English.
    func quote(_ text: String) -> String {
        language == .en ? "“\(text)”" : "«\(text)»"
    }

    /// `a, b og c`.
    func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(nn: " og ", nb: " og ", en: " and ") + last
    }

    func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The item type with its indefinite article: *ei drøftingssak*, *a discussion item*.
    func kind(_ kind: ItemKind) -> String {
        switch kind {
        case .information: pick(nn: "ei informasjonssak", nb: "en informasjonssak", en: "an information item")
        case .discussion: pick(nn: "ei drøftingssak", nb: "en drøftingssak", en: "a discussion item")
        case .decision: pick(nn: "ei avgjerdssak", nb: "en beslutningssak", en: "a decision item")
        case .session: pick(nn: "ei økt", nb: "en økt", en: "a session")
        case .ourProblem: pick(nn: "ei «vårt problem»-sak", nb: "en «vårt problem»-sak", en: "an our-problem item")
        }
    }
}
