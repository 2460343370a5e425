import Foundation
import Glibc

extension MeetingLog {
    /// Moves a torn last line out of the log into a file beside it, so runde can write again.
    ///
    /// The cut-off bytes are copied to `<log>.torn-<seq>` first (a new file with the mode of
    /// ``FileModes/inside(_:)``) and synced; only then is the log cut back to its last complete
    /// line, under the writers' lock. Nothing is lost.
    ///
    /// - Returns: the file holding the cut-off bytes, or nil when the log had no torn tail.
    /// - Throws: ``LogError`` when the log is damaged elsewhere (then nothing is changed).
    public static func repairTornTail(_ url: URL) throws(LogError) -> URL? {
        let fd = try MeetingLogWriter.openForAppend(url)
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw LogError(file: url.path, cause: .cannotWrite(String(cString: strerror(errno)))) }
        defer { flock(fd, LOCK_UN) }
        let loaded = try read(url)
        guard let torn = loaded.tornTail else { return nil }
        let bytes: Data
        do { bytes = try Data(contentsOf: url) } catch { throw LogError(file: url.path, cause: .cannotRead(error.localizedDescription)) }
        let aside = url.appendingPathExtension("torn-\(loaded.meeting.state.lastSeq + 1)")
        do { try PrivateFiles.write(bytes.suffix(from: torn.offset), to: aside, replacing: false) } catch {
            throw LogError(file: aside.path, cause: error.code == EEXIST ? .fileExists : .writeFailure(error.code))
        }
        guard ftruncate(fd, off_t(torn.offset)) == 0, fsync(fd) == 0 else {
            throw LogError(file: url.path, cause: .writeFailure(errno))
        }
        return aside
    }
}
