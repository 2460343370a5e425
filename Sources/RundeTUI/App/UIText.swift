import Foundation
import RundeCore

/// The live screen's words, Nynorsk first, then Bokmål and English.
enum UIText {
    static func removeItem(_ title: String) -> Translation {
        Translation(nn: "Fjerne saka «\(title)»? (j/n)", nb: "Fjerne saken «\(title)»? (j/n)", en: "Remove the item “\(title)”? (y/n)")
    }
    static let closeMeeting = Translation(
        nn: "Avslutte møtet? Etterpå kan ingenting leggjast til. (j/n)", nb: "Avslutte møtet? Etterpå kan ingenting legges til. (j/n)",
        en: "Close the meeting? Nothing can be added afterwards. (y/n)")
    static let noConclusion = Translation(
        nn: "Saka har ingen konklusjon. Avslutte likevel? (j/n)", nb: "Saken har ingen konklusjon. Avslutte likevel? (j/n)",
        en: "The item has no conclusion. End it anyway? (y/n)")
    static let stopRound = Translation(
        nn: "Stoppe runden før alle har hatt ordet? (j/n)", nb: "Stoppe runden før alle har hatt ordet? (j/n)",
        en: "Stop the round before everyone has spoken? (y/n)")
    static let quit = Translation(
        nn: "Gå ut av runde? Møtet er lagra og kan opnast att. (j/n)", nb: "Gå ut av runde? Møtet er lagret og kan åpnes igjen. (j/n)",
        en: "Leave runde? The meeting is saved and can be opened again. (y/n)")
    static let noObjection = Translation(nn: "Inga innvending står no.", nb: "Ingen innvending står nå.", en: "No objection stands now.")
    static func badDate(_ text: String) -> Translation {
        Translation(
            nn: "«\(text)» er ingen dato: skriv ÅÅÅÅ-MM-DD, eller ingenting.", nb: "«\(text)» er ingen dato: skriv ÅÅÅÅ-MM-DD, eller ingenting.",
            en: "“\(text)” is not a date: write YYYY-MM-DD, or nothing.")
    }
    static let agendaLine = Translation(nn: "saka", nb: "saken", en: "item")
    /// After a fork was settled for the other machine's copy under a running screen.
    static let reopenAfterFork = Translation(
        nn: "Gå ut (q) og opne møtet att; det som vart skrive her, er i den fila.",
        nb: "Gå ut (q) og åpne møtet igjen; det som ble skrevet her, er i den filen.",
        en: "Leave (q) and open the meeting again; what was written here is in that file.")
    /// Said when a key that writes is pressed on a followed meeting (`runde follow`).
    static let watching = Translation(
        nn: "Du følgjer møtet og kan berre sjå på. Den som skriv, brukar runde run.",
        nb: "Du følger møtet og kan bare se på. Den som skriver, bruker runde run.",
        en: "You are following the meeting and can only watch. Whoever writes uses runde run.")
    /// Among an item's facts, once its exemption from public disclosure was lifted.
    static let exemptionLifted = Translation(nn: "unntak oppheva", nb: "unntak opphevet", en: "exemption lifted")
    static let oneItem = Translation(nn: "Skriv éi sak om gongen.", nb: "Skriv én sak om gangen.", en: "Write one item at a time.")

    // MARK: Screen

