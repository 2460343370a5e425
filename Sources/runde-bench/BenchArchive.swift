import Foundation
import RundeCore

/// One of the bench's archives: how many team folders, how many weekly meetings each, of which
/// shape. Every archive is a folder `teams/` holding its team folders.
struct ArchiveShape: Sendable {
    var name: String
    var meeting: MeetingShape
    var teams: Int
    var meetingsPerTeam: Int

    var meetings: Int { teams * meetingsPerTeam }

    /// Ten years of a team's weekly meetings.
    static let a520 = ArchiveShape(name: "A-520", meeting: .heavy, teams: 1, meetingsPerTeam: 520)
    /// Ten years of a unit with ten teams.
    static let a5000 = ArchiveShape(name: "A-5000", meeting: .heavy, teams: 10, meetingsPerTeam: 500)
    /// Ten years of a team with more usual meetings.
    static let t520 = ArchiveShape(name: "T-520", meeting: .typical, teams: 1, meetingsPerTeam: 520)

    static let all = [a520, t520, a5000]

    /// The team's name; a unit's teams are told apart by their zone.
    func teamName(_ index: Int) -> String { teams == 1 ? "Heimetenesta Fjordvik" : "Heimetenesta sone \(index + 1)" }

    func folderName(_ index: Int) -> String { teams == 1 ? "heimetenesta" : String(format: "sone-%02d", index + 1) }
}

/// A generated archive on disk.
struct BenchArchive {
    var shape: ArchiveShape
    var root: URL
    /// How long generating it took, in seconds; nil when it came from the cache.
    var generationSeconds: Double?

    /// The folder holding the team folders: what `--teams` takes.
    var teamsFolder: URL { root.appendingPathComponent("teams", isDirectory: true) }

    var teamFolders: [URL] { (0..<shape.teams).map { teamsFolder.appendingPathComponent(shape.folderName($0), isDirectory: true) } }

    /// Every log, team by team, each team's in file-name order.
    var logs: [URL] { teamFolders.flatMap { Archive.logFiles(in: $0.appendingPathComponent("meetings", isDirectory: true)) } }

    /// The newest log of the first team: the meeting still going on, that the bench appends to.
    var newestLog: URL? { teamFolders.first.flatMap { Archive.logFiles(in: $0.appendingPathComponent("meetings", isDirectory: true)).last } }

    /// Where the newest log's length as generated is kept, to cut it back to after appending.
    var generatedLengthFile: URL { root.appendingPathComponent("newest-log-length") }
}

/// Planning needs the earlier meetings' digests only, never their texts.
private struct NoTexts: ArchiveTexts {
    func candidates(for pattern: SearchPattern) -> [String: [SearchableText]] { [:] }
    func texts(of meeting: String) -> [SearchableText] { [] }
}

/// Makes the bench archives, deterministically (fixed dates, ids and clock: the same bytes every
/// run), and caches them under `.build/bench-archives/<shape>-g<version>/`.
enum ArchiveGenerator {
    /// Raise when what is generated changes, so a stale cache is not used.
    static let version = 2
    /// The first meeting: Monday 5 January 2026, 08:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_767_600_000)
    /// How many of the latest meetings the follow-up of a new meeting looks at: enough for the
    /// second review of a decision (twice ``MeetingScript/reviewDays`` later), so planning looks
    /// at a bounded window instead of the whole archive (which would be quadratic).
    static let window = 14

    /// The archive of `shape` from the cache, generated first if it is not there.
    static func archive(_ shape: ArchiveShape, cache: URL) throws -> BenchArchive {
        let root = cache.appendingPathComponent("\(shape.name)-g\(version)", isDirectory: true)
        var archive = BenchArchive(shape: shape, root: root)
        if FileManager.default.fileExists(atPath: archive.generatedLengthFile.path) { return archive }
        let partial = cache.appendingPathComponent("\(shape.name)-g\(version).partial", isDirectory: true)
        try? FileManager.default.removeItem(at: partial)
        try? FileManager.default.removeItem(at: root)
        let begin = DispatchTime.now().uptimeNanoseconds
        try generate(BenchArchive(shape: shape, root: partial))
        try FileManager.default.moveItem(at: partial, to: root)
        archive.generationSeconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
        return archive
    }

    /// Cuts the newest log back to its generated length: the bench appends notes to it.
    static func restoreNewestLog(of archive: BenchArchive) throws {
        guard let log = archive.newestLog, let length = Int(try String(contentsOf: archive.generatedLengthFile, encoding: .utf8)) else { return }
        guard truncate(log.path, length) == 0 else { throw FileSystemError(path: log.path, code: errno) }
    }

    private static func generate(_ archive: BenchArchive) throws {
        try PrivateFiles.createFolder(archive.teamsFolder)
        for index in 0..<archive.shape.teams { try generateTeam(index, of: archive) }
        guard let newest = archive.newestLog else { return }
        let length = try FileManager.default.attributesOfItem(atPath: newest.path)[.size] as? Int ?? 0
        try PrivateFiles.write(Data("\(length)".utf8), to: archive.generatedLengthFile, replacing: true)
    }

    private static func generateTeam(_ index: Int, of archive: BenchArchive) throws {
        let shape = archive.shape
        let folder = try TeamFolder.create(
            at: archive.teamFolders[index], name: shape.teamName(index), members: shape.meeting.members, language: .nn)
        let drafts = try AgendaParser.parse(shape.meeting.agenda, file: "agenda.txt", members: Set(shape.meeting.members.map(\.id))).get()
        var recent: [MeetingDigest] = []
        for number in 0..<shape.meetingsPerTeam {
            let at = start.addingTimeInterval(Double(number) * 7 * 86_400)
            let plan = MeetingPlan(
                id: meetingID(team: index, number: number), title: "Teammøte \(number + 1)", team: folder.team, agenda: drafts, scheduledAt: at,
                following: Archive(meetings: recent, damaged: [], texts: NoTexts()), timeZone: .gmt)
            let log = try InMemoryLog(try plan.created(recipes: .builtIn), by: "kari", at: at)
            let script = MeetingScript(shape: shape.meeting, number: number, day: Day(at, in: .gmt), previous: recent.last?.name)
            try script.hold(on: log, closing: number < shape.meetingsPerTeam - 1)
            let url = folder.meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
            try log.write(to: url)
            recent.append(MeetingDigest(log.meeting.state, url: url))
            if recent.count > Self.window { recent.removeFirst() }
        }
    }

    /// A fixed id for each meeting (version 4, variant 1): the team in the first byte, the
    /// meeting's number in the last two.
    private static func meetingID(team: Int, number: Int) -> UUID {
        UUID(uuid: (UInt8(team + 1), 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, UInt8(number >> 8 & 0xFF), UInt8(number & 0xFF)))
    }
}
