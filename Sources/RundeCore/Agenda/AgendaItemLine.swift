/// What an item line says: its type, title and marks. The indented lines below it add the text
/// and the proposal. Fields the line got wrong are nil; the line's problems say why.
struct AgendaHeader: Sendable, Hashable {
    var kind: ItemKind?
    var title = ""
    var owner: ParticipantID?
    var timebox: Int?
    var infoDrøft = false
    var exemption: String?
    var replaces: DecisionRef?
    var recipe: String?
}

/// A problem on the line being read; the reader adds the file and line number.
struct AgendaLineProblem: Sendable, Hashable {
    var column: Int?
    var cause: AgendaProblem.Cause
}

/// One run of non-blank characters on a line, and where it is.
struct AgendaWord: Sendable, Hashable {
    var range: Range<Substring.Index>
    var text: Substring
    /// 1-based, in characters from the start of the line.
    var column: Int

    /// The word without the `,` or `;` people put between marks (`@kari, 20m`).
    var bare: Substring {
        var word = text
        while let last = word.last, last == "," || last == ";" { word = word.dropLast() }
        return word
    }

    /// The words of `text`, a part of `line`.
    static func words(in text: Substring, of line: Substring) -> [AgendaWord] {
        var words: [AgendaWord] = []
        var column = line.distance(from: line.startIndex, to: text.startIndex) + 1
        var start: (index: Substring.Index, column: Int)?
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isWhitespace {
                if let begun = start {
                    words.append(AgendaWord(range: begun.index..<index, text: line[begun.index..<index], column: begun.column))
                    start = nil
                }
            } else if start == nil {
                start = (index, column)
            }
            index = text.index(after: index)
            column += 1
        }
        if let begun = start {
            words.append(
                AgendaWord(range: begun.index..<text.endIndex, text: line[begun.index..<text.endIndex], column: begun.column))
        }
        return words
    }
}

/// Reads an item line: `avgjerd: Ny rutine for nøkkelhandtering @per 15m erstattar:…#s3`.
///
/// The type keyword is the text before the first `:`. After it come the title and then the marks.
/// Marks are recognised only at the end of the line (see ``AgendaMarkToken/scan(_:)``), so a title
/// may hold any word, `@` and digits included. `unnateke:` is the exception: its legal basis runs
/// to the end of the line (less any marks after it), so the other marks may also stand before it.
struct AgendaItemLineParser {
    let line: Substring
    let members: Set<ParticipantID>?
    let recipes: RecipeBook?
    private(set) var header = AgendaHeader()
    private(set) var problems: [AgendaLineProblem] = []

    init(line: Substring, members: Set<ParticipantID>?, recipes: RecipeBook?) {
        self.line = line
        self.members = members
        self.recipes = recipes
    }

    mutating func parse() {
        let start = afterEnumerator()
        let afterStart = line[start...]
        guard let colon = afterStart.firstIndex(of: ":") else {
            report(.missingColon(keyword: AgendaVocabulary.leadingKeyword(of: afterStart)), at: start)
            return
        }
        let keyword = line[start..<colon]
        if let kind = AgendaVocabulary.kind(keyword) {
            header.kind = kind
        } else if let leading = AgendaVocabulary.leadingKeyword(of: keyword) {
            report(.missingColon(keyword: leading), at: start)
            return
        } else {
            let written = keyword.trimmingCharacters(in: .whitespaces)
            let suggestion = AgendaVocabulary.suggestedKeyword(for: written)
            report(.unknownKind(written, suggestion: suggestion), at: start)
            // Without a likely keyword the line is more likely text that lost its indentation
            // than an item: the rest of it would only give more, misleading problems.
            guard suggestion != nil || written.isEmpty else { return }
        }
        readRest(line[line.index(after: colon)...], emptyTitleAt: column(of: colon) + 1)
    }

    /// Skips a leading `1.`, `2)`, `-`, `*` or `•` and the space after it, so numbered or bulleted
    /// agendas read the same.
    private func afterEnumerator() -> Substring.Index {
        var index = line.startIndex
        if let first = line.first, "-*•".contains(first) {
            index = line.index(after: index)
        } else {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard (1...3).contains(digits.count), digits.endIndex < line.endIndex,
                line[digits.endIndex] == "." || line[digits.endIndex] == ")"
            else { return line.startIndex }
            index = line.index(after: digits.endIndex)
        }
        guard index < line.endIndex, line[index].isWhitespace else { return line.startIndex }
        return line[index...].firstIndex { !$0.isWhitespace } ?? line.endIndex
    }

    private mutating func readRest(_ rest: Substring, emptyTitleAt titleColumn: Int) {
        let words = AgendaWord.words(in: rest, of: line)
        let tail = AgendaMarkToken.scan(words[...])
        var marks = tail.marks
        var titleWords = words[..<tail.titleEnd]

        if let exemptionIndex = titleWords.firstIndex(where: { isExemptionKey($0) }), let end = titleWords.last {
            let keyWord = words[exemptionIndex]
            let basisStart = line[keyWord.range].firstIndex(of: ":").map { line.index(after: $0) } ?? keyWord.range.upperBound
            let basis = line[basisStart..<end.range.upperBound].trimmingCharacters(in: .whitespaces)
            let exemption = AgendaMarkToken(value: .exemption(basis), text: String(keyWord.text), column: keyWord.column)
            let before = AgendaMarkToken.scan(words[..<exemptionIndex])
            marks = before.marks + [exemption] + marks
            titleWords = words[..<before.titleEnd]
        }

        readTitle(titleWords, emptyAt: titleColumn)
        apply(marks, titleWords: titleWords)
    }

