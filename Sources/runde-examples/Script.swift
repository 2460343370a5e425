import Foundation
import RundeCore

/// Drives one meeting through the library, as a facilitator and a scribe would, on a clock
/// that moves 20 seconds per command so the example logs come out the same every time.
final class Script {
    let writer: MeetingLogWriter
    private let facilitator: ParticipantID
    private let scribe: ParticipantID

    init(folder: TeamFolder, plan: MeetingPlan) throws {
        var now = plan.scheduledAt.addingTimeInterval(-300)
        let clock = { () -> Date in
            defer { now.addTimeInterval(20) }
            return now
        }
        let url = folder.meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
        let created = try plan.created(recipes: folder.recipes)
        facilitator = folder.team.facilitator?.id ?? "kari"
        scribe = folder.team.scribe?.id ?? facilitator
        writer = try MeetingLogWriter.create(at: url, created, by: facilitator, clock: clock)
    }

    var state: MeetingState { writer.meeting.state }

    func run(_ command: Command) throws {
        do { try writer.submit(command, by: facilitator) } catch {
            throw ScriptError(command: "\(command)", error: "\(error)")
        }
    }

    func note(_ text: String, speaker: ParticipantID? = nil) throws {
        do { try writer.submit(.addNote(text, speaker: speaker), by: scribe) } catch {
            throw ScriptError(command: "note \(text)", error: "\(error)")
        }
    }

    func attend(present: [ParticipantID], absent: [ParticipantID] = []) throws {
        for id in present { try run(.setAttendance(id, .present)) }
        for id in absent { try run(.setAttendance(id, .absent)) }
    }

    /// Everyone in the open round has their turn: those in `notes` speak and the scribe writes
    /// down what they said; those in `passing` pass; the rest speak without a note.
    func round(_ notes: [ParticipantID: String] = [:], passing: Set<ParticipantID> = []) throws {
        while let speaker = state.openRound?.speaker {
            if passing.contains(speaker) {
                try run(.pass(speaker))
            } else {
                try run(.speak(speaker))
                if let text = notes[speaker] { try note(text, speaker: speaker) }
            }
        }
    }

    /// Everyone in the open consent round answers: consent, unless `answers` says otherwise.
    func consentRound(_ answers: [ParticipantID: ConsentAnswer] = [:]) throws {
        while let speaker = state.openRound?.speaker {
            try run(.answer(speaker, answers[speaker] ?? .consent))
        }
    }

    func next() throws { try run(.nextStep) }
}

struct ScriptError: Error, CustomStringConvertible {
    var command: String
    var error: String
    var description: String { "example script failed at \(command): \(error)" }
}

/// The example team meets in Norway.
let exampleTimeZone = TimeZone(identifier: "Europe/Oslo") ?? .gmt

/// A fixed time in Norway.
func osloTime(_ text: String) -> Date {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = exampleTimeZone
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
}
