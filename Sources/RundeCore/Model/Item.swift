import Foundation

/// What a person writes for an agenda item: in an agenda file, or when adding or editing an item
/// before the meeting starts.
public struct ItemDraft: Codable, Sendable, Hashable {
    public var kind: ItemKind
    public var title: String
    public var owner: ParticipantID
    /// What the owner presents: background, the question, links.
    public var text: String
    /// The proposal (*forslag til avgjerd*) of a decision item, when it is known beforehand.
    public var proposal: String?
    /// Minutes.
    public var timebox: Int?
    /// Marked for formal information or consultation with union representatives (*info/drøft*).
    public var infoDrøft: Bool
    /// Legal basis when the item is exempt from public disclosure (*unnateke offentlegheit*),
    /// for example `offl. § 13`; nil when the item is open.
    public var exemption: String?
    /// The earlier decision this item revisits and would replace.
    public var replaces: DecisionRef?
    /// The recipe to run: an *økt* template or *vårt problem* recipe by id; nil for the built-in one.
    public var recipe: String?
    /// The item of an earlier meeting this one was carried from (`<meeting>#<item>`): postponed
    /// there, or not reached before it closed. See ``Archive/carryOver``.
    public var carriedFrom: DecisionRef?

    public init(
        kind: ItemKind, title: String, owner: ParticipantID, text: String = "", proposal: String? = nil,
        timebox: Int? = nil, infoDrøft: Bool = false, exemption: String? = nil, replaces: DecisionRef? = nil,
        recipe: String? = nil, carriedFrom: DecisionRef? = nil
    ) {
        self.kind = kind
        self.title = title
        self.owner = owner
        self.text = text
        self.proposal = proposal
        self.timebox = timebox
        self.infoDrøft = infoDrøft
        self.exemption = exemption
        self.replaces = replaces
        self.recipe = recipe
        self.carriedFrom = carriedFrom
    }

    private enum CodingKeys: String, CodingKey {
        case kind, title, owner, text, proposal, timebox, infoDrøft = "infoDroft", exemption, replaces, recipe, carriedFrom
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(ItemKind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        owner = try c.decode(ParticipantID.self, forKey: .owner)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        proposal = try c.decodeIfPresent(String.self, forKey: .proposal)
        timebox = try c.decodeIfPresent(Int.self, forKey: .timebox)
        infoDrøft = try c.decodeIfPresent(Bool.self, forKey: .infoDrøft) ?? false
        exemption = try c.decodeIfPresent(String.self, forKey: .exemption)
        replaces = try c.decodeIfPresent(DecisionRef.self, forKey: .replaces)
        recipe = try c.decodeIfPresent(String.self, forKey: .recipe)
        carriedFrom = try c.decodeIfPresent(DecisionRef.self, forKey: .carriedFrom)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(owner, forKey: .owner)
        if !text.isEmpty { try c.encode(text, forKey: .text) }
        try c.encodeIfPresent(proposal, forKey: .proposal)
        try c.encodeIfPresent(timebox, forKey: .timebox)
        if infoDrøft { try c.encode(true, forKey: .infoDrøft) }
        try c.encodeIfPresent(exemption, forKey: .exemption)
        try c.encodeIfPresent(replaces, forKey: .replaces)
        try c.encodeIfPresent(recipe, forKey: .recipe)
        try c.encodeIfPresent(carriedFrom, forKey: .carriedFrom)
    }
}

/// An agenda item as the log defines it: its draft, its id and the steps of its recipe.
public struct ItemSpec: Codable, Sendable, Hashable {
    public var id: ItemID
    public var draft: ItemDraft
    /// The recipe's steps, copied when the item was made so the log replays on its own.
    public var steps: [RecipeStep]

    public init(id: ItemID, draft: ItemDraft, steps: [RecipeStep]) {
        self.id = id
        self.draft = draft
        self.steps = steps
    }

    private enum CodingKeys: String, CodingKey { case id, steps }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ItemID.self, forKey: .id)
        steps = try c.decode([RecipeStep].self, forKey: .steps)
        draft = try ItemDraft(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try draft.encode(to: encoder)
        try c.encode(steps, forKey: .steps)
    }
}

/// Where an item is in the meeting.
public enum ItemStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// On the agenda, not yet started.
    case pending
    /// Being handled now.
    case active
    /// Handled to the end of its recipe.
    case done
    /// The owner withdrew it.
    case withdrawn
    /// Moved to a later meeting.
    case postponed
}

/// A participant who sits out an item because of a conflict of interest (*ugild*,
/// forvaltningslova § 6).
public struct Disqualification: Codable, Sendable, Hashable {
    public var participant: ParticipantID
    public var reason: String
}

/// An exemption from public disclosure that the facilitator lifted, on the record.
public struct LiftedExemption: Codable, Sendable, Hashable {
    /// The legal basis the item had.
    public var basis: String
    public var reason: String
    public var by: ParticipantID?
    public var at: Date
}

/// A change to a decision proposal, and who helped make it.
public struct Amendment: Codable, Sendable, Hashable {
    public var text: String
    public var helpers: [ParticipantID]
    public var reason: String?
    public var at: Date
}

/// An agenda item as the meeting has handled it so far.
public struct Item: Sendable, Hashable, Identifiable {
    public var spec: ItemSpec
    public var status: ItemStatus = .pending
    /// Index into ``steps`` of the step under way; nil before the item starts.
    public var stepIndex: Int?
    /// The proposal as it stands now (decision items).
    public var proposal: String?
    public var amendments: [Amendment] = []
    /// The `seq` of the event that last changed the proposal; a consent round must start after it.
    public var proposalSeq: Int?
    /// Every objection raised in a consent round, with its integration once made.
    public var objections: [Objection] = []
    /// The owner's conclusion or summary (discussion, *økt*, *vårt problem*).
    public var conclusion: String?
    public var decision: Decision?
    public var disqualified: [Disqualification] = []
    /// Why it was withdrawn or postponed, when the owner said.
    public var endReason: String?
    /// The exemption from public disclosure that was lifted, if it was: what the minutes say.
    public var liftedExemption: LiftedExemption?
    /// The union representative's views recorded on an info/drøft item, in order.
    public var unionViews: [String] = []
    public var startedAt: Date?
    public var endedAt: Date?

    public init(spec: ItemSpec) {
        self.spec = spec
        self.proposal = spec.draft.proposal
    }

    public var id: ItemID { spec.id }
    public var draft: ItemDraft { spec.draft }
    public var kind: ItemKind { spec.draft.kind }
    public var title: String { spec.draft.title }
    public var owner: ParticipantID { spec.draft.owner }
    public var steps: [RecipeStep] { spec.steps }

    /// The step under way, if the item is active.
    public var currentStep: RecipeStep? {
        guard status == .active, let index = stepIndex, steps.indices.contains(index) else { return nil }
        return steps[index]
    }

    public func isDisqualified(_ participant: ParticipantID) -> Bool {
        disqualified.contains { $0.participant == participant }
    }

    /// Objections not yet integrated; they block the decision. One raised by someone declared
    /// *ugild* afterwards does not stand: they sit out the item.
    public var standingObjections: [Objection] {
        objections.filter { $0.integration == nil && !isDisqualified($0.participant) }
    }
}
