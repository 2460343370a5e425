import Foundation
import Testing

@testable import RundeCore

/// Info/drøft with the union: the union representative's view recorded on its own, shown in the
/// minutes, and the decisions of info/drøft items listed apart.
struct UnionViewTests {
    static var items: [ItemSpec] {
        var consulted = Fixture.spec("s1", .discussion)
        consulted.draft.infoDrøft = true
        return [consulted, Fixture.spec("s2", .information)]
    }

    @Test func theUnionsViewIsRecordedOnAnInfoDrøftItemEvenInARound() throws {
        let h = try Harness(items: Self.items)
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.nextStep)
        #expect(h.state.openRound != nil)
        try h.run(.recordUnionView("  Vi vil bli tekne med i evalueringa.  "), by: "ola")
        #expect(h.state.item("s1")?.unionViews == ["Vi vil bli tekne med i evalueringa."])
        try h.refuse(.recordUnionView(" "), .emptyText)
        try h.run(.undo)
        #expect(h.state.item("s1")?.unionViews == [])
    }

    @Test func notOnAnItemNotMarkedNorBetweenItems() throws {
        let h = try Harness(items: Self.items)
        try h.openWithCheckIn()
        try h.refuse(.recordUnionView("Syn"), .noActiveItem)
        try h.run(.startItem("s2"))
        try h.refuse(.recordUnionView("Syn"), .notInfoDrøft("s2"))
    }

    @Test func theMinutesShowTheUnionsView() throws {
        let h = try Harness(items: Self.items)
        try h.openWithCheckIn()
        try h.run(.startItem("s1"))
        try h.run(.recordUnionView("Vi støttar dette."))
        let minutes = Minutes(meeting: h.state, language: .nn)
        let markdown = MarkdownMinutes.render(minutes, timeZone: .gmt)
        #expect(markdown.contains("### Tillitsvalde sitt syn\n\n- Vi støttar dette."))
        #expect(HTMLMinutes.render(minutes, timeZone: .gmt).contains("Tillitsvalde sitt syn"))
        let decoded = try JSONMinutes.read(Data(try JSONMinutes.render(minutes, timeZone: .gmt).utf8))
        #expect(decoded.items.first?.content?.unionViews == ["Vi støttar dette."])
        #expect(Minutes(meeting: h.state, language: .nn).items.last?.content?.unionViews == nil)
    }

    @Test func whichUnionRepresentativesArePresent() throws {
        let h = try Harness(items: Self.items)
        try h.attend()
        var state = h.state
        #expect(state.unionRepresentativesPresent.isEmpty, "the fixture team has no tillitsvald")
        state.participants[1].roles.append(.unionRepresentative)
        #expect(state.unionRepresentativesPresent.map(\.id) == ["ola"])
        state.participants[1].attendance = .absent
        #expect(state.unionRepresentativesPresent.isEmpty)
    }
}

/// `runde decisions --info-droft`: only decisions of items marked info/drøft.
struct InfoDrøftQueryTests {
    @Test func onlyDecisionsOfInfoDrøftItems() throws {
        var consulted = Fixture.spec("s1", .decision, proposal: "Vi prøver heimekontor.")
        consulted.draft.infoDrøft = true
        let h = try Harness(items: [consulted, Fixture.spec("s2", .decision, proposal: "Ny turnus.")])
        try h.openWithCheckIn()
        for id: ItemID in ["s1", "s2"] {
            try h.run(.startItem(id))
            try h.walkDecisionToConsent()
            try h.everyoneConsents()
            try h.run(.recordDecision(reviewDate: nil))
            if h.state.activeItemID != nil { try h.run(.nextStep) }
        }
        let archive = Archive(folder: h.url.deletingLastPathComponent())
        let today = Day(Date(), in: .gmt)
        #expect(DecisionQuery().apply(to: archive, today: today).count == 2)
        #expect(DecisionQuery(infoDrøft: true).apply(to: archive, today: today).map(\.item.id) == ["s1"])
    }
}
