import CSQLite
import Foundation
import RundeCore

/// The index of a team's meetings: an SQLite database in the team folder
/// (`.runde/index.sqlite`) holding each meeting's ``MeetingDigest`` and its searchable texts
/// (FTS5, trigrams), so that looking back over years of meetings does not fold every log.
///
/// The logs stay the only truth. Each time the archive is asked for, every log's identity is
/// checked first (one `stat` each; the SHA-256 of its bytes only when its size or time changed)
/// and only meetings that changed, came or went are folded again, in one transaction. A log
/// that does not read back is reported as the fold reports it and never indexed. Delete the
/// index at any time: the next question builds it again.
public enum ArchiveIndex {
    /// The index of the team folder at `team`.
    public static func location(team: URL) -> URL {
        team.appendingPathComponent(".runde", isDirectory: true).appendingPathComponent("index.sqlite")
    }

    /// The archive of the logs in `meetings`, through the index at `location`: refreshed from
    /// the logs, then read. An index that does not read (damaged, of another version) is
    /// thrown away and built again; where none can be written (a read-only folder), one is
    /// built in memory for this question. `problem` says why the index in the folder was not used.
    public static func archive(meetings: URL, index location: URL) -> (archive: Archive, problem: String?) {
        do {
            return (try using(location) { try $0.archive(meetings: meetings) }, nil)
        } catch {
            return inMemory(meetings: meetings, problem: "\(location.path): \(error)")
        }
    }

    /// `work` done with the index at `location`; an index that does not read (damaged, of
    /// another version) is thrown away and `work` done again on a new one.
    static func using<Result>(_ location: URL, _ work: (IndexSession) throws -> Result) throws -> Result {
        do {
            return try work(try IndexSession(file: location))
        } catch let error as SQLiteError where error.isDamage {
            discard(location)
        } catch is UnreadableIndex {
            discard(location)
        }
        return try work(try IndexSession(file: location))
    }

    /// Compares the index with a fresh fold of every log: the meetings whose digest or texts
    /// differ, by name (empty when they agree). The caller rebuilds the index when any does.
    public static func disagreements(in indexed: Archive, with folded: Archive) -> [String] {
        let names = Set(indexed.meetings.map(\.name)).union(folded.meetings.map(\.name))
        return names.sorted().filter { name in
            indexed.meeting(named: name) != folded.meeting(named: name) || indexed.searchableTexts(of: name) != folded.searchableTexts(of: name)
        }
    }

    /// Whether the index holds what a fresh fold of one log gives: `state` is what the log at
    /// `url` folds to, nil when it does not read back (then the index must not hold it).
    public static func agrees(_ indexed: Archive, with state: MeetingState?, at url: URL) -> Bool {
        let name = LogFile(url: url).name
        guard let state else { return indexed.meeting(named: name) == nil }
        return indexed.meeting(named: name) == MeetingDigest(state, url: url) && indexed.searchableTexts(of: name) == state.searchableTexts
    }

    /// Removes the index (and a journal SQLite left beside it), so the next question builds it anew.
    public static func discard(_ location: URL) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(location.path + suffix) }
    }

    private static func inMemory(meetings: URL, problem: String) -> (archive: Archive, problem: String?) {
        do { return (try IndexSession(memory: ()).archive(meetings: meetings), problem) } catch {
            return (Archive(folder: meetings), problem)
        }
    }
}

extension SQLiteError {
    /// An error that means the file is not a sound index (rather than busy, full or read-only).
    var isDamage: Bool { [SQLITE_CORRUPT, SQLITE_NOTADB].contains(code & 0xFF) }
}

/// One open index: brings it up to date with the logs, then reads the archive from it.
struct IndexSession {
    let database: SQLiteDatabase

    /// Opens the index file, creating it (and `.runde/`) private to the team when missing.
    init(file: URL) throws {
        let folder = file.deletingLastPathComponent()
        try PrivateFiles.createFolder(folder)
        if access(file.path, F_OK) != 0 { try Self.createPrivately(file) }
        database = try SQLiteDatabase(path: file.path, create: false)
        try prepareSchema()
    }

