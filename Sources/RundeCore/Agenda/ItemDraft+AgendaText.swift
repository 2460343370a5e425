extension ItemDraft {
    /// The item as an agenda file writes it, so it can be edited as text and read back with
    /// ``AgendaParser``: the item line (type, title, marks) and its text and proposal indented.
    ///
    /// The exemption comes last on the line, since its legal basis runs to the end of it.
    public var agendaText: String {
        var line = "\(kind.agendaKeyword): \(title) @\(owner.rawValue)"
        if let timebox { line += " \(timebox)m" }
        if infoDrøft { line += " info/drøft" }
        if let replaces { line += " erstattar:\(replaces.rawValue)" }
        if let recipe, kind == .session || kind == .ourProblem { line += " mal:\(recipe)" }
        if let exemption { line += " unnateke:\(exemption)" }
        var lines = [line]
        if !text.isEmpty { lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(Self.indented) }
        if let proposal {
            let proposalLines = proposal.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("  forslag: \(proposalLines.first ?? "")")
            lines += proposalLines.dropFirst().map(Self.indented)
        }
        return lines.joined(separator: "\n")
    }

    private static func indented(_ line: Substring) -> String { line.isEmpty ? "" : "  \(line)" }
}

extension ItemKind {
    /// The Nynorsk keyword an agenda line starts with.
    public var agendaKeyword: String {
        switch self {
        case .information: "informasjon"
        case .discussion: "drøfting"
        case .decision: "avgjerd"
        case .session: "økt"
        case .ourProblem: "vårt problem"
        }
    }
}
