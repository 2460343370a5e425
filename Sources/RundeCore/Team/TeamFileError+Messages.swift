extension TeamFileError {
    /// What is wrong, as a sentence or two, without the location.
    public func message(_ language: Language) -> String { problem.message(language) }
}

extension TeamFileProblem {
    /// What is wrong and, where it helps, what to write instead.
    public func message(_ language: Language) -> String {
        switch self {
        case .controlCharacter(let key, let scalar):
            Translation(
                nn:
                    "`\(key)` inneheld eit kontrollteikn (\(ControlCharacters.name(of: scalar))). Slike teikn kan endre det andre ser i terminalen, så runde tek dei ikkje imot. Skriv teksten på nytt utan det.",
                nb:
                    "`\(key)` inneholder et kontrolltegn (\(ControlCharacters.name(of: scalar))). Slike tegn kan endre det andre ser i terminalen, så runde tar dem ikke imot. Skriv teksten på nytt uten det.",
                en:
                    "`\(key)` holds a control character (\(ControlCharacters.name(of: scalar))). Such characters can change what others see in a terminal, so runde does not accept them. Write the text again without it."
            )[language]
        case .textTooLong(let key, let limit):
            Translation(
                nn: "`\(key)` er lengre enn \(limit) teikn. Kort teksten ned.",
                nb: "`\(key)` er lengre enn \(limit) tegn. Kort teksten ned.",
                en: "`\(key)` is longer than \(limit) characters. Shorten the text.")[language]
        case .fileTooLarge(let limit):
            Translation(
                nn: "Fila er større enn \(limit / 1024) KiB, som er det meste runde les. Er det rett fil?",
                nb: "Filen er større enn \(limit / 1024) KiB, som er det meste runde leser. Er det riktig fil?",
                en: "The file is larger than \(limit / 1024) KiB, the most runde reads. Is it the right file?")[language]
        case .syntax(let detail) where detail.contains("redefine"):
            Translation(
                nn: "Fila er ikkje gyldig TOML: \(detail). Ein nøkkel kan berre stå éin gong i kvar tabell.",
                nb: "Filen er ikke gyldig TOML: \(detail). En nøkkel kan bare stå én gang i hver tabell.",
                en: "The file is not valid TOML: \(detail). A key may appear only once in each table.")[language]
        case .syntax(let detail):
            Translation(
                nn: "Fila er ikkje gyldig TOML: \(detail). Sjå etter manglande hermeteikn, parentesar eller likskapsteikn.",
                nb: "Filen er ikke gyldig TOML: \(detail). Se etter manglende anførselstegn, parenteser eller likhetstegn.",
                en: "The file is not valid TOML: \(detail). Look for a missing quote, bracket or equals sign.")[language]
        case .unreadable(let reason?):
            Translation(
                nn: "Fila kan ikkje lesast: \(reason).",
                nb: "Filen kan ikke leses: \(reason).",
                en: "The file cannot be read: \(reason).")[language]
        case .unreadable(nil):
            Translation(
                nn: "Fila er ikkje tekst i UTF-8. Lagre ho som UTF-8 i teksteditoren.",
                nb: "Filen er ikke tekst i UTF-8. Lagre den som UTF-8 i teksteditoren.",
                en: "The file is not UTF-8 text. Save it as UTF-8 in your text editor.")[language]
        case .missingKey(let key, table: nil):
            Translation(
                nn: "`\(key)` manglar, og må vere med.",
                nb: "`\(key)` mangler, og må være med.",
                en: "`\(key)` is missing; it is required.")[language]
        case .missingKey(let key, table: let table?):
            Translation(
                nn: "Ein `[[\(table)]]`-bolk manglar `\(key)`, som må vere med.",
                nb: "En `[[\(table)]]`-blokk mangler `\(key)`, som må være med.",
                en: "A `[[\(table)]]` section is missing `\(key)`; it is required.")[language]
        case .wrongType(let key, let expected, let found):
            Translation(
                nn: "`\(key)` skal vere \(expected.expected(key, .nn)), men er \(found.found(.nn)).",
                nb: "`\(key)` skal være \(expected.expected(key, .nb)), men er \(found.found(.nb)).",
                en: "`\(key)` must be \(expected.expected(key, .en)), but is \(found.found(.en)).")[language]
        case .unknownKey(let key, let suggestion?, _):
            Translation(
                nn: "Ukjend nøkkel `\(key)`. Meinte du `\(suggestion)`?",
                nb: "Ukjent nøkkel `\(key)`. Mente du `\(suggestion)`?",
                en: "Unknown key `\(key)`. Did you mean `\(suggestion)`?")[language]
        case .unknownKey(let key, nil, let known):
            Translation(
                nn: "Ukjend nøkkel `\(key)`. Her kan du bruke: \(known.joined(separator: ", ")).",
                nb: "Ukjent nøkkel `\(key)`. Her kan du bruke: \(known.joined(separator: ", ")).",
                en: "Unknown key `\(key)`. Allowed here: \(known.joined(separator: ", ")).")[language]
        case .emptyValue(let key):
            Translation(
                nn: "`\(key)` kan ikkje vere tom.", nb: "`\(key)` kan ikke være tom.", en: "`\(key)` must not be empty.")[language]
        case .badID(let id, let suggestion):
            Translation(
                nn: "«\(id)» er ikkje ein gyldig id: bruk berre små bokstavar (a–å), siffer og bindestrek, og byrj med ein bokstav."
                    + (suggestion.map { " Til dømes «\($0)»." } ?? ""),
                nb: "«\(id)» er ikke en gyldig id: bruk bare små bokstaver (a–å), sifre og bindestrek, og begynn med en bokstav."
                    + (suggestion.map { " For eksempel «\($0)»." } ?? ""),
                en: "\"\(id)\" is not a valid id: use only lowercase letters (a–z, æ, ø, å), digits and hyphens, "
                    + "and start with a letter." + (suggestion.map { " For example \"\($0)\"." } ?? ""))[language]
        case .noMembers:
            Translation(
                nn: "Teamet har ingen medlemer. Legg til minst éin `[[members]]`-bolk med `id` og `name`.",
                nb: "Teamet har ingen medlemmer. Legg til minst én `[[members]]`-blokk med `id` og `name`.",
                en: "The team has no members. Add at least one `[[members]]` section with `id` and `name`.")[language]
        case .duplicateMemberID(let id, let firstLine):
            Translation(
                nn: "Id-en «\(id)» er alt brukt på linje \(firstLine). Kvart medlem treng sin eigen id.",
                nb: "Id-en «\(id)» er allerede brukt på linje \(firstLine). Hvert medlem trenger sin egen id.",
                en: "The id \"\(id)\" is already used on line \(firstLine). Each member needs an id of their own.")[language]
        case .unknownRole(let role, let suggestion):
            unknownRole(role, suggestion, language)
        case .unknownLanguage(let code):
            Translation(
                nn: "Ukjend språk «\(code)». Bruk \"nn\" (nynorsk), \"nb\" (bokmål) eller \"en\" (engelsk).",
                nb: "Ukjent språk «\(code)». Bruk \"nn\" (nynorsk), \"nb\" (bokmål) eller \"en\" (engelsk).",
                en: "Unknown language \"\(code)\". Use \"nn\" (Nynorsk), \"nb\" (Bokmål) or \"en\" (English).")[language]
        case .unknownTimeZone(let name):
            Translation(
                nn: "Ukjend tidssone «\(name)». Skriv namnet på sona slik IANA har det, til dømes \"Europe/Oslo\".",
                nb: "Ukjent tidssone «\(name)». Skriv navnet på sonen slik IANA har det, for eksempel \"Europe/Oslo\".",
                en: "Unknown time zone \"\(name)\". Write the zone's IANA name, e.g. \"Europe/Oslo\".")[language]
        case .badReviewInterval(let text):
            Translation(
                nn: "«\(text)» er ikkje ei tid til evaluering. Skriv talet på månader med m etter (\"3m\") eller veker med w (\"6w\"), frå 1 til 120.",
                nb: "«\(text)» er ikke en tid til evaluering. Skriv antall måneder med m etter (\"3m\") eller uker med w (\"6w\"), fra 1 til 120.",
                en: "\"\(text)\" is not a time until review. Write a number of months followed by m (\"3m\") or weeks followed by w (\"6w\"), from 1 to 120.")[
                    language]
        case .unknownKind(let kind):
            Translation(
                nn: "Ukjend sakstype «\(kind)». " + Self.allowedKinds(.nn),
                nb: "Ukjent sakstype «\(kind)». " + Self.allowedKinds(.nb),
                en: "Unknown item type \"\(kind)\". " + Self.allowedKinds(.en))[language]
        case .kindNotAllowed(let kind):
            Translation(
                nn: "Oppskrifta for \(RecipeWords.kinds(kind)[.nn]) ligg fast i metoden og kan ikkje bytast ut. " + Self.allowedKinds(.nn),
                nb: "Oppskriften for \(RecipeWords.kinds(kind)[.nb]) ligger fast i metoden og kan ikke byttes ut. " + Self.allowedKinds(.nb),
                en: "The recipe for \(RecipeWords.kinds(kind)[.en]) is part of the method and cannot be replaced. " + Self.allowedKinds(.en))[language]
        case .reservedRecipeID(let id, let kind):
            Translation(
                nn: "Id-en «\(id)» høyrer til den innebygde oppskrifta for \(RecipeWords.kinds(kind)[.nn]). Vel ein annan id.",
                nb: "Id-en «\(id)» tilhører den innebygde oppskriften for \(RecipeWords.kinds(kind)[.nb]). Velg en annen id.",
                en: "The id \"\(id)\" belongs to the built-in recipe for \(RecipeWords.kinds(kind)[.en]). Choose another id.")[language]
        case .duplicateRecipeID(let id, let otherFile):
            Translation(
                nn: "Oppskrifta «\(id)» er alt definert i \(otherFile). Kvar oppskrift treng sin eigen id.",
                nb: "Oppskriften «\(id)» er allerede definert i \(otherFile). Hver oppskrift trenger sin egen id.",
                en: "The recipe \"\(id)\" is already defined in \(otherFile). Each recipe needs an id of its own.")[language]
        case .noSteps:
            Translation(
                nn: "Oppskrifta har ingen steg. Legg til minst eitt `[[steps]]` med `key`, `mode` og `title`.",
                nb: "Oppskriften har ingen steg. Legg til minst ett `[[steps]]` med `key`, `mode` og `title`.",
                en: "The recipe has no steps. Add at least one `[[steps]]` with `key`, `mode` and `title`.")[language]
        case .duplicateStepKey(let key, let firstLine):
            Translation(
                nn: "Steget «\(key)» finst alt på linje \(firstLine). Kvart steg treng sin eigen `key`.",
                nb: "Steget «\(key)» finnes allerede på linje \(firstLine). Hvert steg trenger sin egen `key`.",
                en: "The step \"\(key)\" already exists on line \(firstLine). Each step needs a `key` of its own.")[language]
        case .unknownMode(let mode, let suggestion):
            Translation(
                nn: "Ukjend `mode` «\(mode)»." + (suggestion.map { " Meinte du «\($0.rawValue)»?" } ?? "") + " " + Self.allowedModes(.nn),
                nb: "Ukjent `mode` «\(mode)»." + (suggestion.map { " Mente du «\($0.rawValue)»?" } ?? "") + " " + Self.allowedModes(.nb),
                en: "Unknown `mode` \"\(mode)\"." + (suggestion.map { " Did you mean \"\($0.rawValue)\"?" } ?? "") + " "
                    + Self.allowedModes(.en))[language]
        case .modeNotAllowed(let mode):
            Translation(
                nn: "`mode = \"\(mode.rawValue)\"` høyrer berre til avgjerdssaker og kan ikkje brukast i ei oppskriftsfil. "
                    + Self.allowedModes(.nn),
                nb: "`mode = \"\(mode.rawValue)\"` hører bare til beslutningssaker og kan ikke brukes i en oppskriftsfil. "
                    + Self.allowedModes(.nb),
                en: "`mode = \"\(mode.rawValue)\"` belongs to decision items only and cannot be used in a recipe file. "
                    + Self.allowedModes(.en))[language]
        case .nonPositiveTimebox(let minutes):
            Translation(
                nn: "`timebox` er minutt og må vere større enn 0 (her: \(minutes)).",
                nb: "`timebox` er minutter og må være større enn 0 (her: \(minutes)).",
                en: "`timebox` is in minutes and must be greater than 0 (here: \(minutes)).")[language]
        case .promptWithoutNynorsk(let key):
            Translation(
                nn: "`\(key)` omset `prompt`, som manglar i dette steget. Skriv `prompt` på nynorsk først.",
                nb: "`\(key)` oversetter `prompt`, som mangler i dette steget. Skriv `prompt` på nynorsk først.",
                en: "`\(key)` translates `prompt`, which this step does not have. Write the Nynorsk `prompt` first.")[language]
        case .promptTooLong(let key, let limit):
            Translation(
                nn: "`\(key)` er lengre enn \(limit) teikn. Ei rettleiing er éi kort line under tittelen på steget; kort ho ned.",
                nb: "`\(key)` er lengre enn \(limit) tegn. En veiledning er én kort linje under tittelen på steget; kort den ned.",
                en: "`\(key)` is longer than \(limit) characters. A prompt is one short line under the step's title; shorten it.")[language]
        }
    }