    static let agenda = Translation(nn: "Sakliste", nb: "Saksliste", en: "Agenda")
    static let attendance = Translation(nn: "Oppmøte", nb: "Oppmøte", en: "Attendance")
    static let guestNotInConsent = Translation(
        nn: "gjest, ikkje med i samtykkerunden", nb: "gjest, ikke med i samtykkerunden", en: "guest, not in the consent round")
    static func cameOrLeft(_ name: String, arrived: Bool, at time: String) -> Translation {
        arrived
            ? Translation(
                nn: "\(name) kom \(time): med frå neste runde.", nb: "\(name) kom \(time): med fra neste runde.",
                en: "\(name) arrived at \(time): in from the next round.")
            : Translation(nn: "\(name) gjekk \(time).", nb: "\(name) gikk \(time).", en: "\(name) left at \(time).")
    }
    static let cameAfterRoundBegan = Translation(
        nn: "kom etter at runden starta; med frå neste", nb: "kom etter at runden startet; med fra neste", en: "came after the round began; in from the next")
    static let whoCameOrWent = Translation(nn: "Kven kom eller gjekk?", nb: "Hvem kom eller gikk?", en: "Who came or left?")
    static let checkIn = Translation(nn: "Innsjekk", nb: "Innsjekk", en: "Check-in")
    static let checkOut = Translation(nn: "Utsjekk: korleis var møtet?", nb: "Utsjekk: hvordan var møtet?", en: "Check-out: how was this meeting?")
    static let hasTheWord = Translation(nn: "har ordet", nb: "har ordet", en: "speaking")
    static let spoke = Translation(nn: "hadde ordet", nb: "hadde ordet", en: "spoke")
    static let passed = Translation(nn: "stod over", nb: "sto over", en: "passed")
    static let proposal = Translation(nn: "Forslag til avgjerd", nb: "Forslag til beslutning", en: "Proposal")
    static let noProposal = Translation(nn: "Ikkje noko forslag enno: trykk f.", nb: "Ikke noe forslag ennå: trykk f.", en: "No proposal yet: press f.")
    static let decision = Translation(nn: "Avgjerd", nb: "Beslutning", en: "Decision")
    static let conclusion = Translation(nn: "Konklusjon", nb: "Konklusjon", en: "Conclusion")
    static let notes = Translation(nn: "Notat", nb: "Notater", en: "Notes")
    static let questions = [
        Translation(nn: "Er det godt nok for no?", nb: "Er det godt nok for nå?", en: "Is it good enough for now?"),
        Translation(nn: "Er det trygt nok å prøve?", nb: "Er det trygt nok å prøve?", en: "Is it safe enough to try?"),
        Translation(
            nn: "Kan det gjerast om seinare om ny kunnskap tilseier det?", nb: "Kan det gjøres om senere hvis ny kunnskap tilsier det?",
            en: "Can it be changed later if new knowledge calls for it?"),
    ]
    static let step = Translation(nn: "Steg", nb: "Steg", en: "Step")
    static let finishItem = Translation(nn: "saka er ferdig", nb: "saken er ferdig", en: "item done")
    static let next = Translation(nn: "Neste", nb: "Neste", en: "Next")
    static let item = Translation(nn: "Sak", nb: "Sak", en: "Item")
    static let overrun = Translation(nn: "OVER TIDA", nb: "OVER TIDEN", en: "OVERRUN")
    static let closed = Translation(
        nn: "Møtet er avslutta. Takk for i dag!", nb: "Møtet er avsluttet. Takk for i dag!", en: "The meeting is closed. Thank you!")
    static let closing = Translation(
        nn: "Utsjekken er ferdig. Trykk Enter for å avslutte møtet.", nb: "Utsjekken er ferdig. Trykk Enter for å avslutte møtet.",
        en: "The check-out is done. Press Enter to close the meeting.")
    static let between = Translation(
        nn: "Vel neste sak med ↑↓ og trykk Enter, eller c for utsjekk.", nb: "Velg neste sak med ↑↓ og trykk Enter, eller c for utsjekk.",
        en: "Pick the next item with ↑↓ and press Enter, or c for check-out.")
    static let attendanceHint = Translation(
        nn: "Merk kven som er til stades med mellomrom. Trykk o for å opne møtet.", nb: "Merk hvem som er til stede med mellomrom. Trykk o for å åpne møtet.",
        en: "Mark who is present with Space. Press o to open the meeting.")
    static func tooSmall(_ size: Size) -> Translation {
        let now = "\(size.width)x\(size.height)"
        return Translation(
            nn: "Gjer vindauget større: det er \(now), og må vere minst 80x24.", nb: "Gjør vinduet større: det er \(now), og må være minst 80x24.",
            en: "Make the window larger: it is \(now), and must be at least 80x24.")
    }
    static let help = Translation(nn: "Hjelp — alle tastar", nb: "Hjelp — alle taster", en: "Help — every key")
    static let helpClose = Translation(nn: "↑↓ blar · Esc lukkar", nb: "↑↓ blar · Esc lukker", en: "↑↓ scroll · Esc closes")
    static let entryKeys = Translation(nn: "Enter: lagre · Esc: avbryt", nb: "Enter: lagre · Esc: avbryt", en: "Enter: save · Esc: cancel")
    static let markKeys = Translation(
        nn: "Space eller tal merkar · Enter lagrar (òg utan merkte) · Esc: tilbake til teksten",
        nb: "Space eller tall merker · Enter lagrer (også uten merkede) · Esc: tilbake til teksten",
        en: "Space or a number marks · Enter saves (also with none marked) · Esc: back to the text")
    static let choiceKeys = Translation(
        nn: "↑↓ og Enter, eller tal · Esc: avbryt", nb: "↑↓ og Enter, eller tall · Esc: avbryt", en: "↑↓ and Enter, or a number · Esc: cancel")
    static let followUpHint = Translation(
        nn: "Vel med ↑↓ og Enter kva som skjer med kvart punkt. Esc: tilbake.", nb: "Velg med ↑↓ og Enter hva som skjer med hvert punkt. Esc: tilbake.",
        en: "Pick with ↑↓ and Enter what becomes of each. Esc: back.")

