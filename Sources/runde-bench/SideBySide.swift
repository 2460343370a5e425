import Foundation
import RundeCore

/// What one archive's measurements give: the table's rows, and the first run of `decisions`
/// with jq's time for the same question, for the rows on growth.
struct ArchiveResults {
    var rows: [Row]
    var firstRunDecisions: Timing
    var jqDecisions: Double?
}

/// runde beside jq, python and grep on one archive. One team folder gets the register
/// questions with the index warm, after the newest log grew, and with no index, then verify and
/// the review screen; a unit's teams get the register questions with `--teams`, and the index
/// build (the first run of `decisions --teams` with no index anywhere).
struct SideBySide {
    var runde: URL
    var scripts: URL
    var archive: BenchArchive

    private var isUnit: Bool { archive.shape.teams > 1 }
    private var scope: Scope { isUnit ? .teams(archive.teamsFolder) : .team(archive.teamFolders[0]) }

    func measure() throws -> ArchiveResults {
        try reset()
        let files = archive.logs.map(\.path)
        let grep = Timing.median(Question.grep + files, accepting: 0...1).milliseconds
        var rows: [Row] = []
        var firstRun = Timing.failed("not measured")
        var jqDecisions: Double?
        for question in Question.registers {
            let jq = question.jq(scripts: scripts).flatMap { Timing.median($0 + files).milliseconds }
            let python = Timing.median(question.python(Question.python, scripts: scripts) + files).milliseconds
            if question == .decisions { jqDecisions = jq }
            Progress.note(
                "\(archive.shape.name) \(question.rawValue): jq \(jq.map { String(format: "%.0f ms", $0) } ?? "–"), python \(python.map { String(format: "%.0f ms", $0) } ?? "–")"
            )
            let command = [runde.path] + question.runde + scope.arguments
            let name = isUnit ? "\(question.rawValue) --teams" : question.rawValue
            func row(_ condition: String, _ runde: Timing, _ target: Target) {
                let row = Row("\(name), \(condition)", archive: archive.shape.name, runde: runde, jq: jq, python: python, grep: grep, target: target)
                Progress.note(row)
                rows.append(row)
            }
            row("index warm", Timing.median(command), isUnit ? Target(maxMilliseconds: 500) : Target(maxMilliseconds: 100, jqTimes: 15))
            row("one log grown", Timing.median(command, prepare: grow), isUnit ? Target() : Target(maxMilliseconds: 150))
            try reset()
            if !isUnit || question == .decisions {
                let first = Timing.median(command, prepare: deleteIndexes)
                if question == .decisions { firstRun = first }
                row("no index (first run)", first, isUnit ? Target(maxMilliseconds: 30_000) : Target(maxMilliseconds: 2_000, pythonTimes: 1.5))
            }
        }
        if !isUnit { rows += singleTeamRows(files: files, grep: grep) }
        return ArchiveResults(rows: rows, firstRunDecisions: firstRun, jqDecisions: jqDecisions)
    }

    /// verify and the review screen, which look at one team folder.
    private func singleTeamRows(files: [String], grep: Double?) -> [Row] {
        let team = archive.teamFolders[0]
        let python = Timing.median(Question.verify.python(Question.python, scripts: scripts) + files).milliseconds
        let command = [runde.path] + Question.verify.runde + Scope.team(team).arguments
        let verify = Timing.median(command)
        // With no index, verify also builds it, from its own reads.
        let verifyFirst = Timing.median(command, prepare: deleteIndexes)
        let name = archive.shape.teamName(0)
        let review = ReviewScreen(runde: runde, team: team, teamName: name).median()
        let rows = [
            Row(
                "verify", archive: archive.shape.name, runde: verify, jq: nil, python: python, grep: grep,
                target: Target(maxMilliseconds: 2_000, pythonTimes: 1.5)),
            Row(
                "verify, no index", archive: archive.shape.name, runde: verifyFirst, jq: nil, python: python, grep: grep,
                target: Target(maxMilliseconds: 2_000, pythonTimes: 1.5)),
            Row("review, first screen", archive: archive.shape.name, runde: review, jq: nil, python: nil, grep: nil, target: Target(maxMilliseconds: 300)),
        ]
        for row in rows { Progress.note(row) }
        return rows
    }

    /// Two notes appended to the meeting still going on, through the writer, as a scribe adds them.
    private func grow() throws {
        guard let log = archive.newestLog else { return }
        let writer = try MeetingLogWriter(url: log)
        for number in 1...2 { _ = try writer.submit(.addNote("Notat \(number) om heimekontor på onsdagar.", speaker: nil), by: "ola") }
    }

    /// The newest log back as generated, and no index: what every archive starts from.
    private func reset() throws {
        try ArchiveGenerator.restoreNewestLog(of: archive)
        try deleteIndexes()
    }

    /// Deletes `.runde/` (the index, derived from the logs) in every team folder.
    private func deleteIndexes() throws {
        for team in archive.teamFolders {
            let index = team.appendingPathComponent(".runde", isDirectory: true)
            if FileManager.default.fileExists(atPath: index.path) { try FileManager.default.removeItem(at: index) }
        }
    }
}
