import Foundation
import RundeCore

/// A log written by hand, as an old runde or a hostile editor could have left it: sound (the
/// hash chain holds), but with terminal controls in a title, a name, the zone's name (so not
/// one this machine knows), notes, decisions, actions and an objection. Nothing runde prints from it may hold one raw.
public enum HostileLog {
    /// ESC with an OSC title sequence, BEL, a C1 CSI, a bidi override and isolate, DEL.
    public static let text = " \u{1B}]0;X\u{07}\u{9B}31m\u{202E}nilo\u{2066}\u{7F} vondt"

    /// The log at `source` with `text` added to its free text and its zone's name, re-chained.
    public static func lines(from source: URL) throws -> Data {
        try EditedLog.lines(from: source, hostile)
    }

    private static func hostile(_ event: Event) -> Event {
        switch event {
        case .meetingCreated(var created):
            created.title += text
            created.timeZone = (created.timeZone ?? "") + text
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

    /// The unsafe bytes in `data` as UTF-8: C0 but LF and TAB, DEL, C1 (`C2 80`–`C2 9F`), and
    /// the bidirectional controls U+061C, U+200E/F, U+202A–E, U+2066–9. Empty when clean.
    public static func unsafeBytes(in data: Data) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F {
                found.append(String(format: "%02X@%d", b, i))
            } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                found.append(String(format: "C2%02X@%d", bytes[i + 1], i))
            } else if b == 0xD8, i + 1 < bytes.count, bytes[i + 1] == 0x9C {
                found.append("U+061C@\(i)")
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, [0x8E, 0x8F, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(bytes[i + 2]) {
                found.append(String(format: "E280%02X@%d", bytes[i + 2], i))
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x81, (0xA6...0xA9).contains(bytes[i + 2]) {
                found.append(String(format: "E281%02X@%d", bytes[i + 2], i))
            }
            i += 1
        }
        return found
    }

    public static func unsafeBytes(in text: String) -> [String] { unsafeBytes(in: Data(text.utf8)) }
}
