import Foundation
import RundeCore

/// The texts of the meetings in the index, found with full-text search: the candidates for a
/// pattern are the texts whose folded form passes ``SearchPattern/fullTextQuery``, a superset
/// of those the pattern matches.
struct IndexTexts: ArchiveTexts {
    let database: SQLiteDatabase
    /// Each meeting's name, by its id in the index.
    let names: [Int: String]
    /// Each meeting's id in the index, by its name.
    private let ids: [String: Int]
    /// Where the logs are, should the index fail between reading the archive and a search.
    let folder: URL

    init(database: SQLiteDatabase, names: [Int: String], folder: URL) {
        self.database = database
        self.names = names
        ids = Dictionary(names.map { ($1, $0) }) { first, _ in first }
        self.folder = folder
    }

    func candidates(for pattern: SearchPattern) -> [String: [SearchableText]] { texts(passing: pattern.fullTextQuery) }

    func texts(of meeting: String) -> [SearchableText] {
        guard let id = ids[meeting] else { return [] }
        return texts(where: "rowid BETWEEN ? AND ?", [SQLiteValue(id << 32), SQLiteValue(id << 32 | 0xFFFF_FFFF)])[meeting] ?? []
    }

    /// The texts that pass an FTS5 `query`, or all of them.
    private func texts(passing query: String?) -> [String: [SearchableText]] {
        guard let query else { return texts(where: nil, []) }
        return texts(where: "texts MATCH ?", [.text(query)])
    }

    /// The texts that pass an SQL `condition` with `values`, by meeting, each meeting's in order.
    private func texts(where condition: String?, _ values: [SQLiteValue]) -> [String: [SearchableText]] {
        let columns = "SELECT rowid, text, item, field FROM texts"
        var found: [String: [SearchableText]] = [:]
        do {
            let statement = try database.prepare(condition.map { "\(columns) WHERE \($0) ORDER BY rowid" } ?? "\(columns) ORDER BY rowid")
            try statement.forEach(values) { row in
                guard let name = names[row.int(0) >> 32], let field = SearchField(rawValue: row.text(3)) else { return }
                found[name, default: []].append(SearchableText(item: row.optionalText(2).map(ItemID.init), field: field, text: row.text(1)))
            }
        } catch {
            return textsFromLogs()
        }
        return found
    }

    /// Every text, read from the logs themselves: the index answered a moment ago, so this
    /// is only for an index that broke since (a disk error, a file removed under it).
    private func textsFromLogs() -> [String: [SearchableText]] {
        var texts: [String: [SearchableText]] = [:]
        for name in names.values {
            texts[name] = (try? MeetingLog.read(folder.appendingPathComponent(name + ".jsonl")))?.state.searchableTexts
        }
        return texts
    }
}