    private func unknownRole(_ role: String, _ suggestion: Role?, _ language: Language) -> String {
        if let suggestion {
            return Translation(
                nn: "Ukjend rolle «\(role)». Meinte du «\(suggestion.rawValue)»?",
                nb: "Ukjent rolle «\(role)». Mente du «\(suggestion.rawValue)»?",
                en: "Unknown role \"\(role)\". Did you mean \"\(suggestion.rawValue)\"?")[language]
        }
        let valid = Role.allCases.map(\.rawValue).joined(separator: ", ")
        return Translation(
            nn: "Ukjend rolle «\(role)». Gyldige roller: \(valid).",
            nb: "Ukjent rolle «\(role)». Gyldige roller: \(valid).",
            en: "Unknown role \"\(role)\". Valid roles: \(valid).")[language]
    }

    private static func allowedKinds(_ language: Language) -> String {
        Translation(
            nn: "Ei oppskriftsfil kan definere \"session\" (økt) eller \"our-problem\" (vårt problem).",
            nb: "En oppskriftsfil kan definere \"session\" (økt) eller \"our-problem\" (vårt problem).",
            en: "A recipe file can define \"session\" or \"our-problem\".")[language]
    }

    private static func allowedModes(_ language: Language) -> String {
        Translation(
            nn: "Bruk \"present\" (sakseigar legg fram), \"round\" (runde) eller \"conclusion\" (sakseigar konkluderer).",
            nb: "Bruk \"present\" (sakseier legger fram), \"round\" (runde) eller \"conclusion\" (sakseier konkluderer).",
            en: "Use \"present\" (the owner presents), \"round\" (a round) or \"conclusion\" (the owner concludes).")[language]
    }
}

