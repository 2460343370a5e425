import Foundation
import Testing

@testable import RundeCore
@testable import RundeIndex

/// The index never disagrees with the logs: every question asked of an archive read through
/// the index gets the answer a fresh fold of the logs gives — on random archives (undo, follow-up
/// choices from a later meeting, exempt items, lifted and restored exemptions), as logs grow,
/// tear, break, go, come back, are touched, and as the index itself is damaged or outdated.
@Suite struct IndexAgreementTests {
    /// Archive questions that must come out the same, given an index and a fold.
    static func expectSame(_ meetings: URL, index: URL, words: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        let folded = Archive(folder: meetings)
        let (indexed, problem) = ArchiveIndex.archive(meetings: meetings, index: index)
        #expect(problem == nil, sourceLocation: sourceLocation)
        #expect(indexed.meetings == folded.meetings, sourceLocation: sourceLocation)
        #expect(indexed.damaged == folded.damaged, sourceLocation: sourceLocation)
        #expect(ArchiveIndex.disagreements(in: indexed, with: folded).isEmpty, sourceLocation: sourceLocation)
        #expect(indexed.decisions == folded.decisions, sourceLocation: sourceLocation)
        #expect(indexed.actions == folded.actions, sourceLocation: sourceLocation)
        #expect(indexed.carryOver == folded.carryOver, sourceLocation: sourceLocation)
        let day = Fixture.day("2027-01-01")
        #expect(indexed.reviewDue(on: day) == folded.reviewDue(on: day), sourceLocation: sourceLocation)
        for word in words + probes(in: folded) {
            guard let pattern = SearchPattern(word) else { continue }
            #expect(indexed.search(pattern) == folded.search(pattern), "search «\(word)»", sourceLocation: sourceLocation)
            let query = DecisionQuery(search: pattern, timeZone: .gmt)
            #expect(query.apply(to: indexed, today: day) == query.apply(to: folded, today: day), "decisions --search «\(word)»", sourceLocation: sourceLocation)
        }
    }

