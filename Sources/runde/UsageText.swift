import ArgumentParser
import RundeCore

/// ArgumentParser's own words in the user's language: the headings and built-in lines of every
/// `--help`, the `Error:` prefix, and the usage errors it finds (``ParseProblem``).
enum UsageText {
    /// `text`, a help screen ArgumentParser made, with its headings and its own lines translated.
    /// Only whole lines it writes itself are replaced, so the layout stays as it made it.
    static func help(_ text: String, _ language: Language) -> String {
        guard language != .en else { return text }
        let headings: [(String, Translation)] = [
            ("OVERVIEW: ", Translation(nn: "OVERSYN: ", nb: "OVERSIKT: ", en: "")),
            // As wide as "USAGE: ", so the lines under it stay in line.
            ("USAGE: ", Translation(nn: "BRUK:  ", nb: "BRUK:  ", en: "")),
            ("ARGUMENTS:", Translation(nn: "ARGUMENT:", nb: "ARGUMENTER:", en: "")),
            ("OPTIONS:", Translation(nn: "VAL:", nb: "VALG:", en: "")),
            ("SUBCOMMANDS:", Translation(nn: "KOMMANDOAR:", nb: "KOMMANDOER:", en: "")),
        ]
        let endings: [(String, Translation)] = [
            ("Show help information.", Translation(nn: "Vis hjelpa.", nb: "Vis hjelpen.", en: "")),
            ("Show the version.", Translation(nn: "Vis versjonen.", nb: "Vis versjonen.", en: "")),
        ]
        let lines = text.components(separatedBy: "\n").map { line -> String in
            if let (heading, translation) = headings.first(where: { line.hasPrefix($0.0) }) {
                let rest = line.dropFirst(heading.count)
                return translation[language] + (heading == "USAGE: " ? rest.replacingOccurrences(of: "<subcommand>", with: "<kommando>") : String(rest))
            }
            if let (ending, translation) = endings.first(where: { line.hasSuffix($0.0) && line.hasPrefix("  -") }) {
                return line.dropLast(ending.count) + translation[language]
            }
            if line.hasPrefix("  See '"), line.hasSuffix(" <subcommand>' for detailed help.") {
                let command = line.dropFirst("  See '".count).dropLast(" <subcommand>' for detailed help.".count)
                return Translation(
                    nn: "  Sjå «\(command) <kommando>» for hjelp til kvar kommando.",
                    nb: "  Se «\(command) <kommando>» for hjelp til hver kommando.", en: "")[language]
            }
            let standard = Translation(nn: "standard", nb: "standard", en: "")[language]
            return
                line
                .replacingOccurrences(of: "(default: ", with: "(\(standard): ")
                .replacingOccurrences(of: "; default: ", with: "; \(standard): ")
                .replacingOccurrences(of: "(values: ", with: Translation(nn: "(verdiar: ", nb: "(verdier: ", en: "")[language])
        }
        return lines.joined(separator: "\n")
    }

    /// "Error: " in `language`.
    static func errorPrefix(_ language: Language) -> String {
        Translation(nn: "Feil: ", nb: "Feil: ", en: "Error: ")[language]
    }

    /// A usage error (status 64) as ArgumentParser lays it out — the error, a line of help on
    /// the argument concerned, the usage and where to read more — in `language`. `english` is
    /// the library's own text of it, kept for what it says that is not known here.
    static func usageError(_ error: Error, english: String, root: ParsableCommand.Type, _ language: Language) -> String {
        let problem = ParseProblem(error)
        let command = problem?.commandStack.last ?? root
        let englishMessage = root.message(for: error)
        let message = problem.flatMap { self.message(for: $0, in: command, english: englishMessage, language) } ?? englishMessage
        var lines = [errorPrefix(language) + message]
        if let help = english.components(separatedBy: "\n").first(where: { $0.hasPrefix("Help:  ") }) {
            lines.append(Translation(nn: "Hjelp: ", nb: "Hjelp: ", en: "Help:  ")[language] + help.dropFirst("Help:  ".count))
        }
        let path = root.usagePath(to: command)
        var usage = root.usageString(for: command)
        if language != .en { usage = usage.replacingOccurrences(of: "<subcommand>", with: "<kommando>") }
        if !usage.isEmpty {
            lines.append(Translation(nn: "Bruk:  ", nb: "Bruk:  ", en: "Usage: ")[language] + usage.replacingOccurrences(of: "\n", with: "\n       "))
        }
        lines.append(
            Translation(
                nn: "  Sjå «\(path) --help» for meir.", nb: "  Se «\(path) --help» for mer.",
                en: "  See '\(path) --help' for more information.")[language])
        return lines.joined(separator: "\n")
    }

