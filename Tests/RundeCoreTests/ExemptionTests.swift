import Foundation
import Testing

@testable import RundeCore

/// Anything made from an exempt item (*unnateke offentlegheit*) is exempt on the same legal
/// basis until the facilitator lifts it, on the record.
@Suite struct ExemptionInheritanceTests {
    static let basis = "offl. § 13 jf. fvl. § 13"

    /// A follow-up whose first due decision was made under an exempt item.
    static func exemptReviewDue() -> [FollowUpDecision] {
        var due = Fixture.reviewDue
        due[0].exemption = basis
        return due
    }

    static func harness(items: [ItemSpec] = [], function: String = #function) throws -> Harness {
        let h = try Harness(created: Fixture.created(items: items, reviewDue: exemptReviewDue()), events: [], function: function)
        try h.openWithCheckIn()
        return h
    }

    @Test func aDecisionTakenUpAgainIsExemptAsItWas() throws {
        let h = try Self.harness()
        try h.run(.redecide(Fixture.reviewDue[0].reference, recipe: Fixture.recipe(.decision)))
        try h.run(.redecide(Fixture.reviewDue[1].reference, recipe: Fixture.recipe(.decision)))
        #expect(h.state.items.map(\.draft.exemption) == [Self.basis, nil])
    }

    @Test func anItemAddedToReviseAnExemptDecisionInheritsItsBasis() throws {
        let h = try Self.harness()
        let revisit = ItemDraft(kind: .decision, title: "Ny runde", owner: "kari", proposal: "Anna", replaces: Fixture.reviewDue[0].reference)
        try h.run(.addItem(revisit, recipe: Fixture.recipe(.decision)))
        #expect(h.state.items.last?.draft.exemption == Self.basis)
        var own = revisit
        own.exemption = "offl. § 23"
        try h.run(.addItem(own, recipe: Fixture.recipe(.decision)))
        #expect(h.state.items.last?.draft.exemption == "offl. § 23", "a basis of its own is kept")
    }

    @Test func liftingIsAnEventTheMinutesShowAndUndoCanTakeBack() throws {
        var spec = Fixture.spec("s1", .discussion)
        spec.draft.exemption = Self.basis
        let h = try Self.harness(items: [spec])
        try h.run(.liftExemption("s1", reason: "Klienten har samtykt til at saka er open."))
        let lifted = try #require(h.state.item("s1"))
        #expect(lifted.draft.exemption == nil)
        #expect(lifted.liftedExemption?.basis == Self.basis)
        #expect(lifted.liftedExemption?.by == "kari")

        let minutes = Minutes(meeting: h.state, language: .nn, source: "mote.jsonl").publicView(Exemptions())
        let markdown = try minutes.rendered(as: .md, timeZone: .gmt)
        #expect(markdown.contains("Unntaket frå offentlegheit er oppheva"))
        #expect(markdown.contains("Klienten har samtykt til at saka er open."))
        #expect(markdown.contains(spec.draft.title), "lifted: the item is public")

        try h.run(.undo)
        #expect(h.state.item("s1")?.draft.exemption == Self.basis, "undo puts the exemption back")
        #expect(h.state.item("s1")?.liftedExemption == nil)
        let again = try Minutes(meeting: h.state, language: .nn, source: "mote.jsonl").publicView(Exemptions()).rendered(as: .md, timeZone: .gmt)
        #expect(!again.contains(spec.draft.title))
    }

    @Test func anEditKeepsTheExemptionAndAnOldLogThatDroppedItKeepsItToo() throws {
        var spec = Fixture.spec("s1", .discussion)
        spec.draft.exemption = Self.basis
        var edited = spec
        edited.draft.title = "Ny tittel"
        edited.draft.exemption = nil
        // A log written before edits were checked: the edit left the basis out.
        let h = try Harness(created: Fixture.created(items: [spec]), events: [.itemEdited(edited)])
        #expect(h.state.item("s1")?.title == "Ny tittel")
        #expect(h.state.item("s1")?.draft.exemption == Self.basis)
    }

    @Test func theArchiveCarriesTheBasisIntoTheNextMeeting() throws {
        let folder = try temporaryFolder("archive-exemption")
        var shut = ItemDraft(kind: .decision, title: "Tiltak for ein brukar", owner: "kari", proposal: "Dobbelbemanning.")
        shut.exemption = Self.basis
        let open = ItemDraft(kind: .decision, title: "Ope tiltak", owner: "kari", proposal: "Ny vaktliste.")
        let team = Team(name: "Heimetenesta Fjordvik", members: Fixture.members.map { Team.Member(id: $0.id, name: $0.name, roles: $0.roles) })
        let earlier = try ArchiveScript(folder: folder, team: team, name: "forste", day: "2026-09-14", agenda: [shut, open])
        try earlier.openAndCheckIn()
        for id: ItemID in ["s1", "s2"] {
            try earlier.submit(.startItem(id))
            try earlier.submit(.addAction(what: "Gjer noko med \(id)", who: "per", due: nil))
            try earlier.finishActiveItem(note: "Notat", review: Day("2026-10-01"))
        }

        var revisit = ItemDraft(
            kind: .decision, title: "Tiltaket på nytt", owner: "kari", proposal: "Anna", replaces: DecisionRef(meeting: earlier.name, item: "s1"))
        revisit.timebox = 10
        let later = try ArchiveScript(folder: folder, team: team, name: "andre", day: "2026-10-12", agenda: [revisit])
        let state = later.state
        #expect(state.items.first?.draft.exemption == Self.basis, "an agenda item that revisits an exempt decision")
        #expect(state.followUp.map(\.exemption) == [Self.basis, nil])
        #expect(state.reviewDue.map(\.exemption) == [Self.basis, nil])
        #expect(Archive(folder: folder).actions.map(\.exemption) == [Self.basis, nil])
    }
}

