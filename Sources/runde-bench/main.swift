// `make bench`: runde's speed and memory targets, measured on a year of meetings of a team of
// twelve. Run in release mode on a quiet machine; it is never part of `make test`, because a
// shared machine's timings say nothing about the code.
import Foundation
import RundeCore
import RundeTUI

/// One target: what is measured, the limit, and the median of several runs.
struct Measurement {
    var name: String
    var limit: Double
    var unit: String
    var value: Double
    var met: Bool { value <= limit }
}

/// The median wall time of `runs` runs of `body`, in milliseconds.
func milliseconds(runs: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return times.sorted()[times.count / 2]
}

/// The most memory the process has held, in MiB.
func peakMemory() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let members: [Team.Member] = ["kari", "ola", "ingrid", "per", "siri", "aslak", "marit", "nils", "åse", "tor", "liv", "eva"].map {
    Team.Member(id: ParticipantID($0), name: $0.capitalized + " Nordmann", roles: $0 == "kari" ? [.facilitator] : $0 == "ola" ? [.scribe] : [])
}
let team = Team(name: "Heimetenesta Fjordvik", members: members)
let agenda = """
    informasjon: Nytt frå leiinga @kari 10m
      Budsjett, turnus og ferieavvikling.
    avgjerd: Prøveordning med heimekontor @ingrid 25m
      forslag: Vi prøver heimekontor onsdagar i tre månader.
    drøfting: Korleis tek vi imot nye vikarar? @per 20m
    økt: Betre overlevering mellom vaktene @ola 30m mal:okt-kort
    vårt problem: Når pårørande krev meir enn vedtaket gir @siri 40m unnateke:offl. § 13
    avgjerd: Nye nøkkelboksar @aslak 10m
      forslag: Vi kjøper 40 nye nøkkelboksar med kode.
    """

/// A whole meeting through the library: everyone speaks in every round with a note, every
/// decision gets a concern, every item an action.
func holdMeeting(_ number: Int, in folder: TeamFolder, start: Date) throws -> URL {
    let drafts = try AgendaParser.parse(agenda, file: "agenda.txt", members: Set(members.map(\.id))).get()
    let at = start.addingTimeInterval(Double(number) * 7 * 86_400)
    let plan = MeetingPlan(
        title: "Teammøte \(number + 1)", team: team, agenda: drafts, scheduledAt: at, following: Archive(folder: folder.meetingsURL),
        timeZone: .gmt)
    var now = at
    let url = folder.meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
    let writer = try MeetingLogWriter.create(at: url, try plan.created(recipes: .builtIn), by: "kari") {
        defer { now.addTimeInterval(15) }
        return now
    }
    func run(_ command: Command, by: ParticipantID = "kari") throws { try writer.submit(command, by: by) }
    func rounds() throws {
        while let round = writer.meeting.state.openRound, let speaker = round.speaker {
            if round.purpose == .consent {
                try run(.answer(speaker, speaker == "per" ? .concern("Kven tek telefonen på onsdagar?") : .consent))
            } else {
                try run(.speak(speaker))
                try run(.addNote("\(speaker) meiner vi bør prøve dette i tre veker og sjå korleis det går.", speaker: speaker), by: "ola")
            }
        }
    }
    for member in members { try run(.setAttendance(member.id, .present)) }
    try run(.openMeeting)
    for carried in writer.meeting.state.followUp { try run(.setFollowUpStatus(carried.reference, number % 3 == 0 ? .open : .done)) }
    try rounds()
    for item in writer.meeting.state.items {
        try run(.startItem(item.id))
        while writer.meeting.state.activeItem != nil {
            try rounds()
            let state = writer.meeting.state
            switch state.activeItem?.currentStep?.mode {
            case .consent: try run(.recordDecision(reviewDate: Day(at, in: .gmt).adding(days: 90)))
            case .conclusion where state.activeItem?.conclusion == nil: try run(.conclude("Vi prøver og ser på det att om ein månad."))
            default: try run(.nextStep)
            }
        }
        try run(.addAction(what: "Følgje opp «\(item.title)»", who: item.owner, due: Day(at, in: .gmt).adding(days: 14)), by: "ola")
    }
    try run(.startClosingRound)
    try rounds()
    try run(.closeMeeting)
    return url
}

