/// The recipes runde ships, written in the recipe-file format (``RecipeFile``) and read by the
/// same parser as a team's files, so there is one format. A team can copy one of these texts into
/// `recipes/` and change it; the copy replaces the built-in recipe with the same id.
///
/// The method's recipes (information, discussion, decision) follow the item types of
/// *Utfordrarrammeverket* §4.12; the *vårt problem* recipe follows the Norwegian group reflection
/// models; the *økt* templates differ by scope and by how much is known.
public enum BuiltInRecipes {
    /// Every built-in recipe's TOML text, by id, in the order the recipe book lists them.
    public static let sources: [(id: String, toml: String)] = [
        ("information", information),
        ("discussion", discussion),
        ("decision", decision),
        ("okt-standard", oktStandard),
        ("okt-kort", oktKort),
        ("okt-innsikt", oktInnsikt),
        ("vaart-problem", vaartProblem),
    ]

    /// The recipes, parsed. A text that does not parse is a programmer error; the tests read them all.
    static let all: [Recipe] = sources.map { source in
        let (recipe, errors) = RecipeFile.check(source.toml, file: "built-in/\(source.id).toml", source: .builtIn)
        guard let recipe, errors.isEmpty, recipe.id == source.id else {
            preconditionFailure("Built-in recipe \(source.id) does not parse: \(errors)")
        }
        return recipe
    }

    static let information = """
        id = "information"
        kind = "information"
        title = "Informasjonssak"
        title_nb = "Informasjonssak"
        title_en = "Information item"

        [[steps]]
        key = "present"
        mode = "present"
        title = "Sakseigar legg fram"
        title_nb = "Sakseier legger fram"
        title_en = "The owner presents"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"
        """

    static let discussion = """
        id = "discussion"
        kind = "discussion"
        title = "Drøftingssak"
        title_nb = "Drøftingssak"
        title_en = "Discussion item"

        [[steps]]
        key = "present"
        mode = "present"
        title = "Sakseigar legg fram"
        title_nb = "Sakseier legger fram"
        title_en = "The owner presents"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"

        [[steps]]
        key = "views"
        mode = "round"
        title = "Synspunkt, perspektiv, meiningar"
        title_nb = "Synspunkter, perspektiver, meninger"
        title_en = "Views, perspectives, opinions"

        [[steps]]
        key = "conclusion"
        mode = "conclusion"
        title = "Sakseigar sin konklusjon"
        title_nb = "Sakseiers konklusjon"
        title_en = "The owner's conclusion"
        """

    static let decision = """
        id = "decision"
        kind = "decision"
        title = "Avgjerdssak"
        title_nb = "Beslutningssak"
        title_en = "Decision item"

        [[steps]]
        key = "present"
        mode = "present"
        title = "Sakseigar legg fram forslag til avgjerd"
        title_nb = "Sakseier legger fram forslag til beslutning"
        title_en = "The owner presents a proposal"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"

        [[steps]]
        key = "react"
        mode = "round"
        title = "Reaksjonsrunde"
        title_nb = "Reaksjonsrunde"
        title_en = "Reactions"

        [[steps]]
        key = "amend"
        mode = "amend"
        title = "Sakseigar kan endre forslaget"
        title_nb = "Sakseier kan endre forslaget"
        title_en = "The owner may amend the proposal"

        [[steps]]
        key = "consent"
        mode = "consent"
        title = "Samtykkerunde"
        title_nb = "Samtykkerunde"
        title_en = "Consent round"
        """

    static let oktStandard = """
        id = "okt-standard"
        kind = "session"
        title = "Økt (standard)"
        title_nb = "Økt (standard)"
        title_en = "Session (standard)"

        [[steps]]
        key = "framing"
        mode = "round"
        title = "Kva er problemet? Kva veit vi, og kva veit vi ikkje?"
        title_nb = "Hva er problemet? Hva vet vi, og hva vet vi ikke?"
        title_en = "What is the problem? What do we know, and what don't we know?"
        timebox = 15

        [[steps]]
        key = "insight"
        mode = "round"
        title = "Kven gjeld det, og kva treng dei?"
        title_nb = "Hvem gjelder det, og hva trenger de?"
        title_en = "Who is affected, and what do they need?"
        timebox = 20

        [[steps]]
        key = "ideas"
        mode = "round"
        title = "Idear – utan å vurdere dei enno"
        title_nb = "Ideer – uten å vurdere dem ennå"
        title_en = "Ideas – no judging yet"
        timebox = 20

        [[steps]]
        key = "choose"
        mode = "conclusion"
        title = "Kva prøver vi først?"
        title_nb = "Hva prøver vi først?"
        title_en = "What do we try first?"
        timebox = 15

        [[steps]]
        key = "next"
        mode = "round"
        title = "Neste steg: kven gjer kva, og innan når?"
        title_nb = "Neste steg: hvem gjør hva, og innen når?"
        title_en = "Next steps: who does what, and by when?"
        timebox = 10
        """