/// A meeting written to a team folder through the writer, planned from the folder's earlier
/// meetings as `runde new` plans one.
struct ArchiveScript {
    let writer: MeetingLogWriter
    let name: String

    init(folder: URL, team: Team, name: String, day: String, agenda: [ItemDraft]) throws {
        let date = try #require(ISO8601DateFormatter().date(from: "\(day)T12:00:00Z"))
        let plan = MeetingPlan(title: name, team: team, agenda: agenda, scheduledAt: date, following: Archive(folder: folder), timeZone: .gmt)
        self.name = "\(day)-1200-\(name)"
        writer = try MeetingLogWriter.create(
            at: folder.appendingPathComponent("\(self.name).jsonl"), try plan.created(recipes: .builtIn), by: "kari", clock: { date })
    }

    var state: MeetingState { writer.meeting.state }

    func submit(_ command: Command) throws { try writer.submit(command, by: "kari") }

    func openAndCheckIn() throws {
        for member in state.participants { try submit(.setAttendance(member.id, .present)) }
        try submit(.openMeeting)
        try everyoneSpeaks()
    }

    func everyoneSpeaks() throws {
        while let round = state.openRound, let speaker = round.speaker {
            try submit(round.purpose == .consent ? .answer(speaker, .consent) : .speak(speaker))
        }
    }

    /// Runs the active item through the rest of its recipe, with `note` written in its first
    /// round and as its conclusion, and `review` as a decision's review date.
    func finishActiveItem(note: String, review: Day?) throws {
        var noted = false
        while let item = state.activeItem {
            if state.openRound != nil {
                if !noted {
                    try submit(.addNote("\(note) (i runden)", speaker: state.openRound?.speaker))
                    noted = true
                }
                try everyoneSpeaks()
                continue
            }
            switch item.currentStep?.mode {
            case .consent: try submit(.recordDecision(reviewDate: review))
            case .conclusion where item.conclusion == nil: try submit(.conclude(note))
            default: try submit(.nextStep)
            }
        }
    }

    func close() throws {
        try submit(.startClosingRound)
        try everyoneSpeaks()
        try submit(.closeMeeting)
    }
}

/// Random meetings with random exempt items, and a later meeting that touches them in every way
/// it can: its follow-up of their actions and decisions, taking a decision up again, an agenda
/// item and an added item that revisit one, actions and notes under what was made from them,
/// and marking that is lifted and taken back. Public minutes in Markdown, HTML and JSON never
/// hold a word of an exempt item — with the earlier logs at hand, and without them.
@Suite struct ExemptionPropertyTests {
    static let team = Team(name: "Heimetenesta Fjordvik", members: Fixture.members.map { Team.Member(id: $0.id, name: $0.name, roles: $0.roles) })

    /// The word every text of an exempt matter carries; open matters carry `OPENWORD`.
    static func secret(_ n: Int) -> String { "ZZSECRET\(n)ZZ" }
    static let openWord = "OPENWORD"

    @Test(arguments: 0..<24)
    func publicMinutesNeverHoldAnExemptWord(seed: Int) throws {
        let folder = try temporaryFolder("exemption-property-\(seed)")
        try Self.writeArchive(seed: seed, in: folder)

        let archive = Archive(folder: folder)
        #expect(archive.damaged.isEmpty)
        for meeting in archive.meetings {
            let loaded = try MeetingLog.read(meeting.url)
            let minutes = Minutes(meeting: loaded.state, language: .nn, source: loaded.url.lastPathComponent)
            let full = try minutes.rendered(as: .json, timeZone: .gmt)
            #expect(full.contains(Self.openWord), "the test writes open words")
            let exempt = loaded.state.items.contains { $0.draft.exemption != nil } || loaded.state.followUp.contains { $0.exemption != nil }
            #expect(!exempt || full.contains("ZZSECRET"), "the internal minutes keep what is exempt")
            for others in [Exemptions(archive: archive), Exemptions()] {
                for format in MinutesFormat.allCases {
                    let text = try minutes.publicView(others).rendered(as: format, timeZone: .gmt)
                    #expect(!text.contains("ZZSECRET"), "seed \(seed): \(loaded.name) as public \(format) holds an exempt word")
                    #expect(text.contains(Self.openWord), "seed \(seed): public \(format) still shows the open items")
                }
            }
        }
    }

