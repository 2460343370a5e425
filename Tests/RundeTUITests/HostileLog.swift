import Foundation
import RundeCore

/// (The same as RundeCLITests' HostileLog, without its byte scan.) A log written by hand, as an old runde or a hostile editor could have left it: sound (the
/// hash chain holds), but with terminal controls in a title, a name, notes, decisions, actions
/// and an objection. Nothing runde prints from it may hold one raw.
enum HostileLog {
    /// ESC with an OSC title sequence, BEL, a C1 CSI, a bidi override and isolate, DEL.
    static let text = " \u{1B}]0;X\u{07}\u{9B}31m\u{202E}nilo\u{2066}\u{7F} vondt"

    /// The log at `source` with `text` added to its free text, re-chained: line by line.
    static func lines(from source: URL) throws -> Data {
        var prev = LineCodec.firstPrev
        var out = Data()
        for line in try Data(contentsOf: source).split(separator: 0x0A) {
            var record = try LineCodec.decode(Data(line))
            record.event = hostile(record.event)
            record.prev = prev
            let encoded = try LineCodec.encode(record)
            prev = LineCodec.hash(encoded)
            out.append(encoded)
            out.append(0x0A)
        }
        return out
    }

    private static func hostile(_ event: Event) -> Event {
        switch event {
        case .meetingCreated(var created):
            created.title += text
            created.participants = created.participants.map { person in
                var person = person
                person.name += text
                return person
            }
            created.items = created.items.map { item in
                var item = item
                item.draft.title += text
                item.draft.text += text
                return item
            }
            return .meetingCreated(created)
        case .noteAdded(var note):
            note.text += text
            return .noteAdded(note)
        case .decisionRecorded(var decision):
            decision.text += text
            return .decisionRecorded(decision)
        case .actionAdded(var action):
            action.what += text
            return .actionAdded(action)
        case .objectionRaised(var turn):
            turn.text += text
            return .objectionRaised(turn)
        default:
            return event
        }
    }
}
