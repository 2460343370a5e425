import Foundation
import Testing

@testable import RundeCore

/// The declarations of the rules for `selector` in the minutes' style, on screen or (`print`)
/// inside `@media print`; later rules win, as in a browser. The style is written one rule a
/// line, which is what this reads.
private func declarations(of selector: String, print: Bool = false) -> [String: String] {
    var inPrint = false
    var found: [String: String] = [:]
    for line in HTMLMinutes.style.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        if line == "@media print {" {
            inPrint = true
            continue
        }
        if line == "}" {
            inPrint = false
            continue
        }
        guard inPrint == print, let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}") else { continue }
        let selectors = line[..<open].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard selectors.contains(selector) else { continue }
        for declaration in line[line.index(after: open)..<close].split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let name = declaration[..<colon].trimmingCharacters(in: .whitespaces)
            found[name] = declaration[declaration.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }
    return found
}

/// What `make screenshots` showed a reader needs on paper, pinned so it cannot slip away
/// unnoticed (Docs/export.md, «What the A4 check found»).
@Suite struct HTMLPrintTests {
    @Test func pagesAreA4WithMarginsAndNumbered() {
        let page = declarations(of: "@page")
        #expect(page["size"] == "A4")
        #expect(page["margin"] == "18mm 18mm 20mm 20mm")
        #expect(HTMLMinutes.style.contains("@bottom-right { content: counter(page) \" / \" counter(pages);"), "a loose page says which it is")
    }

    @Test func aDecisionTableRowsQuotesAndBulletsAreNotSplitAcrossPages() {
        for selector in [".decision", "tr", "li", "blockquote"] {
            #expect(declarations(of: selector, print: true)["break-inside"] == "avoid", "\(selector)")
        }
        #expect(declarations(of: "thead", print: true)["display"] == "table-header-group", "a table's header repeats on each page")
    }

    @Test func headingsAndLeadLinesStayWithWhatFollows() {
        for selector in ["h1", "h2", "h3", "h2 + p", "p.lead", "h3 + p:has(+ ul)"] {
            #expect(declarations(of: selector, print: true)["break-after"] == "avoid", "\(selector)")
        }
        // Not every line under a heading: a chain of short rounds would then move as one, and
        // leave half a page empty.
        #expect(declarations(of: "h3 + p", print: true)["break-after"] == nil)
    }

    @Test func longLinksAndReferencesWrapInsteadOfWideningThePage() {
        #expect(declarations(of: "body")["overflow-wrap"] == "break-word")
        #expect(declarations(of: "td:first-child")["overflow-wrap"] == "anywhere", "what an action is: a table the browser would shrink")
        #expect(declarations(of: "td")["overflow-wrap"] == nil, "who, due and status keep their words whole")
        #expect(declarations(of: "code")["overflow-wrap"] == "anywhere")
    }

    @Test func theHeaderReadsAsAFormNotAList() {
        #expect(declarations(of: "h1 + ul")["list-style"] == "none")
        #expect(declarations(of: "h1 + ul > li")["text-indent"] == "-1.5em", "a long line of names hangs under its label")
    }

    @Test func nothingDependsOnColourAndNothingIsFetched() throws {
        let colours = HTMLMinutes.style.matches(of: /#([0-9a-f]{6}|[0-9a-f]{3})\b/).map { Array($0.output.1) }
        let grey = { (hex: [Character]) in hex.count == 3 ? Set(hex).count == 1 : hex[0..<2] == hex[2..<4] && hex[2..<4] == hex[4..<6] }
        #expect(colours.count > 5)
        #expect(colours.filter { !grey($0) }.map { String($0) } == [], "greys only: black-and-white print keeps them")
        for selector in ["blockquote", "th"] {
            #expect(declarations(of: selector, print: true)["background"] == "none", "\(selector): printers drop backgrounds")
        }
        #expect(!HTMLMinutes.style.contains("url(") && !HTMLMinutes.style.contains("@import") && !HTMLMinutes.style.contains("@font-face"))
        let font = try #require(declarations(of: "body")["font"])
        #expect(font.contains("sans-serif") && font.contains("\"Noto Color Emoji\""), "local fonts, and one for emoji where it is installed")
    }

    @Test func aDecisionIsOneBlockInHTMLAndTheSameTextInMarkdown() {
        let parts: [Block] = [.heading(level: 3, [.word("Avgjerd")]), .quote("Vi & dei"), .list(lead: nil, [ListEntry(spans: [.word("Samtykke: alle")])])]
        #expect(
            HTMLMinutes.html(.decision(parts))
                == "<div class=\"decision\">\n<h3>Avgjerd</h3>\n<blockquote><p>Vi &amp; dei</p></blockquote>\n<ul>\n<li>Samtykke: alle</li>\n</ul>\n</div>")
        #expect(MarkdownMinutes.markdown(.decision(parts)) == parts.map(MarkdownMinutes.markdown).joined(separator: "\n\n"))
    }
}
