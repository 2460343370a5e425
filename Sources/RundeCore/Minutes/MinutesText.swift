/// The words of the minutes (*referat*), in the three languages.
public enum MinutesText {
    /// The team's working agreement, as the opening screen showed it.
    public static let agreement = Translation(nn: "Spelereglar", nb: "Spilleregler", en: "Working agreement")
    public static let agreementShown = Translation(
        nn: "Viste på opningsskjermen.", nb: "Vist på åpningsskjermen.", en: "Shown on the opening screen.")
    public static let unionView = Translation(nn: "Tillitsvalde sitt syn", nb: "Tillitsvalgtes syn", en: "The union's view")
    public static let evaluation = Translation(nn: "Evaluering av møtet", nb: "Evaluering av møtet", en: "Evaluation of the meeting")
    public static let averageScore = Translation(nn: "Snitt", nb: "Snitt", en: "Average")
    public static func answers(_ count: Int) -> Translation {
        count == 1
            ? Translation(nn: "1 svar", nb: "1 svar", en: "1 answer")
            : Translation(nn: "\(count) svar", nb: "\(count) svar", en: "\(count) answers")
    }
    /// An average score with one decimal, `4,3` in Norwegian and `4.3` in English, of 5.
    public static func score(_ average: Double, _ language: Language) -> String {
        let tenths = Int((average * 10).rounded())
        let separator = language == .en ? "." : ","
        return "\(tenths / 10)\(separator)\(tenths % 10) / 5"
    }
    // The header: who the meeting was, when, and who was there.
    public static let team = Translation(nn: "Team", nb: "Team", en: "Team")
    public static let date = Translation(nn: "Dato", nb: "Dato", en: "Date")
    public static let time = Translation(nn: "Tid", nb: "Tid", en: "Time")
    public static let place = Translation(nn: "Stad", nb: "Sted", en: "Place")
    /// The log names a zone this machine does not know (`logged`), so the times are shown in
    /// `shown`: the team's zone, else the machine's.
    public static func unknownTimeZone(_ logged: String, shownIn shown: String) -> Translation {
        Translation(
            nn: "Tidene er viste i \(shown) fordi tidssona i loggen, «\(logged)», ikkje er kjend på denne maskina.",
            nb: "Tidene er vist i \(shown) fordi tidssonen i loggen, «\(logged)», ikke er kjent på denne maskinen.",
            en: "Times are shown in \(shown) because the log's time zone «\(logged)» is not known on this machine.")
    }
    public static let absent = Translation(nn: "Fråverande", nb: "Fraværende", en: "Absent")
    public static let guestsPresent = Translation(nn: "Gjester", nb: "Gjester", en: "Guests")
    /// Those on the list whose attendance was not recorded (a meeting not opened yet).
    public static let invited = Translation(nn: "Innkalla", nb: "Innkalt", en: "Invited")
    /// Those on the list of a meeting that opened whose attendance nobody marked.
    public static let notRecorded = Translation(nn: "Oppmøte ikkje registrert", nb: "Oppmøte ikke registrert", en: "Attendance not recorded")
    /// Who ran the meeting (*møteleiar*, the facilitator).
    public static let facilitator = Translation(nn: "Møteleiar", nb: "Møteleder", en: "Chair")
    /// Who wrote the minutes (*referent*, the scribe).
    public static let scribe = Translation(nn: "Referent", nb: "Referent", en: "Minutes taken by")
    /// A day as a Norwegian referat writes it, `14.09.2026`; English minutes keep `2026-09-14`.
    public static func day(_ day: Day, _ language: Language) -> String {
        guard language != .en else { return day.description }
        let two = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
        return "\(two(day.day)).\(two(day.month)).\(day.year)"
    }

