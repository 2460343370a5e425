import Foundation
import RundeCore

extension TeamFolder {
    /// The agenda file at `url`, named `file` in messages, checked against the team's members
    /// and recipes; a file past ``Limits/agendaFileBytes`` is refused without reading it all.
    func agenda(_ url: URL, file: String, _ language: Language) throws -> [ItemDraft] {
        let parsed: Result<[ItemDraft], AgendaError>
        do { parsed = try AgendaParser.parse(contentsOf: url, file: file, members: Set(team.members.map(\.id)), recipes: recipes) } catch {
            throw Failure("\(file): \(error.localizedDescription)")
        }
        switch parsed {
        case .success(let items): return items
        case .failure(let error): throw Failure(error.message(language))
        }
    }

    /// Plans a meeting and writes its first event: the agenda, and as its follow-up what the
    /// earlier meetings leave open, and the check-in question (`checkIn`, else the team's, else
    /// runde's in `language`). Answers the new log.
    func planMeeting(title: String, agenda: [ItemDraft], at date: Date, checkIn: String? = nil, _ language: Language) throws -> URL {
        let archive = Archive(folder: meetingsURL)
        for damaged in archive.damaged { warn(damaged.message(language)) }
        let plan = MeetingPlan(
            title: title, team: team, agenda: agenda, scheduledAt: date, following: archive, timeZone: .current,
            checkIn: CheckIn.question(checkIn, team: team, language))
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
        let url = meetingsURL.appendingPathComponent(plan.fileName(timeZone: .current) + ".jsonl")
        do { _ = try MeetingLogWriter.create(at: url, created, by: team.facilitator?.id) } catch {
            throw Failure(error.message(language))
        }
        return url
    }
}
