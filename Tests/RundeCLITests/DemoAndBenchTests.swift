import Foundation
import Testing

/// `make demo` and `runde-bench` tidy up after themselves: nothing left in the temporary folder
/// or in the folder they were started from, and no terminal escapes where there is no terminal.
@Suite struct DemoAndBenchTests {
    /// The demo without a terminal (as in CI): it runs, its headings are plain text, and its
    /// scratch copy of the example team is gone when it ends.
    @Test func theDemoInAPipeIsPlainAndLeavesNothingBehind() throws {
        let temporary = try CLI.scratch()
        let result = try Spawn.run(
            "/bin/bash", [CLI.repository.appendingPathComponent("scripts/demo.sh").path],
            environment: [
                "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TMPDIR=\(temporary.path)", "RUNDE_BIN=\(CLI.products.appendingPathComponent("runde").path)",
            ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("== runde verify"), "\(result.output)")
        #expect(!result.output.contains("\u{1B}"), "escapes in piped output: \(result.output)")
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left.isEmpty, "left in the temporary folder: \(left)")
    }

    /// The intro a terminal shows is written in lines shorter than 80 columns, so no word is
    /// broken across lines on an 80-column terminal.
    @Test func theDemoIntroFitsEightyColumns() throws {
        let script = try String(contentsOf: CLI.repository.appendingPathComponent("scripts/demo.sh"), encoding: .utf8)
        let intro = try #require(script.components(separatedBy: "cat <<TEXT\n").dropFirst().first?.components(separatedBy: "\nTEXT").first)
        for line in intro.split(separator: "\n") {
            #expect(line.count < 80, "\(line.count) columns: \(line)")
            #expect(!line.contains("$"), "a line with a variable may be longer than it looks: \(line)")
        }
    }

    /// runde-bench keeps what it generates in the package's .build folder, whatever folder it
    /// is started from; asked for an archive it does not know, it says where they are cached and
    /// generates nothing.
    @Test func theBenchCachesInThePackagesBuildFolderOnly() throws {
        let elsewhere = try CLI.scratch()
        let result = try CLI.run(["generate", "B-0"], in: elsewhere, product: "runde-bench")
        #expect(result.status == 64, "\(result.stderr)")
        let cache = CLI.repository.appendingPathComponent(".build/bench-archives").path
        #expect(result.stderr.contains("no archive named B-0") && result.stderr.contains(cache), "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: elsewhere.path)
        #expect(left.isEmpty, "left in the folder it started in: \(left)")
    }
}
