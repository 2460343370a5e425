/// What `runde search` calls each kind of text.
extension SearchField: Named {
    public var name: Translation {
        switch self {
        case .meetingTitle: Translation(nn: "møtetittel", nb: "møtetittel", en: "meeting title")
        case .title: Translation(nn: "tittel", nb: "tittel", en: "title")
        case .text: Translation(nn: "lagt fram", nb: "lagt fram", en: "presented")
        case .proposal: Translation(nn: "forslag", nb: "forslag", en: "proposal")
        case .amendment: Translation(nn: "endring", nb: "endring", en: "amendment")
        case .objection: Translation(nn: "innvending", nb: "innvending", en: "objection")
        case .integration: Translation(nn: "integrering", nb: "integrering", en: "integration")
        case .concern: Translation(nn: "merknad", nb: "merknad", en: "concern")
        case .decision: Translation(nn: "avgjerd", nb: "beslutning", en: "decision")
        case .conclusion: Translation(nn: "konklusjon", nb: "konklusjon", en: "conclusion")
        case .reason: Translation(nn: "grunn", nb: "begrunnelse", en: "reason")
        case .disqualification: Translation(nn: "ugild", nb: "inhabil", en: "disqualified")
        case .note: Translation(nn: "notat", nb: "notat", en: "note")
        case .action: Translation(nn: "oppfølgingspunkt", nb: "oppfølgingspunkt", en: "action")
        }
    }
}
