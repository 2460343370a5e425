import Foundation

/// What the bench says while it works: on standard error, so the tables stay apart.
enum Progress {
    static func note(_ text: String) { FileHandle.standardError.write(Data("runde-bench: \(text)\n".utf8)) }

    /// Which archive, and how long generating it took or that it came from the cache.
    static func text(_ archive: BenchArchive) -> String {
        let shape = archive.shape
        let what = "\(shape.name): \(shape.meetings) \(shape.meeting.name) meetings in \(shape.teams) team folder(s)"
        guard let seconds = archive.generationSeconds else { return "\(what), from the cache (\(archive.root.path))" }
        return "\(what), generated in \(String(format: "%.1f", seconds)) s (\(archive.root.path))"
    }

    /// A row as soon as it is measured.
    static func note(_ row: Row) {
        let runde = row.rundeMilliseconds.map { String(format: "%.1f ms", $0) } ?? "failed: \(row.rundeFailure ?? "")"
        note("\(row.archive) \(row.question): \(runde)")
    }
}
