import Foundation
import RundeCore
import Testing

@testable import RundeTUI

@Suite struct KeymapTests {
    /// `Docs/keys.md` is made from the keymap; it fails here when stale (RECORD_SNAPSHOTS=1 rewrites it).
    @Test func keyDocIsUpToDate() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Docs/keys.md")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" { try Keymap.markdown.write(to: url, atomically: true, encoding: .utf8) }
        #expect(try String(contentsOf: url, encoding: .utf8) == Keymap.markdown, "Docs/keys.md is stale: run the tests with RECORD_SNAPSHOTS=1")
    }

    /// The README's key map in brief, between `<!-- keys -->` and `<!-- /keys -->`, is made
    /// from the keymap too.
    @Test func readmeKeyMapIsUpToDate() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- keys -->\n"))
        let end = try #require(readme.range(of: "<!-- /keys -->", range: start.upperBound..<readme.endIndex))
        let current = String(readme[start.upperBound..<end.lowerBound])
        let expected = Keymap.summary(.en) + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try readme.replacingCharacters(in: start.upperBound..<end.lowerBound, with: expected).write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(current == expected, "README.md's key map is stale: run the tests with RECORD_SNAPSHOTS=1")
    }

    /// No key means two things in one context.
    @Test(arguments: Context.allCases)
    func keysAreUniquePerContext(context: Context) {
        let keys = Keymap.bindings(in: context).map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyActionHasAKeyAndWordsInEveryLanguage() {
        for action in Action.allCases {
            let bindings = Keymap.bindings.filter { $0.action == action }
            #expect(!bindings.isEmpty, "\(action) has no key")
            for binding in bindings {
                for language in Language.allCases {
                    #expect(!binding.short[language].isEmpty && !binding.long[language].isEmpty)
                }
            }
        }
    }
}

/// A meeting followed read-only (`runde follow`): every key that would write says why not and
/// writes nothing; moving, help and quitting still work, and the hint line offers only those.
@MainActor
@Suite struct WatchingTests {
    @Test func onlyKeysThatReadActWhenFollowing() throws {
        let driver = try Driver()
        driver.state.watching = true
        for binding in Keymap.bindings where binding.contexts.contains(driver.state.context) && !binding.action.onlyReads {
            driver.press(binding.key)
            #expect(driver.state.message?.text == "Du følgjer møtet og kan berre sjå på. Den som skriv, brukar runde run.", "\(binding.action)")
            #expect(driver.state.overlay == nil, "\(binding.action) opened nothing")
        }
        #expect(driver.submitted.isEmpty)
        let hinted = Keymap.bindings.filter { driver.state.isHinted($0.action) }.map(\.action)
        #expect(hinted.allSatisfy { $0.onlyReads }, "\(hinted)")
        driver.press(.char("q"))
        #expect(driver.quit, "leaving asks nothing: there is nothing to lose")
    }
}
