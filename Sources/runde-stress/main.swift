// A test helper, not for people: appends notes to one meeting's log through the real writer, as a
// second terminal would, and says which ones reached the log. `make test` runs several at once on
// one meeting and kills some mid-write (Tests/RundeCLITests/WriterStressTests.swift).
//
//     runde-stress LOG COUNT LABEL
//
// Adds the notes "LABEL 1" … "LABEL COUNT". After each command returns — the lines are synced to
// disk by then — it prints "<seq> <text>" on standard output, unbuffered. A command that fails is
// printed on standard error and ends the run with status 1.
import Foundation
import Glibc
import RundeCore

func say(_ text: String, to fd: Int32) {
    let bytes = Array((text + "\n").utf8)
    var done = 0
    while done < bytes.count {
        let count = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return }
        done += count
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[2]) else {
    say("usage: runde-stress LOG COUNT LABEL", to: 2)
    exit(2)
}
let label = arguments[3]
do {
    let writer = try MeetingLogWriter(url: URL(fileURLWithPath: arguments[1]))
    for number in 1...max(1, count) {
        let text = "\(label) \(number)"
        let records = try writer.submit(.addNote(text, speaker: nil), by: nil)
        say("\(records.first?.seq ?? 0) \(text)", to: 1)
    }
} catch let error as SubmitError {
    switch error {
    case .log(let error): say("runde-stress: \(error.message(.en))", to: 2)
    case .refused(let refusal): say("runde-stress: \(refusal.message(.en))", to: 2)
    }
    exit(1)
} catch let error as LogError {
    say("runde-stress: \(error.message(.en))", to: 2)
    exit(1)
} catch {
    say("runde-stress: \(error)", to: 2)
    exit(1)
}
