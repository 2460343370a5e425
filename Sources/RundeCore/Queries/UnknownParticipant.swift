/// A participant id, given to filter a register, that is on no meeting's list: most likely a
/// typo, which would otherwise show as an empty list.
public struct UnknownParticipant: Error, Sendable, Hashable {
    public var id: ParticipantID
    /// The likely meant id, with the name the newest meeting gives it.
    public var suggestion: Participant?
    /// Every id on any meeting's list, shown when nothing is close.
    public var known: [ParticipantID]

    public func message(_ language: Language) -> String {
        let base = Translation(
            nn: "Ingen med id-en «\(id)» står på lista i noko møte.", nb: "Ingen med id-en «\(id)» står på listen i noe møte.",
            en: "No one with the id “\(id)” is on any meeting's list.")[language]
        if let suggestion {
            let meant = Translation(nn: "Meinte du", nb: "Mente du", en: "Did you mean")[language]
            return base + " \(meant) \(suggestion.id) (\(suggestion.name))?"
        }
        return base + " " + Translation(nn: "Id-ane er", nb: "Id-ene er", en: "The ids are")[language] + ": "
            + known.map(\.rawValue).joined(separator: ", ") + "."
    }
}

extension Archive {
    /// Checks that `id` is on the list of some meeting; an archive without meetings knows no one
    /// and lets every id pass.
    public func checkParticipant(_ id: ParticipantID) throws(UnknownParticipant) {
        try Self.checkParticipant(id, in: [self])
    }

    /// Checks that `id` is on the list of some meeting of any of `archives` (several teams'),
    /// suggesting the closest id when it is not.
    public static func checkParticipant(_ id: ParticipantID, in archives: [Archive]) throws(UnknownParticipant) {
        let people = archives.flatMap { $0.meetings.reversed().flatMap(\.participants) }
        guard !people.isEmpty, !people.contains(where: { $0.id == id }) else { return }
        let known = Set(people.map(\.id)).sorted()
        let closest = EditDistance.closest(to: id.rawValue, in: known.map(\.rawValue))
        throw UnknownParticipant(id: id, suggestion: people.first { $0.id.rawValue == closest }, known: known)
    }
}
