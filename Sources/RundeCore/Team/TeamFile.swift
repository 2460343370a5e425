import Foundation

/// Reads and writes `team.toml`, the human-edited file that names a team and its members.
///
/// ```toml
/// name = "Heimetenesta Fjordvik"
/// purpose = "Gode tenester heime hjå innbyggjarane"   # optional
/// language = "nn"                                      # optional: nn | nb | en
/// time_zone = "Europe/Oslo"                             # optional: an IANA time zone (default: the machine's)
/// check_in = "Kva har du med deg inn i møtet i dag?"   # optional: the team's check-in question
/// review_after = "3m"                                  # optional: review decisions after 3 months ("6w": weeks)
/// agreement = ["Vi byrjar og sluttar til tida.", "Ein snakkar om gongen."]   # optional: spelereglar
///
/// [[members]]
/// id = "kari"                                # lowercase letters, digits, -; unique
/// name = "Kari Nordvik"
/// roles = ["fasilitator", "verneombod"]      # Role raw values; optional
/// ```
public enum TeamFile {
    /// `team.toml`.
    public static let fileName = "team.toml"

    static let keys = ["name", "purpose", "language", "time_zone", "check_in", "review_after", "agreement", "members"]
    static let memberKeys = ["id", "name", "roles"]

    /// Parses the text of a team file.
    ///
    /// - Parameter file: the name to give in error messages, relative to the team folder.
    /// - Throws: ``TeamFolderError/invalid(_:)`` with every problem found, in line order.
    public static func parse(_ text: String, file: String = fileName) throws(TeamFolderError) -> Team {
        let (team, errors) = check(text, file: file)
        guard let team, errors.isEmpty else { throw .invalid(errors) }
        return team
    }

    /// The team, when the text is valid, and every problem found.
    static func check(_ text: String, file: String) -> (team: Team?, errors: [TeamFileError]) {
        let (parsed, syntaxChecker) = TOMLChecker.parse(text, file: file)
        guard let root = parsed else { return (nil, syntaxChecker.errors) }
        var checker = syntaxChecker
        checker.checkKeys(of: root, known: keys)
        let name = checker.text("name", in: root, required: true)
        let purpose = checker.text("purpose", in: root, required: false, allowEmpty: true)
        var language: Language?
        if let code = checker.text("language", in: root, required: false) {
            language = Language(rawValue: code.lowercased())
            if language == nil { checker.report(.unknownLanguage(code), line: checker.line(of: "language", in: root)) }
        }
        var timeZone: TimeZone?
        if let name = checker.text("time_zone", in: root, required: false) {
            timeZone = TimeZone(identifier: name)
            if timeZone == nil { checker.report(.unknownTimeZone(name), line: checker.line(of: "time_zone", in: root)) }
        }
        let checkIn = checker.text("check_in", in: root, required: false)
        var reviewAfter: ReviewInterval?
        if let written = checker.text("review_after", in: root, required: false) {
            reviewAfter = ReviewInterval(written)
            if reviewAfter == nil { checker.report(.badReviewInterval(written), line: checker.line(of: "review_after", in: root)) }
        }
        let agreement = readAgreement(root, &checker)
        let members = readMembers(root, &checker)
        guard let name, let members, checker.errors.isEmpty else { return (nil, checker.sortedErrors) }
        var team = Team(
            name: name, purpose: purpose.flatMap { $0.isEmpty ? nil : $0 }, language: language,
            checkIn: checkIn.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }, reviewAfter: reviewAfter, members: members)
        team.agreement = agreement
        team.timeZone = timeZone
        return (team, [])
    }

    /// The working agreement (*spelereglar*): a list of texts, none empty, each reported on its line.
    private static func readAgreement(_ root: TOMLChecker.Table, _ checker: inout TOMLChecker) -> [String] {
        guard let rules = checker.textList("agreement", in: root, required: false) else { return [] }
        let keyLine = checker.line(of: "agreement", in: root)
        var agreement: [String] = []
        for rule in rules {
            guard let trimmed = rule.trimmedOrNil else {
                checker.report(
                    .emptyValue(key: "agreement"), line: checker.layout.line(containing: "\"\(rule)\"", from: keyLine, through: keyLine + rules.count + 1))
                continue
            }
            agreement.append(trimmed)
        }
        return agreement
    }

    private static func readMembers(_ root: TOMLChecker.Table, _ checker: inout TOMLChecker) -> [Team.Member]? {
        let hadErrors = checker.errors.count
        guard let tables = checker.tableList("members", in: root, required: false) else {
            if checker.errors.count == hadErrors { checker.report(.noMembers, line: 1) }
            return nil
        }
        guard !tables.isEmpty else {
            checker.report(.noMembers, line: checker.line(of: "members", in: root))
            return nil
        }
        var members: [Team.Member] = []
        var firstLines: [ParticipantID: Int] = [:]
        var complete = true
        for table in tables {
            checker.checkKeys(of: table, known: memberKeys)
            let idLine = checker.line(of: "id", in: table)
            var id: ParticipantID?
            if let raw = checker.text("id", in: table, required: true) {
                if !Handle.isValid(raw) {
                    checker.report(.badID(raw, suggestion: Handle.suggestion(for: raw)), line: idLine)
                } else if let first = firstLines[ParticipantID(raw)] {
                    checker.report(.duplicateMemberID(ParticipantID(raw), firstLine: first), line: idLine)
                } else {
                    firstLines[ParticipantID(raw)] = idLine
                    id = ParticipantID(raw)
                }
            }
            let name = checker.text("name", in: table, required: true)
            let roles = readRoles(table, &checker)
            if let id, let name, let roles {
                members.append(Team.Member(id: id, name: name, roles: roles))
            } else {
                complete = false
            }
        }
        return complete ? members : nil
    }

    private static func readRoles(_ table: TOMLChecker.Table, _ checker: inout TOMLChecker) -> [Role]? {
        let hadErrors = checker.errors.count
        guard let names = checker.textList("roles", in: table, required: false) else {
            return checker.errors.count == hadErrors ? [] : nil
        }
        let rolesLine = checker.line(of: "roles", in: table)
        var roles: [Role] = []
        var valid = true
        for name in names {
            let normalized = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let role = Role(rawValue: normalized) {
                if !roles.contains(role) { roles.append(role) }
            } else {
                let suggestion = EditDistance.closest(to: normalized, in: Role.allCases.map(\.rawValue)).flatMap(Role.init)
                let line = checker.layout.line(containing: "\"\(name)\"", from: rolesLine, through: table.section.endLine)
                checker.report(.unknownRole(name, suggestion: suggestion), line: line)
                valid = false
            }
        }
        return valid ? roles : nil
    }
}