/// The time of one command on its own — a note, as the scribe adds them — in milliseconds,
/// synced to disk before it returns as every command is: the median and the slowest of `count`.
func commandCost(in folder: TeamFolder, start: Date, count: Int = 200) throws -> (median: Double, slowest: Double) {
    let plan = MeetingPlan(
        title: "Notat", team: team, agenda: [], scheduledAt: start.addingTimeInterval(-86_400), following: Archive(folder: folder.meetingsURL),
        timeZone: .gmt)
    let url = folder.meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
    let writer = try MeetingLogWriter.create(at: url, try plan.created(recipes: .builtIn), by: "ola")
    var times: [Double] = []
    for number in 0..<count {
        let begin = DispatchTime.now().uptimeNanoseconds
        try writer.submit(.addNote("Notat \(number): kven tek telefonen på onsdagar?", speaker: nil), by: "ola")
        times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
    }
    try FileManager.default.removeItem(at: url)
    times.sort()
    return (times[times.count / 2], times[times.count - 1])
}

/// What the sync itself costs here: appending one 250-byte line with `write(2)`, then with
/// `write(2)` and `fsync`, in milliseconds (medians of `count`).
func syncCost(in folder: URL, count: Int = 200) -> (write: Double, synced: Double) {
    let path = folder.appendingPathComponent("sync-cost").path
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    defer {
        close(fd)
        unlink(path)
    }
    let line = [UInt8](repeating: 0x61, count: 249) + [0x0A]
    func median(sync: Bool) -> Double {
        var times: [Double] = []
        for _ in 0..<count {
            let begin = DispatchTime.now().uptimeNanoseconds
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if sync { _ = fsync(fd) }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
        }
        return times.sorted()[count / 2]
    }
    return (median(sync: false), median(sync: true))
}

let folderURL = FileManager.default.temporaryDirectory.appendingPathComponent("runde-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: folderURL) }
do {
    let folder = try TeamFolder.create(at: folderURL, name: team.name, members: members, purpose: nil, language: .nn)
    let start = Date(timeIntervalSince1970: 1_767_600_000)
    var logs: [URL] = []
    var perCommand = 0.0
    let written = try milliseconds(runs: 1) {
        for week in 0..<52 { logs.append(try holdMeeting(week, in: folder, start: start)) }
    }
    let events = try logs.map { try MeetingLog.read($0).state.lastSeq }.reduce(0, +)
    perCommand = written / Double(events)
    let largest = logs.last ?? folderURL
    let lines = try MeetingLog.read(largest).state.lastSeq

    let archive = Archive(folder: folder.meetingsURL)
    let state = AppState(meeting: try MeetingLog.read(largest).state, language: .nn, now: Date())
    let pattern = SearchPattern("heimekontor onsdagar")
    let command = try commandCost(in: folder, start: start)
    let sync = syncCost(in: folderURL)
    let measurements = [
        Measurement(name: "write: per event in a year of meetings (\(events) events)", limit: 5, unit: "ms", value: perCommand),
        Measurement(name: "write: one command, fsync'd (median of 200)", limit: 5, unit: "ms", value: command.median),
        Measurement(name: "write: one command, fsync'd (slowest of 200)", limit: 50, unit: "ms", value: command.slowest),
        Measurement(name: "of which fsync: a line written, then synced (median)", limit: 5, unit: "ms", value: sync.synced),
        Measurement(name: "  (the same line written, not synced (median))", limit: 5, unit: "ms", value: sync.write),
        Measurement(name: "read and fold one meeting (\(lines) lines)", limit: 50, unit: "ms", value: try milliseconds { _ = try MeetingLog.read(largest) }),
        Measurement(
            name: "read a year of meetings (52 logs)", limit: 1_500, unit: "ms", value: milliseconds(runs: 3) { _ = Archive(folder: folder.meetingsURL) }),
        Measurement(
            name: "search a year of meetings", limit: 300, unit: "ms", value: milliseconds { if let pattern { _ = archive.search(pattern) } }),
        Measurement(
            name: "render one 160x48 frame", limit: 16, unit: "ms", value: milliseconds(runs: 21) { _ = state.render(size: Size(width: 160, height: 48)) }),
        Measurement(
            name: "review screen of a year", limit: 1_500, unit: "ms",
            value: milliseconds(runs: 3) { _ = ReviewState(archive: archive, team: team.name, language: .nn, today: Day(start, in: .gmt)) }),
        Measurement(name: "peak memory", limit: 300, unit: "MiB", value: peakMemory()),
    ]
    for measurement in measurements {
        let mark = measurement.met ? "ok  " : "SLOW"
        print(
            "\(mark) \(measurement.name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(String(format: "%9.2f", measurement.value)) \(measurement.unit)  (target ≤ \(Int(measurement.limit)))"
        )
    }
    exit(measurements.allSatisfy(\.met) ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("runde-bench: \(error)\n".utf8))
    exit(2)
}