    /// Creates the empty file with the team's modes, so SQLite's own files beside it (the
    /// journal takes the database's mode) are never readable by others.
    private static func createPrivately(_ file: URL) throws {
        do {
            close(try PrivateFiles.create(file, flags: O_RDWR))
        } catch {
            guard error.code == EEXIST else { throw error }  // made by another runde meanwhile
        }
    }

    init(memory: Void) throws {
        database = try SQLiteDatabase(path: ":memory:", create: true)
        try prepareSchema()
    }

    /// Creates the tables in a new index; an index of another version is emptied and made anew.
    private func prepareSchema() throws {
        var version = 0
        try database.prepare("PRAGMA user_version").forEach { version = $0.int(0) }
        guard version != IndexSchema.version else { return }
        try database.transaction {
            var tables: [String] = []
            try database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'texts_%'").forEach { tables.append($0.text(0)) }
            for table in tables { try database.execute("DROP TABLE IF EXISTS \"\(table)\"") }
            try database.execute(IndexSchema.create)
            try database.execute("PRAGMA user_version = \(IndexSchema.version)")
        }
    }

    /// Refreshes the index from the logs in `meetings` and reads the archive from it.
    func archive(meetings folder: URL) throws -> Archive {
        let logs = LogFile.all(in: folder)
        // Most questions find nothing changed: they look, and read, with a read lock only.
        let current = try database.transaction(immediate: false) {
            try RefreshPlan(database: database, logs: logs).isEmpty ? try read(logs, folder: folder, damaged: []) : nil
        }
        if let current { return current }
        return try database.transaction {
            let damaged = try RefreshPlan(database: database, logs: logs).apply(to: database)
            return try read(logs, folder: folder, damaged: damaged)
        }
    }

    /// The archive as the index holds it, in the order of `logs`.
    func read(_ logs: [LogFile], folder: URL, damaged: [LogError]) throws -> Archive {
        let digests = try IndexReader(database: database).digests(logs: logs)
        let byName = Dictionary(digests.map { ($1.name, $0) }) { first, _ in first }
        return Archive(
            meetings: logs.compactMap { byName[$0.name].flatMap { digests[$0] } }, damaged: damaged,
            texts: IndexTexts(database: database, names: Set(digests.values.map(\.name)), folder: folder))
    }
}

/// A meeting log in the folder, and the meeting's name (the file name without `.jsonl`).
struct LogFile: Sendable {
    var name: String
    var url: URL

    init(url: URL) {
        name = url.deletingPathExtension().lastPathComponent
        self.url = url
    }

    /// The meeting logs in `folder`, in file order.
    static func all(in folder: URL) -> [LogFile] { Archive.logFiles(in: folder).map(LogFile.init(url:)) }
}

/// What a refresh must do: the logs to fold again (new, or with another size or time) and the
/// meetings whose log is gone.
struct RefreshPlan {
    struct Stored {
        var id: Int
        var identity: LogIdentity
        var hash: String
    }

    private var stored: [String: Stored] = [:]
    /// The logs to fold again, each with its size and time as seen when the plan was made.
    private(set) var changed: [(log: LogFile, identity: LogIdentity?)] = []
    private var removed: [Int] = []

    /// The plan for `logs`; `removingOthers` also removes the meetings of every other log the
    /// index holds (a refresh of the whole folder), and leaves them be when false (a few logs).
    init(database: SQLiteDatabase, logs: [LogFile], removingOthers: Bool = true) throws {
        try database.prepare("SELECT id, name, size, mtime, hash FROM meetings").forEach { row in
            stored[row.text(1)] = Stored(id: row.int(0), identity: LogIdentity(size: row.int(2), modified: row.int(3)), hash: row.text(4))
        }
        var names = Set<String>()
        for log in logs {
            names.insert(log.name)
            let identity = LogIdentity(of: log.url)
            if identity == nil || identity != stored[log.name]?.identity { changed.append((log, identity)) }
        }
        if removingOthers { removed = stored.filter { !names.contains($0.key) }.map(\.value.id) }
    }

