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
        prompt = "Sakseigar fortel kva saka gjeld; dei andre lyttar"
        prompt_nb = "Sakseier forteller hva saken gjelder; de andre lytter"
        prompt_en = "The owner tells what the item is about; the others listen"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"
        prompt = "Berre spørsmål for å forstå — ikkje meiningar enno"
        prompt_nb = "Bare spørsmål for å forstå — ikke meninger ennå"
        prompt_en = "Only questions to understand — no opinions yet"
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
        prompt = "Sakseigar fortel kva saka gjeld, og kva innspel som trengst; dei andre lyttar"
        prompt_nb = "Sakseier forteller hva saken gjelder, og hvilke innspill som trengs; de andre lytter"
        prompt_en = "The owner tells what the item is about and what input is wanted; the others listen"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"
        prompt = "Berre spørsmål for å forstå — ikkje meiningar enno"
        prompt_nb = "Bare spørsmål for å forstå — ikke meninger ennå"
        prompt_en = "Only questions to understand — no opinions yet"

        [[steps]]
        key = "views"
        mode = "round"
        title = "Synspunkt, perspektiv, meiningar"
        title_nb = "Synspunkter, perspektiver, meninger"
        title_en = "Views, perspectives, opinions"
        prompt = "Kva tenkjer du? Del synspunkt og perspektiv — sakseigar avgjer sjølv"
        prompt_nb = "Hva tenker du? Del synspunkter og perspektiver — sakseier avgjør selv"
        prompt_en = "What do you think? Share views and perspectives — the owner decides"

        [[steps]]
        key = "conclusion"
        mode = "conclusion"
        title = "Sakseigar sin konklusjon"
        title_nb = "Sakseiers konklusjon"
        title_en = "The owner's conclusion"
        prompt = "Sakseigar samlar trådane og seier kva som skjer vidare"
        prompt_nb = "Sakseier samler trådene og sier hva som skjer videre"
        prompt_en = "The owner draws the threads together and says what happens next"
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
        prompt = "Sakseigar legg fram forslaget og kvifor; dei andre lyttar"
        prompt_nb = "Sakseier legger fram forslaget og hvorfor; de andre lytter"
        prompt_en = "The owner presents the proposal and why; the others listen"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"
        prompt = "Berre spørsmål for å forstå — ikkje meiningar enno"
        prompt_nb = "Bare spørsmål for å forstå — ikke meninger ennå"
        prompt_en = "Only questions to understand — no opinions yet"

        [[steps]]
        key = "react"
        mode = "round"
        title = "Reaksjonsrunde"
        title_nb = "Reaksjonsrunde"
        title_en = "Reactions"
        prompt = "Korleis reagerer du på forslaget? Kort, éin gong kvar — ingen debatt"
        prompt_nb = "Hvordan reagerer du på forslaget? Kort, én gang hver — ingen debatt"
        prompt_en = "How do you react to the proposal? Briefly, once each — no debate"

        [[steps]]
        key = "amend"
        mode = "amend"
        title = "Sakseigar kan endre forslaget"
        title_nb = "Sakseier kan endre forslaget"
        title_en = "The owner may amend the proposal"
        prompt = "Sakseigar kan endre forslaget etter reaksjonane — eller la det stå"
        prompt_nb = "Sakseier kan endre forslaget etter reaksjonene — eller la det stå"
        prompt_en = "The owner may amend the proposal after the reactions — or let it stand"

        [[steps]]
        key = "consent"
        mode = "consent"
        title = "Samtykkerunde"
        title_nb = "Samtykkerunde"
        title_en = "Consent round"
        prompt = "Kan du leve med forslaget? Samtykke, samtykke med merknad, eller innvending med grunn"
        prompt_nb = "Kan du leve med forslaget? Samtykke, samtykke med merknad, eller innvending med begrunnelse"
        prompt_en = "Can you live with it? Consent, consent with a concern, or an objection with its reason"
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
        prompt = "Fakta først: kva har vi sett og høyrt, og kva er berre antaking?"
        prompt_nb = "Fakta først: hva har vi sett og hørt, og hva er bare antakelser?"
        prompt_en = "Facts first: what have we seen and heard, and what is only assumed?"
        timebox = 15

        [[steps]]
        key = "insight"
        mode = "round"
        title = "Kven gjeld det, og kva treng dei?"
        title_nb = "Hvem gjelder det, og hva trenger de?"
        title_en = "Who is affected, and what do they need?"
        prompt = "Sjå det frå deira side: kva treng dei, og kva er vanskeleg for dei?"
        prompt_nb = "Se det fra deres side: hva trenger de, og hva er vanskelig for dem?"
        prompt_en = "See it from their side: what do they need, and what is hard for them?"
        timebox = 20

        [[steps]]
        key = "ideas"
        mode = "round"
        title = "Idear – utan å vurdere dei enno"
        title_nb = "Ideer – uten å vurdere dem ennå"
        title_en = "Ideas – no judging yet"
        prompt = "Så mange idear som mogleg — ingen vurderer, alle byggjer vidare"
        prompt_nb = "Så mange ideer som mulig — ingen vurderer, alle bygger videre"
        prompt_en = "As many ideas as possible — nobody judges, everyone builds on"
        timebox = 20

        [[steps]]
        key = "choose"
        mode = "conclusion"
        title = "Kva prøver vi først?"
        title_nb = "Hva prøver vi først?"
        title_en = "What do we try first?"
        prompt = "Vel éin ting å prøve — lite nok til å byrje i morgon"
        prompt_nb = "Velg én ting å prøve — lite nok til å begynne i morgen"
        prompt_en = "Pick one thing to try — small enough to start tomorrow"
        timebox = 15

        [[steps]]
        key = "next"
        mode = "round"
        title = "Neste steg: kven gjer kva, og innan når?"
        title_nb = "Neste steg: hvem gjør hva, og innen når?"
        title_en = "Next steps: who does what, and by when?"
        prompt = "Kvart oppfølgingspunkt får ein som har ansvaret, og ein frist"
        prompt_nb = "Hvert oppfølgingspunkt får en som har ansvaret, og en frist"
        prompt_en = "Every action gets someone responsible and a due date"
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
        prompt = "Kort om kva som skjer, og kva vi veit sikkert — ikkje løysingar enno"
        prompt_nb = "Kort om hva som skjer, og hva vi vet sikkert — ikke løsninger ennå"
        prompt_en = "Briefly what is happening and what we know for sure — no solutions yet"
        timebox = 5

        [[steps]]
        key = "ideas"
        mode = "round"
        title = "Idear – utan å vurdere dei enno"
        title_nb = "Ideer – uten å vurdere dem ennå"
        title_en = "Ideas – no judging yet"
        prompt = "Så mange idear som mogleg — ingen vurderer, alle byggjer vidare"
        prompt_nb = "Så mange ideer som mulig — ingen vurderer, alle bygger videre"
        prompt_en = "As many ideas as possible — nobody judges, everyone builds on"
        timebox = 10

        [[steps]]
        key = "choose"
        mode = "conclusion"
        title = "Kva prøver vi først?"
        title_nb = "Hva prøver vi først?"
        title_en = "What do we try first?"
        prompt = "Vel éin ting å prøve — lite nok til å byrje i morgon"
        prompt_nb = "Velg én ting å prøve — lite nok til å begynne i morgen"
        prompt_en = "Pick one thing to try — small enough to start tomorrow"
        timebox = 10

        [[steps]]
        key = "next"
        mode = "round"
        title = "Neste steg: kven gjer kva, og innan når?"
        title_nb = "Neste steg: hvem gjør hva, og innen når?"
        title_en = "Next steps: who does what, and by when?"
        prompt = "Kvart oppfølgingspunkt får ein som har ansvaret, og ein frist"
        prompt_nb = "Hvert oppfølgingspunkt får en som har ansvaret, og en frist"
        prompt_en = "Every action gets someone responsible and a due date"
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
        prompt = "Skil det vi veit frå det vi trur — begge delar er lov å seie"
        prompt_nb = "Skill det vi vet fra det vi tror — begge deler er lov å si"
        prompt_en = "Tell what we know from what we believe — both may be said"
        timebox = 15

        [[steps]]
        key = "assumptions"
        mode = "round"
        title = "Kva trur vi – og kva må vi sjekke?"
        title_nb = "Hva tror vi – og hva må vi sjekke?"
        title_en = "What do we assume – and what must we check?"
        prompt = "Kva tek vi for gitt? Kva må vere sant for at vi har rett?"
        prompt_nb = "Hva tar vi for gitt? Hva må være sant for at vi har rett?"
        prompt_en = "What do we take for granted? What must be true for us to be right?"
        timebox = 15

        [[steps]]
        key = "people"
        mode = "round"
        title = "Kven gjeld det, og kven bør vi spørje?"
        title_nb = "Hvem gjelder det, og hvem bør vi spørre?"
        title_en = "Who is affected, and whom should we ask?"
        prompt = "Kven kjenner dette best — brukarar, pårørande, kollegaer? Kven spør vi?"
        prompt_nb = "Hvem kjenner dette best — brukere, pårørende, kolleger? Hvem spør vi?"
        prompt_en = "Who knows this best — service users, relatives, colleagues? Whom do we ask?"
        timebox = 15

        [[steps]]
        key = "plan"
        mode = "conclusion"
        title = "Korleis finn vi ut det vi ikkje veit?"
        title_nb = "Hvordan finner vi ut det vi ikke vet?"
        title_en = "How do we find out what we don't know?"
        prompt = "Kva skal vi sjekke, korleis, og kven spør?"
        prompt_nb = "Hva skal vi sjekke, hvordan, og hvem spør?"
        prompt_en = "What do we check, how, and who asks?"
        timebox = 10

        [[steps]]
        key = "next"
        mode = "round"
        title = "Neste steg: kven gjer kva, og innan når?"
        title_nb = "Neste steg: hvem gjør hva, og innen når?"
        title_en = "Next steps: who does what, and by when?"
        prompt = "Kvart oppfølgingspunkt får ein som har ansvaret, og ein frist"
        prompt_nb = "Hvert oppfølgingspunkt får en som har ansvaret, og en frist"
        prompt_en = "Every action gets someone responsible and a due date"
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
        prompt = "Sakseigar fortel kva som skjedde, utan avbrot; dei andre lyttar"
        prompt_nb = "Sakseier forteller hva som skjedde, uten avbrudd; de andre lytter"
        prompt_en = "The owner tells what happened, uninterrupted; the others listen"

        [[steps]]
        key = "clarify"
        mode = "round"
        title = "Oppklarande spørsmål"
        title_nb = "Oppklarende spørsmål"
        title_en = "Clarifying questions"
        prompt = "Berre spørsmål for å forstå — ikkje meiningar enno"
        prompt_nb = "Bare spørsmål for å forstå — ikke meninger ennå"
        prompt_en = "Only questions to understand — no opinions yet"

        [[steps]]
        key = "stakes"
        mode = "round"
        title = "Kva står på spel?"
        title_nb = "Hva står på spill?"
        title_en = "What is at stake?"
        prompt = "Kva står på spel? For kven? Kva verdiar kjem under press?"
        prompt_nb = "Hva står på spill? For hvem? Hvilke verdier kommer under press?"
        prompt_en = "What is at stake? For whom? Which values come under pressure?"

        [[steps]]
        key = "involved"
        mode = "round"
        title = "Kven er involverte?"
        title_nb = "Hvem er involvert?"
        title_en = "Who is involved?"
        prompt = "Kven er involverte, og korleis ser saka ut frå der dei står?"
        prompt_nb = "Hvem er involvert, og hvordan ser saken ut fra der de står?"
        prompt_en = "Who is involved, and how does it look from where they stand?"

        [[steps]]
        key = "options"
        mode = "round"
        title = "Kva kan vi gjere?"
        title_nb = "Hva kan vi gjøre?"
        title_en = "What can we do?"
        prompt = "Kva kan vi gjere — og kva følgjer får kvart val?"
        prompt_nb = "Hva kan vi gjøre — og hvilke følger får hvert valg?"
        prompt_en = "What can we do — and what follows from each choice?"

        [[steps]]
        key = "choice"
        mode = "conclusion"
        title = "Kva vel vi, og kvifor?"
        title_nb = "Hva velger vi, og hvorfor?"
        title_en = "What do we choose, and why?"
        prompt = "Kva vel vi, og kva grunngjev valet? Skriv ned oppfølginga"
        prompt_nb = "Hva velger vi, og hva begrunner valget? Skriv ned oppfølgingen"
        prompt_en = "What do we choose, and on what grounds? Write down the actions"

        [[steps]]
        key = "evaluation"
        mode = "round"
        title = "Evaluering"
        title_nb = "Evaluering"
        title_en = "Evaluation"
        prompt = "Korleis var det å reflektere saman? Kva tek du med deg?"
        prompt_nb = "Hvordan var det å reflektere sammen? Hva tar du med deg?"
        prompt_en = "How was it to reflect together? What do you take with you?"
        """
}