    /// An item carried from an earlier meeting, where it was postponed or not reached.
    static func carriedFrom(_ meeting: String) -> Translation {
        Translation(nn: "Teke med frå \(meeting)", nb: "Tatt med fra \(meeting)", en: "Carried from \(meeting)")
    }

    static func followUpLeft(_ count: Int) -> Translation {
        Translation(
            nn: "Oppfølging: \(count) ikkje handsama (trykk o)", nb: "Oppfølging: \(count) ikke behandlet (trykk o)",
            en: "Follow-up: \(count) not handled (press o)")
    }

    static func reviewLine(_ title: String) -> Translation {
        Translation(nn: "Evaluering: «\(title)»", nb: "Evaluering: «\(title)»", en: "Review: “\(title)”")
    }

    static func closingWithItemsLeft(_ count: Int) -> Translation {
        Translation(
            nn: "\(count) sak(er) er ikkje handsama. Gå til utsjekk likevel? (j/n)", nb: "\(count) sak(er) er ikke behandlet. Gå til utsjekk likevel? (j/n)",
            en: "\(count) item(s) not taken up. Go to check-out anyway? (y/n)")
    }

    static let meetingNotes = Translation(nn: "Notat til møtet", nb: "Notater til møtet", en: "Meeting notes")
    static let meetingActions = Translation(nn: "Oppfølgingspunkt til møtet", nb: "Oppfølgingspunkter til møtet", en: "Meeting actions")

    static func consentOutcome(consents: Int, of count: Int) -> Translation {
        Translation(
            nn: "Samtykkerunden: \(consents) av \(count) samtykte", nb: "Samtykkerunden: \(consents) av \(count) samtykket",
            en: "Consent round: \(consents) of \(count) consented")
    }

    /// What the closed meeting holds, in one line.
    static func summary(_ meeting: MeetingState) -> Translation {
        let (decisions, actions, notes) = (meeting.decisions.count, meeting.actions.count, meeting.notes.count)
        return Translation(
            nn: "Avgjerder: \(decisions) · oppfølgingspunkt: \(actions) · notat: \(notes)",
            nb: "Beslutninger: \(decisions) · oppfølgingspunkter: \(actions) · notater: \(notes)",
            en: "Decisions: \(decisions) · actions: \(actions) · notes: \(notes)")
    }

    /// How to read the minutes once the screen is gone.
    static func showMinutes(_ logPath: String) -> Translation {
        let name = URL(fileURLWithPath: logPath).deletingPathExtension().lastPathComponent
        return Translation(
            nn: "Trykk q for å gå ut. Referatet: runde show \(name)", nb: "Trykk q for å gå ut. Referatet: runde show \(name)",
            en: "Press q to leave. The minutes: runde show \(name)")
    }
    static let everywhere = Translation(nn: "Overalt", nb: "Overalt", en: "Everywhere")
    static let `where` = Translation(nn: "Kvar", nb: "Hvor", en: "Where")
    static let keys = Translation(nn: "Tastar", nb: "Taster", en: "Keys")
    static let log = Translation(nn: "Logg", nb: "Logg", en: "Log")

    static func contextName(_ context: Context) -> Translation {
        switch context {
        case .attendance: attendance
        case .agenda: agenda
        case .between: Translation(nn: "Mellom sakene", nb: "Mellom sakene", en: "Between items")
        case .followUp: Translation(nn: "Oppfølging", nb: "Oppfølging", en: "Follow-up")
        case .step: step
        case .round: Translation(nn: "Runde", nb: "Runde", en: "Round")
        case .consent: Translation(nn: "Samtykkerunde", nb: "Samtykkerunde", en: "Consent round")
        case .closing: Translation(nn: "Utsjekk", nb: "Utsjekk", en: "Check-out")
        case .closed: Translation(nn: "Avslutta", nb: "Avsluttet", en: "Closed")
        case .reviewList: Translation(nn: "Gjennomsyn", nb: "Gjennomgang", en: "Review")
        case .reviewMinutes: MinutesText.minutes
        }
    }

    /// The mark beside the help's section for where the meeting is.
    static let now = Translation(nn: "her er de no", nb: "her er dere nå", en: "you are here")

