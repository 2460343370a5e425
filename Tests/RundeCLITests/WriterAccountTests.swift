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
        let stress = try CLI.runnableByAnyone("runde-stress", in: team.deletingLastPathComponent())
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
