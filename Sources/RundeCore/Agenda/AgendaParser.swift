import Foundation

/// Reads an agenda file (*saksliste*): one item a line, its text on indented lines below it.
///
/// ```
/// # Teammøte veke 48
/// avgjerd: Prøveordning med heimekontor éin dag i veka @kari 25m
///   Bakgrunn: fleire har spurt …
///   forslag: Vi prøver heimekontor onsdagar frå 1. februar til 1. mai.
/// ```
///
/// The format is described for people in `Docs/agenda.md`. In short: a line starting with `#` is
/// a comment and blank lines are ignored; an unindented line is an item — type keyword, `:`,
/// title, then marks (`@owner`, a timebox, `info/drøft`, `unnateke:`, `erstattar:`, `mal:`) at
/// the end of the line; indented lines are the item's text, and `forslag:` starts its proposal.
/// The parser reads the whole file and reports every problem it finds, not just the first.
public enum AgendaParser {
    /// Parses agenda text into item drafts, in file order.
    ///
    /// A UTF-8 byte order mark, CRLF or CR line endings and tabs for indentation are all accepted;
    /// titles and text keep their characters exactly (æøå, accents, emoji, CJK).
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name to show in messages (`agenda.txt`).
    ///   - members: the team's member ids; when given, an owner not among them is a problem that
    ///     suggests the closest id. Owners are read in lowercase, as member ids are written.
    ///   - recipes: the team's recipe book; when given, a `mal:` id must name a recipe of the
    ///     item's kind in it.
    /// - Returns: the drafts, or an ``AgendaError`` holding every problem in line order. A file
    ///   without a single item is an error (``AgendaProblem/Cause/emptyAgenda``): to start with
    ///   an empty agenda, give no file at all.
    public static func parse(
        _ text: String, file: String, members: Set<ParticipantID>? = nil, recipes: RecipeBook? = nil
    ) -> Result<[ItemDraft], AgendaError> {
        var reader = AgendaReader(file: file, members: members, recipes: recipes)
        reader.read(text)
        return reader.result()
    }

    /// Parses an agenda file's bytes, which must be UTF-8.
    ///
    /// - Returns: as the `String` variant; bytes that are not UTF-8 give a
    ///   single ``AgendaProblem/Cause/invalidUTF8(byteOffset:)`` at the line and column of the
    ///   first bad byte (files saved as Windows-1252 or UTF-16 end up here).
    public static func parse(
        _ data: Data, file: String, members: Set<ParticipantID>? = nil, recipes: RecipeBook? = nil
    ) -> Result<[ItemDraft], AgendaError> {
        guard data.count <= Limits.agendaFileBytes else {
            let problem = AgendaProblem(file: file, line: 0, cause: .fileTooLarge(bytes: data.count, limit: Limits.agendaFileBytes))
            return .failure(AgendaError(problems: [problem]))
        }
        guard let offset = firstInvalidUTF8Byte(in: data) else {
            return parse(String(decoding: data, as: UTF8.self), file: file, members: members, recipes: recipes)
        }
        let bytes = [UInt8](data)
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[..<offset].count { $0 == 0x0A } + 1
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        let problem = AgendaProblem(file: file, line: line, column: column, cause: .invalidUTF8(byteOffset: offset))
        return .failure(AgendaError(problems: [problem]))
    }

