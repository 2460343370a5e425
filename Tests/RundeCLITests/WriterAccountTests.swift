import Foundation
import Glibc
import Testing

/// A log the user may read but not write, when the tests run as root (whom `chmod 0444` does not
/// stop): the writer runs as `nobody` (`runde-stress`, the real writer in a process of its own).
/// As anyone else, `WriterPlaceTests.readableButNotWritableSaysSo` checks the same in process.
@Suite(.enabled(if: geteuid() == 0, "as anyone but root, WriterPlaceTests checks this in process"))
struct WriterAccountTests {
    @Test func aLogThisAccountMayOnlyReadIsRefusedWithWhy() throws {
        let team = try CLI.exampleTeam()
        let place = team.deletingLastPathComponent()
        let stress = place.appendingPathComponent("runde-stress")
        // cp, not a copy made in this process (whose open file could leak into another test's child).
        #expect(try Spawn.run("/bin/cp", [CLI.products.appendingPathComponent("runde-stress").path, stress.path], environment: []).status == 0)
        for folder in sequence(first: stress.deletingLastPathComponent(), next: { $0.path == "/" ? nil : $0.deletingLastPathComponent() }) {
            var info = stat()
            if stat(folder.path, &info) == 0, info.st_mode & 0o001 == 0 { chmod(folder.path, info.st_mode & 0o7777 | 0o711) }
        }
        chmod(stress.path, 0o755)
        let meetings = team.appendingPathComponent("meetings")
        chmod(team.path, 0o711)
        chmod(meetings.path, 0o755)
        let log = meetings.appendingPathComponent(try #require(CLI.meetings(in: team).first))
        chmod(log.path, 0o444)
        let before = try Data(contentsOf: log)

        let result = try Spawn.run("/usr/sbin/runuser", ["-u", "nobody", "--", stress.path, log.path, "1", "note"], environment: ["PATH=/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.output.contains("no permission to write the log; `runde show` and `runde verify` can still read it"), "\(result.output)")
        #expect(try Data(contentsOf: log) == before)
    }
}
