import Foundation
import Testing

@testable import RundeCore
@testable import RundeTUI

/// `runde review` without a terminal: the example team's archive through the review state's
/// update and render.
@Suite struct ReviewTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/heimetenesta/meetings")

    func review(_ language: Language = .nn) -> ReviewState {
        ReviewState(
            archive: Archive(folder: Self.examples), team: "Heimetenesta Fjordvik", language: language,
            timeZone: TimeZone(identifier: "Europe/Oslo") ?? .gmt, today: Day("2026-11-23") ?? Day(Date(), in: .gmt))
    }

    func screen(_ state: ReviewState, _ size: Size = Size(width: 80, height: 24)) -> String { state.render(size: size).screen.snapshot }

    @Test func threeListsNewestFirst() {
        var state = review()
        #expect(state.visibleRows.map { $0.columns[1] } == ["Teammøte veke 42", "Teammøte veke 38"])
        _ = state.update(.key(.tab))
        #expect(state.list == .decisions)
        #expect(state.visibleRows.map { $0.columns[1] }.first == "Teammøte kvar veke i haust")
        #expect(state.visibleRows.contains { $0.columns[1] == "Fast tid for teammøtet" && $0.columns[3] == "erstatta" })
        _ = state.update(.key(.tab))
        #expect(state.list == .actions)
        #expect(
            state.visibleRows.map { $0.columns[1] } == [
                "Lage utkast til sjekkliste for vikarmottak", "Sende oppdatert vaktliste til alle", "Lage overleveringsskjema i journalsystemet",
            ], "open actions only (week 42 marked one of week 38 done), by due date")
        #expect(state.visibleRows.first?.columns[0] == "! 2026-10-09", "overdue is marked")
        _ = state.update(.key(.backTab))
        #expect(state.list == .decisions)
    }

    @Test func meetingsAreFoundByWhatWasSaidInThem() {
        var state = review()
        _ = state.update(.key(.char("/")))
        for character in "koordinatortelefon" { _ = state.update(.key(.char(character))) }
        #expect(state.visibleRows.map { $0.columns[1] } == ["Teammøte veke 38"], "an objection's integration and an action, not the title")
    }

    @Test func searchAsYouTypeIgnoresCaseAndAccents() {
        var state = review()
        _ = state.update(.key(.char("/")))
        for character in "HANNE VIK" { _ = state.update(.key(.char(character))) }
        #expect(
            state.visibleRows.map { $0.columns[1] } == ["Teammøte veke 42"], "meetings are searched by who was there, as well as by every text search looks at")
        _ = state.update(.key(.escape))
        _ = state.update(.key(.tab))
        _ = state.update(.key(.char("/")))
        for character in "PROVEORDNING" { _ = state.update(.key(.char(character))) }
        #expect(state.visibleRows.map { $0.columns[1] } == ["Prøveordning med heimekontor for planleggingsarbeid"], "ø is found as o")
        _ = state.update(.key(.escape))
        _ = state.update(.key(.char("/")))
        for character in "planlegging heim" { _ = state.update(.key(.char(character))) }
        #expect(state.visibleRows.map { $0.columns[1] } == ["Prøveordning med heimekontor for planleggingsarbeid"])
        _ = state.update(.key(.enter))
        #expect(!state.searching)
        #expect(screen(state).contains("Søk: planlegging heim"))
        _ = state.update(.key(.char("/")))
        _ = state.update(.key(.escape))
        #expect(state.query.text.isEmpty)
        #expect(state.visibleRows.count == 4)
    }

    @Test func aMeetingsMinutesOpenAndScroll() throws {
        var state = review()
        _ = state.update(.key(.down))
        _ = state.update(.key(.enter))
        #expect(state.context == .reviewMinutes)
        #expect(screen(state).contains(" Teammøte veke 38 ") && !screen(state).contains("# Teammøte"))
        _ = state.update(.key(.pageDown))
        #expect(!screen(state).contains(" Team: Heimetenesta Fjordvik"))
        _ = state.update(.key(.escape))
        #expect(state.context == .reviewList)
        #expect(state.update(.key(.char("q"))) == false, "q leaves")
    }

    /// Every page of the minutes, scrolled down until the screen stops changing.
    func pages(of state: ReviewState, _ size: Size = Size(width: 80, height: 24)) -> [Screen] {
        var state = state
        var pages = [state.render(size: size).screen]
        while true {
            _ = state.update(.key(.pageDown))
            let next = state.render(size: size).screen
            if next == pages.last { return pages }
            pages.append(next)
        }
    }

    /// The minutes on screen are formatted from their blocks: no Markdown marks anywhere, headings
    /// and strong text drawn bold, bullets with a glyph.
    @Test(arguments: [Language.nn, .en])
    func minutesShowFormattedNotAsMarkdown(language: Language) throws {
        var state = review(language)
        _ = state.update(.key(.enter))  // week 42: every kind of block, the place in the header too
        let pages = pages(of: state)
        #expect(pages.count > 5)
        for page in pages {
            for y in 3..<21 {
                let row = page.row(y)
                #expect(!row.contains("**") && !row.contains("## ") && !row.contains("> ") && !row.contains("`"), "markup on row \(y): \(row)")
                #expect(!row.hasPrefix(" - ") && !row.hasPrefix(" # ") && !row.hasPrefix(" | "), "Markdown source on row \(y): \(row)")
            }
        }
        let summary = MinutesText.summary[language]
        let page = try #require(pages.first { $0.text.contains("\n \(summary)") })
        let y = try #require((0..<24).first { page.row($0).hasPrefix(" \(summary) ") })
        #expect(page[1, y].style == Style(bold: true, underline: true), "a section heading is bold and underlined, without #")
        #expect(page[0, y].style == .plain)
        let all = pages.map(\.text).joined(separator: "\n")
        #expect(all.contains(" • \(MinutesText.team[language]): Heimetenesta Fjordvik"), "a list entry has a bullet glyph")
    }

    /// A bullet whose text is wider than the screen wraps by display width, with its wrapped
    /// lines hanging under its text: æøå one column, CJK and emoji two.
    @Test func aBulletWithWideCharactersWrapsWithAHangingIndent() throws {
        var state = review()
        let entry = ListEntry(spans: [
            .strong([.text("Kari:")]), .text(" Møtet i 東京 gjekk fint 👍🏽 og æøå-testen òg, sjå 日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語 og 🎉🎉🎉 på søndag i Ålesund"),
        ])
        let blocks: [Block] = [.heading(level: 2, [.word("Notat")]), .list(lead: nil, [entry])]
        state.minutes = ReviewState.OpenMinutes(title: "Notat", lines: MinutesLines(blocks: blocks))
        let screen = state.render(size: Size(width: 80, height: 24)).screen
        try assertSnapshot(screen.snapshot, named: "review-minutes-wide-bullet-80x24-nn")
        let lines = MinutesLines(blocks: blocks).lines(width: 78)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines[2].indent == 0 && lines[2].runs.first == StyledText("• "))
        #expect(lines[2].runs[1] == StyledText("Kari:", Style(bold: true)))
        #expect(lines.dropFirst(3).allSatisfy { $0.indent == 2 }, "wrapped lines hang under the bullet's text")
        #expect(lines.allSatisfy { $0.indent + DisplayWidth.of($0.runs.map(\.text).joined()) <= 78 })
    }

    /// An actions table in aligned columns where it fits; a bullet a row where it does not.
    @Test func aTableIsAlignedWhenItFitsElseABulletARow() {
        let rows: [[[Span]]] = [[[.text("Lage skjema")], [.text("Marit")], [.word("26.10.2026")]], [[.text("Ring 日本")], [.text("Ola")], [.word("–")]]]
        let lines = MinutesLines(blocks: [.table(header: ["Kva", "Kven", "Frist"], rows: rows)])
        let text = { (width: Int) in lines.lines(width: width).map { $0.runs.map(\.text).joined() } }
        #expect(text(40) == ["Kva          Kven   Frist", "Lage skjema  Marit  26.10.2026", "Ring 日本    Ola    –"])
        #expect(lines.lines(width: 40)[0].runs[0].style == Theme.dim)
        #expect(text(20).first == "Kva · Kven · Frist")
        #expect(text(20).filter { $0.hasPrefix("• ") }.count == 2, "\(text(20))")
    }

    @Test func aClickSelectsThenOpens() throws {
        var state = review()
        let frame = state.render(size: Size(width: 80, height: 24))
        let row = try #require((0..<24).first { frame.screen.row($0).contains("Teammøte veke 38") })
        _ = state.click(Point(x: 5, y: row), on: frame)
        #expect(state.selection == 1)
        _ = state.click(Point(x: 5, y: row), on: state.render(size: Size(width: 80, height: 24)))
        #expect(state.context == .reviewMinutes)
    }

    @Test func helpListsTheReviewKeys() {
        var state = review(.en)
        _ = state.update(.key(.char("?")))
        let text = screen(state, Size(width: 100, height: 40))
        for binding in Keymap.bindings where !binding.contexts.isDisjoint(with: Context.review) && binding.action != .help {
            #expect(text.contains(binding.long[.en]), "\(binding.action) is missing from the review help")
        }
        _ = state.update(.key(.escape))
        #expect(state.help == nil)
    }

    @Test(arguments: [Language.nn, .en])
    func snapshots(language: Language) throws {
        var state = review(language)
        _ = state.update(.key(.tab))
        try assertSnapshot(state.render(size: Size(width: 80, height: 24)).screen.snapshot, named: "review-decisions-80x24-\(language.rawValue)")
        _ = state.update(.key(.enter))
        try assertSnapshot(state.render(size: Size(width: 80, height: 24)).screen.snapshot, named: "review-minutes-80x24-\(language.rawValue)")
    }
}

