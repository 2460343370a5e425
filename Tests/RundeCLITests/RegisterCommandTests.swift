import Foundation
import Testing

/// `runde decisions`, `runde actions` and `runde search` on the example team: two meetings, four
/// decisions (one replaced, one with a concern and an integrated objection), four open actions,
/// and an exempt item.
private let week38 = "2026-09-14-1400-teammote-veke-38"
private let week42 = "2026-10-12-1400-teammote-veke-42"

/// Runs a register command on a fresh copy of the example team.
private func register(_ arguments: [String], environment: [String: String] = [:], function: String = #function) throws -> CLIResult {
    try CLI.run(arguments, in: try CLI.exampleTeam(function), environment: environment)
}

/// The JSON a command printed, as an object.
private func json(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any], sourceLocation: sourceLocation)
}

private func objects(_ value: Any?, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    try #require(value as? [[String: Any]], sourceLocation: sourceLocation)
}

/// `meeting#item` of each decision in a `decisions --json` answer.
private func references(_ decisions: [[String: Any]]) -> [String] {
    decisions.map { decision in
        let meeting = (decision["meeting"] as? [String: Any])?["name"] as? String ?? "?"
        let item = (decision["item"] as? [String: Any])?["id"] as? String ?? "?"
        return "\(meeting)#\(item)"
    }
}