    /// Reads and parses an agenda file, reading no more than one byte past
    /// ``Limits/agendaFileBytes``: a file larger than that (or endless, such as a device) is
    /// refused with ``AgendaProblem/Cause/fileTooLarge(bytes:limit:)`` without reading it all.
    ///
    /// - Returns: as ``parse(_:file:members:recipes:)-(Data,_,_,_)``; nil when the file cannot
    ///   be opened or read (the system's error is thrown).
    public static func parse(
        contentsOf url: URL, file: String, members: Set<ParticipantID>? = nil, recipes: RecipeBook? = nil
    ) throws -> Result<[ItemDraft], AgendaError> {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let data = try handle.read(upToCount: Limits.agendaFileBytes + 1) ?? Data()
        return parse(data, file: file, members: members, recipes: recipes)
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8Byte(in data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// Reads an agenda line by line, collecting items and problems.
struct AgendaReader {
    /// An item being read: its line, and its text and proposal as the indented lines add them.
    struct Entry {
        var header: AgendaHeader
        var line: Int
        var text = AgendaTextPart()
        var proposal: AgendaTextPart?
        var proposalLine: Int?
    }

    let file: String
    let members: Set<ParticipantID>?
    let recipes: RecipeBook?
    private(set) var entries: [Entry] = []
    private(set) var problems: [AgendaProblem] = []
    /// An indented line before any item has been reported; the lines after it are the same mistake.
    private var reportedIndentBeforeItem = false

    init(file: String, members: Set<ParticipantID>?, recipes: RecipeBook?) {
        self.file = file
        self.members = members
        self.recipes = recipes
    }

    /// A tab moves to the next multiple of this many columns when measuring indentation.
    static let tabWidth = 4

    mutating func read(_ text: String) {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (offset, line) in lines.enumerated() {
            if let unsafe = ControlCharacters.firstUnsafe(in: line) {
                problems.append(AgendaProblem(file: file, line: offset + 1, column: unsafe.column, cause: .controlCharacter(unsafe.scalar)))
            }
            readLine(line, number: offset + 1)
        }
        if entries.count > Limits.itemsPerMeeting {
            let line = entries[Limits.itemsPerMeeting].line
            problems.append(AgendaProblem(file: file, line: line, cause: .tooManyItems(count: entries.count, limit: Limits.itemsPerMeeting)))
        }
        for entry in entries {
            if Limits.isTooLong(entry.header.title) || Limits.isTooLong(entry.text.text) || entry.proposal.map({ Limits.isTooLong($0.text) }) == true {
                problems.append(AgendaProblem(file: file, line: entry.line, cause: .textTooLong(limit: Limits.textCharacters)))
            }
            if let line = entry.proposalLine, let proposal = entry.proposal, proposal.text.isEmpty,
                entry.header.kind == nil || entry.header.kind == .decision
            {
                problems.append(AgendaProblem(file: file, line: line, column: nil, cause: .emptyProposal))
            }
        }
        if entries.isEmpty, problems.isEmpty {
            problems.append(AgendaProblem(file: file, line: 0, cause: .emptyAgenda))
        }
    }

    func result() -> Result<[ItemDraft], AgendaError> {
        guard problems.isEmpty else {
            // Within a line: by column, then problems of the line as a whole (no column).
            let sorted = problems.enumerated().sorted {
                ($0.element.line, $0.element.column ?? .max, $0.offset) < ($1.element.line, $1.element.column ?? .max, $1.offset)
            }
            return .failure(AgendaError(problems: sorted.map(\.element)))
        }
        var drafts: [ItemDraft] = []
        for entry in entries {
            let header = entry.header
            guard let kind = header.kind, let owner = header.owner else { continue }
            drafts.append(
                ItemDraft(
                    kind: kind, title: header.title, owner: owner, text: entry.text.text,
                    proposal: entry.proposal?.text, timebox: header.timebox, infoDrøft: header.infoDrøft,
                    exemption: header.exemption, replaces: header.replaces, recipe: header.recipe))
        }
        return .success(drafts)
    }

    private mutating func readLine(_ line: Substring, number: Int) {
        guard let firstVisible = line.firstIndex(where: { !$0.isWhitespace }) else {
            if !entries.isEmpty { entries[entries.count - 1].blankLine() }
            return
        }
        if line[firstVisible] == "#" { return }
        guard firstVisible == line.startIndex else {
            readIndented(line, contentStart: firstVisible, number: number)
            return
        }
        var parser = AgendaItemLineParser(line: line, members: members, recipes: recipes)
        parser.parse()
        for problem in parser.problems {
            problems.append(AgendaProblem(file: file, line: number, column: problem.column, cause: problem.cause))
        }
        entries.append(Entry(header: parser.header, line: number))
    }

    private mutating func readIndented(_ line: Substring, contentStart: Substring.Index, number: Int) {
        guard !entries.isEmpty else {
            if !reportedIndentBeforeItem {
                let looksLikeItem = line.firstIndex(of: ":").map { AgendaVocabulary.kind(line[..<$0]) != nil } ?? false
                problems.append(
                    AgendaProblem(file: file, line: number, column: 1, cause: .indentedBeforeItem(looksLikeItem: looksLikeItem)))
                reportedIndentBeforeItem = true
            }
            return
        }
        let indent = line[..<contentStart].reduce(0) { width, character in
            character == "\t" ? (width / Self.tabWidth + 1) * Self.tabWidth : width + 1
        }
        var content = line[contentStart...]
        while let last = content.last, last.isWhitespace { content = content.dropLast() }

        let index = entries.count - 1
        guard let colon = content.firstIndex(of: ":"), AgendaVocabulary.isProposalKey(content[..<colon]) else {
            entries[index].add(content, indent: indent)
            return
        }
        let column = line.distance(from: line.startIndex, to: contentStart) + 1
        let rest = content[content.index(after: colon)...].drop { $0.isWhitespace }
        if let first = entries[index].proposalLine {
            problems.append(AgendaProblem(file: file, line: number, column: column, cause: .twoProposals(firstLine: first)))
            entries[index].add(rest, indent: nil)
            return
        }
        if let kind = entries[index].header.kind, kind != .decision {
            problems.append(AgendaProblem(file: file, line: number, column: column, cause: .proposalOnNonDecision(kind)))
        }
        entries[index].startProposal(rest, line: number)
    }
}

extension AgendaReader.Entry {
    /// Adds a line to the part last started: the proposal once `forslag:` came, else the text.
    mutating func add(_ content: Substring, indent: Int?) {
        if proposal != nil {
            proposal?.add(content, indent: indent)
        } else {
            text.add(content, indent: indent)
        }
    }

    mutating func blankLine() {
        if proposal != nil { proposal?.blankLine() } else { text.blankLine() }
    }

    mutating func startProposal(_ first: Substring, line: Int) {
        var part = AgendaTextPart()
        if !first.isEmpty { part.add(first, indent: nil) }
        proposal = part
        proposalLine = line
    }
}

/// The text or the proposal of an item, built line by line.
///
/// Line breaks are kept; one or more blank lines between two lines make one paragraph break
/// (an empty line); blank lines at the start and end are dropped. The indentation all lines share
/// is removed, any extra kept, so a nested list stays nested.
struct AgendaTextPart: Sendable {
    private var lines: [(indent: Int?, content: Substring)] = []
    private var pendingBreak = false

    /// Adds a line; `indent` is nil for text that followed `forslag:` on the same line.
    mutating func add(_ content: Substring, indent: Int?) {
        if pendingBreak { lines.append((nil, "")) }
        pendingBreak = false
        lines.append((indent, content))
    }

    mutating func blankLine() {
        if !lines.isEmpty { pendingBreak = true }
    }

    var text: String {
        let shared = lines.filter { !$0.content.isEmpty }.compactMap(\.indent).min() ?? 0
        return lines.map { line in
            guard let indent = line.indent, !line.content.isEmpty else { return String(line.content) }
            return String(repeating: " ", count: indent - shared) + line.content
        }.joined(separator: "\n")
    }
}