    static func prompt(_ purpose: EntryPurpose, _ state: AppState) -> Translation {
        func name(_ id: ParticipantID) -> String { state.meeting.participant(id)?.name ?? id.rawValue }
        switch purpose {
        case .note: return Translation(nn: "Notat til referatet", nb: "Notat til referatet", en: "Note for the minutes")
        case .guestName: return Translation(nn: "Namnet til gjesten", nb: "Gjestens navn", en: "The guest's name")
        case .agendaLine: return Translation(nn: "Sak (type: tittel @eigar 20m)", nb: "Sak (type: tittel @eier 20m)", en: "Item (type: title @owner 20m)")
        case .proposal: return Translation(nn: "Forslag til avgjerd", nb: "Forslag til beslutning", en: "Proposal")
        case .amendment: return Translation(nn: "Endra forslag", nb: "Endret forslag", en: "Amended proposal")
        case .concern(let who): return Translation(nn: "Merknaden frå \(name(who))", nb: "Merknaden fra \(name(who))", en: "\(name(who))'s concern")
        case .objection(let who):
            return Translation(
                nn: "Innvendinga frå \(name(who)): kva er risikoen?", nb: "Innvendingen fra \(name(who)): hva er risikoen?",
                en: "\(name(who))'s objection: what is the risk?")
        case .integrationHow(let who):
            return Translation(
                nn: "Korleis blir innvendinga frå \(name(who)) møtt?", nb: "Hvordan blir innvendingen fra \(name(who)) møtt?",
                en: "How is \(name(who))'s objection met?")
        case .integrationText: return Translation(nn: "Forslaget etter integreringa", nb: "Forslaget etter integreringen", en: "The proposal after integration")
        case .nextReview:
            return Translation(
                nn: "Ny evalueringsdato (ÅÅÅÅ-MM-DD, eller tomt)", nb: "Ny evalueringsdato (ÅÅÅÅ-MM-DD, eller tomt)",
                en: "Next review date (YYYY-MM-DD, or empty)")
        case .reviewDate:
            return Translation(
                nn: "Evalueringsdato (ÅÅÅÅ-MM-DD, eller tomt)", nb: "Evalueringsdato (ÅÅÅÅ-MM-DD, eller tomt)", en: "Review date (YYYY-MM-DD, or empty)")
        case .criteria:
            return Translation(
                nn: "Kva vil vise om vedtaket verkar? (kan stå tomt)", nb: "Hva vil vise om vedtaket virker? (kan stå tomt)",
                en: "What will show whether the decision works? (may be empty)")
        case .inform:
            return Translation(
                nn: "Kven må få vite om vedtaket? (kan stå tomt)", nb: "Hvem må få vite om vedtaket? (kan stå tomt)",
                en: "Who must be told of the decision? (may be empty)")
        case .learned(let reference, _, _):
            // What was to show whether it works, when the decision said, is the yardstick.
            if let criteria = state.meeting.reviewDue.first(where: { $0.reference == reference })?.decision.criteria {
                return Translation(
                    nn: "Kva har de lært av vedtaket? Det skulle visast ved: «\(criteria)» (kan stå tomt)",
                    nb: "Hva har dere lært av vedtaket? Det skulle vises ved: «\(criteria)» (kan stå tomt)",
                    en: "What has the team learned from the decision? It was to show in: “\(criteria)” (may be empty)")
            }
            return Translation(
                nn: "Kva har de lært av vedtaket? (kan stå tomt)", nb: "Hva har dere lært av vedtaket? (kan stå tomt)",
                en: "What has the team learned from the decision? (may be empty)")
        case .conclusion: return Translation(nn: "Konklusjonen til sakseigar", nb: "Sakseiers konklusjon", en: "The owner's conclusion")
        case .withdrawReason:
            return Translation(
                nn: "Kvifor blir saka trekt? (kan stå tomt)", nb: "Hvorfor trekkes saken? (kan stå tomt)", en: "Why is the item withdrawn? (may be empty)")
        case .postponeReason:
            return Translation(
                nn: "Kvifor blir saka utsett? (kan stå tomt)", nb: "Hvorfor utsettes saken? (kan stå tomt)", en: "Why is the item postponed? (may be empty)")
        case .actionWhat:
            return Translation(nn: "Oppgåve: kva skal gjerast?", nb: "Oppgave: hva skal gjøres?", en: "Action: what is to be done?")
        case .actionDue: return Translation(nn: "Frist (ÅÅÅÅ-MM-DD, eller tomt)", nb: "Frist (ÅÅÅÅ-MM-DD, eller tomt)", en: "Due (YYYY-MM-DD, or empty)")
        case .liftReason:
            return Translation(
                nn: "Kvifor blir unntaket oppheva? Saka og alt under henne blir offentleg.",
                nb: "Hvorfor oppheves unntaket? Saken og alt under den blir offentlig.",
                en: "Why is the exemption lifted? The item and everything under it becomes public.")
        case .ugildReason(let who):
            return Translation(nn: "Kvifor er \(name(who)) ugild?", nb: "Hvorfor er \(name(who)) inhabil?", en: "Why is \(name(who)) disqualified?")
        case .unionView:
            return Translation(
                nn: "Tillitsvalde sitt syn på saka:", nb: "Tillitsvalgtes syn på saken:", en: "The union representative's view on the item:")
        case .evaluationText(let who, _):
            return Translation(
                nn: "Éin ting å gjere betre, meiner \(name(who)) (kan stå tomt):", nb: "Én ting å gjøre bedre, mener \(name(who)) (kan stå tomt):",
                en: "One thing to do better, says \(name(who)) (may be left empty):")
        }
    }

