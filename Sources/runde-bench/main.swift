// `make bench`: runde's speed and memory targets, side by side with jq, python and grep, on ten
// years of generated meetings (Docs/performance.md). Never part of `make test`: a shared
// machine's timings say nothing about the code.
//
//     runde-bench                 generate what is not cached, measure, print the tables
//     runde-bench generate        only generate the archives (all, or those named: A-520 T-520 A-5000)
//
// Run from the package's folder, with runde built in release mode beside runde-bench.
// BENCH_QUICK=1 leaves A-5000 out.
import Foundation

let cache = URL(fileURLWithPath: ".build/bench-archives", isDirectory: true)
let resultsURL = URL(fileURLWithPath: ".build/bench-results.json")
let scripts = URL(fileURLWithPath: "scripts/bench", isDirectory: true)
let runde = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("runde")
let arguments = Array(CommandLine.arguments.dropFirst())
let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] == "1"

do {
    if arguments.first == "generate" {
        let names = Set(arguments.dropFirst())
        for shape in ArchiveShape.all where names.isEmpty || names.contains(shape.name) {
            print(Progress.text(try ArchiveGenerator.archive(shape, cache: cache)))
        }
        exit(0)
    }
    let machine = Machine.current
    var rows: [Row] = []
    var generation: [String: Double] = [:]
    var results: [String: (ArchiveResults, meetings: Int)] = [:]
    for shape in ArchiveShape.all where !(quick && shape.name == ArchiveShape.a5000.name) {
        let archive = try ArchiveGenerator.archive(shape, cache: cache)
        print(Progress.text(archive))
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
    print("\nOn \(machine.text):\n")
    print(Table.text(rows))
    Progress.note("measuring in process…")
    var report = Report(machine: machine, generationSeconds: generation, rows: rows, inProcess: [])
    do { report.inProcess = try InProcess.measure() } catch { report.inProcessFailure = "\(error)" }
    print("\nIn process (one heavy meeting):\n")
    print(report.inProcessFailure.map { "failed: \($0)" } ?? InProcess.text(report.inProcess))
    try report.write(to: resultsURL)
    print("\nAll of it as JSON: \(resultsURL.path)")
    exit(report.met ? 0 : 1)
} catch {
    Progress.note("\(error)")
    exit(2)
}
