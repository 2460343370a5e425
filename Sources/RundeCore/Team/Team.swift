import Foundation

/// A team (*team*) as its `team.toml` describes it: who is in it and which roles they hold.
public struct Team: Codable, Sendable, Hashable {
    /// A member of the team.
    public struct Member: Codable, Sendable, Hashable, Identifiable {
        /// The short handle (`kari`): lowercase letters `a–å`, digits and `-`, starting with a letter.
        public var id: ParticipantID
        public var name: String
        /// In the order the team file lists them.
        public var roles: [Role]

        /// A member; the id is not checked here (``TeamFile`` and ``isValidID(_:)`` do that).
        public init(id: ParticipantID, name: String, roles: [Role] = []) {
            self.id = id
            self.name = name
            self.roles = roles
        }

        /// Whether the member holds `role`.
        public func holds(_ role: Role) -> Bool { roles.contains(role) }
    }

    public var name: String
    /// What the team is for (*føremål*), when the file says.
    public var purpose: String?
    /// The language the team's screens and minutes use; nil leaves it to the locale.
    public var language: Language?
    /// Where the team meets (`time_zone`): the zone its meetings are planned, held and shown in;
    /// nil leaves it to the machine that plans them (``meetingTimeZone``).
    public var timeZone: TimeZone?
    /// The team's check-in question (*innsjekk*), asked in every meeting unless the meeting sets
    /// its own; nil for ``CheckIn/defaultQuestion``.
    public var checkIn: String?
    /// How long after a decision the team usually reviews it (`review_after`): the review date
    /// the screen offers when a decision is recorded; nil offers none.
    public var reviewAfter: ReviewInterval?
    /// The team's working agreement (*spelereglar*), one rule a line, in the file's order; empty
    /// when the file has none. Every meeting planned carries them, and the opening screen shows them.
    public var agreement: [String] = []
    /// In the order of the team file, which is the order rounds go in.
    public var members: [Member]

    /// A team; nothing is checked here (``TeamFile`` checks what it reads).
    public init(
        name: String, purpose: String? = nil, language: Language? = nil, checkIn: String? = nil, reviewAfter: ReviewInterval? = nil,
        members: [Member]
    ) {
        self.name = name
        self.reviewAfter = reviewAfter
        self.checkIn = checkIn
        self.purpose = purpose
        self.language = language
        self.members = members
    }

    /// The zone a meeting of the team is planned in, and shown in when its log records none:
    /// the team's, else the machine's.
    public var meetingTimeZone: TimeZone { timeZone ?? .current }

    /// The members as participants of a meeting, attendance not yet marked.
    public var participants: [Participant] {
        members.map { Participant(id: $0.id, name: $0.name, roles: $0.roles) }
    }

    /// The first member holding the *fasilitator* role.
    public var facilitator: Member? { members.first { $0.holds(.facilitator) } }

    /// The first member holding the *skrivar* role.
    public var scribe: Member? { members.first { $0.holds(.scribe) } }

    /// The member with this id.
    public func member(_ id: ParticipantID) -> Member? { members.first { $0.id == id } }

    /// Every member holding `role`, in file order.
    public func members(holding role: Role) -> [Member] { members.filter { $0.holds(role) } }
}