/// The trend of the meetings' evaluations in `runde review`.
@MainActor
@Suite struct ReviewEvaluationTrendTests {
    /// A meeting run by keys to its closing stage, evaluated with `scores` (one a person, in order).
    func evaluated(_ scores: [Int]) throws -> URL {
        let d = try Driver()
        d.openWithEveryone()
        d.press(.char("c"), .char("j"))
        while d.meeting.openRound != nil { d.press(.enter) }
        for score in scores {
            d.press(.char("e"), .char("1"), .char(Character(String(score))), .enter)
        }
        return d.url
    }

    @Test func theMeetingsListShowsEachMeetingsAverageAndItsTrend() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runde-trend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let logs = [try evaluated([3, 4]), try evaluated([5, 4]), try evaluated([]), try evaluated([2])]
        for (index, log) in logs.enumerated() {
            try FileManager.default.copyItem(at: log, to: folder.appendingPathComponent("2026-11-0\(index + 1)-1400-teammote.jsonl"))
        }
        let state = ReviewState(
            archive: Archive(folder: folder), team: "Heimetenesta Fjordvik", language: .nn, timeZone: .gmt,
            today: Day("2026-11-23") ?? Day(Date(), in: .gmt))
        let counts = state.rows[.meetings]?.compactMap(\.columns.last) ?? []
        // Newest first: 2 (worse than 4,5), none, 4,5 (better than 3,5), 3,5 (the first).
        #expect(counts.count == 4)
        #expect(counts[0].hasSuffix("evaluering 2,0 / 5 ↓"))
        #expect(!counts[1].contains("evaluering"))
        #expect(counts[2].hasSuffix("evaluering 4,5 / 5 ↑"))
        #expect(counts[3].hasSuffix("evaluering 3,5 / 5"))
    }
}