    var isEmpty: Bool { changed.isEmpty && removed.isEmpty }

    /// Folds what changed into the index; returns the logs that do not read back, in file order.
    /// A log in `known` was read already (by `runde verify`) while it had the size and time it
    /// has now: what that read gave is taken as it is, not read again.
    func apply(to database: SQLiteDatabase, known: [String: KnownFold] = [:]) throws -> [LogError] {
        guard !isEmpty else { return [] }
        let writer = try IndexWriter(database)
        for id in removed { try writer.remove(id) }
        var damaged: [LogError] = []
        // Logs are folded on every core, a batch at a time, and SQLite takes each batch's folds
        // while the next batch is folded: storing them is SQLite's alone, on one core.
        let batches = changed.batches(of: 16)
        let fold = { @Sendable [stored] (batch: ArraySlice<(log: LogFile, identity: LogIdentity?)>) in
            Array(batch).concurrentMap { change in
                let indexed = stored[change.log.name]?.hash
                guard let read = known[change.log.name], let identity = change.identity, read.identity == identity else {
                    return Fold(change.log, unchangedIf: indexed)
                }
                return read.fold.unchanged(if: indexed)
            }
        }
        var folding = batches.first.map { first in Background { fold(first) } }
        for (index, batch) in batches.enumerated() {
            let folds = folding?.value ?? []
            folding = batches.indices.contains(index + 1) ? Background { fold(batches[index + 1]) } : nil
            for ((log, identity), fold) in zip(batch, folds) {
                let old = stored[log.name]
                // A log that could not be looked at is stored with no size, so the next question looks again.
                let seen = identity ?? LogIdentity(size: -1, modified: 0)
                switch fold {
                case .unchanged:
                    if let old { try writer.touch(old.id, identity: seen) }
                case .folded(let digest, let texts, let hash):
                    if let old { try writer.remove(old.id) }
                    try writer.add(digest, texts: texts, identity: seen, hash: hash)
                case .damaged(let error):
                    if let old { try writer.remove(old.id) }
                    damaged.append(error)
                }
            }
        }
        return damaged
    }
}

/// What one changed log gives the index.
enum Fold: Sendable {
    /// Its bytes are the ones indexed (it was touched or copied).
    case unchanged
    case folded(MeetingDigest, texts: [IndexedText], hash: String)
    /// It does not read back.
    case damaged(LogError)

    /// Reads the log; `hash` is the SHA-256 of the bytes the index holds for it, if any.
    init(_ log: LogFile, unchangedIf hash: String?) {
        do throws(LogError) {
            let bytes = try MeetingLog.bytes(of: log.url)
            let newHash = LineCodec.hash(bytes)
            if newHash == hash {
                self = .unchanged
                return
            }
            self = Fold(try MeetingLog.parse(bytes, url: log.url).state, url: log.url, hash: newHash)
        } catch {
            self = .damaged(error)
        }
    }

    /// What the index keeps of the meeting `state` a log folds to; `hash` is its bytes' SHA-256.
    init(_ state: MeetingState, url: URL, hash: String) {
        let texts = state.searchableTexts.map { IndexedText(text: $0, folded: $0.text.fullTextFolded) }
        self = .folded(MeetingDigest(state, url: url), texts: texts, hash: hash)
    }

    /// `unchanged` when these are the bytes the index holds (`hash`), else this fold.
    func unchanged(if hash: String?) -> Fold {
        if case .folded(_, _, let read) = self, read == hash { return .unchanged }
        return self
    }
}

/// A log read before the index was brought up to date, and its size and time before it was read.
struct KnownFold: Sendable {
    var identity: LogIdentity
    var fold: Fold
}
