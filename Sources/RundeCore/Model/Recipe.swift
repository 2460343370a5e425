/// What happens in one step of an item's recipe.
public enum StepMode: String, Codable, Sendable, Hashable, CaseIterable {
    /// The owner presents (or tells the story); nobody else speaks.
    case present
    /// A round: everyone present, in turn, speaks or passes.
    case round
    /// The owner states a conclusion or sums up; written down as the item's outcome.
    case conclusion
    /// The owner may amend the proposal (decision items only).
    case amend
    /// Consent rounds until no objection stands; ends with the decision recorded.
    case consent
}

/// One step of a recipe (*oppskrift*), with an optional timebox in minutes.
public struct RecipeStep: Codable, Sendable, Hashable {
    public var key: String
    public var mode: StepMode
    public var title: LocalizedText
    public var timebox: Int?
    /// A short guiding prompt (*rettleiing*) shown under the step's title on the live screen:
    /// what the room is asked to do now. Absent in logs written before prompts existed.
    public var prompt: LocalizedText?

    public init(key: String, mode: StepMode, title: LocalizedText, timebox: Int? = nil, prompt: LocalizedText? = nil) {
        self.key = key
        self.mode = mode
        self.title = title
        self.timebox = timebox
        self.prompt = prompt
    }
}

/// The fixed recipe (*fast oppskrift*) an item of one type runs through.
///
/// Recipes are data: the built-in ones live in ``RecipeBook/builtIn``; a team can replace the
/// *økt* templates and the *vårt problem* recipe with files of its own. An item copies its steps
/// into the log when it is created, so an old meeting replays the same whatever the team's files
/// say today.
public struct Recipe: Codable, Sendable, Hashable, Identifiable {
    /// A short name, unique in a recipe book: `decision`, `okt-standard`, `vaart-problem`.
    public var id: String
    public var kind: ItemKind
    public var title: LocalizedText
    public var steps: [RecipeStep]

    public init(id: String, kind: ItemKind, title: LocalizedText, steps: [RecipeStep]) {
        self.id = id
        self.kind = kind
        self.title = title
        self.steps = steps
    }
}