    /// Words to search for, taken from the archive's own texts: a piece of a word, the whole
    /// of one, and each written with æøå spelled out and taken away, as people type them.
    static func probes(in archive: Archive) -> [String] {
        let words = archive.meetings.flatMap { archive.searchableTexts(of: $0.name) }.flatMap { $0.text.split(whereSeparator: \.isWhitespace) }
        var probes: [String] = []
        for (index, word) in Set(words.map(String.init)).sorted().enumerated() where index % 7 == 0 {
            probes += [word, String(word.dropFirst().prefix(4)), word.uppercased()]
            probes.append(word.replacingOccurrences(of: "ø", with: "oe").replacingOccurrences(of: "å", with: "aa").replacingOccurrences(of: "æ", with: "ae"))
            probes.append(word.replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "å", with: "a"))
        }
        return probes + ["å", "oe", "paaroerande", "hoyring", "ZZSECRET1ZZ OPENWORD", "§", "notat sak"]
    }

    @Test(arguments: 0..<10)
    func indexAgreesWithTheFoldAsTheArchiveChanges(seed: Int) throws {
        let team = try temporaryFolder("index-agreement-\(seed)")
        let meetings = team.appendingPathComponent("meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try ExemptionPropertyTests.writeArchive(seed: seed, in: meetings)
        let index = ArchiveIndex.location(team: team)
        let logs = Archive.logFiles(in: meetings)
        let first = try #require(logs.first)
        let last = try #require(logs.last)

        Self.expectSame(meetings, index: index)  // built
        Self.expectSame(meetings, index: index)  // warm

        // A running meeting: each line is current on the next question.
        let running = try ArchiveScript(folder: meetings, team: ExemptionPropertyTests.team, name: "tredje", day: "2026-11-09", agenda: [])
        Self.expectSame(meetings, index: index)
        try running.openAndCheckIn()
        Self.expectSame(meetings, index: index)
        try running.submit(.addNote("Eit nytt notat om pårørande", speaker: nil))
        try running.submit(.addNote("Skrive utan æøå: hoeyring om paaroerande hos Oedegaard", speaker: nil))
        Self.expectSame(meetings, index: index, words: ["paarorande", "høyring", "pårørande", "Ødegård", "hoyring"])
        try running.submit(.undo)
        Self.expectSame(meetings, index: index, words: ["pårørande"])

        // A line cut off mid-write, then finished being cut away again.
        let whole = try Data(contentsOf: last)
        try append(Data(#"{"v":2,"seq":9999,"type":"noteAdd"#.utf8), to: last)
        Self.expectSame(meetings, index: index)
        try whole.write(to: last)
        Self.expectSame(meetings, index: index)

        // Touched, copied, removed, damaged, repaired.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: first.path)
        Self.expectSame(meetings, index: index)
        let copy = meetings.appendingPathComponent("2026-12-01-1200-kopi.jsonl")
        try FileManager.default.copyItem(at: first, to: copy)
        Self.expectSame(meetings, index: index)
        let original = try Data(contentsOf: first)
        var damaged = original
        damaged[damaged.count / 2] = UInt8(ascii: "#")
        try damaged.write(to: first)
        Self.expectSame(meetings, index: index)
        #expect(ArchiveIndex.archive(meetings: meetings, index: index).archive.damaged.map(\.file) == [first.path], "reported, as the fold does")
        try original.write(to: first)
        Self.expectSame(meetings, index: index)
        try FileManager.default.removeItem(at: copy)
        Self.expectSame(meetings, index: index)
    }

    @Test func theExampleTeamReadsTheSameThroughTheIndex() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/heimetenesta/meetings")
        let meetings = try temporaryFolder().appendingPathComponent("meetings")
        try FileManager.default.copyItem(at: examples.standardizedFileURL, to: meetings)
        let index = meetings.deletingLastPathComponent().appendingPathComponent(".runde/index.sqlite")
        Self.expectSame(meetings, index: index, words: ["heimekontor", "vikar", "høyring", "HOYRING", "fadder turnus", "Ødegård", "oedegaard"])
        Self.expectSame(meetings, index: index)
    }

    private func append(_ data: Data, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }
}

/// The index is derived and disposable: damaged, outdated or unwritable, it is rebuilt or
/// replaced by one in memory, and the answer stays the same. It is as private as the logs.
@Suite struct IndexFileTests {
    static func team(_ name: String = #function) throws -> (meetings: URL, index: URL) {
        let team = try temporaryFolder(name)
        let meetings = team.appendingPathComponent("meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try ExemptionPropertyTests.writeArchive(seed: 3, in: meetings)
        return (meetings, ArchiveIndex.location(team: team))
    }

    /// An archive held open (the review screen) while another runde brings the index up to
    /// date: a meeting's id, freed and given to another meeting, never puts that meeting's texts
    /// under the name the held archive knows; a meeting that grew keeps its texts.
    @Test func anArchiveHeldOpenNeverNamesATextAfterAnotherMeeting() throws {
        let (meetings, index) = try Self.team()
        let running = try ArchiveScript(folder: meetings, team: ExemptionPropertyTests.team, name: "pågåande", day: "2026-11-30", agenda: [])
        try running.openAndCheckIn()
        let held = ArchiveIndex.archive(meetings: meetings, index: index).archive
        let newest = try #require(held.meetings.last?.name)
        #expect(newest == running.name)

        try running.submit(.addNote("Lagt til medan oversynet var ope: brøytekontrakten", speaker: nil))
        _ = ArchiveIndex.archive(meetings: meetings, index: index)  // another runde
        #expect(held.searchableTexts(of: newest).contains { $0.text.contains("brøytekontrakten") }, "the grown meeting, current")

        try FileManager.default.removeItem(at: meetings.appendingPathComponent(newest + ".jsonl"))
        let newcomer = try ArchiveScript(folder: meetings, team: ExemptionPropertyTests.team, name: "ny", day: "2026-12-07", agenda: [])
        try newcomer.openAndCheckIn()
        try newcomer.submit(.addNote("Berre i det nye møtet: snøbrøytingsavtalen", speaker: nil))
        _ = ArchiveIndex.archive(meetings: meetings, index: index)  // another runde: the freed id goes to the newcomer
        let pattern = try #require(SearchPattern("snøbrøytingsavtalen"))
        #expect(held.search(pattern).isEmpty, "the newcomer's note is not under the removed meeting's name")
        #expect(held.searchableTexts(of: newest).isEmpty, "the removed meeting has no texts now")
        #expect(ArchiveIndex.archive(meetings: meetings, index: index).archive.search(pattern).count == 1)
    }

    @Test func anIndexThatIsNotADatabaseIsBuiltAgain() throws {
        let (meetings, index) = try Self.team()
        IndexAgreementTests.expectSame(meetings, index: index)
        try Data("ikkje ein database".utf8).write(to: index)
        IndexAgreementTests.expectSame(meetings, index: index)
        #expect(try Data(contentsOf: index).prefix(15) == Data("SQLite format 3".utf8))
    }

    /// An index of another version, and one holding a value this build cannot read back.
    @Test(arguments: ["DELETE FROM decisions; PRAGMA user_version = \(IndexSchema.version + 1)", "UPDATE items SET status = 'tull'"])
    func anIndexThatDoesNotReadIsBuiltAgain(change: String) throws {
        let (meetings, index) = try Self.team("rebuilt-\(change.count)")
        IndexAgreementTests.expectSame(meetings, index: index)
        try SQLiteDatabase(path: index.path, create: false).execute(change)
        IndexAgreementTests.expectSame(meetings, index: index)
    }

    @Test func withNowhereToWriteTheIndexIsKeptInMemory() throws {
        let (meetings, _) = try Self.team()
        let blocked = meetings.deletingLastPathComponent().appendingPathComponent("blocked")
        try Data().write(to: blocked)  // a file where the index's folder would be
        let index = blocked.appendingPathComponent("index.sqlite")
        let (archive, problem) = ArchiveIndex.archive(meetings: meetings, index: index)
        #expect(problem?.contains(blocked.path) == true, "says why the index was not used")
        #expect(archive.meetings == Archive(folder: meetings).meetings)
    }

    @Test func theIndexIsPrivateWhateverTheUmask() throws {
        let (meetings, index) = try Self.team()
        let old = umask(0)
        defer { umask(old) }
        _ = ArchiveIndex.archive(meetings: meetings, index: index)
        #expect(try mode(index) == 0o600)
        #expect(try mode(index.deletingLastPathComponent()) == 0o700)
    }

    @Test func inAGroupSharedFolderTheIndexIsTheGroupsAndNoOneElses() throws {
        let (meetings, index) = try Self.team()
        let team = meetings.deletingLastPathComponent()
        #expect(chmod(team.path, 0o2770) == 0)
        let old = umask(0o022)
        defer { umask(old) }
        _ = ArchiveIndex.archive(meetings: meetings, index: index)
        #expect(try mode(index) == 0o660)
        #expect(try mode(index.deletingLastPathComponent()) == 0o2770)
    }

    @Test func manyReadersAtOnceAllGetTheSameAnswer() throws {
        let (meetings, index) = try Self.team()
        let expected = Archive(folder: meetings).meetings
        let answers = Answers()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let (archive, problem) = ArchiveIndex.archive(meetings: meetings, index: index)
            answers.add(problem == nil && archive.meetings == expected)
        }
        #expect(answers.all == [true, true, true, true])
    }

    private func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }
}

