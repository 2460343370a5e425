/// Why an item's recipe could not be found (``RecipeBook/resolve(_:)``).
public enum RecipeLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No recipe has this id. `available` lists the ids for `kind`, the default first.
    case unknown(id: String, kind: ItemKind, available: [String])
    /// The recipe exists but is for `recipeKind`, not the item's `kind`.
    case wrongKind(id: String, kind: ItemKind, recipeKind: ItemKind, available: [String])

    /// The id that was asked for.
    public var id: String {
        switch self {
        case .unknown(let id, _, _), .wrongKind(let id, _, _, _): id
        }
    }

    /// The message in Nynorsk.
    public var description: String { message(.nn) }
}
