import Foundation
import Glibc

/// The modes of what runde creates: private to the user, or shared with a Unix group when the
/// folder it is created in is group-shared. Never anything for others, whatever the umask.
public struct FileModes: Sendable, Hashable {
    public var file: mode_t
    public var folder: mode_t

    /// Only the user: files 0600, folders 0700.
    public static let personal = FileModes(file: 0o600, folder: 0o700)
    /// The user and the folder's group: files 0660, folders 02770 (setgid, so what is made in them
    /// stays the group's).
    public static let group = FileModes(file: 0o660, folder: 0o2770)

    /// A folder is group-shared when it has the setgid bit and gives its group read and write
    /// (`chmod 2770`).
    public static func isGroupShared(_ mode: mode_t) -> Bool {
        mode & 0o2000 != 0 && mode & 0o060 == 0o060
    }

    /// The modes for something new in `folder`: ``group`` when the folder is group-shared,
    /// else ``personal`` (also when the folder cannot be looked at).
    public static func inside(_ folder: URL) -> FileModes {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return .personal }
        return isGroupShared(info.st_mode) ? .group : .personal
    }
}

/// A file-system call that failed: the path and the system's error number.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// The system's words for ``code``.
    public var reason: String { String(cString: strerror(code)) }
    public var description: String { "\(path): \(reason)" }
}

/// The one way runde creates files and folders, so every place gets the modes of
/// ``FileModes/inside(_:)``: the mode is set explicitly after creating, since the umask can only
/// take bits away (and a umask of 000 would otherwise give others read access).
public enum PrivateFiles {
    /// Creates `url` as a folder, and any missing folders above it, each with the mode its parent
    /// gives. An existing folder is left as it is.
    public static func createFolder(_ url: URL) throws(FileSystemError) {
        let url = url.standardizedFileURL
        let path = url.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & 0o170000 == 0o040000 else { throw FileSystemError(path: path, code: ENOTDIR) }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != path { try createFolder(parent) }
        let mode = FileModes.inside(parent).folder
        guard mkdir(path, mode & 0o777) == 0 else {
            let code = errno
            if code == EEXIST { return }  // made by someone else meanwhile
            throw FileSystemError(path: path, code: code)
        }
        guard chmod(path, mode) == 0 else { throw FileSystemError(path: path, code: errno) }
        try syncFolder(parent)
    }

    /// Creates a new file (`O_CREAT | O_EXCL`: fails if it exists) with the mode its folder gives
    /// and opens it with `flags`. The caller closes the descriptor.
    public static func create(_ url: URL, flags: Int32) throws(FileSystemError) -> Int32 {
        let mode = FileModes.inside(url.deletingLastPathComponent()).file
        let fd = open(url.path, flags | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileSystemError(path: url.path, code: errno) }
        guard fchmod(fd, mode) == 0 else {
            let code = errno
            close(fd)
            unlink(url.path)
            throw FileSystemError(path: url.path, code: code)
        }
        return fd
    }

    /// Writes `data` as the whole of `url`, or nothing: into a new temporary file beside it (with
    /// the right mode), synced, then moved into place and the folder synced.
    ///
    /// - Parameter replacing: whether an existing file at `url` is replaced; if not, an existing
    ///   file makes this fail with `EEXIST`.
    public static func write(_ data: Data, to url: URL, replacing: Bool) throws(FileSystemError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        let fd = try create(temporary, flags: O_WRONLY)
        var moved = false
        defer { if !moved { unlink(temporary.path) } }
        do throws(FileSystemError) {
            try writeAll(data, to: fd, path: url.path)
            guard fsync(fd) == 0 else { throw FileSystemError(path: url.path, code: errno) }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        if replacing {
            guard rename(temporary.path, url.path) == 0 else { throw FileSystemError(path: url.path, code: errno) }
            moved = true
        } else {
            try place(temporary, at: url)
        }
        try syncFolder(folder)
    }

    /// Moves `temporary` to `url` unless a file is there: a hard link fails if the name is taken.
    private static func place(_ temporary: URL, at url: URL) throws(FileSystemError) {
        if link(temporary.path, url.path) == 0 { return }
        let code = errno
        guard [EPERM, EOPNOTSUPP, EXDEV, EMLINK].contains(code) else { throw FileSystemError(path: url.path, code: code) }
        // A file system without hard links: check, then rename (not race-free, but nothing better exists there).
        guard access(url.path, F_OK) != 0 else { throw FileSystemError(path: url.path, code: EEXIST) }
        guard rename(temporary.path, url.path) == 0 else { throw FileSystemError(path: url.path, code: errno) }
    }

    /// Writes all of `data` to `fd`, going on after a short write.
    public static func writeAll(_ data: Data, to fd: Int32, path: String) throws(FileSystemError) {
        var done = 0
        while done < data.count {
            let count = data.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + done, buffer.count - done)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, code: errno)
            }
            if count == 0 { throw FileSystemError(path: path, code: EIO) }
            done += count
        }
    }

    /// Syncs a folder, so a file just created or renamed in it is still there after a power cut.
    /// File systems that cannot sync a folder (`EINVAL`) are left be.
    public static func syncFolder(_ folder: URL) throws(FileSystemError) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(path: folder.path, code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 || errno == EINVAL else { throw FileSystemError(path: folder.path, code: errno) }
    }
}
