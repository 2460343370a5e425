import Foundation

/// What says a log is the one the index folded, read with one `stat`: its size and
/// modification time. When either changed, the index compares the SHA-256 of its bytes before
/// it folds it again (a log copied or touched is not refolded).
struct LogIdentity: Equatable {
    var size: Int
    /// Nanoseconds since 1970.
    var modified: Int

    init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }

    /// Nil when the file cannot be looked at; the fold then reports why.
    init?(of url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }
}