extension TOMLValueType {
    /// What a key should hold, as the complement of "must be".
    fileprivate func expected(_ key: String, _ language: Language) -> String {
        switch self {
        case .text:
            Translation(
                nn: "tekst i hermeteikn, til dømes \"Kari\"", nb: "tekst i anførselstegn, for eksempel \"Kari\"",
                en: "text in quotes, for example \"Kari\"")[language]
        case .integer:
            Translation(nn: "eit heiltal, til dømes 10", nb: "et heltall, for eksempel 10", en: "a whole number, for example 10")[language]
        case .textList:
            Translation(
                nn: "ei liste med tekstar, til dømes [\"a\", \"b\"]", nb: "en liste med tekster, for eksempel [\"a\", \"b\"]",
                en: "a list of texts, for example [\"a\", \"b\"]")[language]
        case .tableList:
            Translation(
                nn: "éin eller fleire `[[\(key)]]`-bolkar", nb: "én eller flere `[[\(key)]]`-blokker",
                en: "one or more `[[\(key)]]` sections")[language]
        default: found(language)
        }
    }

    /// What a key was found to hold, as the complement of "but is".
    fileprivate func found(_ language: Language) -> String {
        switch self {
        case .text: Translation(nn: "tekst", nb: "tekst", en: "text")[language]
        case .integer: Translation(nn: "eit heiltal", nb: "et heltall", en: "a whole number")[language]
        case .decimal: Translation(nn: "eit desimaltal", nb: "et desimaltall", en: "a decimal number")[language]
        case .boolean: Translation(nn: "ein sannverdi (true/false)", nb: "en sannhetsverdi (true/false)", en: "true or false")[language]
        case .dateTime: Translation(nn: "ein dato eller eit klokkeslett", nb: "en dato eller et klokkeslett", en: "a date or time")[language]
        case .list, .textList, .tableList: Translation(nn: "ei liste", nb: "en liste", en: "a list")[language]
        case .table: Translation(nn: "ein tabell", nb: "en tabell", en: "a table")[language]
        }
    }
}
