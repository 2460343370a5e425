import Foundation
import RundeCore

/// Writes one meeting's digest and texts into the index's tables, replacing what was there.
struct IndexWriter {
    private let database: SQLiteDatabase
    private let insertMeeting, insertItem, insertDecision, insertConcern, insertObjection: SQLiteStatement
    private let insertAction, insertFollowUp, insertKept, insertText: SQLiteStatement
    private let deletions: [SQLiteStatement]
    private let deleteTexts, deleteMeeting, touchMeeting: SQLiteStatement

    init(_ database: SQLiteDatabase) throws(SQLiteError) {
        self.database = database
        insertMeeting = try database.prepare(
            """
            INSERT INTO meetings(name, size, mtime, hash, title, scheduled_at, opened_at, stage, time_zone, participants, average_score)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertItem = try database.prepare("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertDecision = try database.prepare("INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        insertConcern = try database.prepare("INSERT INTO concerns VALUES (?, ?, ?, ?, ?)")
        insertObjection = try database.prepare("INSERT INTO objections VALUES (?, ?, ?, ?, ?, ?, ?)")
        insertAction = try database.prepare("INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        insertFollowUp = try database.prepare("INSERT INTO follow_up VALUES (?, ?, ?)")
        insertKept = try database.prepare("INSERT INTO kept_reviews VALUES (?, ?, ?)")
        insertText = try database.prepare("INSERT INTO texts(rowid, folded, text, item, field) VALUES (?, ?, ?, ?, ?)")
        var deletions: [SQLiteStatement] = []
        for table in IndexSchema.perMeeting { deletions.append(try database.prepare("DELETE FROM \(table) WHERE meeting = ?")) }
        self.deletions = deletions
        deleteTexts = try database.prepare("DELETE FROM texts WHERE rowid BETWEEN ? AND ?")
        deleteMeeting = try database.prepare("DELETE FROM meetings WHERE id = ?")
        touchMeeting = try database.prepare("UPDATE meetings SET size = ?, mtime = ? WHERE id = ?")
    }

    /// Takes a meeting's rows out of every table.
    func remove(_ id: Int) throws(SQLiteError) {
        for statement in deletions { try statement.run([SQLiteValue(id)]) }
        try deleteTexts.run([SQLiteValue(id << 32), SQLiteValue(id << 32 | 0xFFFF_FFFF)])
        try deleteMeeting.run([SQLiteValue(id)])
    }

    /// Records that a log whose bytes are unchanged has a new size or time (it was touched).
    func touch(_ id: Int, identity: LogIdentity) throws(SQLiteError) {
        try touchMeeting.run([SQLiteValue(identity.size), SQLiteValue(identity.modified), SQLiteValue(id)])
    }

    /// Adds a meeting, its digest and its texts.
    func add(_ digest: MeetingDigest, texts: [IndexedText], identity: LogIdentity, hash: String) throws(SQLiteError) {
        let people = digest.participants.flatMap { [$0.id.rawValue, $0.name] }
        try insertMeeting.run([
            .text(digest.name), SQLiteValue(identity.size), SQLiteValue(identity.modified), .text(hash), .text(digest.title),
            .real(digest.scheduledAt.timeIntervalSinceReferenceDate), SQLiteValue(digest.openedAt?.timeIntervalSinceReferenceDate),
            .text(digest.stage.rawValue), SQLiteValue(digest.timeZone?.identifier ?? digest.unknownTimeZone), .text(PackedStrings.pack(people)),
            SQLiteValue(digest.averageScore),
        ])
        let id = Int(database.lastInsertedRow)
        let meeting = SQLiteValue(id)
        for (position, item) in digest.items.enumerated() {
            let draft = item.draft
            try insertItem.run([
                meeting, SQLiteValue(position), .text(item.id.rawValue), .text(draft.kind.rawValue), .text(draft.title), .text(draft.owner.rawValue),
                .text(draft.text), SQLiteValue(draft.proposal), SQLiteValue(draft.timebox), SQLiteValue(draft.infoDrøft), SQLiteValue(draft.exemption),
                SQLiteValue(draft.replaces?.rawValue), SQLiteValue(draft.recipe), SQLiteValue(draft.carriedFrom?.rawValue),
                .text(item.status.rawValue), SQLiteValue(item.proposal),
            ])
        }
        for (position, decision) in digest.decisions.enumerated() {
            try insertDecision.run([
                meeting, SQLiteValue(position), .text(decision.item.rawValue), .text(decision.text), .text(decision.owner.rawValue),
                .real(decision.decidedAt.timeIntervalSinceReferenceDate), .text(Self.pack(decision.consents)), .text(Self.pack(decision.helpers)),
                .text(Self.pack(decision.disqualified)), SQLiteValue(decision.reviewDate?.description), SQLiteValue(decision.replaces?.rawValue),
                SQLiteValue(decision.criteria), SQLiteValue(decision.inform),
            ])
            for (index, concern) in decision.concerns.enumerated() {
                try insertConcern.run([meeting, SQLiteValue(position), SQLiteValue(index), .text(concern.participant.rawValue), .text(concern.text)])
            }
            for (index, objection) in decision.objections.enumerated() {
                try insertObjection.run([
                    meeting, SQLiteValue(position), SQLiteValue(index), .text(objection.participant.rawValue), .text(objection.reason),
                    SQLiteValue(objection.round), SQLiteValue(objection.integration),
                ])
            }
        }
        for (position, action) in digest.actions.enumerated() {
            try insertAction.run([
                meeting, SQLiteValue(position), .text(action.id.rawValue), .text(action.what), .text(action.who.rawValue),
                SQLiteValue(action.due?.description), SQLiteValue(action.item?.rawValue), .text(action.status.rawValue),
            ])
        }
        for (action, status) in digest.followUpStatus { try insertFollowUp.run([meeting, .text(action.rawValue), .text(status.rawValue)]) }
        for (decision, next) in digest.keptReviews { try insertKept.run([meeting, .text(decision.rawValue), SQLiteValue(next?.description)]) }
        for (position, indexed) in texts.enumerated() {
            let text = indexed.text
            try insertText.run([
                SQLiteValue(id << 32 | position), .text(indexed.folded), .text(text.text), SQLiteValue(text.item?.rawValue), .text(text.field.rawValue),
            ])
        }
    }

    private static func pack(_ ids: [ParticipantID]) -> String { PackedStrings.pack(ids.map(\.rawValue)) }
}

/// A searchable text and its folded form (``Swift/String/fullTextFolded``), which full-text search looks in.
struct IndexedText: Sendable {
    var text: SearchableText
    var folded: String
}

/// A value the index holds that this build cannot read back: the index is then rebuilt.
struct UnreadableIndex: Error, CustomStringConvertible {
    var description: String
}

/// Reads every meeting's digest back from the index's tables.
struct IndexReader {
    let database: SQLiteDatabase

    /// The digests of the meetings the index holds whose log is among `logs`, by id.
    func digests(logs: [LogFile]) throws -> [Int: MeetingDigest] {
        let urls = Dictionary(logs.map { ($0.name, $0.url) }) { first, _ in first }
        let items = try grouped("SELECT \(Self.itemColumns) FROM items ORDER BY meeting, position", Self.item)
        let decisions = try readDecisions()
        let actions = try grouped("SELECT meeting, id, what, who, due, item, status FROM actions ORDER BY meeting, position", Self.action)
        let followUp = try grouped("SELECT meeting, action, status FROM follow_up ORDER BY meeting") { row in
            (ActionRef(row.text(1)), try Self.value(row.text(2)) as ActionStatus)
        }
        let kept = try grouped("SELECT meeting, decision, next_review FROM kept_reviews ORDER BY meeting") { row in
            (DecisionRef(row.text(1)), try row.optionalText(2).map(Self.day))
        }
        var digests: [Int: MeetingDigest] = [:]
        try database.prepare("SELECT id, name, title, scheduled_at, opened_at, stage, time_zone, participants, average_score FROM meetings").forEach { row in
            let id = row.int(0)
            guard let url = urls[row.text(1)] else { return }
            let people = try Self.unpack(row.text(7))
            let participants = stride(from: 0, to: people.count - 1, by: 2).map { Participant(id: ParticipantID(people[$0]), name: people[$0 + 1]) }
            let zone = row.optionalText(6)
            digests[id] = MeetingDigest(
                url: url, title: row.text(2), scheduledAt: Date(timeIntervalSinceReferenceDate: row.double(3)),
                openedAt: row.optionalDouble(4).map(Date.init(timeIntervalSinceReferenceDate:)), stage: try Self.value(row.text(5)),
                timeZone: zone.flatMap(TimeZone.init(identifier:)), unknownTimeZone: zone.flatMap { TimeZone(identifier: $0) == nil ? $0 : nil },
                participants: participants, items: items[id] ?? [], decisions: decisions[id] ?? [],
                actions: actions[id] ?? [],
                followUpStatus: Dictionary(followUp[id] ?? []) { _, later in later }, keptReviews: Dictionary(kept[id] ?? []) { _, later in later },
                averageScore: row.optionalDouble(8))
        }
        return digests
    }

    /// The rows of `sql`, whose first column is the meeting's id and which come ordered by it,
    /// made into values by `make` and grouped by meeting.
    private func grouped<Value>(_ sql: String, _ make: (SQLiteRow) throws -> Value) throws -> [Int: [Value]] {
        var groups: [Int: [Value]] = [:]
        var meeting: Int?
        var values: [Value] = []
        try database.prepare(sql).forEach { row in
            let id = row.int(0)
            if id != meeting {
                if let meeting { groups[meeting] = values }
                meeting = id
                values = []
            }
            values.append(try make(row))
        }
        if let meeting { groups[meeting] = values }
        return groups
    }

    private static let itemColumns = """
        meeting, id, kind, title, owner, text, proposal, timebox, info_droft, exemption, replaces, recipe, carried_from, status, current_proposal
        """

    private static func item(_ row: SQLiteRow) throws -> ItemDigest {
        let draft = ItemDraft(
            kind: try value(row.text(2)), title: row.text(3), owner: ParticipantID(row.text(4)), text: row.text(5),
            proposal: row.optionalText(6), timebox: row.optionalInt(7), infoDrøft: row.int(8) != 0, exemption: row.optionalText(9),
            replaces: row.optionalText(10).map(DecisionRef.init), recipe: row.optionalText(11), carriedFrom: row.optionalText(12).map(DecisionRef.init))
        return ItemDigest(id: ItemID(row.text(1)), draft: draft, status: try value(row.text(13)), proposal: row.optionalText(14))
    }

    private static func action(_ row: SQLiteRow) throws -> Action {
        Action(
            id: ActionID(row.text(1)), what: row.text(2), who: ParticipantID(row.text(3)), due: try row.optionalText(4).map(day),
            item: row.optionalText(5).map(ItemID.init), status: try value(row.text(6)))
    }

    /// Each meeting's decisions, with their concerns and objections.
    private func readDecisions() throws -> [Int: [Decision]] {
        let concerns = try grouped("SELECT meeting, decision, participant, text FROM concerns ORDER BY meeting, decision, position") { row in
            (decision: row.int(1), concern: Concern(participant: ParticipantID(row.text(2)), text: row.text(3)))
        }
        let objections = try grouped(
            "SELECT meeting, decision, participant, reason, round, integration FROM objections ORDER BY meeting, decision, position"
        ) { row in
            (
                decision: row.int(1),
                objection: Objection(participant: ParticipantID(row.text(2)), reason: row.text(3), round: row.int(4), integration: row.optionalText(5))
            )
        }
        let sql = """
            SELECT meeting, position, item, text, owner, decided_at, consents, helpers, disqualified, review_date, replaces, criteria, inform
            FROM decisions ORDER BY meeting, position
            """
        return try grouped(sql) { row in
            let meeting = row.int(0)
            let position = row.int(1)
            return Decision(
                item: ItemID(row.text(2)), text: row.text(3), owner: ParticipantID(row.text(4)),
                decidedAt: Date(timeIntervalSinceReferenceDate: row.double(5)), consents: try Self.ids(row.text(6)),
                concerns: (concerns[meeting] ?? []).filter { $0.decision == position }.map(\.concern),
                objections: (objections[meeting] ?? []).filter { $0.decision == position }.map(\.objection),
                helpers: try Self.ids(row.text(7)), disqualified: try Self.ids(row.text(8)), reviewDate: try row.optionalText(9).map(Self.day),
                replaces: row.optionalText(10).map(DecisionRef.init), criteria: row.optionalText(11), inform: row.optionalText(12))
        }
    }

    private static func value<Value: RawRepresentable<String>>(_ text: String) throws -> Value {
        guard let value = Value(rawValue: text) else { throw UnreadableIndex(description: "\(Value.self) «\(text)»") }
        return value
    }

    private static func day(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw UnreadableIndex(description: "day «\(text)»") }
        return day
    }

    private static func unpack(_ text: String) throws -> [String] {
        guard let strings = PackedStrings.unpack(text) else { throw UnreadableIndex(description: "list «\(text.prefix(40))»") }
        return strings
    }

    private static func ids(_ text: String) throws -> [ParticipantID] { try unpack(text).map(ParticipantID.init) }
}
