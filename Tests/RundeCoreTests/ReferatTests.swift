import Foundation
import Testing

@testable import RundeCore

/// The minutes read as a municipal *referat*: a header, what was decided and who does what
/// first, compact rounds, and references by title and day.
@Suite struct ReferatTests {
    /// The earlier meeting the fixture's follow-up and review come from, as the archive knows it.
    static let titles = MeetingTitles([
        Fixture.earlierMeeting: .init(
            title: "Teammøte veke 46", day: Fixture.day("2026-11-09"),
            items: ["s2": "Nøkkelboksar til heimebuande", "s3": "Fast tid for teammøtet", "s4": "Nøkkelboksar med kode"])
    ])

    /// A closed meeting: Per absent, a decision with a review date and an action, Ingrid passing once.
    static func minutes(language: Language = .nn, titles: MeetingTitles = titles) throws -> Minutes {
        let h = try Harness(items: [Fixture.spec("s1", .information), Fixture.spec("s2", .decision, proposal: "Vi prøver.")])
        try h.attend(["kari", "ola", "ingrid"])
        try h.run(.setAttendance("per", .absent))
        try h.run(.openMeeting)
        try h.everyoneSpeaks()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.run(.speak("kari"))
        try h.run(.speak("ola"))
        try h.run(.pass("ingrid"))
        try h.run(.nextStep)
        try h.run(.startItem("s2"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.addAction(what: "Kjøpe inn", who: "ola", due: Day("2026-12-01")))
        try h.run(.recordDecision(reviewDate: Day("2027-03-01")))
        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.closeMeeting)
        return Minutes(meeting: h.state, language: language, source: "mote.jsonl", titles: titles)
    }

    static func markdown(_ minutes: Minutes) -> String { MarkdownMinutes.render(minutes, timeZone: .gmt) }

    @Test func theHeaderSaysWhoWhenAndInWhichRole() throws {
        let text = Self.markdown(try Self.minutes())
        #expect(text.contains("- Team: Heimetenesta Fjordvik\n"))
        #expect(text.contains("- Dato: 18.11.2026\n"))
        #expect(text.contains("- Tid: 11:06–"))
        #expect(text.contains("- Til stades: Kari Nordvik (fasilitator), Ola Å. Bø (skrivar), Ingrid Sæther 😀 (verneombod)\n"))
        #expect(text.contains("- Fråverande: Per Ødegård\n"))
        #expect(text.contains("- Møteleiar: Kari Nordvik\n- Referent: Ola Å. Bø\n"))
        let english = Self.markdown(try Self.minutes(language: .en))
        #expect(english.contains("- Date: 2026-11-18\n"))
        #expect(english.contains("- Absent: Per Ødegård\n"))
        #expect(english.contains("- Chair: Kari Nordvik\n- Minutes taken by: Ola Å. Bø\n"))
        #expect(Self.markdown(try Self.minutes(language: .nb)).contains("- Møteleder: Kari Nordvik\n- Referent: Ola Å. Bø\n"))
    }

    @Test func theSummaryListsEveryDecisionAndActionBeforeTheFirstItem() throws {
        for format in MinutesFormat.allCases where format != .json {
            let text = try Self.minutes().rendered(as: format, timeZone: .gmt)
            let firstItem = try #require(text.range(of: "1. Informasjonssak"))
            for expected in ["Samandrag", "Sak 2", "Sak s2: decision — æøå", "Vi prøver.", "Evaluerast: 01.03.2027", "Kjøpe inn", "01.12.2026"] {
                let found = try #require(text.range(of: expected), "\(format) lacks \(expected)")
                #expect(found.lowerBound < firstItem.lowerBound, "\(format): \(expected) comes after the first item")
            }
        }
        #expect(Self.markdown(try Self.minutes()).components(separatedBy: "| Kjøpe inn |").count == 3, "in the summary and in its item, once each")
    }

    @Test func aRoundEveryoneHadTheirTurnInIsOneLineNamingWhoPassed() throws {
        let text = Self.markdown(try Self.minutes())
        #expect(text.contains("## Innsjekk\n\nRunde: alle fekk ordet.\n"))
        #expect(text.contains("### Oppklarande spørsmål\n\nRunde: alle fekk ordet; Ingrid Sæther 😀 stod over.\n"))
        #expect(text.contains("### Samtykkerunde\n\nRunde: alle samtykte.\n"))
        #expect(!text.contains("Hadde ordet"))
        #expect(Self.markdown(try Self.minutes(language: .nb)).contains("Runde: alle fikk ordet; Ingrid Sæther 😀 sto over.\n"))
        #expect(Self.markdown(try Self.minutes(language: .en)).contains("Round: everyone had the floor; Ingrid Sæther 😀 passed.\n"))
    }

