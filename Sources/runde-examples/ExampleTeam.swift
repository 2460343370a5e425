import Foundation
import RundeCore

enum ExampleTeam {
    static let members: [Team.Member] = [
        Team.Member(id: "kari", name: "Kari Nordvik", roles: [.facilitator]),
        Team.Member(id: "ola", name: "Ola Bakken", roles: [.scribe]),
        Team.Member(id: "ingrid", name: "Ingrid Sæbø", roles: [.purposeGuardian, .forecasting]),
        Team.Member(id: "per", name: "Per Ødegård", roles: [.safetyRepresentative]),
        Team.Member(id: "siri", name: "Siri Haugland", roles: [.unionRepresentative, .lawAndAgreements]),
        Team.Member(id: "aslak", name: "Aslak Øvrebø", roles: [.personnel, .costApproval]),
        Team.Member(id: "marit", name: "Marit Lunde", roles: [.crisisPreparedness, .costControl]),
    ]

    /// The team's working agreement (*spelereglar*), in `team.toml`.
    static let agreement = [
        "Vi byrjar og sluttar til tida.",
        "Ein snakkar om gongen, og vi lèt kvarandre snakke ferdig.",
        "Det som blir sagt om brukarar, blir verande i rommet.",
        "Telefonen ligg i lomma, med mindre du har vakttelefonen.",
    ]

    static func write(to url: URL) throws -> TeamFolder {
        let folder = try TeamFolder.create(
            at: url, name: "Heimetenesta Fjordvik", members: members,
            purpose: "Gode og trygge heimetenester for innbyggjarane i Fjordvik.", language: .nn, agreement: agreement,
            timeZone: exampleTimeZone)
        try weekThirtyEight(folder)
        try weekFortyTwo(folder)
        try PrivateFiles.write(Data(nextAgenda.utf8), to: folder.agendaURL, replacing: true)
        return folder
    }

    static func plan(
        _ folder: TeamFolder, _ title: String, at time: String, agenda: String, id: String, checkIn: String? = nil,
        place: String? = nil
    ) throws -> MeetingPlan {
        let drafts = try AgendaParser.parse(agenda, file: "agenda.txt", members: Set(members.map(\.id))).get()
        return MeetingPlan(
            id: UUID(uuidString: id) ?? UUID(), title: title, team: folder.team, agenda: drafts, scheduledAt: osloTime(time),
            following: Archive(folder: folder.meetingsURL), timeZone: folder.team.meetingTimeZone, checkIn: checkIn, place: place)
    }

    /// The agenda `make demo` plans the next meeting from.
    static let nextAgenda = """
        # Teammøte veke 48 — sakliste
        # Ei sak per line: type: tittel @sakseigar tidsramme. Innrykte liner er tekst til saka.

        informasjon: Status for vikarsjekklista @per 10m
          Per fortel korleis sjekklista har fungert dei første vekene.
        avgjerd: Faste kontaktpersonar for nye brukarar @ingrid 25m
          Nye brukarar møter mange ulike tilsette dei første vekene.
          forslag: Kvar nye brukar får ein fast kontaktperson dei første tre månadene.
        drøfting: Julebemanning 2026 @aslak 20m info/drøft
        vårt problem: Når ein brukar ikkje vil ta imot hjelp @marit 45m unnateke:offl. § 13 jf. fvl. § 13
        """
}
