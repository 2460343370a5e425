import Testing

@testable import RundeCore

@Suite struct DraftAgendaTextTests {
    @Test func draftsWrittenAsAgendaTextReadBack() throws {
        let drafts = [
            ItemDraft(kind: .information, title: "Nytt frå leiinga 😀", owner: "kari", timebox: 10),
            ItemDraft(
                kind: .decision, title: "Heimekontor: prøveordning", owner: "ola", text: "Bakgrunn.\n\nAndre avsnitt.",
                proposal: "Vi prøver.\nI tre månader.", timebox: 25, infoDrøft: true, replaces: "2026-09-14-1400-teammote#s2"),
            ItemDraft(kind: .session, title: "Overlevering", owner: "per", timebox: 45, recipe: "okt-kort"),
            ItemDraft(kind: .ourProblem, title: "Pårørande", owner: "siri", exemption: "offl. § 13 jf. fvl. § 13", recipe: "vaart-problem"),
            ItemDraft(kind: .discussion, title: "Vikarar", owner: "ingrid"),
        ]
        for draft in drafts {
            let text = draft.agendaText
            let parsed = try AgendaParser.parse(text, file: "sak", recipes: .builtIn).get()
            #expect(parsed == [draft], "\(text)")
        }
        #expect(
            drafts[1].agendaText == """
                avgjerd: Heimekontor: prøveordning @ola 25m info/drøft erstattar:2026-09-14-1400-teammote#s2
                  Bakgrunn.

                  Andre avsnitt.
                  forslag: Vi prøver.
                  I tre månader.
                """)
    }
}
