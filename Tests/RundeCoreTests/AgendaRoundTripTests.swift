import Foundation
import Testing

@testable import RundeCore

/// Renders random drafts as agenda lines, marks in random order and forms, and reads them back.
@Suite("Agenda file: round trip")
struct AgendaRoundTripTests {
    /// SplitMix64, so a failing seed can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let titleWords = [
        "Budsjett", "2026", "ny", "rutine", "for", "nøklar", "café", "👩‍⚕️", "会议", "kl.", "10:30", "@kari", "3D-skrivar", "#1",
        "mal:", "Æøå", "(2", "timar)", "kva", "no?", "«sitat»", "e\u{301}n", "info/drøft", "§", "13",
    ]

    static func timeboxForms(_ minutes: Int) -> [String] {
        var forms = ["\(minutes)m", "\(minutes) min", "\(minutes)min", "\(minutes) minutt"]
        if minutes >= 60 {
            let (hours, rest) = minutes.quotientAndRemainder(dividingBy: 60)
            forms += rest == 0 ? ["\(hours)t", "\(hours)h", "\(hours) timar"] : ["\(hours)t\(rest)m", "\(hours)h\(rest)", "\(hours)t \(rest)m"]
        }
        return forms
    }

    @Test func renderedDraftsReadBack() throws {
        for seed in UInt64(1)...1500 {
            var random = Generator(state: seed)
            let kind = ItemKind.allCases.randomElement(using: &random) ?? .decision
            let keywords = AgendaVocabulary.kindKeywords.filter { $0.kind == kind }.map(\.keyword)
            var words = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.titleWords.randomElement(using: &random) ?? "" }
            while let last = words.last, ["@kari", "mal:", "info/drøft", "§", "13", "(2"].contains(last) || words.count > 1 && last == "2026" {
                words.removeLast()
            }
            if words.isEmpty { words = ["Sak"] }
            var expected = ItemDraft(kind: kind, title: words.joined(separator: " "), owner: "kari")
            var marks = ["@" + (["kari", "Kari", "KARI"].randomElement(using: &random) ?? "kari")]
            if Bool.random(using: &random) {
                let minutes = Int.random(in: 1...480, using: &random)
                expected.timebox = minutes
                marks.append(Self.timeboxForms(minutes).randomElement(using: &random) ?? "")
            }
            if Bool.random(using: &random) {
                expected.infoDrøft = true
                marks.append("info/drøft")
            }
            if Bool.random(using: &random) {
                expected.replaces = DecisionRef("2026-09-14-1400-teammote#s\(seed % 9 + 1)")
                marks.append("erstattar:\(expected.replaces?.rawValue ?? "")")
            }
            if kind == .session || kind == .ourProblem, Bool.random(using: &random) {
                expected.recipe = kind == .session ? "okt-kort" : "vaart-problem"
                marks.append("mal:\(expected.recipe ?? "")")
            }
            marks.shuffle(using: &random)
            var line = "\(keywords.randomElement(using: &random) ?? ""): \(expected.title) "
            line += marks.joined(separator: Bool.random(using: &random) ? " " : ", ")
            if Bool.random(using: &random) {
                expected.exemption = "offl. § 13"
                line += " unnateke:offl. § 13"
            }
            if Bool.random(using: &random) {
                expected.text = "Bakgrunn: \(expected.title)\n\nAndre avsnitt."
                line += "\n  Bakgrunn: \(expected.title)\n\n  Andre avsnitt."
            }
            if kind == .decision, Bool.random(using: &random) {
                expected.proposal = "Vi gjer det.\nMed innrykk.\n  Og meir."
                line += "\n\tforslag: Vi gjer det.\n\t    Med innrykk.\n\t      Og meir."
            }
            let result = AgendaParser.parse(line, file: "agenda.txt", members: ["kari"], recipes: .builtIn)
            #expect((try? result.get()) == [expected], "seed \(seed): \(line.debugDescription) → \(result)")
        }
    }
}