    static let oktKort = """
        id = "okt-kort"
        kind = "session"
        title = "Kort økt (30 minutt)"
        title_nb = "Kort økt (30 minutter)"
        title_en = "Short session (30 minutes)"

        [[steps]]
        key = "framing"
        mode = "round"
        title = "Kva er problemet, og kva veit vi?"
        title_nb = "Hva er problemet, og hva vet vi?"
        title_en = "What is the problem, and what do we know?"
        timebox = 5

        [[steps]]
        key = "ideas"
        mode = "round"
        title = "Idear – utan å vurdere dei enno"
        title_nb = "Ideer – uten å vurdere dem ennå"
        title_en = "Ideas – no judging yet"
        timebox = 10

        [[steps]]
        key = "choose"
        mode = "conclusion"
        title = "Kva prøver vi først?"
        title_nb = "Hva prøver vi først?"
        title_en = "What do we try first?"
        timebox = 10

        [[steps]]
        key = "next"
        mode = "round"
        title = "Neste steg: kven gjer kva, og innan når?"
        title_nb = "Neste steg: hvem gjør hva, og innen når?"
        title_en = "Next steps: who does what, and by when?"
        timebox = 5
        """

    static let oktInnsikt = """
        id = "okt-innsikt"
        kind = "session"
        title = "Innsiktsøkt – når vi veit lite"
        title_nb = "Innsiktsøkt – når vi vet lite"
        title_en = "Insight session – when little is known"

        [[steps]]
        key = "framing"
        mode = "round"
        title = "Kva veit vi, og kva veit vi ikkje?"
        title_nb = "Hva vet vi, og hva vet vi ikke?"
        title_en = "What do we know, and what don't we know?"
        timebox = 15

        [[steps]]
        key = "assumptions"
        mode = "round"
        title = "Kva trur vi – og kva må vi sjekke?"
        title_nb = "Hva tror vi – og hva må vi sjekke?"
        title_en = "What do we assume – and what must we check?"
        timebox = 15

        [[steps]]
        key = "people"
        mode = "round"
        title = "Kven gjeld det, og kven bør vi spørje?"
        title_nb = "Hvem gjelder det, og hvem bør vi spørre?"
        title_en = "Who is affected, and whom should we ask?"
        timebox = 15

        [[steps]]
        key = "plan"
        mode = "conclusion"
        title = "Korleis finn vi ut det vi ikkje veit?"
        title_nb = "Hvordan finner vi ut det vi ikke vet?"
        title_en = "How do we find out what we don't know?"
        timebox = 10

        [[steps]]
        key = "next"
        mode = "round"
        title = "Neste steg: kven gjer kva, og innan når?"
        title_nb = "Neste steg: hvem gjør hva, og innen når?"
        title_en = "Next steps: who does what, and by when?"
        timebox = 5
        """

    static let vaartProblem = """
        id = "vaart-problem"
        kind = "our-problem"
        title = "Vårt problem"
        title_nb = "Vårt problem"
        title_en = "Our problem"

        [[steps]]
        key = "story"
        mode = "present"
        title = "Forteljinga"
        title_nb = "Fortellingen"
        title_en = "The story"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"

        [[steps]]
        key = "stakes"
        mode = "round"
        title = "Kva står på spel?"
        title_nb = "Hva står på spill?"
        title_en = "What is at stake?"

        [[steps]]
        key = "involved"
        mode = "round"
        title = "Kven er involverte?"
        title_nb = "Hvem er involvert?"
        title_en = "Who is involved?"

        [[steps]]
        key = "options"
        mode = "round"
        title = "Kva kan vi gjere?"
        title_nb = "Hva kan vi gjøre?"
        title_en = "What can we do?"

        [[steps]]
        key = "choice"
        mode = "conclusion"
        title = "Kva vel vi, og kvifor?"
        title_nb = "Hva velger vi, og hvorfor?"
        title_en = "What do we choose, and why?"

        [[steps]]
        key = "evaluation"
        mode = "round"
        title = "Evaluering"
        title_nb = "Evaluering"
        title_en = "Evaluation"
        """
}
