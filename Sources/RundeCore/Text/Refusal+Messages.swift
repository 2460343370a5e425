extension Refusal {
    /// The refusal in words a facilitator understands: what is wrong and what to do instead.
    public func message(_ language: Language) -> String { message(language, names: \.rawValue) }

    /// The refusal in words, with each person called what `names` gives: the screen names
    /// people by name («Innvendinga frå Siri Haugland står framleis»), the CLI by handle.
    public func message(_ language: Language, names: (ParticipantID) -> String) -> String { translation(language, names)[language] }

    private func translation(_ l: Language, _ name: (ParticipantID) -> String) -> Translation {
        switch self {
        case .meetingNotOpen:
            T(
                "Møtet er ikkje opna enno. Opna det med innsjekkrunden først.",
                "Møtet er ikke åpnet ennå. Åpne det med innsjekkrunden først.",
                "The meeting is not open yet. Open it with the check-in round first.")
        case .meetingAlreadyOpen:
            T("Møtet er alt opna.", "Møtet er allerede åpnet.", "The meeting is already open.")
        case .meetingClosed:
            T(
                "Møtet er avslutta. Ingenting kan endrast i loggen no.",
                "Møtet er avsluttet. Ingenting kan endres i loggen nå.",
                "The meeting is closed. Nothing can change in its log now.")
        case .nobodyPresent:
            T(
                "Ingen er merkte som til stades. Registrer oppmøtet først.",
                "Ingen er merket som til stede. Registrer oppmøtet først.",
                "Nobody is marked present. Take attendance first.")
        case .noMembersPresent:
            T(
                "Ingen frå teamet er til stades. Teamet samtykker: ein gjest er ikkje med i samtykkerunden.",
                "Ingen fra teamet er til stede. Teamet samtykker: en gjest er ikke med i samtykkerunden.",
                "No team member is present. The team consents: a guest does not take part in the consent round.")
        case .guestCannotConsent(let person):
            T(
                "\(name(person)) er gjest og er ikkje med i samtykkerunden; teamet samtykker.",
                "\(name(person)) er gjest og er ikke med i samtykkerunden; teamet samtykker.",
                "\(name(person)) is a guest and does not take part in the consent round; the team consents.")
        case .unknownParticipant(let person):
            T(
                "«\(name(person))» står ikkje på deltakarlista.", "«\(name(person))» står ikke på deltakerlisten.",
                "“\(name(person))” is not on the list of participants.")
        case .unknownItem(let id):
            T("Saka «\(id)» finst ikkje på sakslista.", "Saken «\(id)» finnes ikke på sakslisten.", "There is no item “\(id)” on the agenda.")
        case .unknownAction(let id):
            T("Oppfølgingspunktet «\(id)» finst ikkje.", "Oppfølgingspunktet «\(id)» finnes ikke.", "There is no action “\(id)”.")
        case .participantExists(let person):
            T("«\(name(person))» står alt på deltakarlista.", "«\(name(person))» står allerede på deltakerlisten.", "“\(name(person))” is already on the list.")
        case .emptyText:
            T("Teksten er tom. Skriv noko først.", "Teksten er tom. Skriv noe først.", "The text is empty. Write something first.")
        case .invalidAttendance(let attendance):
            T(
                "Oppmøte kan berre setjast til til stades eller fråverande, ikkje «\(attendance.name(.nn))». Gjester blir lagde til for seg.",
                "Oppmøte kan bare settes til til stede eller fraværende, ikke «\(attendance.name(.nb))». Gjester legges til for seg.",
                "Attendance can only be set to present or absent, not “\(attendance.name(.en))”. Guests are added separately.")
        case .invalidIdentifier(let text):
            T(
                "«\(text)» kan ikkje brukast som kortnamn: bruk små bokstavar, tal og bindestrek, og byrj med ein bokstav.",
                "«\(text)» kan ikke brukes som kortnavn: bruk små bokstaver, tall og bindestrek, og begynn med en bokstav.",
                "“\(text)” cannot be used as a handle: use lowercase letters, digits and hyphens, starting with a letter.")
        case .roundInProgress(let waiting):
            T(
                "Runden er ikkje ferdig: \(waiting.listed(l, name)) har ikkje hatt ordet. Fullfør runden eller stopp han først.",
                "Runden er ikke ferdig: \(waiting.listed(l, name)) har ikke hatt ordet. Fullfør runden eller stopp den først.",
                "The round is not finished: \(waiting.listed(l, name)) still to speak. Finish or stop the round first.")
        case .noOpenRound:
            T("Ingen runde er i gang.", "Ingen runde er i gang.", "No round is under way.")
        case .notInRound(let person):
            T("\(name(person)) er ikkje med i denne runden.", "\(name(person)) er ikke med i denne runden.", "\(name(person)) is not in this round.")
        case .roundAlreadyUnderway:
            T(
                "Nokon har alt hatt ordet i denne runden, så det er for seint å velje kven som byrjar.",
                "Noen har allerede hatt ordet i denne runden, så det er for sent å velge hvem som begynner.",
                "Someone has already had a turn in this round, so it is too late to choose who starts.")
        case .alreadyHadTurn(let person):
            T(
                "\(name(person)) har alt hatt ordet i denne runden. Køyr runden på nytt om det trengst.",
                "\(name(person)) har allerede hatt ordet i denne runden. Kjør runden på nytt om det trengs.",
                "\(name(person)) has already had a turn in this round. Run the round again if needed.")
        case .consentRoundNeedsAnswer:
            T(
                "I samtykkerunden svarar kvar: samtykke, samtykke med merknad eller innvending.",
                "I samtykkerunden svarer hver: samtykke, samtykke med merknad eller innvending.",
                "In the consent round each answers: consent, consent with a concern, or objection.")
        case .notAConsentRound:
            T(
                "Dette er ikkje ein samtykkerunde: her talar eller passar ein.",
                "Dette er ikke en samtykkerunde: her snakker eller passer man.",
                "This is not a consent round: here people speak or pass.")
        case .anotherItemActive(let id):
            T("Sak \(id) er framleis open. Avslutt ho først.", "Sak \(id) er fortsatt åpen. Avslutt den først.", "Item \(id) is still open. Finish it first.")
        case .itemNotPending(let id):
            T(
                "Sak \(id) er alt starta eller ferdig; ho kan ikkje startast, endrast, flyttast eller fjernast no.",
                "Sak \(id) er allerede startet eller ferdig; den kan ikke startes, endres, flyttes eller fjernes nå.",
                "Item \(id) has already started or ended; it cannot be started, edited, moved or removed now.")
        case .noActiveItem:
            T("Ingen sak er i gang. Start ei sak først.", "Ingen sak er i gang. Start en sak først.", "No item is under way. Start an item first.")
        case .itemsStillActive(let id):
            T(
                "Sak \(id) er framleis open. Avslutt, utset eller trekk ho før utsjekken.",
                "Sak \(id) er fortsatt åpen. Avslutt, utsett eller trekk den før utsjekken.",
                "Item \(id) is still open. Finish, postpone or withdraw it before the closing round.")
        case .closingRoundNotHeld:
            T(
                "Møtet blir avslutta med utsjekkrunden. Start han først.",
                "Møtet avsluttes med utsjekkrunden. Start den først.",
                "The meeting ends with the closing round. Start it first.")
        case .alreadyClosing:
            T(
                "Utsjekkrunden er i gang; sakene er ferdige for dette møtet.",
                "Utsjekkrunden er i gang; sakene er ferdige for dette møtet.",
                "The closing round has begun; the items are over for this meeting.")
        case .notADecisionItem:
            T(
                "Dette er ikkje ei avgjerdssak. Forslag og samtykke høyrer til avgjerdssaker.",
                "Dette er ikke en beslutningssak. Forslag og samtykke hører til beslutningssaker.",
                "This is not a decision item. Proposals and consent belong to decision items.")
        case .noProposal:
            T(
                "Saka har ikkje noko forslag til avgjerd. Sakseigar må leggje fram eit forslag før samtykkerunden.",
                "Saken har ikke noe forslag til beslutning. Sakseier må legge fram et forslag før samtykkerunden.",
                "The item has no proposal. The owner must put forward a proposal before the consent round.")
        case .proposalExists:
            T(
                "Saka har alt eit forslag. Endre det i staden.", "Saken har allerede et forslag. Endre det i stedet.",
                "The item already has a proposal. Amend it instead.")
        case .notInStep(let mode):
            T(
                "Det høyrer til steget «\(mode.name(.nn))», og saka er ikkje der no.",
                "Det hører til steget «\(mode.name(.nb))», og saken er ikke der nå.",
                "That belongs to the “\(mode.name(.en))” step, and the item is not there now.")
        case .stepHasNoRound:
            T("Dette steget har ingen runde å køyre på nytt.", "Dette steget har ingen runde å kjøre på nytt.", "This step has no round to run again.")
        case .objectionNeedsReason:
            T(
                "Ei innvending må ha ein grunn. Kva er risikoen du ser?",
                "En innvending må ha en begrunnelse. Hvilken risiko ser du?",
                "An objection needs a reason. What risk do you see?")
        case .concernNeedsText:
            T("Skriv merknaden som skal førast i protokollen.", "Skriv merknaden som skal føres i protokollen.", "Write the concern to be recorded.")
        case .objectionsStand(let who):
            T(
                "Innvendinga frå \(who.listed(l, name)) står framleis. Integrer ho i forslaget, og køyr så ein ny samtykkerunde.",
                "Innvendingen fra \(who.listed(l, name)) står fortsatt. Integrer den i forslaget, og kjør så en ny samtykkerunde.",
                "The objection from \(who.listed(l, name)) still stands. Integrate it into the proposal, then run a new consent round.")
        case .noStandingObjection(let person):
            T("\(name(person)) har inga innvending som står.", "\(name(person)) har ingen innvending som står.", "\(name(person)) has no standing objection.")
        case .noConsentRoundYet:
            T(
                "Det har ikkje vore nokon samtykkerunde på denne saka enno.",
                "Det har ikke vært noen samtykkerunde på denne saken ennå.",
                "There has been no consent round on this item yet.")
        case .consentRoundOutdated:
            T(
                "Forslaget er endra sidan siste samtykkerunde. Køyr ein ny samtykkerunde.",
                "Forslaget er endret siden siste samtykkerunde. Kjør en ny samtykkerunde.",
                "The proposal changed after the last consent round. Run a new consent round.")
        case .consentRoundIncomplete:
            T(
                "Samtykkerunden vart stoppa før alle hadde svart. Køyr han på nytt.",
                "Samtykkerunden ble stoppet før alle hadde svart. Kjør den på nytt.",
                "The consent round was stopped before everyone answered. Run it again.")
        case .reviewDateInPast(let day):
            T("Evalueringsdatoen \(day) er alt passert.", "Evalueringsdatoen \(day) har allerede passert.", "The review date \(day) is already past.")
        case .decisionNeedsRecording:
            T(
                "Samtykkerunden er siste steg: før avgjerda, eller trekk, utset eller endre type på saka.",
                "Samtykkerunden er siste steg: før beslutningen, eller trekk, utsett eller endre type på saken.",
                "The consent round is the last step: record the decision, or withdraw, postpone or change the item's type.")
        case .sameKind:
            T("Saka har alt den typen.", "Saken har allerede den typen.", "The item already has that type.")
        case .ownerCannotBeUgild:
            T(
                "Sakseigar kan ikkje vere ugild på si eiga sak. Gje saka til ein annan først.",
                "Sakseier kan ikke være inhabil i sin egen sak. Gi saken til en annen først.",
                "The owner cannot be disqualified on their own item. Give the item to someone else first.")
        case .alreadyUgild(let person):
            T(
                "\(name(person)) er alt erklært ugild på denne saka.", "\(name(person)) er allerede erklært inhabil i denne saken.",
                "\(name(person)) is already disqualified on this item.")
        case .ugildCannotTakePart(let person):
            T(
                "\(name(person)) er ugild på denne saka og er ikkje med i rundane.",
                "\(name(person)) er inhabil i denne saken og er ikke med i rundene.",
                "\(name(person)) is disqualified on this item and sits out its rounds.")
        case .itemDone(let id):
            T("Sak \(id) er ferdig handsama.", "Sak \(id) er ferdig behandlet.", "Item \(id) has been dealt with.")
        case .positionOutOfRange(let position):
            T(
                "Plass \(position + 1) finst ikkje på sakslista.", "Plass \(position + 1) finnes ikke på sakslisten.",
                "Position \(position + 1) is not on the agenda.")
        case .recipeKindMismatch(let recipe, let kind):
            T(
                "Oppskrifta «\(recipe)» høyrer ikkje til sakstypen «\(kind.name(.nn))».",
                "Oppskriften «\(recipe)» hører ikke til sakstypen «\(kind.name(.nb))».",
                "The recipe “\(recipe)” is not for items of type “\(kind.name(.en))”.")
        case .nothingToUndo:
            T("Det er ingenting å angre.", "Det er ingenting å angre.", "There is nothing to undo.")
        case .notInFollowUp(let reference):
            T(
                "«\(reference)» står ikkje i oppfølginga av dette møtet.", "«\(reference)» står ikke i oppfølgingen av dette møtet.",
                "“\(reference)” is not in this meeting's follow-up.")
        case .alreadyRedecided(let title):
            T(
                "«\(title)» er alt teken opp att som ny sak på sakslista. Angre det først om de vil velje noko anna.",
                "«\(title)» er allerede tatt opp igjen som ny sak på sakslisten. Angre det først hvis dere vil velge noe annet.",
                "“\(title)” is already on the agenda again as a new item. Undo that first to choose something else.")
        case .notExempt(let id):
            T(
                "Sak \(id) er ikkje unnateken offentlegheit.", "Sak \(id) er ikke unntatt offentlighet.",
                "Item \(id) is not exempt from public disclosure.")
        case .exemptionCanOnlyBeLifted(let id):
            T(
                "Sak \(id) er unnateken offentlegheit. Ei endring kan ikkje ta bort unntaket; opphev det med L, og sei kvifor.",
                "Sak \(id) er unntatt offentlighet. En endring kan ikke fjerne unntaket; opphev det med L, og si hvorfor.",
                "Item \(id) is exempt from public disclosure. An edit cannot drop the exemption; lift it with L, and say why.")
        case .controlCharacter(let scalar):
            T(
                "Teksten inneheld eit kontrollteikn (\(ControlCharacters.name(of: scalar))) som ikkje kan visast trygt i ein terminal. Ta det bort og prøv igjen.",
                "Teksten inneholder et kontrolltegn (\(ControlCharacters.name(of: scalar))) som ikke kan vises trygt i en terminal. Fjern det og prøv igjen.",
                "The text holds a control character (\(ControlCharacters.name(of: scalar))) that cannot be shown safely in a terminal. Remove it and try again."
            )
        case .textTooLong(let limit):
            T(
                "Teksten er for lang: høgst \(limit) teikn. Kort han ned.",
                "Teksten er for lang: høyst \(limit) tegn. Kort den ned.",
                "The text is too long: at most \(limit) characters. Shorten it.")
        case .notInfoDrøft(let id):
            T(
                "Saka «\(id)» er ikkje merkt info/drøft; tillitsvalde sitt syn blir ført på slike saker.",
                "Saken «\(id)» er ikke merket info/drøft; tillitsvalgtes syn føres på slike saker.",
                "Item “\(id)” is not marked info/drøft; the union's view is recorded on such items.")
        case .notPresent(let person):
            T(
                "\(name(person)) er ikkje merkt som til stades, og kan ikkje evaluere møtet.",
                "\(name(person)) er ikke merket som til stede, og kan ikke evaluere møtet.",
                "\(name(person)) is not marked present and cannot evaluate the meeting.")
        case .scoreOutOfRange(let score):
            T(
                "Karakteren må vere frå 1 til 5, ikkje \(score).", "Karakteren må være fra 1 til 5, ikke \(score).",
                "The score must be from 1 to 5, not \(score).")
        case .tooManyItems(let limit):
            T(
                "Sakslista har alt \(limit) saker, som er det meste eit møte kan ha. Set resten opp på eit nytt møte.",
                "Sakslisten har allerede \(limit) saker, som er det meste et møte kan ha. Sett resten opp på et nytt møte.",
                "The agenda already has \(limit) items, the most one meeting can have. Put the rest on another meeting.")
        }
    }
}

private func T(_ nn: String, _ nb: String, _ en: String) -> Translation { Translation(nn: nn, nb: nb, en: en) }
