/// A mark after an item's title: `@kari`, `20m`, `info/drøft`, `unnateke:…`, `erstattar:…`, `mal:…`.
struct AgendaMarkToken: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        case owner(ParticipantID)
        case timebox(Int, AgendaTimebox.Form)
        /// Looks like a timebox but cannot be one.
        case badTimebox(AgendaProblem.TimeboxFault)
        case infoDrøft
        /// The legal basis, trimmed; empty when none was written.
        case exemption(String)
        case replaces(String)
        case recipe(String)
    }

    var value: Value
    /// As written, for messages.
    var text: String
    var column: Int
    /// A weak mark (a bare number, `3d`) is a mark only when a strong one stands before it;
    /// otherwise it belongs to the title (`Budsjett 2026 @kari`).
    var isStrong = true
    var wordCount = 1

    /// The marks at the end of `words`, in line order, and the index where the title ends.
    ///
    /// Reads backwards from the end of the line while words are marks, and stops at the first
    /// word that is not; that word and all before it are the title. Then weak marks at the front
    /// of what was read go back to the title. So `Opplæring i Excel @kari 20m` has the title
    /// `Opplæring i Excel`, and `Ønske frå @kari om ny PC @per 10m` keeps `@kari` in the title.
    static func scan(_ words: ArraySlice<AgendaWord>) -> (titleEnd: Int, marks: [AgendaMarkToken]) {
        var end = words.endIndex
        var found: [AgendaMarkToken] = []
        while end > words.startIndex {
            if end - 2 >= words.startIndex, let pair = pair(words[end - 2], words[end - 1]) {
                found.append(pair)
                end -= 2
            } else if let mark = single(words[end - 1]) {
                found.append(mark)
                end -= 1
            } else {
                break
            }
        }
        found.reverse()
        while let first = found.first, !first.isStrong {
            found.removeFirst()
            end += first.wordCount
        }
        return (end, mergingTimeboxes(found))
    }

    /// The owner a word names, if it is `@` and a handle: `@kari`, `@Kari,` → `kari`.
    static func owner(in word: AgendaWord) -> ParticipantID? {
        guard word.text.first == "@" else { return nil }
        var handle = word.text.dropFirst()
        while let last = handle.last, !(last.isLetter || last.isNumber || last == "-") { handle = handle.dropLast() }
        guard let first = handle.first, first.isLetter else { return nil }
        return ParticipantID(handle.lowercased())
    }

    private static func single(_ word: AgendaWord) -> AgendaMarkToken? {
        let bare = word.bare
        func token(_ value: Value, strong: Bool = true) -> AgendaMarkToken {
            AgendaMarkToken(value: value, text: String(bare), column: word.column, isStrong: strong)
        }
        if let owner = owner(in: word) { return token(.owner(owner)) }
        if AgendaVocabulary.isInfoDrøft(bare) { return token(.infoDrøft) }
        if let colon = bare.firstIndex(of: ":"), let mark = AgendaVocabulary.mark(forKey: bare[..<colon]) {
            let value = String(bare[bare.index(after: colon)...])
            switch mark {
            case .exemption: return token(.exemption(value.trimmingCharacters(in: .whitespaces)))
            case .replaces: return token(.replaces(value))
            case .recipe: return token(.recipe(value))
            case .timebox: return nil
            }
        }
        switch AgendaTimebox.read(bare) {
        case .minutes(let minutes, let form): return token(.timebox(minutes, form))
        case .malformed: return token(.badTimebox(.unreadable), strong: false)
        case .bareNumber: return token(.badTimebox(.missingUnit), strong: false)
        case .none: return nil
        }
    }

    /// A timebox written as two words: `20 min`, `2 timar`, `1,5 t`.
    private static func pair(_ number: AgendaWord, _ unit: AgendaWord) -> AgendaMarkToken? {
        guard AgendaTimebox.read(number.text) == .bareNumber, AgendaVocabulary.isUnit(unit.bare.lowercased()),
            case .minutes(let minutes, let form) = AgendaTimebox.read(number.text + unit.bare)
        else { return nil }
        return AgendaMarkToken(
            value: .timebox(minutes, form), text: "\(number.text) \(unit.bare)", column: number.column, wordCount: 2)
    }

    /// `1t 30m` is one timebox of 90 minutes.
    private static func mergingTimeboxes(_ marks: [AgendaMarkToken]) -> [AgendaMarkToken] {
        var merged: [AgendaMarkToken] = []
        for mark in marks {
            if case .timebox(let minutes, .minutes) = mark.value, let previous = merged.last,
                case .timebox(let hours, .hours) = previous.value
            {
                merged[merged.count - 1] = AgendaMarkToken(
                    value: .timebox(hours + minutes, .both), text: "\(previous.text) \(mark.text)", column: previous.column,
                    wordCount: previous.wordCount + mark.wordCount)
            } else {
                merged.append(mark)
            }
        }
        return merged
    }
}