    private func isExemptionKey(_ word: AgendaWord) -> Bool {
        guard let colon = word.text.firstIndex(of: ":") else { return false }
        return AgendaVocabulary.mark(forKey: word.text[..<colon]) == .exemption
    }

    private mutating func readTitle(_ words: ArraySlice<AgendaWord>, emptyAt titleColumn: Int) {
        guard let first = words.first, let last = words.last else {
            report(.emptyTitle, column: titleColumn)
            return
        }
        var title = line[first.range.lowerBound..<last.range.upperBound]
        while let end = title.last, end.isWhitespace || ",;:–—-|".contains(end) { title = title.dropLast() }
        guard !title.isEmpty else {
            report(.emptyTitle, column: titleColumn)
            return
        }
        header.title = String(title)
        for word in words {
            guard let colon = word.bare.firstIndex(of: ":"), AgendaVocabulary.mark(forKey: word.bare[..<colon]) != nil,
                word.bare.index(after: colon) < word.bare.endIndex
            else { continue }
            report(.markInsideTitle(String(word.bare)), column: word.column)
        }
    }

    private mutating func apply(_ marks: [AgendaMarkToken], titleWords: ArraySlice<AgendaWord>) {
        var firstOwner: ParticipantID?
        var seen: Set<AgendaMark> = []
        for mark in marks {
            switch mark.value {
            case .owner(let owner):
                if let firstOwner {
                    report(.twoOwners(first: firstOwner, second: owner), column: mark.column)
                } else {
                    firstOwner = owner
                    header.owner = checkedOwner(owner, column: mark.column)
                }
            case .timebox(let minutes, _):
                guard seen.insert(.timebox).inserted else {
                    report(.repeatedMark(.timebox, text: mark.text), column: mark.column)
                    continue
                }
                if minutes == 0 {
                    report(.badTimebox(mark.text, .zero), column: mark.column)
                } else if minutes > AgendaTimebox.maximum {
                    report(.badTimebox(mark.text, .tooLong(minutes: minutes)), column: mark.column)
                } else {
                    header.timebox = minutes
                }
            case .badTimebox(let fault):
                report(.badTimebox(mark.text, fault), column: mark.column)
            case .infoDrøft:
                header.infoDrøft = true
            case .exemption(let basis):
                guard seen.insert(.exemption).inserted else {
                    report(.repeatedMark(.exemption, text: mark.text), column: mark.column)
                    continue
                }
                if basis.isEmpty { report(.emptyExemption, column: mark.column) } else { header.exemption = basis }
            case .replaces(let reference):
                guard seen.insert(.replaces).inserted else {
                    report(.repeatedMark(.replaces, text: mark.text), column: mark.column)
                    continue
                }
                let parts = reference.split(separator: "#", omittingEmptySubsequences: false)
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                    header.replaces = DecisionRef(reference)
                } else {
                    report(.badDecisionRef(reference), column: mark.column)
                }
            case .recipe(let recipe):
                guard seen.insert(.recipe).inserted else {
                    report(.repeatedMark(.recipe, text: mark.text), column: mark.column)
                    continue
                }
                if recipe.isEmpty {
                    report(.emptyRecipe, column: mark.column)
                } else if let kind = header.kind, kind != .session, kind != .ourProblem {
                    report(.recipeNotAllowed(kind), column: mark.column)
                } else {
                    header.recipe = checkedRecipe(recipe, column: mark.column)
                }
            }
        }
        if firstOwner == nil { reportMissingOwner(titleWords) }
    }

    /// The owner as the team spells it; reports one the team does not have.
    private mutating func checkedOwner(_ owner: ParticipantID, column: Int) -> ParticipantID? {
        guard let members, !members.contains(owner) else { return owner }
        let ids = members.map(\.rawValue).sorted()
        let suggestion = EditDistance.closest(to: owner.rawValue, in: ids).map(ParticipantID.init(rawValue:))
        report(.unknownOwner(owner, suggestion: suggestion, members: ids.map(ParticipantID.init(rawValue:))), column: column)
        return nil
    }

    /// The recipe id in lowercase, as ids are written; reports one the recipe book lacks or has
    /// for another kind.
    private mutating func checkedRecipe(_ written: String, column: Int) -> String? {
        let id = written.lowercased()
        guard let recipes, let kind = header.kind else { return id }
        let available = recipes.templates(for: kind).map(\.id)
        guard let recipe = recipes.recipe(id: id) else {
            let suggestion = EditDistance.closest(to: id, in: available)
            report(.recipeNotFound(.unknown(id: id, kind: kind, available: available), suggestion: suggestion), column: column)
            return nil
        }
        guard recipe.kind == kind else {
            let lookup = RecipeLookupError.wrongKind(id: id, kind: kind, recipeKind: recipe.kind, available: available)
            report(.recipeNotFound(lookup, suggestion: nil), column: column)
            return nil
        }
        return id
    }

    private mutating func reportMissingOwner(_ titleWords: ArraySlice<AgendaWord>) {
        for index in titleWords.indices.reversed() {
            guard let owner = AgendaMarkToken.owner(in: titleWords[index]), let last = titleWords.last,
                index < titleWords.index(before: titleWords.endIndex)
            else { continue }
            let after = line[titleWords[index + 1].range.lowerBound..<last.range.upperBound]
            report(.ownerInsideTitle(owner, after: String(after)), column: titleWords[index].column)
            return
        }
        report(.missingOwner, column: nil)
    }

    private func column(of index: Substring.Index) -> Int {
        line.distance(from: line.startIndex, to: index) + 1
    }

    private mutating func report(_ cause: AgendaProblem.Cause, at index: Substring.Index) {
        report(cause, column: column(of: index))
    }

    private mutating func report(_ cause: AgendaProblem.Cause, column: Int?) {
        problems.append(AgendaLineProblem(column: column, cause: cause))
    }
}
