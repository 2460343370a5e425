import Foundation

/// A meeting's full history and the state it folds to, with undo.
///
/// Undo is an event of its own (`undone`, naming the `seq` it takes back): the log is never
/// rewritten. The state is the fold of every event that is still in effect.
public struct Meeting: Sendable, Hashable {
    /// Every record, in `seq` order.
    public private(set) var records: [EventRecord]
    public private(set) var state: MeetingState
    /// The `seq`s taken back by `undone` events.
    public private(set) var undoneSeqs: Set<Int> = []

    /// Folds a whole log.
    ///
    /// - Throws: ``MeetingFoldError`` naming the `seq` of the first event that does not fit.
    public init(records: [EventRecord]) throws(MeetingFoldError) {
        guard let first = records.first, case .meetingCreated(let created) = first.event else {
            throw MeetingFoldError(seq: records.first?.seq ?? 1, cause: FoldError(description: "the first event must be meetingCreated"))
        }
        self.records = [first]
        state = MeetingState(created: created, at: first.at, seq: first.seq)
        for record in records.dropFirst() { try apply(record) }
    }

    /// Folds one more record.
    public mutating func apply(_ record: EventRecord) throws(MeetingFoldError) {
        if case .undone(let undo) = record.event {
            guard undo.target == lastEffectiveSeq else {
                throw MeetingFoldError(seq: record.seq, cause: FoldError(description: "undone must name the latest event in effect"))
            }
            var undone = undoneSeqs
            undone.insert(undo.target)
            state = try Self.refold(records, skipping: undone)
            state.lastSeq = record.seq
            undoneSeqs = undone
        } else {
            do { try state.apply(record) } catch { throw MeetingFoldError(seq: record.seq, cause: error) }
        }
        records.append(record)
    }

    /// The events `command` would append, checked against the state.
    ///
    /// Undo takes back the latest command still in effect: its events (they share `at` and
    /// `by`, written together), latest first, one `undone` event each.
    public func decide(_ command: Command, at: Date) throws(Refusal) -> [Event] {
        guard case .undo = command else { return try state.decide(command, at: at) }
        guard state.stage != .closed else { throw .meetingClosed }
        let effective = effectiveRecords
        guard let last = effective.last else { throw .nothingToUndo }
        let command = effective.reversed().prefix { $0.at == last.at && $0.by == last.by }
        return command.map { .undone(Undone(target: $0.seq)) }
    }

    /// The latest event still in effect that can be taken back (not the first, not an undo).
    public var lastEffectiveSeq: Int? { effectiveRecords.last?.seq }

    /// Events that can be taken back and have not been: all but the first and the undos.
    private var effectiveRecords: [EventRecord] {
        records.dropFirst().filter { record in
            if case .undone = record.event { return false }
            return !undoneSeqs.contains(record.seq)
        }
    }

    /// The record with `seq`.
    public func record(_ seq: Int) -> EventRecord? { records.first { $0.seq == seq } }

    private static func refold(_ records: [EventRecord], skipping undone: Set<Int>) throws(MeetingFoldError) -> MeetingState {
        guard let first = records.first, case .meetingCreated(let created) = first.event else {
            throw MeetingFoldError(seq: 1, cause: FoldError(description: "the first event must be meetingCreated"))
        }
        var state = MeetingState(created: created, at: first.at, seq: first.seq)
        for record in records.dropFirst() where !undone.contains(record.seq) {
            if case .undone = record.event { continue }
            do { try state.apply(record) } catch { throw MeetingFoldError(seq: record.seq, cause: error) }
        }
        return state
    }
}

/// An event that does not fit the meeting, with its `seq`.
public struct MeetingFoldError: Error, Sendable, Hashable {
    public var seq: Int
    public var cause: FoldError
}