    // The summary before the items.
    public static let summary = Translation(nn: "Samandrag", nb: "Sammendrag", en: "Summary")
    public static let decisions = Translation(nn: "Avgjerder", nb: "Beslutninger", en: "Decisions")
    public static let item = Translation(nn: "Sak", nb: "Sak", en: "Item")
    public static let owner = Translation(nn: "Sakseigar", nb: "Sakseier", en: "Owner")
    public static let timebox = Translation(nn: "Tidsramme", nb: "Tidsramme", en: "Timebox")
    public static let status = Translation(nn: "Status", nb: "Status", en: "Status")
    public static let infoDrøft = Translation(
        nn: "Info/drøft etter Hovudavtalen", nb: "Info/drøft etter Hovedavtalen", en: "Information/consultation under the Basic Agreement")
    public static let exempt = Translation(nn: "Unnateke offentlegheit", nb: "Unntatt offentlighet", en: "Exempt from public disclosure")
    /// In public minutes, in place of an exempt item; the legal basis follows.
    public static let withheld = Translation(
        nn: "Saka er unnateke offentlegheit og er ikkje med i det offentlege referatet. Heimel:",
        nb: "Saken er unntatt offentlighet og er ikke med i det offentlige referatet. Hjemmel:",
        en: "This item is exempt from public disclosure and is left out of the public minutes. Legal basis:")
    public static let publicEdition = Translation(
        nn: "Offentleg referat: saker som er unnatekne offentlegheit, er tekne ut.",
        nb: "Offentlig referat: saker som er unntatt offentlighet, er tatt ut.",
        en: "Public minutes: items exempt from public disclosure are left out.")
    /// An item's exemption lifted on the record; the legal basis, who and when, and why follow.
    public static let exemptionLifted = Translation(
        nn: "Unntaket frå offentlegheit er oppheva", nb: "Unntaket fra offentlighet er opphevet", en: "Exemption from public disclosure lifted")
    /// Before the name of whoever did something: "lifted by Kari".
    public static let by = Translation(nn: "av", nb: "av", en: "by")
    public static let replaces = Translation(nn: "Tek opp att avgjerda", nb: "Tar opp igjen beslutningen", en: "Revisits the decision")
    public static let carriedFrom = Translation(nn: "Ført vidare frå", nb: "Ført videre fra", en: "Carried from")
    public static let presented = Translation(nn: "Lagt fram", nb: "Lagt fram", en: "Presented")
    public static let proposal = Translation(nn: "Forslag til avgjerd", nb: "Forslag til beslutning", en: "Proposal")
    public static let amended = Translation(nn: "Endra", nb: "Endret", en: "Amended")
    public static let helpedBy = Translation(nn: "med hjelp frå", nb: "med hjelp fra", en: "helped by")
    public static let decision = Translation(nn: "Avgjerd", nb: "Beslutning", en: "Decision")
    public static let consents = Translation(nn: "Samtykke", nb: "Samtykke", en: "Consent")
    public static let present = Translation(nn: "Til stades", nb: "Til stede", en: "Present")
    public static func guests(_ count: Int) -> Translation {
        count == 1 ? Translation(nn: "gjest", nb: "gjest", en: "guest") : Translation(nn: "gjester", nb: "gjester", en: "guests")
    }
    public static let arrived = Translation(nn: "kom", nb: "kom", en: "arrived")
    public static let left = Translation(nn: "gjekk", nb: "gikk", en: "left")
    public static let concerns = Translation(nn: "Merknader", nb: "Merknader", en: "Concerns")
    public static let objections = Translation(nn: "Innvendingar", nb: "Innvendinger", en: "Objections")
    public static let consent = Translation(nn: "samtykke", nb: "samtykke", en: "consent")
    public static let concern = Translation(nn: "merknad", nb: "merknad", en: "concern")
    public static let objection = Translation(nn: "innvending", nb: "innvending", en: "objection")
    public static let integrated = Translation(nn: "integrert", nb: "integrert", en: "integrated")
    public static let notIntegrated = Translation(nn: "ikkje integrert", nb: "ikke integrert", en: "not integrated")
    public static let reviewDate = Translation(nn: "Evaluerast", nb: "Evalueres", en: "Review")
    public static let criteria = Translation(nn: "Dette viser om det verkar", nb: "Dette viser om det virker", en: "What will show whether it works")
    public static let inform = Translation(nn: "Skal informerast", nb: "Skal informeres", en: "To be told")
    public static let learned = Translation(nn: "Lærdom", nb: "Lærdom", en: "Learned")
    public static let conclusion = Translation(nn: "Konklusjon", nb: "Konklusjon", en: "Conclusion")
    public static let ugild = Translation(nn: "Ugild (fvl. § 6)", nb: "Inhabil (fvl. § 6)", en: "Disqualified (Public Administration Act § 6)")
    public static let spoke = Translation(nn: "Hadde ordet", nb: "Hadde ordet", en: "Spoke")
    public static let passed = Translation(nn: "Stod over", nb: "Sto over", en: "Passed")
    /// A round everyone had their turn in: who passed follows, if anyone did.
    public static let everyoneHadTheFloor = Translation(nn: "Runde: alle fekk ordet", nb: "Runde: alle fikk ordet", en: "Round: everyone had the floor")
    /// A consent round with no objection: who added a concern follows.
    public static let everyoneConsented = Translation(nn: "Runde: alle samtykte", nb: "Runde: alle samtykket", en: "Round: everyone consented")
    /// After the names of those who passed: “Per Ødegård stod over”.
    public static let namesPassed = Translation(nn: "stod over", nb: "sto over", en: "passed")
    public static let checkInQuestion = Translation(nn: "Spørsmål", nb: "Spørsmål", en: "Question")
    public static let stoppedEarly = Translation(
        nn: "Runden vart stoppa før alle hadde hatt ordet.", nb: "Runden ble stoppet før alle hadde hatt ordet.",
        en: "The round was stopped before everyone had spoken.")
    public static func again(_ number: Int) -> Translation {
        Translation(nn: "\(number). gong", nb: "\(number). gang", en: "time \(number)")
    }
    public static let followUp = Translation(
        nn: "Oppfølging frå tidlegare møte", nb: "Oppfølging fra tidligere møter", en: "Follow-up from earlier meetings")
    public static let notHandled = Translation(nn: "ikkje handsama", nb: "ikke behandlet", en: "not handled")
    public static let reviewOf = Translation(nn: "Evaluering av", nb: "Evaluering av", en: "Review of")

