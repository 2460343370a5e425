// `make bench`: runde's speed and memory targets, side by side with jq, python and grep, on ten
// years of generated meetings (Docs/performance.md). Never part of `make test`: a shared
// machine's timings say nothing about the code.
//
//     runde-bench                 generate what is not cached, measure, print the tables
//     runde-bench generate        only generate the archives (all, or those named: A-520 T-520 A-5000)
//
// With runde built in release mode beside runde-bench. Whatever folder it is started from, what
// it makes stays in the package's .build folder (BenchPaths). BENCH_QUICK=1 leaves A-5000 out.
import Foundation

/// `text` on standard output with one `write`, so that with both streams in one file the
/// progress notes on standard error never cut one of its lines.
func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

guard let paths = BenchPaths(executable: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])) else {
    Progress.note("run the runde-bench that swift build made (in the package's .build folder).")
    exit(64)
}
let cache = paths.cache
let resultsURL = paths.results
let scripts = paths.scripts
let runde = paths.runde
let arguments = Array(CommandLine.arguments.dropFirst())
let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] == "1"

do {
    if arguments.first == "generate" {
        let names = Set(arguments.dropFirst())
        let unknown = names.subtracting(ArchiveShape.all.map(\.name))
        guard unknown.isEmpty else {
            Progress.note(
                "no archive named \(unknown.sorted().joined(separator: ", ")); "
                    + "there are \(ArchiveShape.all.map(\.name).joined(separator: ", ")), cached in \(cache.path).")
            exit(64)
        }
        for shape in ArchiveShape.all where names.isEmpty || names.contains(shape.name) {
            say(Progress.text(try ArchiveGenerator.archive(shape, cache: cache)))
        }
        exit(0)
    }
    let machine = Machine.current
    var rows: [Row] = []
    var generation: [String: Double] = [:]
    var results: [String: (ArchiveResults, meetings: Int)] = [:]
    for shape in ArchiveShape.all where !(quick && shape.name == ArchiveShape.a5000.name) {
        let archive = try ArchiveGenerator.archive(shape, cache: cache)
        say(Progress.text(archive))
        generation[shape.name] = archive.generationSeconds
        Progress.note("measuring \(shape.name)…")
        let measured = try SideBySide(runde: runde, scripts: scripts, archive: archive).measure()
        rows += measured.rows
        results[shape.name] = (measured, shape.meetings)
    }
    if let (small, smallMeetings) = results[ArchiveShape.a520.name], let (large, largeMeetings) = results[ArchiveShape.a5000.name] {
        rows.append(.growth(small: small, smallMeetings: smallMeetings, large: large, largeMeetings: largeMeetings))
    }
    ChildProcess.removeScratchFiles()
    say("\nOn \(machine.text):\n")
    say(Table.text(rows))
    Progress.note("measuring in process…")
    var report = Report(machine: machine, generationSeconds: generation, rows: rows, inProcess: [])
    do { report.inProcess = try InProcess.measure() } catch { report.inProcessFailure = "\(error)" }
    say("\nIn process (one heavy meeting):\n")
    say(report.inProcessFailure.map { "failed: \($0)" } ?? InProcess.text(report.inProcess))
    try report.write(to: resultsURL)
    say("\nAll of it as JSON: \(resultsURL.path)")
    exit(report.met ? 0 : 1)
} catch {
    ChildProcess.removeScratchFiles()
    Progress.note("\(error)")
    exit(2)
}
