extension RecipeLookupError {
    /// What is wrong and which recipes the item could use instead.
    public func message(_ language: Language) -> String {
        switch self {
        case .unknown(let id, let kind, let available):
            let list = available.joined(separator: ", ")
            return Translation(
                nn: "Det finst inga oppskrift «\(id)». Oppskrifter for \(RecipeWords.kinds(kind)[.nn]): \(list).",
                nb: "Det finnes ingen oppskrift «\(id)». Oppskrifter for \(RecipeWords.kinds(kind)[.nb]): \(list).",
                en: "There is no recipe \"\(id)\". Recipes for \(RecipeWords.kinds(kind)[.en]): \(list).")[language]
        case .wrongKind(let id, let kind, let recipeKind, let available):
            let list = available.joined(separator: ", ")
            let item = RecipeWords.kinds(kind)
            let recipe = RecipeWords.kinds(recipeKind)
            return Translation(
                nn: "Oppskrifta «\(id)» er for \(recipe[.nn]), ikkje for \(item[.nn]). Oppskrifter for \(item[.nn]): \(list).",
                nb: "Oppskriften «\(id)» er for \(recipe[.nb]), ikke for \(item[.nb]). Oppskrifter for \(item[.nb]): \(list).",
                en: "The recipe \"\(id)\" is for \(recipe[.en]), not for \(item[.en]). Recipes for \(item[.en]): \(list).")[language]
        }
    }
}

/// Words for recipes shared by the messages of the team folder's errors.
enum RecipeWords {
    /// The item kind in the plural, as in "the recipe for decision items".
    static func kinds(_ kind: ItemKind) -> Translation {
        switch kind {
        case .information: Translation(nn: "informasjonssaker", nb: "informasjonssaker", en: "information items")
        case .discussion: Translation(nn: "drøftingssaker", nb: "drøftingssaker", en: "discussion items")
        case .decision: Translation(nn: "avgjerdssaker", nb: "beslutningssaker", en: "decision items")
        case .session: Translation(nn: "økter", nb: "økter", en: "sessions (økt)")
        case .ourProblem: Translation(nn: "«vårt problem»", nb: "«vårt problem»", en: "“our problem” reflections")
        }
    }
}