@Suite struct DecisionsCommandTests {
    @Test(arguments: ["nn", "en"])
    func textListsEveryDecisionNewestFirst(language: String) throws {
        let result = try register(["decisions", "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try assertSnapshot(result.stdout, named: "decisions-\(language).txt")
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "fits COLUMNS=100")
    }

    @Test func textShowsTheWholeRecord() throws {
        let out = try register(["decisions"]).stdout
        #expect(out.hasPrefix("Dato        Møte              Sak "))
        #expect(out.contains("2026-09-14  Teammøte veke 38  2. Prøveordning med heimekontor for planleg…  Ingrid Sæbø   2026-11-16"))
        #expect(out.contains("            Merknad frå Per Ødegård: Vi må passe på belastninga for dei som er att på kontoret."))
        #expect(out.contains("            Innvending frå Siri Haugland: Brukarane og pårørande må kunne nå koordinator på"))
        #expect(out.contains("Erstatta av «Teammøte kvar veke i haust» (Teammøte veke 42, 2026-10-12)"), "by title and day")
        #expect(out.contains("Tek opp att avgjerda «Fast tid for teammøtet» (Teammøte veke 38, 2026-09-14)"), "the day as the date column writes it")
        #expect(!out.contains("#s"), "no raw reference")
        #expect(out.hasSuffix("\n4 avgjerder.\n"))
        #expect(!out.contains("§"), "no exempt item has a decision")
    }

    /// A reference to a meeting whose log is not in the folder cannot be shown by title: it is
    /// shown as it is, as the minutes show it.
    @Test func aReferenceToAMissingMeetingStaysRaw() throws {
        let team = try CLI.exampleTeam()
        try FileManager.default.removeItem(at: team.appendingPathComponent("meetings/\(week38).jsonl"))
        let result = try CLI.run(["decisions"], in: team)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Tek opp att avgjerda \(week38)#s4"))
        let object = try json(try CLI.run(["decisions", "--json"], in: team))
        #expect(try objects(object["decisions"]).first?["replacesItem"] is NSNull)
    }

    @Test func narrowTerminalCutsColumnsAndWrapsTexts() throws {
        let result = try register(["decisions"], environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        #expect(result.stdout.contains("…"))
        #expect(result.stdout.contains("            Planleggarane kan arbeide heimanfrå éin fast"), "the text wraps, it is not cut")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let object = try json(try register(["decisions", "--json"]))
        #expect(Set(object.keys) == ["damaged", "decisions"])
        #expect(try objects(object["damaged"]).isEmpty)
        let decisions = try objects(object["decisions"])
        #expect(references(decisions) == ["\(week42)#s5", "\(week42)#s3", "\(week38)#s4", "\(week38)#s2"])
        let keys: Set<String> = [
            "concerns", "decidedAt", "item", "meeting", "objections", "owner", "replacedBy", "replacedByItem", "replaces", "replacesItem", "reviewDate",
            "nextReview", "team", "text",
        ]
        #expect(decisions.allSatisfy { Set($0.keys).subtracting(["criteria", "inform"]) == keys }, "every other key is always there")
        #expect(decisions.filter { $0["criteria"] != nil }.count == 1, "only week 42's checklist decision says how to tell it works")
        #expect((decisions[1]["criteria"] as? String)?.hasPrefix("Nye vikarar seier") == true)
        #expect(decisions[1]["inform"] as? String == "Alle vikarar, og personalkontoret som kallar dei inn")

        let homeOffice = decisions[3]
        #expect((homeOffice["text"] as? String)?.hasPrefix("Planleggarane kan arbeide heimanfrå") == true)
        #expect(homeOffice["reviewDate"] as? String == "2026-10-12")
        #expect(homeOffice["nextReview"] as? String == "2026-11-16", "week 42 kept it and set the next review")
        #expect(homeOffice["replacedBy"] is NSNull)
        let decidedAt = try #require(homeOffice["decidedAt"] as? String)
        #expect(ISO8601DateFormatter().date(from: decidedAt) != nil, "RFC 3339: \(decidedAt)")
        #expect(decidedAt.hasPrefix("2026-09-14T") && decidedAt.hasSuffix("Z"))
        let owner = try #require(homeOffice["owner"] as? [String: Any])
        #expect(owner["id"] as? String == "ingrid")
        #expect(owner["name"] as? String == "Ingrid Sæbø")
        let item = try #require(homeOffice["item"] as? [String: Any])
        #expect(item["number"] as? Int == 2)
        #expect(item["kind"] as? String == "decision")
        #expect(item["exemption"] is NSNull)
        let meeting = try #require(homeOffice["meeting"] as? [String: Any])
        #expect(meeting["name"] as? String == week38)
        #expect(meeting["title"] as? String == "Teammøte veke 38")
        #expect((meeting["at"] as? String)?.hasPrefix("2026-09-14T") == true)
        let concern = try #require(try objects(homeOffice["concerns"]).first)
        #expect((concern["by"] as? [String: Any])?["id"] as? String == "per")
        #expect(concern["text"] as? String == "Vi må passe på belastninga for dei som er att på kontoret.")
        let objection = try #require(try objects(homeOffice["objections"]).first)
        #expect((objection["by"] as? [String: Any])?["name"] as? String == "Siri Haugland")
        #expect(objection["reason"] as? String == "Brukarane og pårørande må kunne nå koordinator på telefon heile dagen.")
        #expect((objection["integration"] as? String)?.hasPrefix("Koordinatortelefonen blir vidaresend") == true)

        #expect(decisions[2]["replacedBy"] as? String == "\(week42)#s5")
        #expect(decisions[2]["reviewDate"] is NSNull)
        #expect(decisions[0]["replaces"] as? String == "\(week38)#s4", "the raw reference stays, for programs")
        let replaced = try #require(decisions[0]["replacesItem"] as? [String: Any])
        #expect(replaced["meetingTitle"] as? String == "Teammøte veke 38")
        #expect(replaced["day"] as? String == "2026-09-14")
        #expect(replaced["itemTitle"] as? String == "Fast tid for teammøtet")
        #expect((decisions[2]["replacedByItem"] as? [String: Any])?["itemTitle"] as? String == "Teammøte kvar veke i haust")
        #expect(decisions[1]["replacesItem"] is NSNull)
    }

    @Test func filters() throws {
        func listed(_ filters: [String]) throws -> [String] {
            references(try objects(try json(try register(["decisions", "--json"] + filters))["decisions"]))
        }
        #expect(try listed(["--owner", "kari"]) == ["\(week42)#s5", "\(week38)#s4"])
        #expect(try listed(["--since", "2026-10-12"]) == ["\(week42)#s5", "\(week42)#s3"])
        #expect(try listed(["--until", "2026-10-11"]) == ["\(week38)#s4", "\(week38)#s2"])
        #expect(try listed(["--since", "2026-09-14", "--until", "2026-09-14", "--owner", "ingrid"]) == ["\(week38)#s2"])
        #expect(try listed(["--search", "TELEFON"]) == ["\(week38)#s2"], "the decision text, folded")
        #expect(try listed(["--search", "fadder"]) == ["\(week42)#s3"])
        #expect(try listed(["--search", "fadder", "--owner", "kari"]) == [])
        #expect(try listed(["--info-droft"]) == ["\(week38)#s2"], "only the item marked info/drøft")
        #expect(try listed(["--info-droft", "--owner", "kari"]) == [])
    }

    @Test func dueForReview() throws {
        func due(_ arguments: [String]) throws -> [String] {
            references(try objects(try json(try register(["decisions", "--json", "--due-for-review"] + arguments))["decisions"]))
        }
        #expect(try due(["--today", "2026-11-15"]) == [])
        #expect(try due(["--today", "2026-11-15", "--within", "1"]) == ["\(week38)#s2"])
        #expect(try due(["--today", "2026-11-16"]) == ["\(week38)#s2"], "due on the review day")
        #expect(try due(["--today", "2026-12-20"]) == ["\(week38)#s2"])
        #expect(try due(["--today", "2026-12-21"]) == ["\(week42)#s5", "\(week38)#s2"])
        #expect(try due(["--today", "2027-04-01", "--owner", "per"]) == ["\(week42)#s3"])
    }

    @Test func noMatchSaysWhatWasSearchedAndSucceeds() throws {
        let result = try register(["decisions", "--owner", "ola", "--since", "2026-01-01"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Fann ingen avgjerder (frå og med 2026-01-01, sakseigar ola). Såg gjennom 2 møte i "))
        let due = try register(["decisions", "--due-for-review", "--today", "2026-11-15", "--lang", "en"])
        #expect(due.status == 0)
        #expect(due.stdout.hasPrefix("No decisions (review date on or before 2026-11-15). Looked through 2 meetings in "))
    }

    @Test(arguments: [
        (["--since", "2026-02-30"], "--since «2026-02-30» er ikkje ein dag. Skriv ÅÅÅÅ-MM-DD, til dømes 2026-11-23."),
        (["--until", "5.1.2026"], "--until «5.1.2026» er ikkje ein dag."),
        (["--today", "i dag"], "--today «i dag» er ikkje ein dag."),
        (["--since", "2026-10-01", "--until", "2026-09-01"], "--since (2026-10-01) er etter --until (2026-09-01)."),
        (["--within", "7"], "--within 7 høyrer til --due-for-review."),
        (["--due-for-review", "--within=-1"], "--within må vere 0 eller meir."),
        (["--search", " "], "--search er tom."),
    ])
    func badArgumentsAreUsageErrors(arguments: [String], message: String) throws {
        let result = try register(["decisions"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownOwnerIsAnErrorWithTheLikelyId() throws {
        let result = try register(["decisions", "--owner", "ingird"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Ingen med id-en «ingird» står på lista i noko møte. Meinte du ingrid (Ingrid Sæbø)?"))
    }

    /// `actions --owner` with someone who is on no meeting's list says so, with the nearest
    /// handle, rather than listing nothing.
    @Test func actionsForAnUnknownOwnerSayWhoWasMeant() throws {
        let nn = try register(["actions", "--owner", "karl"])
        #expect(nn.status == 1 && nn.stdout.isEmpty)
        #expect(nn.stderr == "Feil: Ingen med id-en «karl» står på lista i noko møte. Meinte du kari (Kari Nordvik)?\n", "\(nn.stderr)")
        let nb = try register(["actions", "--open", "--owner", "karl", "--lang", "nb"])
        #expect(nb.stderr.contains("«karl»") && nb.stderr.contains("kari (Kari Nordvik)"), "\(nb.stderr)")
        let en = try register(["actions", "--owner", "karl"], environment: ["RUNDE_LANG": "en"])
        #expect(en.stderr.hasPrefix("Error: No one with the id “karl” is on any meeting's list. Did you mean kari (Kari Nordvik)?"), "\(en.stderr)")
    }

    @Test func aDamagedLogIsWarnedAboutAndTheRestListed() throws {
        let team = try CLI.exampleTeam()
        let url = team.appendingPathComponent("meetings/\(week38).jsonl")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        lines[9] = lines[9].replacingOccurrences(of: "\"seq\":10", with: "\"seq\":10 ")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let text = try CLI.run(["decisions"], in: team)
        #expect(text.status == 0)
        #expect(text.stderr.contains("\(week38).jsonl:11"))
        #expect(text.stdout.contains("2 avgjerder."))
        let object = try json(try CLI.run(["decisions", "--json"], in: team))
        #expect(references(try objects(object["decisions"])) == ["\(week42)#s5", "\(week42)#s3"])
        let damaged = try objects(object["damaged"])
        #expect((damaged.first?["file"] as? String)?.hasSuffix("\(week38).jsonl") == true)
        #expect((damaged.first?["message"] as? String)?.contains(":11:") == true)
    }

    @Test func outsideATeamFolderSaysSo() throws {
        let result = try CLI.run(["decisions"], in: try CLI.scratch())
        #expect(result.status == 1)
        #expect(result.stderr.contains("runde init"))
    }
}

@Suite struct ActionsCommandTests {
    @Test func textListsEveryActionSoonestDueFirst() throws {
        let result = try register(["actions", "--today", "2026-10-20"])
        #expect(result.status == 0, "\(result.stderr)")
        try assertSnapshot(result.stdout, named: "actions-nn.txt")
        #expect(result.stdout.contains("2026-10-16  over fristen  Ola Bakken   Teammøte veke 42  Sende oppdatert vaktliste til alle"))
        #expect(result.stdout.contains("2026-10-26  open          Marit Lunde  Teammøte veke 42  Lage overleveringsskjema i journalsystemet"))
        #expect(result.stdout.hasSuffix("\n4 oppfølgingspunkt.\n"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let object = try json(try register(["actions", "--json", "--today", "2026-10-16", "--lang", "en"]))
        #expect(Set(object.keys) == ["actions", "damaged"])
        let actions = try objects(object["actions"])
        #expect(actions.map { $0["what"] as? String ?? "" }.first == "Setje opp vidaresending av koordinatortelefonen")
        #expect(actions.map { $0["due"] as? String ?? "" } == ["2026-09-28", "2026-10-09", "2026-10-16", "2026-10-26"])
        #expect(actions.map { $0["overdue"] as? Bool ?? false } == [false, true, false, false], "done is never overdue; due today is not")
        #expect(actions.map { $0["status"] as? String ?? "" } == ["done", "open", "open", "open"], "week 42's follow-up marked the first done")
        let keys: Set<String> = ["due", "id", "item", "meeting", "overdue", "status", "team", "what", "who"]
        #expect(actions.allSatisfy { Set($0.keys) == keys })
        let first = actions[0]
        #expect(first["id"] as? String == "a1")
        #expect((first["who"] as? [String: Any])?["name"] as? String == "Ola Bakken")
        #expect((first["meeting"] as? [String: Any])?["name"] as? String == week38)
        let item = try #require(first["item"] as? [String: Any])
        #expect(item["id"] as? String == "s2")
        #expect(item["title"] as? String == "Prøveordning med heimekontor for planleggingsarbeid")
    }

    @Test func filters() throws {
        func listed(_ filters: [String]) throws -> [String] {
            try objects(try json(try register(["actions", "--json"] + filters))["actions"]).map { $0["what"] as? String ?? "" }
        }
        #expect(try listed(["--open"]).count == 3, "one was done at week 42's follow-up")
        #expect(try listed(["--owner", "ola"]) == ["Setje opp vidaresending av koordinatortelefonen", "Sende oppdatert vaktliste til alle"])
        #expect(try listed(["--overdue", "--today", "2026-10-09"]) == [], "the one due before was done")
        #expect(try listed(["--overdue", "--today", "2026-10-10", "--owner", "per"]) == ["Lage utkast til sjekkliste for vikarmottak"])
        #expect(try listed(["--overdue", "--today", "2026-09-28"]) == [])
    }

    @Test func noMatchSaysSoAndSucceeds() throws {
        let result = try register(["actions", "--overdue", "--today", "2026-09-01", "--owner", "marit"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Fann ingen oppfølgingspunkt (over fristen per 2026-09-01, kven: marit). Såg gjennom 2 møte i "))
    }

    @Test func badTodayIsAUsageError() throws {
        let result = try register(["actions", "--today", "2026-10-32", "--lang", "nb"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--today «2026-10-32» er ikke en dag. Skriv ÅÅÅÅ-MM-DD, for eksempel 2026-11-23."))
    }
}

@Suite struct SearchCommandTests {
    @Test func foldedSearchListsEveryHitWithMeetingAndItem() throws {
        let result = try register(["search", "hoeyring"])
        #expect(result.status == 0, "\(result.stderr)")
        try assertSnapshot(result.stdout, named: "search-hoyring-nn.txt")
        #expect(result.stdout.contains("2026-09-14  Teammøte veke 38  1. Nytt turnusprogram frå januar  notat"))
        #expect(result.stdout.contains("            Kjem turnusane ut på høyring til dei tillitsvalde?"))
        #expect(result.stdout.hasSuffix("\n2 treff.\n"))
    }

    @Test func exemptItemsAreShownMarked() throws {
        let result = try register(["search", "PARORANDE"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("§ 2026-10-12  Teammøte veke 42  2. Når pårørande krev meir enn vedtaket gir             tittel"))
        #expect(lines.contains { $0.hasPrefix("  2026-09-14  Teammøte veke 38  2. Prøveordning") }, "an open item is not marked")
        #expect(result.stdout.hasSuffix("\n5 treff.\n§ Unnateke offentlegheit: for teamet, ikkje for offentlege referat.\n"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let object = try json(try register(["search", "--json", "familie", "nær"]))
        #expect(Set(object.keys) == ["damaged", "hits", "query"])
        #expect(object["query"] as? String == "familie nær")
        let hit = try #require(try objects(object["hits"]).first)
        #expect(Set(hit.keys) == ["field", "item", "meeting", "snippet", "team", "text"])
        #expect(hit["field"] as? String == "disqualification")
        #expect(hit["text"] as? String == "Nær familie av brukaren saka gjeld")
        let item = try #require(hit["item"] as? [String: Any])
        #expect(item["exemption"] as? String == "offl. § 13 jf. fvl. § 13")
        #expect(item["kind"] as? String == "our-problem")
        #expect((hit["meeting"] as? [String: Any])?["name"] as? String == week42)

        let titles = try objects(try json(try register(["search", "--json", "veke 42"]))["hits"])
        #expect(titles.map { $0["field"] as? String ?? "" } == ["meetingTitle"])
        #expect(titles.first?["item"] is NSNull)
    }

    @Test func noMatchSaysWhatWasSearchedAndSucceeds() throws {
        let result = try register(["search", "kake", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Found no “kake”. Looked through 2 meetings in "))
        #expect(result.stdout.contains(": meeting title, title, presented, proposal, amendment, objection"))
        let json = try json(try register(["search", "kake", "--json"]))
        #expect(try objects(json["hits"]).isEmpty)
    }

    @Test func emptySearchIsAUsageError() throws {
        let result = try register(["search", " "])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Kva skal eg søkje etter?"))
    }
}

/// Docs/registers.md shows real output of the example team: each text example (a block that
/// starts with `$ runde …`) is exactly what the command prints, and each JSON example is what
/// the command named just before it prints, as JSON.
@Suite struct RegisterDocsTests {
    static let page = (try? String(contentsOf: CLI.repository.appendingPathComponent("Docs/registers.md"), encoding: .utf8)) ?? ""

    /// The fenced blocks of `language` on the page, each with the line of prose before it.
    static func blocks(_ language: String) -> [(before: String, body: String)] {
        let parts = page.components(separatedBy: "```\(language)\n")
        return parts.indices.dropFirst().map { index in
            let before = parts[index - 1].split(separator: "\n").last.map(String.init) ?? ""
            return (before, parts[index].components(separatedBy: "\n```").first ?? "")
        }
    }

    @Test func textExamplesAreWhatTheCommandsPrint() throws {
        let examples = Self.blocks("text")
        #expect(examples.count == 3)
        for example in examples {
            let lines = example.body.components(separatedBy: "\n")
            let command = try #require(lines.first.flatMap { $0.hasPrefix("$ runde ") ? $0.dropFirst(8) : nil })
            let result = try CLI.run(command.split(separator: " ").map(String.init), in: try CLI.exampleTeam())
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout == lines.dropFirst().joined(separator: "\n") + "\n", "Docs/registers.md: \(command)")
        }
    }

    @Test func jsonExamplesAreWhatTheCommandsPrint() throws {
        let examples = Self.blocks("json")
        #expect(examples.count == 3)
        for example in examples {
            let command = try #require(example.before.split(separator: "`").first.map { $0.dropFirst("runde ".count) })
            let result = try CLI.run(command.split(separator: " ").map(String.init), in: try CLI.exampleTeam())
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let printed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary
            let documented = try JSONSerialization.jsonObject(with: Data(example.body.utf8)) as? NSDictionary
            #expect(printed != nil && printed == documented, "Docs/registers.md: \(command)")
        }
    }
}
