import Foundation
import RundeCore

extension ExampleTeam {
    static let weekThirtyEightAgenda = """
        informasjon: Nytt turnusprogram frå januar @aslak 10m
          Aslak fortel kva som endrar seg når kommunen tek i bruk nytt turnusprogram.
        avgjerd: Prøveordning med heimekontor for planleggingsarbeid @ingrid 25m info/drøft
          Planleggarane har bedt om ro til planleggingsarbeidet.
          forslag: Planleggarane kan arbeide heimanfrå éin dag i veka frå 1. oktober til 31. desember.
        drøfting: Korleis tek vi imot nye vikarar? @per 20m
          Fleire vikarar har sagt at dei første vaktene er kaotiske.
        avgjerd: Fast tid for teammøtet @kari 10m
          forslag: Teammøtet er annakvar måndag kl. 14–15.
        """

    /// Week 38: information, an info/drøft decision with the union's view, a concern and an
    /// integrated objection, a discussion with the owner's conclusion, a short decision, actions,
    /// a review date, and an item added in the meeting after something said in the check-in.
    static func weekThirtyEight(_ folder: TeamFolder) throws {
        let plan = try plan(folder, "Teammøte veke 38", at: "2026-09-14 14:00", agenda: weekThirtyEightAgenda, id: "3B6E1A52-0D8E-4C55-9A0B-38A1D2C30001")
        let s = try Script(folder: folder, plan: plan)
        try s.attend(present: ["kari", "ola", "ingrid", "per", "siri", "aslak"], absent: ["marit"])
        try s.run(.openMeeting)
        try s.round(["per": "Travel helg med mange nye brukarar.", "siri": "Glad for at sola er tilbake 🌞"], passing: ["aslak"])
        // What Per said in the check-in becomes an item of its own, added at the end.
        try s.run(
            .addItem(
                ItemDraft(
                    kind: .information, title: "Mange nye brukarar i haust", owner: "per",
                    text: "Per fortel kva dei nye brukarane treng, og korleis vaktene blir fordelte.", timebox: 5),
                recipe: folder.recipes.defaultRecipe(for: .information)))

        // s1 information
        try s.run(.startItem("s1"))
        try s.next()
        try s.round(["siri": "Kjem turnusane ut på høyring til dei tillitsvalde?", "per": "Blir vaktbytte enklare?"])
        try s.note("Aslak svarte: ja, høyring i november; vaktbytte går i appen.")
        try s.next()

        // s2 decision: concern, objection integrated, new consent round, review date
        try s.run(.startItem("s2"))
        try s.next()
        try s.round(["per": "Gjeld dette berre planleggarane?"], passing: ["kari"])
        try s.next()
        try s.round(["siri": "Brukarane må kunne nå koordinator heile dagen.", "aslak": "Positivt, men vi må evaluere."])
        // The item is info/drøft: Siri gives the union's view before the team decides.
        try s.run(
            .recordUnionView("Fagforbundet støttar prøveordninga så lenge koordinatortelefonen er dekt heile dagen, og vil vere med når ho blir evaluert."))
        try s.next()
        try s.run(
            .amend(
                "Planleggarane kan arbeide heimanfrå éin fast dag i veka frå 1. oktober til 31. desember.",
                helpers: ["aslak"], reason: "Fast dag gjer det enklare å planleggje vaktene."))
        try s.next()
        try s.consentRound([
            "per": .concern("Vi må passe på belastninga for dei som er att på kontoret."),
            "siri": .objection("Brukarane og pårørande må kunne nå koordinator på telefon heile dagen."),
        ])
        try s.run(
            .integrate(
                objector: "siri", how: "Koordinatortelefonen blir vidaresend til mobil; vaktlista viser kven som er heime.",
                newProposal:
                    "Planleggarane kan arbeide heimanfrå éin fast dag i veka frå 1. oktober til 31. desember. Koordinatortelefonen blir vidaresend, og vaktlista viser kven som er heime."
            ))
        try s.run(.runRoundAgain)
        try s.consentRound(["per": .concern("Vi må passe på belastninga for dei som er att på kontoret.")])
        try s.run(.addAction(what: "Setje opp vidaresending av koordinatortelefonen", who: "ola", due: Day("2026-09-28")))
        // The team looks at the trial again at the next meeting, after two weeks of it.
        try s.run(.recordDecision(reviewDate: Day("2026-10-12")))

        // s3 discussion with the owner's conclusion
        try s.run(.startItem("s3"))
        try s.next()
        try s.round(passing: ["kari", "ola", "ingrid", "siri", "aslak"])
        try s.next()
        try s.round([
            "siri": "Ein fadder den første veka.", "ingrid": "Ei sjekkliste på éi side.",
            "aslak": "Nøklar og kodar må vere klare før første vakt.",
        ])
        try s.next()
        try s.run(.conclude("Per lagar ei sjekkliste for vikarmottak, med fadder den første veka, og legg ho fram som avgjerdssak."))
        try s.run(.addAction(what: "Lage utkast til sjekkliste for vikarmottak", who: "per", due: Day("2026-10-09")))
        try s.next()

        // s4 a quick decision
        try s.run(.startItem("s4"))
        try s.next()
        try s.round()
        try s.next()
        try s.round()
        try s.next()
        try s.next()
        try s.consentRound()
        try s.run(.recordDecision(reviewDate: nil))

        // s5, added after the check-in: information with questions
        try s.run(.startItem("s5"))
        try s.next()
        try s.round(["marit": "Treng vi fleire på kveldsvakta?"])
        try s.note("Per svarte: éin ekstra på kveldsvakta måndag og onsdag fram til november.")
        try s.next()

        try s.run(.startClosingRound)
        try s.round(["ingrid": "God flyt i dag.", "per": "Fint at innvendinga gjorde forslaget betre."])
        try s.run(.closeMeeting)
    }
}