    /// What the follow-up chose for an earlier action.
    public static func followedUp(_ status: ActionStatus) -> Translation {
        switch status {
        case .done: Translation(nn: "utført", nb: "utført", en: "done")
        case .open: Translation(nn: "ført vidare", nb: "ført videre", en: "carried on")
        case .cancelled: Translation(nn: "avlyst", nb: "avlyst", en: "cancelled")
        }
    }

    static func kept(nextReview: Day?) -> Translation {
        guard let nextReview else { return Translation(nn: "står ved lag", nb: "står ved lag", en: "stands") }
        return Translation(
            nn: "står ved lag, ny evaluering \(day(nextReview, .nn))", nb: "står ved lag, ny evaluering \(day(nextReview, .nb))",
            en: "stands, next review \(day(nextReview, .en))")
    }

    /// Taken up again as item number `number` of this meeting (nil when that item is gone).
    static func redecided(as number: Int?) -> Translation {
        guard let number else { return Translation(nn: "teken opp att", nb: "tatt opp igjen", en: "taken up again") }
        return Translation(nn: "teken opp att som sak \(number)", nb: "tatt opp igjen som sak \(number)", en: "taken up again as item \(number)")
    }

    public static let actions = Translation(nn: "Oppfølgingspunkt", nb: "Oppfølgingspunkter", en: "Actions")
    public static let what = Translation(nn: "Kva", nb: "Hva", en: "What")
    public static let who = Translation(nn: "Kven", nb: "Hvem", en: "Who")
    public static let due = Translation(nn: "Frist", nb: "Frist", en: "Due")
    public static let notes = Translation(nn: "Notat", nb: "Notater", en: "Notes")
    public static let reason = Translation(nn: "Grunn", nb: "Begrunnelse", en: "Reason")
    public static let minutes = Translation(nn: "Referat", nb: "Referat", en: "Minutes")
    public static let notHeld = Translation(nn: "Møtet er ikkje halde enno.", nb: "Møtet er ikke holdt ennå.", en: "The meeting has not been held yet.")
    public static let inProgress = Translation(
        nn: "Møtet er ikkje avslutta; referatet viser stoda no.", nb: "Møtet er ikke avsluttet; referatet viser status nå.",
        en: "The meeting is not closed; these minutes show it as it stands.")
    public static let generated = Translation(nn: "Laga frå møteloggen", nb: "Laget fra møteloggen", en: "Generated from the meeting log")
    /// “1 hending”, “12 hendingar”: a count of log events.
    public static func events(_ count: Int) -> Translation {
        count == 1
            ? Translation(nn: "1 hending", nb: "1 hendelse", en: "1 event")
            : Translation(nn: "\(count) hendingar", nb: "\(count) hendelser", en: "\(count) events")
    }
    public static let none = Translation(nn: "ingen", nb: "ingen", en: "none")
    /// A summary's section with nothing in it.
    public static let nothing = Translation(nn: "Ingen.", nb: "Ingen.", en: "None.")
    public static let minutesUnit = Translation(nn: "min", nb: "min", en: "min")
}
