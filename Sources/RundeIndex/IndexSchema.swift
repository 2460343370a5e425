/// The index's tables. Everything in them is derived from the logs and can be thrown away:
/// an index of another version is dropped and built again.
enum IndexSchema {
    /// Bumped whenever a table or what goes into it changes.
    static let version = 3

    /// One row a log that reads back, with its identity (size, modification time in
    /// nanoseconds, SHA-256 of its bytes) and the meeting's own fields. Each meeting's rows
    /// in the other tables carry its `id`; texts have `id << 32 | position` as rowid.
    static let create = """
        CREATE TABLE meetings(
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash TEXT NOT NULL,
            title TEXT NOT NULL, scheduled_at REAL NOT NULL, opened_at REAL, stage TEXT NOT NULL, time_zone TEXT, participants TEXT NOT NULL,
            average_score REAL);
        CREATE TABLE items(
            meeting INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
            owner TEXT NOT NULL, text TEXT NOT NULL, proposal TEXT, timebox INTEGER, info_droft INTEGER NOT NULL, exemption TEXT,
            replaces TEXT, recipe TEXT, carried_from TEXT, status TEXT NOT NULL, current_proposal TEXT,
            PRIMARY KEY(meeting, position)) WITHOUT ROWID;
        CREATE TABLE decisions(
            meeting INTEGER NOT NULL, position INTEGER NOT NULL, item TEXT NOT NULL, text TEXT NOT NULL, owner TEXT NOT NULL,
            decided_at REAL NOT NULL, consents TEXT NOT NULL, helpers TEXT NOT NULL, disqualified TEXT NOT NULL, review_date TEXT,
            replaces TEXT, criteria TEXT, inform TEXT,
            PRIMARY KEY(meeting, position)) WITHOUT ROWID;
        CREATE TABLE concerns(
            meeting INTEGER NOT NULL, decision INTEGER NOT NULL, position INTEGER NOT NULL, participant TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY(meeting, decision, position)) WITHOUT ROWID;
        CREATE TABLE objections(
            meeting INTEGER NOT NULL, decision INTEGER NOT NULL, position INTEGER NOT NULL, participant TEXT NOT NULL,
            reason TEXT NOT NULL, round INTEGER NOT NULL, integration TEXT,
            PRIMARY KEY(meeting, decision, position)) WITHOUT ROWID;
        CREATE TABLE actions(
            meeting INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, what TEXT NOT NULL, who TEXT NOT NULL,
            due TEXT, item TEXT, status TEXT NOT NULL,
            PRIMARY KEY(meeting, position)) WITHOUT ROWID;
        CREATE TABLE follow_up(
            meeting INTEGER NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL,
            PRIMARY KEY(meeting, action)) WITHOUT ROWID;
        CREATE TABLE kept_reviews(
            meeting INTEGER NOT NULL, decision TEXT NOT NULL, next_review TEXT,
            PRIMARY KEY(meeting, decision)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE texts USING fts5(folded, text UNINDEXED, item UNINDEXED, field UNINDEXED, tokenize = 'trigram');
        """

    /// The tables that hold a meeting's rows by its `id` in the column `meeting`.
    static let perMeeting = ["items", "decisions", "concerns", "objections", "actions", "follow_up", "kept_reviews"]
}
