import CSQLite
import Foundation

/// An error from SQLite, with its message.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public var code: Int32
    public var description: String
}

/// One connection to an SQLite database: the one type here that talks to SQLite.
///
/// SQLite is built thread-safe (serialized) on Debian, so a connection may move between
/// threads; runde uses each from one place at a time.
final class SQLiteDatabase: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Opens (creating when `create`) the database at `path`; `:memory:` for one in memory.
    init(path: String, create: Bool) throws(SQLiteError) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            throw SQLiteError(code: status, description: message)
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        // Another runde refreshing the same index holds its lock for at most one refresh.
        sqlite3_busy_timeout(handle, 10_000)
        // Questions read each table once, start to end: a small page cache serves them as well as
        // a large one, and a unit's ten teams keep ten connections open.
        sqlite3_exec(handle, "PRAGMA cache_size = -256", nil, nil, nil)
    }

    deinit { sqlite3_close(handle) }

    /// The rowid of the last row inserted.
    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs one or more statements that take no parameters.
    func execute(_ sql: String) throws(SQLiteError) {
        try check(sqlite3_exec(handle, sql, nil, nil, nil))
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        guard let statement else { throw SQLiteError(code: SQLITE_MISUSE, description: "empty statement: \(sql)") }
        return SQLiteStatement(statement, database: self)
    }

    /// Runs `body` in one transaction, rolled back when it throws. An `immediate` one takes the
    /// write lock at once, so two refreshes never interleave; any other sees one state of the
    /// database throughout, whatever others write meanwhile.
    func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    func check(_ status: Int32) throws(SQLiteError) {
        guard status == SQLITE_OK || status == SQLITE_ROW || status == SQLITE_DONE else {
            throw SQLiteError(code: status, description: String(cString: sqlite3_errmsg(handle)))
        }
    }
}

/// A prepared statement: bind parameters by position (from 1), step through the rows, read
/// columns by position (from 0).
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds `values` to the parameters, in order, after clearing the last run.
    func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .null: try database.check(sqlite3_bind_null(statement, index))
            case .integer(let number): try database.check(sqlite3_bind_int64(statement, index, number))
            case .real(let number): try database.check(sqlite3_bind_double(statement, index, number))
            case .text(let text): try database.check(sqlite3_bind_text(statement, index, text, Int32(text.utf8.count), runde_sqlite_transient()))
            }
        }
    }

    /// Runs the statement with `values` to the end, for statements that return no rows.
    func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    /// Runs the statement with `values` and hands each row to `body`.
    func forEach(_ values: [SQLiteValue] = [], _ body: (SQLiteRow) throws -> Void) throws {
        try bind(values)
        while try step() { try body(SQLiteRow(statement: statement)) }
    }

    /// Moves to the next row; false when there is none.
    private func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(statement)
        try database.check(status)
        return status == SQLITE_ROW
    }
}

/// A value bound to a statement's parameter.
enum SQLiteValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(_ text: String?) { self = text.map(SQLiteValue.text) ?? .null }
    init(_ number: Int) { self = .integer(Int64(number)) }
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    init(_ number: Double?) { self = number.map(SQLiteValue.real) ?? .null }
    init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }
}

/// The current row of a statement, read by column position.
struct SQLiteRow {
    fileprivate let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

    func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    /// The text of a column, read as the UTF-8 bytes SQLite holds (texts go in as UTF-8).
    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }
}
