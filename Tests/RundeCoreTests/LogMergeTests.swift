import Foundation
import Testing

@testable import RundeCore

/// ``LogMerge``: two copies of one log brought together, by a rule every machine works out the same.
struct LogMergeTests {
    let shared = Data("{\"seq\":1,\"at\":\"2026-12-01T13:00:00.000Z\"}\n".utf8)
    let early = Data("{\"seq\":2,\"at\":\"2026-12-01T13:01:00.000Z\"}\n".utf8)
    let late = Data("{\"seq\":2,\"at\":\"2026-12-01T13:02:00.000Z\"}\n".utf8)
    let third = Data("{\"seq\":3,\"at\":\"2026-12-01T13:03:00.000Z\"}\n".utf8)

    @Test func theLongerCopyOfALogThatOnlyGrewIsKept() {
        #expect(LogMerge.merge(ours: shared, theirs: shared) == .keepOurs)
        #expect(LogMerge.merge(ours: shared + early, theirs: shared) == .keepOurs)
        #expect(LogMerge.merge(ours: shared, theirs: shared + early + third) == .append(early + third))
    }

    @Test func aForkKeepsTheCopyWithMoreLinesWhicheverSideAsks() throws {
        let mine = shared + early
        let yours = shared + late + third
        guard case .fork(let here) = LogMerge.merge(ours: mine, theirs: yours), case .fork(let there) = LogMerge.merge(ours: yours, theirs: mine) else {
            Issue.record("not a fork")
            return
        }
        #expect(here.kept == yours && there.kept == yours)
        #expect(here.aside == early && there.aside == early)
        #expect(!here.keptOurs && there.keptOurs)
        #expect(here.sharedLines == 1 && here.sharedBytes == shared.count)
        let log = URL(fileURLWithPath: "/team/meetings/m.jsonl")
        #expect(MeetingFork.sideFile(of: log, aside: here.aside) == MeetingFork.sideFile(of: log, aside: there.aside))
        #expect(MeetingFork.sideFile(of: log, aside: here.aside).lastPathComponent.hasPrefix("m.jsonl.fork-"))
    }

    @Test func onATieTheEarlierFirstDifferentLineIsKept() {
        guard case .fork(let here) = LogMerge.merge(ours: shared + late, theirs: shared + early),
            case .fork(let there) = LogMerge.merge(ours: shared + early, theirs: shared + late)
        else {
            Issue.record("not a fork")
            return
        }
        #expect(here.kept == shared + early && there.kept == shared + early)
        #expect(here.aside == late && there.aside == late)
    }

    @Test func aForkRightAtTheStartSharesNoLines() {
        guard case .fork(let fork) = LogMerge.merge(ours: early, theirs: late + third) else {
            Issue.record("not a fork")
            return
        }
        #expect(fork.sharedLines == 0 && fork.sharedBytes == 0 && fork.kept == late + third)
    }
}
