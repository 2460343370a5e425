import Foundation

/// Where the bench reads and writes, found from where the program is rather than from the
/// folder it is started in: the archives it generates and its results stay in the package's
/// `.build` folder (`.build/bench-archives`, `.build/bench-results.json`), never in whatever
/// folder `runde-bench` was started from.
struct BenchPaths {
    /// The package's `.build` folder.
    var build: URL
    /// runde-bench itself, symbolic links resolved.
    var executable: URL

    /// Nil when `executable` (resolved through symbolic links) is not inside a `.build` folder.
    init?(executable: URL) {
        self.executable = executable.resolvingSymlinksInPath()
        var url = self.executable
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if url.lastPathComponent == ".build" {
                build = url
                return
            }
        }
        return nil
    }

    var package: URL { build.deletingLastPathComponent() }
    var cache: URL { build.appendingPathComponent("bench-archives", isDirectory: true) }
    var results: URL { build.appendingPathComponent("bench-results.json") }
    var scripts: URL { package.appendingPathComponent("scripts/bench", isDirectory: true) }
    /// The runde built beside runde-bench.
    var runde: URL { executable.deletingLastPathComponent().appendingPathComponent("runde") }
}
