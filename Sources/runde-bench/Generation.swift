/// What the bench says about each archive it uses.
enum Generation {
    static func text(_ archive: BenchArchive) -> String {
        let shape = archive.shape
        let what = "\(shape.name): \(shape.meetings) \(shape.meeting.name) meetings in \(shape.teams) team folder(s)"
        guard let seconds = archive.generationSeconds else { return "\(what), from the cache (\(archive.root.path))" }
        return "\(what), generated in \(String(format: "%.1f", seconds)) s (\(archive.root.path))"
    }
}