    /// The message for `problem` in `language`; nil for a kind not worded here.
    static func message(for problem: ParseProblem, in command: ParsableCommand.Type, english: String, _ language: Language) -> String? {
        let values = problem.values
        func quoted(_ text: String) -> String { language == .en ? "\"\(text)\"" : "«\(text)»" }
        switch problem.kind {
        case "unknownOption":
            guard values.count == 2, let name = ParseProblem.optionName(values[1]) else { return nil }
            let unknown = Translation(
                nn: "Ukjend val \(quoted(name)).", nb: "Ukjent valg \(quoted(name)).", en: "Unknown option \(quoted(name)).")[language]
            let longNames = ParseProblem.options(of: command).flatMap(\.names).filter { $0.hasPrefix("--") } + ["--help"]
            guard name.hasPrefix("--"), let suggestion = EditDistance.closest(to: name, in: longNames) else { return unknown }
            return unknown + " "
                + Translation(
                    nn: "Meinte du \(quoted(suggestion))?", nb: "Mente du \(quoted(suggestion))?",
                    en: "Did you mean \(quoted(suggestion))?")[language]
        case "missingValueOrUnknownCompositeOption":
            guard values.count == 3, let short = ParseProblem.optionName(values[1]), let composite = ParseProblem.optionName(values[2]) else { return nil }
            return Translation(
                nn: "Ukjend val \(quoted(composite)); eller manglar \(quoted(short)) ein verdi?",
                nb: "Ukjent valg \(quoted(composite)); eller mangler \(quoted(short)) en verdi?",
                en: "Unknown option \(quoted(composite)); or is \(quoted(short)) missing a value?")[language]
        case "missingValueForOption":
            guard values.count == 2, let name = ParseProblem.optionName(values[1]) else { return nil }
            return Translation(
                nn: "\(quoted(name)) treng ein verdi.", nb: "\(quoted(name)) trenger en verdi.", en: "\(quoted(name)) needs a value.")[language]
        case "unexpectedValueForOption":
            guard values.count == 3, let name = ParseProblem.optionName(values[1]), let value = values[2] as? String else { return nil }
            return Translation(
                nn: "\(quoted(name)) tek ingen verdi, men fekk \(quoted(value)).", nb: "\(quoted(name)) tar ingen verdi, men fikk \(quoted(value)).",
                en: "\(quoted(name)) takes no value, but was given \(quoted(value)).")[language]
        case "unexpectedExtraValues":
            let texts = values.first.map(ParseProblem.texts) ?? []
            guard !texts.isEmpty else { return nil }
            let listed = texts.map(quoted).joined(separator: ", ")
            return texts.count == 1
                ? Translation(nn: "Uventa argument \(listed).", nb: "Uventet argument \(listed).", en: "Unexpected argument \(listed).")[language]
                : Translation(nn: "Uventa argument: \(listed).", nb: "Uventede argumenter: \(listed).", en: "Unexpected arguments: \(listed).")[language]
        case "noValue":
            // The argument as the usage writes it (`<meeting>`, `--name <name>`): the library's
            // quoted part, since it alone knows how it shows the argument.
            let parts = english.components(separatedBy: "'")
            guard parts.count >= 3 else { return nil }
            let listed = stride(from: 1, to: parts.count - 1, by: 2).map { quoted(parts[$0]) }.joined(
                separator: Translation(nn: " eller ", nb: " eller ", en: " or ")[language])
            return Translation(nn: "Manglar \(listed).", nb: "Mangler \(listed).", en: "Missing \(listed).")[language]
        case "unableToParseValue":
            guard values.count == 5, let value = values[2] as? String else { return nil }
            let name = ParseProblem.optionName(values[1])
            let choices = name.flatMap { name in ParseProblem.options(of: command).first { $0.names.contains(name) }?.values } ?? []
            let target = name.map { " " + Translation(nn: "for", nb: "for", en: "for")[language] + " " + quoted($0) } ?? ""
            var text = Translation(
                nn: "\(quoted(value)) er ikkje ein gyldig verdi\(target).", nb: "\(quoted(value)) er ikke en gyldig verdi\(target).",
                en: "\(quoted(value)) is not a valid value\(target).")[language]
            if !choices.isEmpty {
                text +=
                    " " + Translation(nn: "Vel mellom", nb: "Velg mellom", en: "Choose from")[language] + " " + choices.map(quoted).joined(separator: ", ")
                    + "."
            }
            return text
        case "invalidOption", "nonAlphanumericShortOption":
            guard let value = values.first else { return nil }
            let name = problem.kind == "invalidOption" ? "\(value)" : "-\(value)"
            return Translation(nn: "Ugyldig val \(quoted(name)).", nb: "Ugyldig valg \(quoted(name)).", en: "Invalid option \(quoted(name)).")[language]
        case "missingSubcommand":
            return Translation(nn: "Manglar kommando.", nb: "Mangler kommando.", en: "Missing command.")[language]
        default:
            return nil
        }
    }
}

extension ParsableCommand {
    /// `runde show`: the names from this root to `command`, one of its subcommands.
    static func usagePath(to command: ParsableCommand.Type) -> String {
        ObjectIdentifier(command) == ObjectIdentifier(self) ? _commandName : _commandName + " " + command._commandName
    }
}
