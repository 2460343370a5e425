import Foundation
import Testing

@testable import RundeCore

/// A meeting in which every field of the exempt items carries its own marker, so a leak into
/// public minutes names the field it came from.
private enum Secret {
    static let basis = "offl. § 13 jf. fvl. § 13"
    /// The meeting's name: the harness writes `mote.jsonl`.
    static let meetingName = "mote"

    static let title = "QX-title"
    static let text = "QX-presented-text"
    static let ugild = "QX-ugild-reason"
    static let itemNote = "QX-item-note"
    static let roundNote = "QX-round-note"
    static let amendment = "QX-amendment-text"
    static let amendmentReason = "QX-amendment-reason"
    static let objection = "QX-objection-reason"
    static let integration = "QX-integration"
    static let decision = "QX-decision-text"
    static let concern = "QX-concern"
    static let action = "QX-action-what"
    static let reviewDate = "2031-01-01"
    /// The review date as Markdown and HTML write it.
    static let reviewDay = "01.01.2031"
    static let discussionTitle = "QX-discussion-title"
    static let conclusion = "QX-conclusion"
    static let viewNote = "QX-view-note"
    static let postponedTitle = "QX-postponed-title"
    static let proposal = "QX-proposal"
    static let endReason = "QX-end-reason"
    static let followUp = "QX-carried-from-an-exempt-item"
    static let unknownFollowUp = "QX-carried-from-an-unknown-meeting"
    static let strayNote = "QX-stray-note"
    static let reviewTitle = "QX-review-of-an-exempt-decision"
    static let reviewText = "QX-exempt-decision-text"
    /// The open item's reference to the exempt decision it revisits.
    static let revisited = "\(meetingName)#s2"
    /// The exempt item of an earlier meeting, as the archive knows its title.
    static let earlierTitle = "QX-earlier-exempt-item-title"

    static let all = [
        title, text, ugild, itemNote, roundNote, amendment, amendmentReason, objection, integration, decision, concern, action, reviewDate,
        discussionTitle, conclusion, viewNote, postponedTitle, proposal, endReason, followUp, unknownFollowUp, strayNote, revisited,
        reviewTitle, reviewText, earlierTitle, reviewDay,
    ]

    /// What public minutes must still show.
    static let open = [
        "Open information item", "Open decision item", "Open follow-up", "Open loose note", "Open action", "Open check-in note", "Open review",
        "Open earlier item", "Teammøte veke 41",
    ]

    /// The exempt items of the two earlier meetings the follow-up comes from.
    static let earlier = Exemptions(["veke-40": ["s2": basis], "veke-41": [:]])

    /// The titles of the two earlier meetings and their items, as the archive gives them.
    static let titles = MeetingTitles([
        "veke-40": .init(title: "Teammøte veke 40", day: Fixture.day("2026-10-05"), items: ["s1": "Open", "s2": earlierTitle]),
        "veke-41": .init(title: "Teammøte veke 41", day: Fixture.day("2026-10-12"), items: ["s1": "Open earlier item"]),
    ])

    static func spec(
        _ id: ItemID, _ kind: ItemKind, _ title: String, text: String = "", proposal: String? = nil, exempt: Bool = false, replaces: DecisionRef? = nil
    )
        -> ItemSpec
    {
        let draft = ItemDraft(
            kind: kind, title: title, owner: "kari", text: text, proposal: proposal, timebox: 10, exemption: exempt ? basis : nil, replaces: replaces)
        return ItemSpec(id: id, draft: draft, steps: Fixture.recipe(kind).steps)
    }

    /// Follow-up from an open and an exempt item of known meetings, and from a meeting not known.
    static let carried = [
        FollowUpAction(meeting: "veke-41", action: Action(id: "a1", what: "Open follow-up", who: "ola", due: nil, item: "s1")),
        FollowUpAction(meeting: "veke-40", action: Action(id: "a3", what: followUp, who: "per", due: nil, item: "s2")),
        FollowUpAction(meeting: "veke-39", action: Action(id: "a1", what: unknownFollowUp, who: "per", due: nil, item: "s4")),
    ]

    /// Decisions due for review: one of an exempt item, one of an open item.
    static let reviewDue = [
        FollowUpDecision(
            meeting: "veke-40", title: reviewTitle, reviewDate: Fixture.day("2026-11-01"), decision: Fixture.decision("s2", owner: "kari", reviewText)),
        FollowUpDecision(
            meeting: "veke-41", title: "Open review", reviewDate: Fixture.day("2026-11-01"), decision: Fixture.decision("s1", owner: "kari", "Open decision")),
    ]

