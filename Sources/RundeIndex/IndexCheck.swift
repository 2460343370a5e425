import Foundation
import RundeCore

/// `runde verify`'s use of the index. Verify reads and folds every log anyway, so it does the
/// index's work too, and each log is read once, index or none:
///
/// - a log the index knows as it is now (same size and time) must fold to what the index holds
///   for it (``agrees(with:at:)``); one that does not is a disagreement, and the caller rebuilds;
/// - a log the index does not know yet, or knows in another form, is stale: verify's fold of it
///   (``entry(for:)``) is what the index takes for it, provided the log still has the size and
///   time it had before verify read it. Folds are stored a batch at a time while verify reads
///   on (``add(_:)``), each batch in a short transaction of its own, and ``finish()`` brings the
///   index up to date with whatever else changed.
public final class IndexCheck {
    private let location: URL
    private let meetings: URL
    /// What the index holds for the logs it knows as they are now; nil when it could not be used.
    private let indexed: Archive?
    /// The stale logs by name, with their size and time before verify read them.
    private let identities: [String: LogIdentity?]
    /// The names of the logs the index does not hold as they are now: verify hands their folds
    /// in (``isStale(_:in:)`` on verify's workers).
    public let stale: Set<String>
    /// Stale logs' folds not yet handed to ``store``.
    private var pending: [String: (log: LogFile, fold: KnownFold)] = [:]
    private let store: IndexStore
    /// Why the index in the team folder could not be used; nil when it could.
    public let problem: String?

    /// Reads the index of the logs in `meetings` (made empty when missing, made anew when it
    /// does not read), and what it holds of each log; nothing of the logs is written yet.
    public init(meetings: URL, index location: URL) {
        self.location = location
        self.meetings = meetings
        store = IndexStore(location)
        let logs = LogFile.all(in: meetings)
        do {
            (indexed, identities) = try ArchiveIndex.using(location) { session in
                try session.database.transaction(immediate: false) {
                    let plan = try RefreshPlan(database: session.database, logs: logs)
                    let stale = Set(plan.changed.map(\.log.name))
                    let current = try session.read(logs.filter { !stale.contains($0.name) }, folder: meetings, damaged: [])
                    return (current, Dictionary(plan.changed.map { ($0.log.name, $0.identity) }) { first, _ in first })
                }
            }
            problem = nil
        } catch {
            (indexed, identities) = (nil, [:])
            problem = "\(location.path): \(error)"
        }
        stale = Set(identities.keys)
    }

    /// Whether the log at `url` is one of `stale`.
    public static func isStale(_ url: URL, in stale: Set<String>) -> Bool { stale.contains(LogFile(url: url).name) }

    /// Whether the index holds what `state` (the fresh fold of the log at `url`, nil when it does
    /// not read back) says. A stale log, or an index that could not be used, is not compared.
    public func agrees(with state: MeetingState?, at url: URL) -> Bool {
        guard let indexed, !Self.isStale(url, in: stale) else { return true }
        return ArchiveIndex.agrees(indexed, with: state, at: url)
    }

    /// What the index keeps of a stale log verify read (with its bytes' hash): what it folds to,
    /// or the damage that stops it; nil for a report that has neither. Made on verify's workers.
    public static func entry(for report: VerifyReport) -> Entry? {
        let log = LogFile(url: report.url)
        if let state = report.state, let hash = report.hash { return Entry(log: log, fold: Fold(state, url: report.url, hash: hash)) }
        return report.error.map { Entry(log: log, fold: .damaged($0)) }
    }

    /// A stale log's fold, stored with the next batch.
    public func add(_ entry: Entry) {
        guard problem == nil, let identity = identities[entry.log.name] ?? nil else { return }
        pending[entry.log.name] = (entry.log, KnownFold(identity: identity, fold: entry.fold))
        if pending.count >= Self.batch { storePending() }
    }

    private static let batch = 32

    private func storePending() {
        guard !pending.isEmpty else { return }
        store.store(logs: pending.values.map(\.log), known: pending.mapValues(\.fold))
        pending = [:]
    }

    /// Brings the index up to date, taking verify's folds for the logs that did not change since
    /// verify read them and folding the rest; nil, or why it could not.
    public func finish() -> String? {
        guard problem == nil, !identities.isEmpty else { return nil }
        storePending()
        if let failure = store.finish() { return failure }
        do {
            try ArchiveIndex.using(location) { session in
                try session.database.transaction {
                    _ = try RefreshPlan(database: session.database, logs: LogFile.all(in: meetings)).apply(to: session.database)
                }
            }
            return nil
        } catch {
            return "\(location.path): \(error)"
        }
    }

    /// One stale log as verify read it.
    public struct Entry: Sendable {
        fileprivate let log: LogFile
        fileprivate let fold: Fold
    }
}

/// Stores batches of verify's folds in the index on a thread of its own, one transaction a
/// batch, while verify reads on; the first failure stops it and is kept for ``finish()``.
private final class IndexStore: @unchecked Sendable {
    private let location: URL
    private let queue = DispatchQueue(label: "runde.index-check")
    /// Set and read on `queue` only.
    private var failure: String?

    init(_ location: URL) { self.location = location }

    /// Stores `known` for `logs`: a log whose size or time changed since verify read it is
    /// folded again as it is now (``RefreshPlan/apply(to:known:)``).
    func store(logs: [LogFile], known: [String: KnownFold]) {
        queue.async { [location] in
            guard self.failure == nil else { return }
            do {
                try ArchiveIndex.using(location) { session in
                    try session.database.transaction {
                        _ = try RefreshPlan(database: session.database, logs: logs, removingOthers: false).apply(to: session.database, known: known)
                    }
                }
            } catch {
                self.failure = "\(location.path): \(error)"
            }
        }
    }

    /// Waits for every batch; nil, or why one could not be stored.
    func finish() -> String? { queue.sync { failure } }
}