    @Test func whoseAttendanceNobodyMarkedIsInvitedUntilTheMeetingOpens() throws {
        let h = try Harness(items: [])
        #expect(Self.markdown(Minutes(meeting: h.state, language: .nn)).contains("- Innkalla: Kari Nordvik (fasilitator), Ola Å. Bø (skrivar), "))
        try h.attend(["kari", "ola"])
        try h.run(.openMeeting)
        let text = Self.markdown(Minutes(meeting: h.state, language: .nn))
        #expect(text.contains("- Oppmøte ikkje registrert: Ingrid Sæther 😀 (verneombod), Per Ødegård\n"))
        #expect(text.contains("## Samandrag"), "an opened meeting has its summary")
    }

    @Test func aRoundStoppedEarlyStillSaysWhoSpoke() throws {
        let h = try Harness(items: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.run(.speak("kari"))
        try h.run(.stopRound)
        let text = Self.markdown(Minutes(meeting: h.state, language: .nn))
        #expect(text.contains("Hadde ordet: Kari Nordvik\n"))
        #expect(!text.contains("alle fekk ordet"))
    }

    @Test func referencesShowTitleAndDayOfAKnownMeeting() throws {
        for format in MinutesFormat.allCases {
            let text = try Self.minutes().rendered(as: format, timeZone: .gmt)
            #expect(text.contains("Nøkkelboksar til heimebuande"), "\(format): the follow-up's item by title")
            #expect(text.contains("Teammøte veke 46"), "\(format): the meeting by title")
        }
        let markdown = Self.markdown(try Self.minutes())
        #expect(markdown.contains("Bestille nøkkelboksar — Per Ødegård (frist 20.11.2026), «Nøkkelboksar til heimebuande» (Teammøte veke 46, 09.11.2026): "))
        #expect(markdown.contains("Evaluering av «Fast tid for teammøtet» (Teammøte veke 46, 09.11.2026), evaluerast 16.11.2026: "))
        #expect(markdown.contains("Oppdatere vaktlista — Ola Å. Bø, Teammøte veke 46, 09.11.2026: "), "an action of no item: the meeting alone")
        #expect(!markdown.contains("`\(Fixture.earlierMeeting)"))
    }

    @Test func aReferenceToAMeetingNotKnownIsShownAsItIs() throws {
        let markdown = Self.markdown(try Self.minutes(titles: MeetingTitles()))
        #expect(markdown.contains("«Fast tid for teammøtet» (`\(Fixture.earlierMeeting)#s3`), evaluerast 16.11.2026: "))
        #expect(markdown.contains("(frist 20.11.2026), `\(Fixture.earlierMeeting)#s2`: "))
    }

    @Test func aRevisitedDecisionAndACarriedItemAreShownByTitle() throws {
        let earlier = { (item: ItemID) in DecisionRef(meeting: Fixture.earlierMeeting, item: item) }
        let items = [
            ItemSpec(
                id: "s1", draft: ItemDraft(kind: .decision, title: "Ny tid", owner: "kari", replaces: earlier("s3")), steps: Fixture.recipe(.decision).steps),
            ItemSpec(
                id: "s2", draft: ItemDraft(kind: .information, title: "Boksane", owner: "kari", carriedFrom: earlier("s4")),
                steps: Fixture.recipe(.information).steps),
        ]
        let h = try Harness(items: items)
        let markdown = Self.markdown(Minutes(meeting: h.state, language: .nn, titles: Self.titles))
        #expect(markdown.contains("Tek opp att avgjerda «Fast tid for teammøtet» (Teammøte veke 46, 09.11.2026)\n"))
        #expect(markdown.contains("Ført vidare frå «Nøkkelboksar med kode» (Teammøte veke 46, 09.11.2026)\n"))
    }

    @Test func titlesAreReadFromEveryMeetingInAnArchive() throws {
        let folder = try temporaryFolder()
        _ = try MeetingLogWriter.create(
            at: folder.appendingPathComponent("veke-40.jsonl"), Fixture.created(items: [Fixture.spec("s1", .information)]), by: "kari")
        let titles = MeetingTitles(archive: Archive(folder: folder), timeZone: .gmt)
        let known = try #require(titles.resolve(DecisionRef(meeting: "veke-40", item: "s1")))
        #expect(known == ReferencedItem(meetingTitle: "Teammøte veke 48", day: Fixture.day("2026-11-18"), itemTitle: "Sak s1: information — æøå"))
        #expect(titles.resolve(DecisionRef(meeting: "veke-40", item: "s9"))?.itemTitle == nil)
        #expect(titles.resolve(DecisionRef(meeting: "veke-39", item: "s1")) == nil)
    }
}
