extension LogError: CustomStringConvertible {
    /// `file:line: cause` in Nynorsk, the way compilers and runde's other file errors speak.
    public var description: String { message(.nn) }

    /// Where, what, and what next, in `language`.
    public func message(_ language: Language) -> String {
        let place = line > 0 ? "\(file):\(line)" : file
        if case .lineTooLong = cause {
            let from = Translation(nn: "frå byte \(offset)", nb: "fra byte \(offset)", en: "from byte \(offset)")[language]
            return "\(place): \(cause.translation[language]) (\(from))"
        }
        return "\(place): \(cause.translation[language])"
    }
}

extension LogError.Cause {
    var translation: Translation {
        switch self {
        case .cannotRead(let why):
            Translation(nn: "kan ikkje lesast: \(why)", nb: "kan ikke leses: \(why)", en: "cannot be read: \(why)")
        case .cannotWrite(let why):
            Translation(nn: "kan ikkje skrivast: \(why)", nb: "kan ikke skrives: \(why)", en: "cannot be written: \(why)")
        case .empty:
            Translation(
                nn: "fila er tom; ho er ikkje ein møtelogg", nb: "filen er tom; den er ikke en møtelogg", en: "the file is empty; it is not a meeting log")
        case .notUTF8:
            Translation(nn: "lina er ikkje gyldig UTF-8", nb: "linjen er ikke gyldig UTF-8", en: "the line is not valid UTF-8")
        case .notJSON(let start):
            Translation(
                nn: "lina er ikkje eit JSON-objekt (ho byrjar «\(start)»); er dette ein møtelogg frå runde?",
                nb: "linjen er ikke et JSON-objekt (den begynner «\(start)»); er dette en møtelogg fra runde?",
                en: "the line is not a JSON object (it starts “\(start)”); is this a runde meeting log?")
        case .emptyLine:
            Translation(nn: "tom line midt i loggen", nb: "tom linje midt i loggen", en: "empty line inside the log")
        case .badEvent(let detail):
            Translation(nn: "hendinga er ugyldig: \(detail)", nb: "hendelsen er ugyldig: \(detail)", en: "invalid event: \(detail)")
        case .unknownType(let type):
            Translation(nn: "ukjend hendingstype «\(type)»", nb: "ukjent hendelsestype «\(type)»", en: "unknown event type “\(type)”")
        case .newerVersion(let v):
            Translation(
                nn: "loggen er skriven av ein nyare runde (format \(v)); oppgrader runde for å lese han",
                nb: "loggen er skrevet av en nyere runde (format \(v)); oppgrader runde for å lese den",
                en: "the log was written by a newer runde (format \(v)); upgrade runde to read it")
        case .badVersion(let v):
            Translation(nn: "ugyldig formatversjon \(v)", nb: "ugyldig formatversjon \(v)", en: "invalid format version \(v)")
        case .seqGap(let expected, let found):
            Translation(
                nn: "venta seq \(expected), fann \(found): ei line manglar eller er sett inn",
                nb: "ventet seq \(expected), fant \(found): en linje mangler eller er satt inn",
                en: "expected seq \(expected), found \(found): a line is missing or was inserted")
        case .hashMismatch:
            Translation(
                nn: "prev stemmer ikkje med lina før: loggen er endra, eller ei line er borte",
                nb: "prev stemmer ikke med linjen før: loggen er endret, eller en linje er borte",
                en: "prev does not match the line before: the log was edited, or a line is lost")
        case .firstEventNotMeetingCreated:
            Translation(
                nn: "første line må vere meetingCreated", nb: "første linje må være meetingCreated", en: "the first line must be meetingCreated")
        case .eventDoesNotFit(let why):
            Translation(
                nn: "hendinga passar ikkje i møtet slik det står: \(why)",
                nb: "hendelsen passer ikke i møtet slik det står: \(why)",
                en: "the event does not fit the meeting as it stands: \(why)")
        case .tornTail:
            Translation(
                nn:
                    "siste line er avkutta (krasj midt i ei skriving?); runde skriv ikkje vidare etter ho. Alt før er trygt. Flytt den avkutta lina ut med «runde repair».",
                nb:
                    "siste linje er avkuttet (krasj midt i en skriving?); runde skriver ikke videre etter den. Alt før er trygt. Flytt den avkuttede linjen ut med «runde repair».",
                en:
                    "the last line is cut off (a crash mid-write?); runde will not write after it. Everything before it is safe. Move the cut-off line aside with `runde repair`."
            )
        case .fileExists:
            Translation(nn: "fila finst alt", nb: "filen finnes allerede", en: "the file already exists")
        case .removed:
            Translation(
                nn: "loggen er sletta eller flytta medan møtet gjekk; ingenting er skrive. Legg fila attende, så kan du halde fram.",
                nb: "loggen er slettet eller flyttet mens møtet pågikk; ingenting er skrevet. Legg filen tilbake, så kan du fortsette.",
                en: "the log was deleted or moved while the meeting ran; nothing was written. Put the file back to go on.")
        case .replaced:
            Translation(
                nn: "ei anna fil står no der loggen var; ingenting er skrive. Legg den opphavlege loggen attende, så kan du halde fram.",
                nb: "en annen fil står nå der loggen var; ingenting er skrevet. Legg den opprinnelige loggen tilbake, så kan du fortsette.",
                en: "another file is now where the log was; nothing was written. Put the original log back to go on.")
        case .truncated(let expected, let found):
            Translation(
                nn:
                    "loggen er kutta: runde hadde lese \(expected) byte, fila har no \(found); ingenting er skrive. Legg den heile loggen attende, så kan du halde fram.",
                nb:
                    "loggen er kuttet: runde hadde lest \(expected) byte, filen har nå \(found); ingenting er skrevet. Legg den hele loggen tilbake, så kan du fortsette.",
                en: "the log was cut short: runde had read \(expected) bytes, the file now has \(found); nothing was written. Put the whole log back to go on.")
        case .rewritten:
            Translation(
                nn:
                    "loggen er skriven om: siste line runde las, står ikkje lenger der; ingenting er skrive. Legg den opphavlege loggen attende, så kan du halde fram.",
                nb:
                    "loggen er skrevet om: siste linje runde leste, står ikke lenger der; ingenting er skrevet. Legg den opprinnelige loggen tilbake, så kan du fortsette.",
                en: "the log was rewritten: the last line runde read is no longer there; nothing was written. Put the original log back to go on.")
        case .noPermissionToWrite:
            Translation(
                nn: "du har ikkje løyve til å skrive i loggen; «runde show» og «runde verify» kan framleis lese han",
                nb: "du har ikke tillatelse til å skrive i loggen; «runde show» og «runde verify» kan fortsatt lese den",
                en: "no permission to write the log; `runde show` and `runde verify` can still read it")
        case .readOnlyFileSystem:
            Translation(
                nn: "loggen ligg på eit skriveverna filsystem; «runde show» og «runde verify» kan framleis lese han",
                nb: "loggen ligger på et skrivebeskyttet filsystem; «runde show» og «runde verify» kan fortsatt lese den",
                en: "the log is on a read-only file system; `runde show` and `runde verify` can still read it")
        case .diskFull:
            Translation(
                nn: "disken er full; ingenting av kommandoen er skrive. Frigjer plass og prøv igjen.",
                nb: "disken er full; ingenting av kommandoen er skrevet. Frigjør plass og prøv igjen.",
                en: "the disk is full; nothing of the command was written. Free some space and try again.")
        case .lineTooLong(let limit):
            Translation(
                nn: "lina er lengre enn \(limit) byte, som er det meste ei line i ein møtelogg kan vere; runde les henne ikkje",
                nb: "linjen er lengre enn \(limit) byte, som er det meste en linje i en møtelogg kan være; runde leser den ikke",
                en: "the line is longer than \(limit) bytes, the most a line of a meeting log may be; runde does not read it")
        }
    }
}

extension TornTail {
    /// The warning shown when a log with a cut-off last line is opened.
    public func warning(file: String, _ language: Language) -> String {
        Translation(
            nn: "\(file):\(line): åtvaring: siste line (\(length) byte frå byte \(offset)) er avkutta og blir ikkje lesen; alt før er heilt.",
            nb: "\(file):\(line): advarsel: siste linje (\(length) byte fra byte \(offset)) er avkuttet og blir ikke lest; alt før er helt.",
            en: "\(file):\(line): warning: the last line (\(length) bytes from byte \(offset)) is cut off and not read; everything before it is intact."
        )[language]
    }
}
