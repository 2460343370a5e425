/// Everything wrong with an agenda file, so a person can fix it in one go.
///
/// ``AgendaParser`` never stops at the first problem: it reads the whole file and reports each
/// bad line, in line order. Words for people come from ``message(_:)``; ``description`` is the
/// Nynorsk report, one `agenda.txt:7: …` line per problem.
public struct AgendaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// At least one, in line order; within a line by column, then those of the whole line.
    public var problems: [AgendaProblem]

    /// An error holding `problems`, which should be in line order.
    public init(problems: [AgendaProblem]) {
        self.problems = problems
    }

    /// One `file:line: message` line per problem, in `language`.
    public func message(_ language: Language = .nn) -> String {
        problems.map { $0.line(language) }.joined(separator: "\n")
    }

    /// The report in Nynorsk.
    public var description: String { message(.nn) }
}

/// One problem in an agenda file, with where it is.
public struct AgendaProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (`agenda.txt`), for messages.
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file (it has no items).
    public var line: Int
    /// 1-based, in characters (grapheme clusters) from the start of the line, tabs counting one;
    /// nil when the problem is the line as a whole.
    public var column: Int?
    /// What is wrong, with its data.
    public var cause: Cause

    /// A problem in `file` at `line` (0 for the whole file) and, when known, `column`.
    public init(file: String, line: Int, column: Int? = nil, cause: Cause) {
        self.file = file
        self.line = line
        self.column = column
        self.cause = cause
    }

    /// `file:line` as far as it is known; the column is left out, as people read these.
    public var location: String {
        line > 0 ? "\(file):\(line)" : file
    }

    /// `agenda.txt:7: <the Nynorsk message>`.
    public var description: String { line(.nn) }

    /// `agenda.txt:7: <the message in language>`.
    public func line(_ language: Language) -> String {
        "\(location): \(message(language))"
    }

    /// What is wrong and what to write instead, in `language`, without the location.
    public func message(_ language: Language = .nn) -> String {
        cause.message(language)
    }
}

extension AgendaProblem {
    /// What is wrong, with the data a message needs. Texts are as the user wrote them.
    public enum Cause: Sendable, Hashable {
        /// The file is not valid UTF-8; `byteOffset` (0-based) is where the first bad byte is.
        case invalidUTF8(byteOffset: Int)
        /// The file has no item lines at all (only blank lines and comments, or nothing).
        case emptyAgenda
        /// An indented line with no item above it; reported once, for the first such line.
        /// `looksLikeItem` when the line starts with a type keyword and `:`: an indented item.
        case indentedBeforeItem(looksLikeItem: Bool)
        /// An item line without the `:` after its type. `keyword` is the type word the line
        /// starts with, when it starts with one.
        case missingColon(keyword: String?)
        /// The text before the first `:` is no type keyword; `suggestion` is the closest one.
        case unknownKind(String, suggestion: String?)
        case emptyTitle
        case missingOwner
        /// No `@owner` at the end of the line, but one inside the title, followed by `after`,
        /// which is no mark; most likely a typo in a mark, or the owner written first.
        case ownerInsideTitle(ParticipantID, after: String)
        /// A second `@owner`; `first` is the one kept.
        case twoOwners(first: ParticipantID, second: ParticipantID)
        /// The owner is not in the team; `suggestion` is the closest member, `members` all of them.
        case unknownOwner(ParticipantID, suggestion: ParticipantID?, members: [ParticipantID])
        /// A timebox the parser recognised but cannot accept; `text` as written.
        case badTimebox(String, TimeboxFault)
        /// A mark given twice; `text` is the second one as written.
        case repeatedMark(AgendaMark, text: String)
        /// `unnateke:` without a legal basis after it.
        case emptyExemption
        /// `erstattar:` followed by something that is not `meeting#item` (empty when nothing).
        case badDecisionRef(String)
        /// `mal:` without a recipe id after it.
        case emptyRecipe
        /// `mal:` on an item type that has no templates (only *økt* and *vårt problem* have).
        case recipeNotAllowed(ItemKind)
        /// `mal:` names no recipe of the item's kind in the team's recipe book; `suggestion` is
        /// the closest id of that kind.
        case recipeNotFound(RecipeLookupError, suggestion: String?)
        /// A mark such as `mal:okt-innsikt` in the middle of the title instead of at the end.
        case markInsideTitle(String)
        /// `forslag:` under an item that is not a decision item.
        case proposalOnNonDecision(ItemKind)
        /// A second `forslag:` in the same item; `firstLine` is where the first one is.
        case twoProposals(firstLine: Int)
        /// `forslag:` with no text after it or below it.
        case emptyProposal
        /// A character that must not reach a terminal (``ControlCharacters``): an escape, a
        /// bell, a C1 control, a bidirectional override. The column is where it is.
        case controlCharacter(Unicode.Scalar)
        /// The file is larger than ``Limits/agendaFileBytes``; `bytes` is how much was read
        /// (at most one byte more than the limit). Reported for the whole file, nothing parsed.
        case fileTooLarge(bytes: Int, limit: Int)
        /// More items than a meeting may have (``Limits/itemsPerMeeting``); at the first one too many.
        case tooManyItems(count: Int, limit: Int)
        /// The item's title, text or proposal is longer than ``Limits/textCharacters``.
        case textTooLong(limit: Int)
    }

    /// Why a timebox cannot be used.
    public enum TimeboxFault: Sendable, Hashable {
        /// `0m`.
        case zero
        /// More than 8 hours, most likely a slip (`900m` for `90m`).
        case tooLong(minutes: Int)
        /// A bare number after a mark (`@kari 20`); minutes or hours is not clear.
        case missingUnit
        /// Starts with a number but is not `20m`, `1t`, `1h30m` or the like (`3d`, `20x`).
        case unreadable
    }
}

/// The marks after an item's title, for ``AgendaProblem/Cause/repeatedMark(_:text:)``.
public enum AgendaMark: String, Sendable, Hashable, CaseIterable {
    /// `20m`, `1t30m`.
    case timebox
    /// `unnateke:offl. § 13`.
    case exemption
    /// `erstattar:2026-09-14-1400-teammote#s3`.
    case replaces
    /// `mal:okt-innsikt`.
    case recipe
}