/// Collects results from concurrent work.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool] = []

    func add(_ value: Bool) { lock.withLock { values.append(value) } }
    var all: [Bool] { lock.withLock { values } }
}

@Suite struct FullTextQueryTests {
    @Test func norwegianLettersBecomeEverySpellingTheyMatch() throws {
        #expect(SearchPattern("høyring")?.fullTextQuery == #"("hoeyring" OR "hoyring")"#)
        #expect(SearchPattern("hoeyring")?.fullTextQuery == #"("hoeyring" OR "hoyring")"#)
        #expect(SearchPattern("pårørande")?.fullTextQuery == #"("paaroerande" OR "paarorande" OR "paroerande" OR "parorande")"#)
        #expect("Pårørande Ærøy".fullTextFolded == "parorande aeroy")
    }

    /// The folding the index stores is exactly the search's own folding, letter by letter, with
    /// `ø`, `å` and `æ` written out: on plain ASCII, Norwegian, accents, combining marks,
    /// capitals whose lowercase is longer, emoji, CRLF and control characters.
    @Test func fullTextFoldingIsTheSearchFoldingWrittenOut() {
        let pieces = [
            "Heimekontor", "ABC xyz 123", "Pårørande", "ÆRØY", "e\u{301}", "A\u{30A}", "İstanbul", "Straße", "ǅ", "👩‍⚕️", "🇳🇴",
            "\r\n", "\u{1B}[2J", "\t", " ", "Crème brûlée", "ŊŋÐð", "中文", "o\u{308}",
        ]
        for text in ["a\r\nÆ", "\r\nø", "x\r\r\n\u{301}", "Ab\u{301}C", "\n\u{1B}Å"] {
            #expect(text.fullTextFolded == String(FoldedText(text).letters.flatMap(FullTextQuery.letters)), "\(text.debugDescription)")
        }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let text = (0..<(round % 7)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = String(FoldedText(text).letters.flatMap(FullTextQuery.letters))
            #expect(text.fullTextFolded == expected, "\(text.debugDescription)")
        }
    }

