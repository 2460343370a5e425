extension TeamFile {
    /// The text of a team file for `team`, with Nynorsk comments that explain each key so a
    /// person can edit it by hand. ``parse(_:file:)`` reads it back to the same team.
    public static func render(_ team: Team) -> String {
        let timeZoneLine: String = team.timeZone.map { "time_zone = \(quoted($0.identifier))" } ?? "# time_zone = \"Europe/Oslo\""
        let checkInLine: String = team.checkIn.map { "check_in = \(quoted($0))" } ?? "# check_in = \"Kva har du med deg inn i møtet i dag?\""
        // Only when set: a team file without it reads as it did before the key.
        let reviewAfterLines: [String] =
            team.reviewAfter.map {
                [
                    "# Kor lenge etter eit vedtak teamet evaluerer det: månader (\"3m\") eller veker (\"6w\").",
                    "# runde føreslår då den datoen når eit vedtak blir gjort.", "review_after = \(quoted($0.description))", "",
                ]
            } ?? []
        let agreementLines: [String] =
            team.agreement.isEmpty
            ? []
            : [
                "# Spelereglane til teamet, éin regel per tekst. Opningsskjermen viser dei, og referatet fører dei.",
                "agreement = [" + team.agreement.map(quoted).joined(separator: ", ") + "]", "",
            ]
        var lines: [String] =
            [
                "# Teamfila til runde. Du kan endre ho i ein vanleg teksteditor.",
                "# Linjer som byrjar med # er kommentarar; runde les dei ikkje.",
                "# Tekst står i hermeteikn (\"slik\"), lister i hakeparentesar ([\"a\", \"b\"]).",
                "",
                "# Namnet på teamet, slik det skal stå i referata.",
                "name = \(quoted(team.name))",
                "",
                "# Kva teamet er til for (føremålet). Valfritt.",
                team.purpose.map { "purpose = \(quoted($0))" } ?? "# purpose = \"Gode tenester heime hjå innbyggjarane\"",
                "",
                "# Språk på skjermen og i referata: \"nn\" (nynorsk), \"nb\" (bokmål) eller \"en\" (engelsk).",
                "# Utan denne linja vel runde språk etter innstillingane på maskina.",
                team.language.map { "language = \(quoted($0.rawValue))" } ?? "# language = \"nn\"",
                "",
                "# Tidssona teamet held møta i, med IANA-namnet. Referata viser tidene i denne sona,",
                "# same kvar dei blir skrivne ut. Utan denne linja gjeld sona til maskina som planlegg møtet.",
                timeZoneLine,
                "",
                "# Spørsmålet i innsjekkrunden, når teamet vil ha eit anna enn det runde spør. Valfritt;",
                "# `runde new --check-in` set eit eige spørsmål for eitt møte.",
                checkInLine,
                "",
            ] + reviewAfterLines + agreementLines + [
                "# Medlemene i teamet: éin [[members]]-bolk per person.",
                "#   id    = kort namn som du skriv i kommandoar: små bokstavar (a–å), siffer og",
                "#           bindestrek, til dømes \"kari\" eller \"per-olav\". Kvar person sin eigen.",
                "#   name  = fullt namn, slik det skal stå i referata.",
                "#   roles = roller personen har (valfritt). Ein person kan ha fleire roller,",
                "#           og fleire kan dele ei rolle. Gyldige roller:",
            ]
        lines += roleListComment()
        if team.members.isEmpty {
            lines += [
                "", "# Ta bort «# » framfor linjene nedanfor, og skriv inn den første personen:", "#",
                "# [[members]]", "# id = \"kari\"", "# name = \"Kari Nordvik\"", "# roles = [\"fasilitator\"]",
            ]
        }
        for member in team.members {
            lines += ["", "[[members]]", "id = \(quoted(member.id.rawValue))", "name = \(quoted(member.name))"]
            if !member.roles.isEmpty {
                lines.append("roles = [\(member.roles.map { quoted($0.rawValue) }.joined(separator: ", "))]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The valid roles as comment lines, wrapped to stay under 80 columns.
    private static func roleListComment() -> [String] {
        var lines: [String] = []
        var current = "#           "
        for (index, role) in Role.allCases.enumerated() {
            let word = role.rawValue + (index == Role.allCases.count - 1 ? "." : ",")
            if current.count + word.count + 1 > 78 {
                lines.append(current)
                current = "#           "
            }
            current += (current.hasSuffix(" ") ? "" : " ") + word
        }
        lines.append(current)
        return lines
    }

    /// `text` as a TOML basic string, escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
