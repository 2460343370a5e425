/// Reads the timebox marks of an agenda line: `20m`, `20min`, `1t`, `1h`, `1,5t`, `1t30m`, `1h30`.
///
/// Hours are `h` or `t` (*time*) and may have a decimal (`1,5t`, `1.5h`); minutes are whole.
/// A unit may be written out (`20 minutt`, `2 timar`); the parser joins such word pairs.
enum AgendaTimebox {
    /// The longest sensible timebox, 8 hours; anything longer is most likely a slip.
    static let maximum = 480

    /// Which units a timebox was written with, so `1t 30m` can be read as one.
    enum Form: Sendable, Hashable {
        case hours, minutes, both
    }

    /// What a word is, read as a timebox.
    enum Reading: Sendable, Hashable {
        /// A timebox, not yet checked against 0 and ``maximum``.
        case minutes(Int, Form)
        /// Starts with a number and goes on in letters, but no timebox (`3d`, `20x`, `2.tertial`).
        case malformed
        /// A number without a unit (`20`, `1,5`).
        case bareNumber
        /// Not like a timebox at all.
        case none
    }

    static func read(_ word: some StringProtocol) -> Reading {
        let word = word.lowercased()
        guard let first = word.first, isDigit(first) else { return .none }
        guard word.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," || $0.isLetter }) else { return .none }

        var parts: [(number: String, unit: String)] = []
        var number = ""
        var unit = ""
        for character in word {
            if character.isLetter {
                unit.append(character)
            } else {
                if !unit.isEmpty {
                    parts.append((number, unit))
                    number = ""
                    unit = ""
                }
                number.append(character)
            }
        }
        parts.append((number, unit))

        if parts.count == 1, unit.isEmpty {
            return hoursInMinutes(number) == nil ? .none : .bareNumber
        }
        return reading(parts) ?? .malformed
    }

    private static func reading(_ parts: [(number: String, unit: String)]) -> Reading? {
        switch parts.count {
        case 1:
            let (number, unit) = parts[0]
            if AgendaVocabulary.isHourUnit(unit), let minutes = hoursInMinutes(number) {
                return .minutes(minutes, .hours)
            }
            if AgendaVocabulary.isMinuteUnit(unit), let minutes = wholeNumber(number) {
                return .minutes(minutes, .minutes)
            }
            return nil
        case 2:
            let (hourNumber, hourUnit) = parts[0]
            let (minuteNumber, minuteUnit) = parts[1]
            guard AgendaVocabulary.isHourUnit(hourUnit),
                minuteUnit.isEmpty || AgendaVocabulary.isMinuteUnit(minuteUnit),
                let hours = wholeNumber(hourNumber), let minutes = wholeNumber(minuteNumber)
            else { return nil }
            return .minutes(hours * 60 + minutes, .both)
        default:
            return nil
        }
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// Up to six digits, so no product can overflow.
    private static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy(isDigit) else { return nil }
        return Int(text)
    }

    /// `1`, `1,5` or `1.25` hours in whole minutes; nil for `1,01` (not whole minutes) and junk.
    private static func hoursInMinutes(_ text: String) -> Int? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        guard let whole = parts.first.flatMap({ wholeNumber(String($0)) }) else { return nil }
        guard parts.count == 2 else { return parts.count == 1 ? whole * 60 : nil }
        let fraction = String(parts[1])
        guard let numerator = wholeNumber(fraction) else { return nil }
        var denominator = 1
        for _ in fraction { denominator *= 10 }
        guard (numerator * 60) % denominator == 0 else { return nil }
        return whole * 60 + numerator * 60 / denominator
    }
}
