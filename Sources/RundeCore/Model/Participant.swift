import Foundation

/// Whether a participant is in the meeting.
public enum Attendance: String, Codable, Sendable, Hashable, CaseIterable {
    /// Not yet marked; counts as not present.
    case unknown
    case present
    case absent
    /// Not a team member; present.
    case guest
}

/// A person on the meeting's list: a member from the team file or a guest.
public struct Participant: Codable, Sendable, Hashable, Identifiable {
    public var id: ParticipantID
    public var name: String
    public var roles: [Role]
    public var attendance: Attendance

    public init(id: ParticipantID, name: String, roles: [Role] = [], attendance: Attendance = .unknown) {
        self.id = id
        self.name = name
        self.roles = roles
        self.attendance = attendance
    }

    /// Present members and guests take part in rounds.
    public var isPresent: Bool { attendance == .present || attendance == .guest }
}

/// Someone arriving or leaving after the meeting opened, from an `attendanceSet` (or a
/// `guestAdded`) folded then; its `at` is the time.
public struct AttendanceChange: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    /// True when they came, false when they left.
    public var arrived: Bool
    public var at: Date

    public init(participant: ParticipantID, arrived: Bool, at: Date) {
        self.participant = participant
        self.arrived = arrived
        self.at = at
    }
}