    /// Latin-1's letters fold from a table made once; they fold as Foundation folds them, and a
    /// letter written decomposed folds as the same letter precomposed.
    @Test func latinLettersFoldWhateverWayTheyAreWritten() {
        let folds: [(String, String)] = [
            ("Æ", "æ"), ("Ø", "ø"), ("Å", "å"), ("æ", "æ"), ("É", "e"), ("è", "e"), ("Ü", "u"), ("ñ", "n"), ("Ç", "c"),
            ("A\u{30A}", "å"), ("O\u{308}", "o"), ("e\u{301}", "e"),
        ]
        for (written, folded) in folds {
            #expect(FoldedText.fold(Character(written)) == folded, "\(written)")
        }
        #expect("ÆRØ Ærø ærø".fullTextFolded == "aero aero aero")
    }

    @Test func wordsTooShortForTrigramsDoNotNarrow() {
        #expect(SearchPattern("på")?.fullTextQuery == nil)
        #expect(SearchPattern("på vikar")?.fullTextQuery == #"("vikar")"#)
    }

    @Test func quotesInAWordAreEscaped() {
        #expect(SearchPattern(#"sa"de"#)?.fullTextQuery == #"("sa""de")"#)
    }

    @Test func packedStringsComeBackExactly() {
        let strings = ["", "kari", "4:ola", "12", "æøå 日本 👩‍👩‍👧", "a\u{0}b", ":"]
        #expect(PackedStrings.unpack(PackedStrings.pack(strings)) == strings)
        #expect(PackedStrings.unpack("") == [])
        #expect(PackedStrings.unpack("5:abc") == nil)
        #expect(PackedStrings.unpack("x") == nil)
    }
}

/// `runde verify` reads every log once and indexes the ones the index does not hold as they
/// are (``IndexCheck``): the index it leaves is the one a fold would have built, a log that
/// changes while verify reads it is folded again as it is now, and damage is never indexed.
@Suite struct IndexCheckTests {
    /// Verify's use of the index over every log; `meanwhile` runs after the logs were read and
    /// before the index takes what verify read.
    @discardableResult
    static func verify(_ meetings: URL, index: URL, meanwhile: () throws -> Void = {}) throws -> (disagreeing: [String], problem: String?) {
        let check = IndexCheck(meetings: meetings, index: index)
        var disagreeing: [String] = []
        for url in Archive.logFiles(in: meetings) {
            let stale = check.stale.contains(url.deletingPathExtension().lastPathComponent)
            let report = MeetingLog.verify(url, hashing: stale)
            #expect((report.hash != nil) == (stale && report.state != nil))
            if stale, let entry = IndexCheck.entry(for: report) {
                check.add(entry)
            } else if !check.agrees(with: report.state, at: url) {
                disagreeing.append(url.lastPathComponent)
            }
        }
        try meanwhile()
        return (disagreeing, check.problem ?? check.finish())
    }