    static func choiceTitle(_ purpose: ChoicePurpose) -> Translation {
        switch purpose {
        case .kind: Translation(nn: "Ny sakstype", nb: "Ny sakstype", en: "New item type")
        case .actionWho: Translation(nn: "Kven gjer det?", nb: "Hvem gjør det?", en: "Who does it?")
        case .ugild: Translation(nn: "Kven er ugild på saka?", nb: "Hvem er inhabil i saken?", en: "Who is disqualified on the item?")
        case .attendance: whoCameOrWent
        case .integrate: Translation(nn: "Kva innvending blir integrert?", nb: "Hvilken innvending integreres?", en: "Which objection is integrated?")
        case .followUpAction: Translation(nn: "Kva skjer med oppfølgingspunktet?", nb: "Hva skjer med oppfølgingspunktet?", en: "What becomes of the action?")
        case .review: Translation(nn: "Kva gjer de med avgjerda?", nb: "Hva gjør dere med beslutningen?", en: "What do you do with the decision?")
        case .amendmentHelpers:
            Translation(nn: "Kven hjelpte til med endringa?", nb: "Hvem hjalp til med endringen?", en: "Who helped with the amendment?")
        case .firstSpeaker: Translation(nn: "Kven byrjar runden?", nb: "Hvem begynner runden?", en: "Who starts the round?")
        case .evaluator: Translation(nn: "Kven evaluerer møtet?", nb: "Hvem evaluerer møtet?", en: "Who evaluates the meeting?")
        case .evaluationScore:
            Translation(nn: "Kor godt gjekk møtet? (1–5)", nb: "Hvor godt gikk møtet? (1–5)", en: "How well did the meeting go? (1–5)")
        }
    }

    /// On an info/drøft item: which union representatives are present.
    static func unionPresent(_ names: [String]) -> Translation {
        let list = names.joined(separator: ", ")
        return Translation(nn: "tillitsvald: \(list)", nb: "tillitsvalgt: \(list)", en: "union: \(list)")
    }
    /// On an info/drøft item with no union representative present.
    static let noUnionPresent = Translation(
        nn: "Info/drøft: ingen tillitsvald er til stades.", nb: "Info/drøft: ingen tillitsvalgt er til stede.",
        en: "Info/drøft: no union representative is present.")

    /// A score of an evaluation, with what it means.
    static func scoreLabel(_ score: Int) -> Translation {
        switch score {
        case 5: Translation(nn: "5 — svært godt", nb: "5 — svært godt", en: "5 — very well")
        case 4: Translation(nn: "4 — godt", nb: "4 — godt", en: "4 — well")
        case 3: Translation(nn: "3 — middels", nb: "3 — middels", en: "3 — fair")
        case 2: Translation(nn: "2 — dårleg", nb: "2 — dårlig", en: "2 — poorly")
        default: Translation(nn: "1 — svært dårleg", nb: "1 — svært dårlig", en: "1 — very poorly")
        }
    }

    /// The short label of an item type, for the agenda column.
    static func label(_ kind: ItemKind) -> Translation {
        switch kind {
        case .information: Translation(nn: "INFO", nb: "INFO", en: "INFO")
        case .discussion: Translation(nn: "DRØFT", nb: "DRØFT", en: "DISC")
        case .decision: Translation(nn: "AVGJ", nb: "BESL", en: "DEC")
        case .session: Translation(nn: "ØKT", nb: "ØKT", en: "SESS")
        case .ourProblem: Translation(nn: "VÅRT", nb: "VÅRT", en: "OURS")
        }
    }
}