    /// The meeting, closed, with every item handled.
    static func state() throws -> MeetingState {
        var created = Fixture.created(items: [
            spec("s1", .information, "Open information item"),
            spec("s2", .decision, title, text: text, proposal: "QX-first-proposal", exempt: true),
            spec("s3", .decision, "Open decision item", proposal: "Open proposal", replaces: DecisionRef(rawValue: revisited)),
            spec("s4", .discussion, discussionTitle, exempt: true),
            spec("s5", .decision, postponedTitle, proposal: proposal, exempt: true),
        ])
        created.followUp = carried
        created.reviewDue = reviewDue
        let h = try Harness(created: created, events: [])
        try h.attend()
        try h.run(.openMeeting)
        try h.run(.addNote("Open check-in note", speaker: "per"))
        try h.everyoneSpeaks()
        try h.run(.addNote("Open loose note", speaker: nil))

        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.addAction(what: "Open action", who: "ola", due: nil))
        try h.run(.nextStep)

        try h.run(.startItem("s2"))
        try h.run(.declareUgild("per", item: "s2", reason: ugild))
        try h.run(.addNote(itemNote, speaker: nil))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.addNote(roundNote, speaker: "ingrid"))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.run(.amend(amendment, helpers: ["ola"], reason: amendmentReason))
        try h.run(.nextStep)
        try h.run(.answer("kari", .consent))
        try h.run(.answer("ola", .concern(concern)))
        try h.run(.answer("ingrid", .objection(objection)))
        try h.run(.integrate(objector: "ingrid", how: integration, newProposal: decision))
        try h.run(.runRoundAgain)
        try h.run(.answer("kari", .consent))
        try h.run(.answer("ola", .concern(concern)))
        try h.run(.answer("ingrid", .consent))
        try h.run(.addAction(what: action, who: "kari", due: Day("2030-12-24")))
        try h.run(.recordDecision(reviewDate: Day(reviewDate)))

        try h.run(.startItem("s3"))
        try h.walkDecisionToConsent()
        try h.everyoneConsents()
        try h.run(.recordDecision(reviewDate: nil))

        try h.run(.startItem("s4"))
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.nextStep)
        try h.everyoneSpeaks()
        try h.run(.addNote(viewNote, speaker: "ola"))
        try h.run(.nextStep)
        try h.run(.conclude(conclusion))
        try h.run(.nextStep)

        try h.run(.startItem("s5"))
        try h.run(.postponeItem(reason: endReason))

        try h.run(.startClosingRound)
        try h.everyoneSpeaks()
        try h.run(.closeMeeting)

        // A note filed under an exempt item but in the check-in round: no command writes one,
        // but a log from another tool might, and public minutes must not show it either.
        var state = h.state
        let checkIn = try #require(state.rounds.first)
        state.notes.append(Note(seq: state.lastSeq + 1, text: strayNote, item: "s2", round: checkIn.id, speaker: nil, by: "ola", at: state.scheduledAt))
        return state
    }

    static func minutes() throws -> Minutes { Minutes(meeting: try state(), language: .nn, source: "\(meetingName).jsonl", titles: titles) }
}

/// The minutes in every format.
private func formats(_ minutes: Minutes) throws -> [(MinutesFormat, String)] {
    try MinutesFormat.allCases.map { ($0, try minutes.rendered(as: $0, timeZone: .gmt)) }
}

@Suite struct PublicMinutesTests {
    @Test func internalMinutesShowEveryMarker() throws {
        for (format, text) in try formats(try Secret.minutes()) {
            // Markdown and HTML show what the minutes are for, days as 01.01.2031; JSON carries every field, days as 2031-01-01.
            let expected = Secret.all.filter { format == .json ? $0 != Secret.reviewDay : $0 != Secret.amendmentReason && $0 != Secret.reviewDate }
            #expect(expected.filter { !text.contains($0) } == [], "internal \(format) lacks these: the leak test would prove nothing for them")
            #expect(text.contains(Secret.basis))
        }
    }

    @Test func publicMinutesLeakNothingOfAnExemptItem() throws {
        let view = try Secret.minutes().publicView(Secret.earlier)
        for (format, text) in try formats(view) {
            #expect(Secret.all.filter { text.contains($0) } == [], "public \(format) shows these")
            #expect(Secret.open.filter { !text.contains($0) } == [], "public \(format) lost these, which are not exempt")
            #expect(text.contains(Secret.basis), "public \(format) must name the legal basis")
        }
    }

