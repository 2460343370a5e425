import Foundation
import RundeCore

/// The texts of the meetings in the index, found with full-text search: the candidates for a
/// pattern are the texts whose folded form passes ``SearchPattern/fullTextQuery``, a superset
/// of those the pattern matches.
struct IndexTexts: ArchiveTexts {
    let database: SQLiteDatabase
    /// The meetings of the archive these texts belong to, by name.
    let names: Set<String>
    /// Where the logs are, should the index fail between reading the archive and a search.
    let folder: URL

    /// Texts with the name of their meeting as the index has it now: an archive held open (the
    /// review screen) may outlive the meeting ids it was read with, when another runde brings
    /// the index up to date, and an id may then belong to another meeting.
    private static let select = "SELECT texts.rowid, text, item, field, meetings.name FROM texts JOIN meetings ON meetings.id = texts.rowid >> 32"

    func candidates(for pattern: SearchPattern) -> [String: [SearchableText]] { texts(passing: pattern.fullTextQuery) }

    func texts(of meeting: String) -> [SearchableText] {
        guard names.contains(meeting) else { return [] }
        let range = "texts.rowid BETWEEN (SELECT id FROM meetings WHERE name = ?1) << 32 AND ((SELECT id FROM meetings WHERE name = ?1) << 32 | 4294967295)"
        return texts(where: range, [.text(meeting)])[meeting] ?? []
    }

    /// The texts that pass an FTS5 `query`, or all of them.
    private func texts(passing query: String?) -> [String: [SearchableText]] {
        guard let query else { return texts(where: nil, []) }
        return texts(where: "texts MATCH ?", [.text(query)])
    }

    /// The texts that pass an SQL `condition` with `values`, by meeting, each meeting's in order.
    private func texts(where condition: String?, _ values: [SQLiteValue]) -> [String: [SearchableText]] {
        var found: [String: [SearchableText]] = [:]
        do {
            let sql = condition.map { "\(Self.select) WHERE \($0) ORDER BY texts.rowid" } ?? "\(Self.select) ORDER BY texts.rowid"
            try database.prepare(sql).forEach(values) { row in
                let name = row.text(4)
                guard names.contains(name), let field = SearchField(rawValue: row.text(3)) else { return }
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
        for name in names {
            texts[name] = (try? MeetingLog.read(folder.appendingPathComponent(name + ".jsonl")))?.state.searchableTexts
        }
        return texts
    }
}
