/// The recipes a team can run, by id: the built-in ones, replaced or added to by the team's
/// recipe files.
///
/// Every item kind has a default recipe (``defaultID(for:)``); an *økt* or *vårt problem* item may
/// name another recipe of its kind in ``ItemDraft/recipe``. A team changes a default by writing a
/// recipe file with the default's id.
public struct RecipeBook: Sendable, Hashable {
    /// In order: built-in recipes first, as ``BuiltInRecipes`` lists them, then the team's.
    public private(set) var recipes: [Recipe]

    /// A book of `recipes`; when two share an id, the later replaces the earlier in its place.
    ///
    /// A kind the book has no recipe for falls back to the built-in default in
    /// ``defaultRecipe(for:)``.
    public init(recipes: [Recipe]) {
        self.recipes = []
        for recipe in recipes { insert(recipe) }
    }

    /// The recipes runde ships: the method's recipes for information, discussion and decision
    /// items, three *økt* templates and the *vårt problem* recipe.
    public static let builtIn = RecipeBook(recipes: BuiltInRecipes.all)

    /// The id of the default recipe for `kind`: `information`, `discussion`, `decision`,
    /// `okt-standard`, `vaart-problem`.
    public static func defaultID(for kind: ItemKind) -> String {
        switch kind {
        case .information: "information"
        case .discussion: "discussion"
        case .decision: "decision"
        case .session: "okt-standard"
        case .ourProblem: "vaart-problem"
        }
    }

    /// The recipe with this id, of any kind.
    public func recipe(id: String) -> Recipe? {
        recipes.first { $0.id == id }
    }

    /// The recipe an item of `kind` runs when it names none: the one with ``defaultID(for:)``,
    /// else the book's first recipe of that kind, else the built-in default.
    public func defaultRecipe(for kind: ItemKind) -> Recipe {
        if let own = ownDefault(for: kind) { return own }
        if let builtIn = RecipeBook.builtIn.ownDefault(for: kind) { return builtIn }
        preconditionFailure("The built-in recipe book has no recipe for \(kind.rawValue).")
    }

    /// The recipes for `kind` an item can choose from, the default first.
    public func templates(for kind: ItemKind) -> [Recipe] {
        let standard = defaultRecipe(for: kind)
        return [standard] + recipes.filter { $0.kind == kind && $0.id != standard.id }
    }

    /// This book with the team's recipes added; a team recipe with an existing id replaces that
    /// recipe in its place.
    public func merging(_ team: [Recipe]) -> RecipeBook {
        var book = self
        for recipe in team { book.insert(recipe) }
        return book
    }

    /// The recipe an item will run: the default for its kind when ``ItemDraft/recipe`` is nil,
    /// else the named one.
    ///
    /// Fails with ``RecipeLookupError`` when no recipe has that id, or the recipe is for another
    /// kind; the error lists the ids that exist for the item's kind.
    public func resolve(_ draft: ItemDraft) -> Result<Recipe, RecipeLookupError> {
        guard let id = draft.recipe else { return .success(defaultRecipe(for: draft.kind)) }
        let available = templates(for: draft.kind).map(\.id)
        guard let recipe = recipe(id: id) else {
            return .failure(.unknown(id: id, kind: draft.kind, available: available))
        }
        guard recipe.kind == draft.kind else {
            return .failure(.wrongKind(id: id, kind: draft.kind, recipeKind: recipe.kind, available: available))
        }
        return .success(recipe)
    }

    private func ownDefault(for kind: ItemKind) -> Recipe? {
        let id = Self.defaultID(for: kind)
        return recipes.first { $0.id == id && $0.kind == kind } ?? recipes.first { $0.kind == kind }
    }

    private mutating func insert(_ recipe: Recipe) {
        if let index = recipes.firstIndex(where: { $0.id == recipe.id }) {
            recipes[index] = recipe
        } else {
            recipes.append(recipe)
        }
    }
}