    @Test func anExemptItemBecomesAPlaceholderInItsPlace() throws {
        let view = try Secret.minutes().publicView(Secret.earlier)
        #expect(view.isPublic)
        #expect(view.items.map(\.number) == [1, 2, 3, 4, 5])
        #expect(view.items.map { $0.content == nil } == [false, true, false, true, true])
        #expect(view.items.map(\.exemption) == [nil, Secret.basis, nil, Secret.basis, Secret.basis])
        #expect(view.actions.map(\.what) == ["Open action"])
        #expect(view.followUp.map(\.action.what) == ["Open follow-up"])
        #expect(view.items[2].content?.replaces == nil)

        let markdown = MarkdownMinutes.render(view, timeZone: .gmt)
        #expect(
            markdown.contains(
                "## 2. Unnateke offentlegheit\n\nSaka er unnateke offentlegheit og er ikkje med i det offentlege referatet. Heimel: \(Secret.basis)\n"))
        #expect(markdown.contains("_Offentleg referat: saker som er unnatekne offentlegheit, er tekne ut._"))
        #expect(markdown.contains("## 3. Avgjerdssak: Open decision item"))
        let english = MarkdownMinutes.render(
            try Minutes(meeting: Secret.state(), language: .en, source: "mote.jsonl").publicView(Secret.earlier), timeZone: .gmt)
        #expect(
            english.contains(
                "## 4. Exempt from public disclosure\n\nThis item is exempt from public disclosure and is left out of the public minutes. Legal basis: \(Secret.basis)"
            ))
    }

    @Test func aRevisitedDecisionThatIsOpenStaysLinked() throws {
        var minutes = try Secret.minutes()
        minutes.items[2].content?.replaces = DecisionRef(meeting: "veke-40", item: "s1")
        #expect(minutes.publicView(Secret.earlier).items[2].content?.replaces == DecisionRef(meeting: "veke-40", item: "s1"))
        minutes.items[2].content?.replaces = DecisionRef(meeting: "veke-40", item: "s2")
        let inherited = minutes.publicView(Secret.earlier).items[2]
        #expect(inherited.content == nil, "an item that revisits an exempt decision is exempt with it, even in a log that does not say so")
        #expect(inherited.exemption == Secret.basis)
        minutes.items[2].content?.liftedExemption = LiftedExemption(basis: Secret.basis, reason: "Ope no", by: "kari", at: Date())
        #expect(minutes.publicView(Secret.earlier).items[2].content?.replaces == nil, "lifted: shown, without the exempt reference")
        #expect(minutes.publicView(Secret.earlier).items[2].content?.liftedExemption?.reason == "Ope no")
        minutes.items[2].content?.replaces = DecisionRef(meeting: "veke-39", item: "s1")
        #expect(minutes.publicView(Secret.earlier).items[2].content?.replaces == nil, "a meeting not known cannot vouch for it")
    }

    @Test func exemptionsAreReadFromEveryMeetingInAnArchive() throws {
        let folder = try temporaryFolder()
        _ = try MeetingLogWriter.create(
            at: folder.appendingPathComponent("veke-40.jsonl"),
            Fixture.created(items: [Secret.spec("s1", .information, "Open"), Secret.spec("s2", .information, "Shut", exempt: true)]), by: "kari")
        try Data("not a log\n".utf8).write(to: folder.appendingPathComponent("veke-39.jsonl"))
        let exemptions = Exemptions(archive: Archive(folder: folder))
        #expect(exemptions.items == ["veke-40": ["s2": Secret.basis]])
        #expect(exemptions.basis(of: DecisionRef(meeting: "veke-40", item: "s2")) == Secret.basis)
        #expect(exemptions.withhold(DecisionRef(meeting: "veke-40", item: "s2")))
        #expect(!exemptions.withhold(DecisionRef(meeting: "veke-40", item: "s1")))
        #expect(exemptions.withhold(DecisionRef(meeting: "veke-39", item: "s1")), "a damaged log's items are withheld")
        #expect(exemptions.withhold(DecisionRef(rawValue: "veke-40")), "a reference without an item is withheld")
    }

    @Test func aReferenceToAnExemptItemNeverShowsItsTitle() throws {
        let minutes = try Secret.minutes()
        #expect(minutes.references["veke-40#s2"]?.itemTitle == Secret.earlierTitle, "the internal minutes name it")
        let view = minutes.publicView(Secret.earlier)
        #expect(view.references.keys.sorted() == ["veke-41#s1"], "only the references to open items of known meetings are left")
        for (format, text) in try formats(view) {
            #expect(!text.contains(Secret.earlierTitle), "public \(format) names an exempt item through a reference")
            #expect(text.contains("Open earlier item"), "public \(format) lost the title of an open item")
        }
    }

    @Test func publicViewIsIdempotent() throws {
        let view = try Secret.minutes().publicView(Secret.earlier)
        #expect(view.publicView(Secret.earlier) == view)
    }
}
