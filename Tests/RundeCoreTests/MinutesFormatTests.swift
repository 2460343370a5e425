import Foundation
import Testing

@testable import RundeCore

/// A short open meeting whose title, item and note hold characters that mean something in HTML
/// and Markdown.
private func awkwardMinutes(_ language: Language = .nn) throws -> Minutes {
    let h = try Harness(items: [Fixture.spec("s1", .decision, proposal: "Vi & dei <alle>")])
    try h.attend()
    try h.run(.openMeeting)
    try h.run(.addNote("<b>fet</b> & \"sitat\"\nandre linje", speaker: "ola"))
    var minutes = Minutes(meeting: h.state, language: language, source: "mote.jsonl")
    minutes.title = "<script>alert('x')</script> & \"Blåbær\""
    return minutes
}

/// The element names of `html`'s tags that are opened and not closed, or closed and not open;
/// empty when every element is closed in order.
private func unbalancedTags(_ html: String) -> [String] {
    let void: Set<String> = ["meta", "br", "hr"]
    var open: [String] = []
    var problems: [String] = []
    for match in html.matches(of: /<(\/?)([a-z][a-z0-9]*)[^>]*>/) {
        let name = String(match.output.2)
        guard !void.contains(name) else { continue }
        if match.output.1.isEmpty {
            open.append(name)
        } else if open.last == name {
            open.removeLast()
        } else {
            problems.append("/\(name)")
        }
    }
    return problems + open
}

@Suite struct HTMLMinutesTests {
    @Test func escapesWhatMeansSomethingInHTML() {
        #expect(HTMLMinutes.escaped("<>&\"'") == "&lt;&gt;&amp;&quot;&#39;")
        #expect(HTMLMinutes.escaped("æøå ÆØÅ § – 😀") == "æøå ÆØÅ § – 😀")
        #expect(HTMLMinutes.escaped("&amp;") == "&amp;amp;", "escaped once more, so it shows as typed")
        #expect(HTMLMinutes.escaped("") == "")
    }

    @Test func isOneSelfContainedDocumentThatPrintsOnA4() throws {
        let html = try awkwardMinutes().rendered(as: .html, timeZone: .gmt)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"nn\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print {"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.lowercased().contains("<script"), "no script, and no title turned into one")
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link"), "nothing loaded from elsewhere")
        #expect(unbalancedTags(html) == [])
    }

    @Test func peoplesTextIsEscapedEverywhere() throws {
        let html = try awkwardMinutes().rendered(as: .html, timeZone: .gmt)
        let title = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Blåbær&quot;"
        #expect(html.contains("<title>Referat: \(title)</title>"))
        #expect(html.contains("<h1>\(title)</h1>"))
        #expect(html.contains("<li><strong>Ola Å. Bø</strong>: &lt;b&gt;fet&lt;/b&gt; &amp; &quot;sitat&quot;<br>\nandre linje</li>"))
        #expect(html.contains("<blockquote><p>Vi &amp; dei &lt;alle&gt;</p></blockquote>"))
        #expect(html.contains("Ingrid Sæther 😀"))
    }

    @Test(arguments: Language.allCases)
    func speaksTheLanguageOfTheMinutes(language: Language) throws {
        let html = try awkwardMinutes(language).rendered(as: .html, timeZone: .gmt)
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("<h2>\(HTMLMinutes.escaped(MinutesText.summary[language]))</h2>"))
        #expect(html.contains("<title>\(MinutesText.minutes[language]): "))
    }

    @Test func saysWhatTheMarkdownSays() throws {
        let minutes = try awkwardMinutes()
        let markdown = try minutes.rendered(as: .md, timeZone: .gmt)
        let html = try minutes.rendered(as: .html, timeZone: .gmt)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map { line in
            let level = line.prefix { $0 == "#" }.count
            return "<h\(level)>\(HTMLMinutes.escaped(String(line.dropFirst(level + 1)).replacingOccurrences(of: "\\", with: "")))</h\(level)>"
        }
        #expect(headings.count > 4)
        #expect(headings.filter { !html.contains($0) } == [], "every Markdown heading is an HTML heading")
    }
}

@Suite struct JSONMinutesTests {
    @Test func readsBackToTheSameMinutes() throws {
        let minutes = try awkwardMinutes()
        let json = try minutes.rendered(as: .json, timeZone: .gmt)
        var zoned = minutes
        zoned.timeZone = TimeZone.gmt.identifier  // JSON names where times are shown
        #expect(try JSONMinutes.read(Data(json.utf8)) == zoned)
    }

    @Test func keysAreSortedAndTimesAreRFC3339() throws {
        let json = try awkwardMinutes().rendered(as: .json, timeZone: .gmt)
        let topLevel = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
        #expect(topLevel == topLevel.sorted())
        #expect(topLevel.contains("public") && topLevel.contains("scheduledAt"))
        #expect(json.contains("\"scheduledAt\" : \"2026-11-18T"))
        let stamps = json.matches(of: /"(?:scheduledAt|openedAt|at)" : "([^"]*)"/).map { String($0.output.1) }
        #expect(!stamps.isEmpty)
        #expect(stamps.allSatisfy { $0.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil }, "\(stamps)")
    }

    @Test func aWithheldItemHasOnlyItsNumberAndBasis() throws {
        var minutes = try awkwardMinutes()
        minutes.items[0].exemption = "offl. § 13"
        let json = try minutes.publicView(Exemptions()).rendered(as: .json, timeZone: .gmt)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(Set(items[0].keys) == ["number", "exemption", "withheld"])
        #expect(items[0]["exemption"] as? String == "offl. § 13")
        #expect(object["public"] as? Bool == true)
        #expect(try JSONMinutes.read(Data(json.utf8)).items[0].content == nil)
    }
}

/// The check-in question the meeting was planned with is in the minutes, under the check-in;
/// a log without one (written before it was recorded) says nothing of a question.
@Suite struct CheckInQuestionMinutesTests {
    @Test func theQuestionIsRecordedUnderTheCheckIn() throws {
        let h = try Harness(items: [], checkIn: "Kva har du med deg inn i møtet i dag?")
        try h.openWithCheckIn()
        let minutes = Minutes(meeting: h.state, language: .nn, source: "mote.jsonl")
        #expect(minutes.checkInQuestion == "Kva har du med deg inn i møtet i dag?")
        let markdown = MarkdownMinutes.render(minutes, timeZone: .gmt)
        #expect(markdown.contains("## Innsjekk\n\nSpørsmål: _Kva har du med deg inn i møtet i dag?_\n\nRunde: alle fekk ordet."), "\(markdown)")
        let english = MarkdownMinutes.render(Minutes(meeting: h.state, language: .en, source: "mote.jsonl"), timeZone: .gmt)
        #expect(english.contains("Question: _Kva har du med deg inn i møtet i dag?_"))
        let json = try JSONMinutes.render(minutes, timeZone: .gmt)
        #expect(try JSONMinutes.read(Data(json.utf8)).checkInQuestion == "Kva har du med deg inn i møtet i dag?")

        let old = try Harness(items: [])
        try old.openWithCheckIn()
        let oldMinutes = Minutes(meeting: old.state, language: .nn, source: "mote.jsonl")
        #expect(oldMinutes.checkInQuestion == nil)
        #expect(!MarkdownMinutes.render(oldMinutes, timeZone: .gmt).contains("Spørsmål:"))
    }
}
