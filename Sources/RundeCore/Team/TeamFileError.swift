/// One problem in a file of the team folder (`team.toml` or a recipe file), with where it is.
///
/// Parsing reports every problem it finds, in line order, so a person can fix the file in one go.
/// Words for people come from ``message(_:)``; ``description`` is `team.toml:7: …` in Nynorsk.
public struct TeamFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the team folder: `team.toml`, `recipes/okt-innsikt.toml`.
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file (it could not be read).
    public var line: Int
    /// 1-based, in characters; known only for syntax errors.
    public var column: Int?
    /// What is wrong.
    public var problem: TeamFileProblem

    /// A problem at `file:line:column`.
    public init(file: String, line: Int, column: Int? = nil, problem: TeamFileProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// `file:line:column` as far as it is known.
    public var location: String {
        guard line > 0 else { return file }
        guard let column else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// `team.toml:7: <the Nynorsk message>`.
    public var description: String { line(.nn) }

    /// `team.toml:7: <the message in language>`.
    public func line(_ language: Language) -> String {
        "\(location): \(message(language))"
    }
}

/// What is wrong in a team or recipe file.
public enum TeamFileProblem: Sendable, Hashable {
    /// The file is not valid TOML; the text is TOMLKit's (English).
    case syntax(String)
    /// The file could not be read: the reason is the system's, or nil when the file is not
    /// UTF-8 text.
    case unreadable(String?)
    /// A required key is absent. `table` names the `[[table]]` it belongs in; nil for the top.
    case missingKey(String, table: String?)
    case wrongType(key: String, expected: TOMLValueType, found: TOMLValueType)
    /// A key the format does not know, likely a typo; `suggestion` is the closest known key.
    case unknownKey(String, suggestion: String?, known: [String])
    /// A text that must say something is empty.
    case emptyValue(key: String)
    /// An id (member, recipe or step key) with characters other than `a–å`, `0–9` and `-`.
    case badID(String, suggestion: String?)
    /// `team.toml` lists no `[[members]]`.
    case noMembers
    /// Two members share an id; `firstLine` is where it was first used.
    case duplicateMemberID(ParticipantID, firstLine: Int)
    case unknownRole(String, suggestion: Role?)
    case unknownLanguage(String)
    /// A `time_zone` that is not an IANA time zone name (`"Europe/Oslo"`).
    case unknownTimeZone(String)
    /// A `review_after` that is not a number of months or weeks (`"3m"`, `"6w"`).
    case badReviewInterval(String)
    /// A recipe `kind` that is not an item type at all.
    case unknownKind(String)
    /// A recipe file may define only *økt* and *vårt problem* recipes; the others are the method.
    case kindNotAllowed(ItemKind)
    /// The id belongs to a built-in recipe of another kind.
    case reservedRecipeID(String, kind: ItemKind)
    /// Two recipe files define the same id; `otherFile` is the first.
    case duplicateRecipeID(String, otherFile: String)
    case noSteps
    /// Two steps share a key; `firstLine` is where it was first used.
    case duplicateStepKey(String, firstLine: Int)
    case unknownMode(String, suggestion: StepMode?)
    /// `amend` and `consent` belong to decision items, which a team cannot redefine.
    case modeNotAllowed(StepMode)
    /// A timebox of zero or fewer minutes.
    case nonPositiveTimebox(Int)
    /// A step's `prompt_nb` or `prompt_en` (`key`) without the Nynorsk `prompt` it translates.
    case promptWithoutNynorsk(key: String)
    /// A step's prompt (`key`) longer than ``RecipeFile/promptCharacters``: a prompt is one short line.
    case promptTooLong(key: String, limit: Int)
    /// A text under `key` holds a character that must not reach a terminal (``ControlCharacters``),
    /// written as it is or as a TOML escape (`\u001B`, `\e`).
    case controlCharacter(key: String, Unicode.Scalar)
    /// A text under `key` is longer than ``Limits/textCharacters``.
    case textTooLong(key: String, limit: Int)
    /// The file is larger than `limit` bytes (``Limits/teamFileBytes``, ``Limits/recipeFileBytes``);
    /// it is not read.
    case fileTooLarge(limit: Int)
}

/// The kinds of TOML value the files use, for saying what was expected and what was found.
public enum TOMLValueType: String, Sendable, Hashable, CaseIterable {
    case text
    case integer
    case decimal
    case boolean
    case dateTime
    case list
    case table
    /// A list of texts: `["a", "b"]`.
    case textList
    /// An array of tables: repeated `[[name]]` sections.
    case tableList
}
