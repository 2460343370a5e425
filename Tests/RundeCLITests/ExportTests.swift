import Foundation
import Testing

/// What the example's exempt item (*vårt problem* in veke 42) holds, field by field: none of it
/// may be in public minutes.
private let exemptItemText = [
    "Når pårørande krev meir enn vedtaket gir",  // title
    "Ein pårørande ringjer fleire gonger dagleg",  // presented
    "Siri fortalde om situasjonen",  // item note
    "Nær familie av brukaren",  // ugild reason
    "Likebehandling av brukarane",  // round notes
    "Arbeidsmiljøet til dei som tek telefonane",
    "Eit fast møte med pårørande",
    "Siri tek initiativ til eit fast pårørandemøte",  // conclusion
    "Vårt problem",  // its type
]

@Suite struct ExportTests {
    private static let veke42 = "2026-10-12-1400-teammote-veke-42"

    @Test func markdownIsWhatShowPrints() throws {
        let team = try CLI.exampleTeam()
        let export = try CLI.run(["export", "veke-42"], in: team)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == (try CLI.run(["show", "veke-42"], in: team)).stdout)
        #expect(export.stdout.contains("**Unnateke offentlegheit** (offl. § 13 jf. fvl. § 13)"))
        #expect(exemptItemText.allSatisfy(export.stdout.contains), "internal minutes keep the exempt item")
    }

    @Test(arguments: ["md", "html", "json"])
    func publicMinutesOfTheExampleLeaveOutTheExemptItem(format: String) throws {
        let result = try CLI.run(["export", Self.veke42, "--format", format, "--public"], in: try CLI.exampleTeam())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(exemptItemText.filter(result.stdout.contains) == [])
        #expect(result.stdout.contains("offl. § 13 jf. fvl. § 13"))
        #expect(result.stdout.contains("Sjekkliste for vikarmottak"), "open items stay")
        try assertSnapshot(result.stdout, named: "export-veke-42-public-nn.\(format)")
    }

    @Test func htmlIsAPrintableDocumentInTheChosenLanguage() throws {
        let result = try CLI.run(["export", "veke-38", "--format", "html", "--lang", "en"], in: try CLI.exampleTeam())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(result.stdout.contains("<meta charset=\"utf-8\">"))
        #expect(result.stdout.contains("@page { size: A4;"))
        #expect(!result.stdout.contains("<script"))
        #expect(result.stdout.contains("<h2>Summary</h2>"))
        try assertSnapshot(result.stdout, named: "export-veke-38-en.html")
    }

    /// Each decision is one block that print keeps on one page: its heading, its text and who
    /// decided (HTMLPrintTests pins the CSS).
    @Test func htmlKeepsEachDecisionInOneBlock() throws {
        let result = try CLI.run(["export", "veke-42", "--format", "html"], in: try CLI.exampleTeam())
        #expect(result.status == 0, "\(result.stderr)")
        let decisions = result.stdout.components(separatedBy: "<div class=\"decision\">\n<h3>Avgjerd</h3>\n<blockquote><p>").count - 1
        #expect(decisions == 2, "items 3 and 5 of veke 42")
        #expect(result.stdout.components(separatedBy: "<div").count == result.stdout.components(separatedBy: "</div>").count)
    }

    @Test func publicJSONHoldsOnlyNumberAndBasisOfTheExemptItem() throws {
        let result = try CLI.run(["export", "veke-42", "--format", "json", "--public"], in: try CLI.exampleTeam())
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == 6)
        #expect(Set(items[1].keys) == ["number", "exemption", "withheld"])
        #expect(items[1]["number"] as? Int == 2)
        #expect(items[0]["title"] as? String == "Betre overlevering mellom vaktene")
        #expect(object["public"] as? Bool == true)
        #expect(object["source"] as? String == "\(Self.veke42).jsonl")
    }

    @Test func writesAFileAndWillNotOverwriteItWithoutForce() throws {
        let team = try CLI.exampleTeam()
        let file = team.appendingPathComponent("referat.html")
        let first = try CLI.run(["export", "veke-42", "--format", "html", "--public", "-o", "referat.html"], in: team)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Skreiv referatet til"))
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == (try CLI.run(["export", "veke-42", "--format", "html", "--public"], in: team)).stdout)

        let again = try CLI.run(["export", "veke-42", "--output", "referat.html"], in: team)
        #expect(again.status == 1)
        #expect(again.stderr.contains("finst alt"))
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == written, "a refused export leaves the file alone")

        let forced = try CLI.run(["export", "veke-42", "--output", "referat.html", "--force", "--lang", "en"], in: team)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("Wrote the minutes to"))
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Teammøte veke 42"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: team.path).filter { $0.contains("referat") }
        #expect(leftovers == ["referat.html"], "no temporary file is left beside it")
    }

    @Test func unknownMeetingIsAnError() throws {
        let result = try CLI.run(["export", "veke-99", "--format", "html"], in: try CLI.exampleTeam())
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Finn ikkje noko møte «veke-99»"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CLI.run(["export", "veke-42", "--format", "pdf"], in: try CLI.exampleTeam())
        #expect(result.status == 64)
        #expect(result.stderr.contains("pdf"))
    }

    @Test func forceWithoutAFileIsAUsageError() throws {
        let result = try CLI.run(["export", "veke-42", "--force"], in: try CLI.exampleTeam())
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Feil: --force høyrer til --output FIL.\n"), "\(result.stderr)")
    }

    @Test func aDamagedLogBesideItIsReportedAndItsReferencesWithheld() throws {
        let team = try CLI.exampleTeam()
        try Data("{ not a log\n".utf8).write(to: team.appendingPathComponent("meetings/2026-09-01-1400-skadd.jsonl"))
        let result = try CLI.run(["export", "veke-42", "--public"], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2026-09-01-1400-skadd.jsonl"))
        #expect(result.stderr.contains("tekne ut av det offentlege referatet"))
        #expect(result.stdout.contains("## Oppfølging frå tidlegare møte"), "follow-up from a meeting that reads stays")
    }
}
