import Foundation
import RundeCore

extension TeamFolder {
    /// The agenda file at `url`, named `file` in messages, checked against the team's members
    /// and recipes; a file past ``Limits/agendaFileBytes`` is refused without reading it all.
    func agenda(_ url: URL, file: String, _ language: Language) throws -> [ItemDraft] {
        let parsed: Result<[ItemDraft], AgendaError>
        do { parsed = try AgendaParser.parse(contentsOf: url, file: file, members: Set(team.members.map(\.id)), recipes: recipes) } catch {
            throw Failure(Self.unreadableAgenda(url, file: file)[language])
        }
        switch parsed {
        case .success(let items): return items
        case .failure(let error): throw Failure(error.message(language))
        }
    }

    /// Why the agenda file could not be read, in words: not there (and how to write one), or the
    /// system's reason.
    private static func unreadableAgenda(_ url: URL, file: String) -> Translation {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return Translation(
                nn: "\(file) finst ikkje. Skriv saklista der, éi sak per linje, til dømes «avgjerd: Ny vaktordning @kari 20m» (sjå Docs/agenda.md).",
                nb: "\(file) finnes ikke. Skriv sakslisten der, én sak per linje, for eksempel «avgjerd: Ny vaktordning @kari 20m» (se Docs/agenda.md).",
                en: "\(file) does not exist. Write the agenda there, one item a line, e.g. “avgjerd: Ny vaktordning @kari 20m” (see Docs/agenda.md).")
        }
        let reason = access(url.path, R_OK) == 0 ? String(cString: strerror(EIO)) : String(cString: strerror(errno))
        return Translation(nn: "\(file) kan ikkje lesast: \(reason)", nb: "\(file) kan ikke leses: \(reason)", en: "\(file) cannot be read: \(reason)")
    }

    /// A meeting planned: its log, and the earlier items it carried and dropped.
    struct Planned {
        var url: URL
        var carried: [CarriedItem]
        var dropped: [CarriedItem]
    }

    /// Plans a meeting and writes its first event: the agenda, then the items carried from the
    /// meeting before (``Archive/carryOver``, except those named in `drop`), and as its
    /// follow-up what the earlier meetings leave open, and the check-in question (`checkIn`,
    /// else the team's, else runde's in `language`). A reference in `drop` that is not offered
    /// is refused before anything is written.
    ///
    /// - Parameter archive: the team's meetings, read once by the caller (who warned of any damaged log).
    func planMeeting(
        title: String, agenda: [ItemDraft], at date: Date, following archive: Archive, checkIn: String? = nil, place: String? = nil,
        drop: [String] = [],
        _ language: Language
    ) throws -> Planned {
        let offered = archive.carryOver
        let dropping = Set(drop.map(DecisionRef.init(rawValue:)))
        if let unknown = dropping.map(\.rawValue).sorted().first(where: { name in !offered.contains { $0.reference.rawValue == name } }) {
            let list = offered.map(\.reference.rawValue).joined(separator: ", ")
            throw Failure(
                Translation(
                    nn: "--drop \(unknown): ingen sak med det namnet blir teken med frå førre møte (\(list.isEmpty ? "ingen" : list)).",
                    nb: "--drop \(unknown): ingen sak med det navnet blir tatt med fra forrige møte (\(list.isEmpty ? "ingen" : list)).",
                    en: "--drop \(unknown): no item by that name is carried from the meeting before (\(list.isEmpty ? "none" : list)).")[language])
        }
        let carried = offered.filter { !dropping.contains($0.reference) }
        let dropped = offered.filter { dropping.contains($0.reference) }
        let agenda = agenda + carried.map(\.draft)
        let plan = MeetingPlan(
            title: title, team: team, agenda: agenda, scheduledAt: date, following: archive, timeZone: team.meetingTimeZone,
            checkIn: CheckIn.question(checkIn, team: team, language), place: place)
        let created: MeetingCreated
        do { created = try plan.created(recipes: recipes) } catch {
            throw Failure(error.message(language))
        }
        do { try PrivateFiles.createFolder(meetingsURL) } catch {
            throw Failure(
                Translation(
                    nn: "Kan ikkje lage mappa «\(error.path)»: \(error.reason)", nb: "Kan ikke lage mappen «\(error.path)»: \(error.reason)",
                    en: "Cannot create the folder “\(error.path)”: \(error.reason)")[language])
        }
        let url = meetingsURL.appendingPathComponent(plan.fileName + ".jsonl")
        do { _ = try MeetingLogWriter.create(at: url, created, by: team.facilitator?.id) } catch {
            throw Failure(error.message(language))
        }
        return Planned(url: url, carried: carried, dropped: dropped)
    }
}

extension CarriedItem {
    /// One line for the terminal: `2026-11-17-1400-teammote#s2 «Ny helgeturnus» (utsett)`.
    func line(_ language: Language) -> String {
        let why =
            reason == .postponed
            ? Translation(nn: "utsett", nb: "utsatt", en: "postponed") : Translation(nn: "ikkje nådd", nb: "ikke nådd", en: "not reached")
        let exempt = draft.exemption.map { ", " + Translation(nn: "unnateke: \($0)", nb: "unntatt: \($0)", en: "exempt: \($0)")[language] } ?? ""
        return "  \(reference.rawValue) «\(draft.title)» (\(why[language])\(exempt))"
    }
}