    /// Writes the two meetings of `seed` to `folder`: the earlier one with items of every kind,
    /// some exempt, and the later one that touches them in every way it can (see the suite).
    static func writeArchive(seed: Int, in folder: URL) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        var counter = 0
        func marker(exempt: Bool) -> String {
            counter += 1
            return exempt ? Self.secret(counter) : "\(Self.openWord)\(counter)"
        }

        // The earlier meeting: items of every kind, some exempt, each handled to its end with
        // notes, actions and concerns that speak of the matter.
        var earlierAgenda: [ItemDraft] = []
        var words: [ItemID: String] = [:]
        for index in 0..<(3 + random.below(4)) {
            let exempt = random.chance(50)
            let word = marker(exempt: exempt)
            let kind = random.pick(ItemKind.allCases)
            words[ItemID("s\(index + 1)")] = word
            earlierAgenda.append(
                ItemDraft(
                    kind: kind, title: "Sak \(word)", owner: random.pick(["kari", "ola", "per"]), text: "Bakgrunn \(word)",
                    proposal: kind == .decision ? "Forslag \(word)" : nil, exemption: exempt ? "offl. § 13" : nil))
        }
        let earlier = try ArchiveScript(folder: folder, team: Self.team, name: "forste", day: "2026-09-14", agenda: earlierAgenda)
        try earlier.openAndCheckIn()
        for item in earlier.state.items {
            let word = words[item.id] ?? ""
            try earlier.submit(.startItem(item.id))
            if random.chance(70) { try earlier.submit(.addAction(what: "Tiltak \(word)", who: random.pick(["ola", "per"]), due: nil)) }
            try earlier.finishActiveItem(note: "Notat \(word)", review: Day("2026-10-01"))
        }
        try earlier.submit(.addNote("Laust notat \(Self.openWord)", speaker: nil))
        try earlier.close()

        // The later meeting: its own items, and agenda items that revisit earlier decisions.
        let decided = earlier.state.items.filter { $0.decision != nil }
        var laterAgenda: [ItemDraft] = []
        for _ in 0..<(1 + random.below(3)) {
            let exempt = random.chance(50)
            let word = marker(exempt: exempt)
            laterAgenda.append(
                ItemDraft(kind: .discussion, title: "Ny sak \(word)", owner: "kari", text: "Om \(word)", exemption: exempt ? "offl. § 24" : nil))
        }
        var planned: Set<ItemID> = []
        for item in decided where random.chance(30) {
            planned.insert(item.id)
            let word = words[item.id] ?? ""
            laterAgenda.append(
                ItemDraft(
                    kind: .decision, title: "Endre \(word)", owner: "kari", proposal: "Nytt forslag om \(word)",
                    replaces: DecisionRef(meeting: earlier.name, item: item.id)))
        }
        let later = try ArchiveScript(folder: folder, team: Self.team, name: "andre", day: "2026-10-12", agenda: laterAgenda)
        var sourceWord: [ItemID: String] = [:]
        for item in later.state.items {
            sourceWord[item.id] = item.draft.replaces.flatMap { $0.item }.flatMap { words[$0] } ?? item.title.components(separatedBy: " ").last
        }
        try later.openAndCheckIn()

        for carried in later.state.followUp { try later.submit(.setFollowUpStatus(carried.reference, random.pick(ActionStatus.allCases))) }
        for due in later.state.reviewDue {
            let word = words[due.decision.item] ?? ""
            switch random.below(3) {
            case 0: try later.submit(.keepDecision(due.reference, nextReview: nil))
            case 1:
                try later.submit(.redecide(due.reference, recipe: Fixture.recipe(.decision)))
                if let added = later.state.items.last { sourceWord[added.id] = word }
            default:
                let revisit = ItemDraft(kind: .decision, title: "Vidare med \(word)", owner: "ola", proposal: "Anna om \(word)", replaces: due.reference)
                try later.submit(.addItem(revisit, recipe: Fixture.recipe(.decision)))
                if let added = later.state.items.last { sourceWord[added.id] = word }
            }
        }

        // Marking that is lifted or edited and then taken back leaves the item exempt.
        for item in later.state.items where item.draft.exemption != nil && random.chance(50) {
            if random.chance(50) {
                try later.submit(.liftExemption(item.id, reason: "Ved ein feil"))
            } else {
                var draft = item.draft
                draft.title += " (endra)"
                try later.submit(.editItem(item.id, draft, recipe: Fixture.recipe(item.kind)))
            }
            try later.submit(.undo)
        }

        for item in later.state.items where item.status == .pending {
            let word = sourceWord[item.id] ?? ""
            try later.submit(.startItem(item.id))
            try later.submit(.addAction(what: "Følgje opp \(word)", who: "per", due: nil))
            try later.finishActiveItem(note: "Notat om \(word)", review: nil)
        }
        try later.submit(.addNote("Laust notat \(Self.openWord)", speaker: nil))
        try later.close()
    }
}