    private func archive(seed: Int) throws -> (meetings: URL, index: URL) {
        let team = try temporaryFolder("index-check-\(seed)")
        let meetings = team.appendingPathComponent("meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try ExemptionPropertyTests.writeArchive(seed: seed, in: meetings)
        return (meetings, ArchiveIndex.location(team: team))
    }

    @Test(arguments: 0..<3)
    func verifyBuildsTheIndexAFoldWouldHaveBuilt(seed: Int) throws {
        let (meetings, index) = try archive(seed: seed)
        #expect(IndexCheck(meetings: meetings, index: index).stale.count == Archive.logFiles(in: meetings).count, "no index yet")
        let (disagreeing, problem) = try Self.verify(meetings, index: index)
        #expect(disagreeing.isEmpty)
        #expect(problem == nil)
        #expect(IndexCheck(meetings: meetings, index: index).stale.isEmpty, "verify left every log indexed")
        IndexAgreementTests.expectSame(meetings, index: index)
        let warm = try Self.verify(meetings, index: index)
        #expect(warm.disagreeing.isEmpty && warm.problem == nil)
    }

    @Test func aLogThatGrowsWhileVerifyReadsIsIndexedAsItIsNow() throws {
        let (meetings, index) = try archive(seed: 4)
        let running = try ArchiveScript(folder: meetings, team: ExemptionPropertyTests.team, name: "tredje", day: "2026-11-09", agenda: [])
        try running.openAndCheckIn()
        try Self.verify(meetings, index: index) {
            try running.submit(.addNote("Skrive medan verify les: kveldsvaktordninga", speaker: nil))
        }
        #expect(IndexCheck(meetings: meetings, index: index).stale.isEmpty)
        let found = ArchiveIndex.archive(meetings: meetings, index: index).archive.search(try #require(SearchPattern("kveldsvaktordninga")))
        #expect(found.count == 1, "the note written after verify read the log is indexed")
        IndexAgreementTests.expectSame(meetings, index: index, words: ["kveldsvaktordninga"])
    }

    /// Verify stores what it read a batch at a time while it reads on: with more logs than a
    /// batch, and a log growing after its batch was stored, the index still ends as a fold's.
    @Test func manyLogsAreStoredInBatchesAndEndAsAFoldWouldHaveThem() throws {
        let (meetings, index) = try archive(seed: 7)
        let logs = Archive.logFiles(in: meetings)
        for copy in 1...(40 / logs.count + 1) {
            for log in logs {
                let name = log.deletingPathExtension().lastPathComponent + "-kopi-\(copy)"
                try FileManager.default.copyItem(at: log, to: meetings.appendingPathComponent(name + ".jsonl"))
            }
        }
        let running = try ArchiveScript(folder: meetings, team: ExemptionPropertyTests.team, name: "tredje", day: "2026-11-09", agenda: [])
        try running.openAndCheckIn()
        #expect(Archive.logFiles(in: meetings).count > 40)
        let (disagreeing, problem) = try Self.verify(meetings, index: index) {
            try running.submit(.addNote("Skrive etter at verify las: nattevaktordninga", speaker: nil))
        }
        #expect(disagreeing.isEmpty && problem == nil)
        #expect(IndexCheck(meetings: meetings, index: index).stale.isEmpty)
        IndexAgreementTests.expectSame(meetings, index: index, words: ["nattevaktordninga"])
    }

    @Test func aDamagedLogIsReportedAndNotIndexed() throws {
        let (meetings, index) = try archive(seed: 5)
        let first = try #require(Archive.logFiles(in: meetings).first)
        var bytes = try Data(contentsOf: first)
        bytes[bytes.count / 2] = UInt8(ascii: "#")
        try bytes.write(to: first)
        try Self.verify(meetings, index: index)
        let (archive, _) = ArchiveIndex.archive(meetings: meetings, index: index)
        #expect(archive.damaged.map(\.file) == [first.path])
        #expect(archive.meeting(named: first.deletingPathExtension().lastPathComponent) == nil)
        IndexAgreementTests.expectSame(meetings, index: index)
    }

    @Test func anIndexThatLiesAboutAnUnchangedLogDisagrees() throws {
        let (meetings, index) = try archive(seed: 6)
        try Self.verify(meetings, index: index)
        let database = try SQLiteDatabase(path: index.path, create: false)
        try database.execute("UPDATE meetings SET title = 'Forfalska'")
        let (disagreeing, problem) = try Self.verify(meetings, index: index)
        #expect(problem == nil)
        #expect(disagreeing.count == Archive.logFiles(in: meetings).count)
    }
}
