import Foundation

/// A MEETING argument that names no meeting, with the names it might have meant.
public struct MeetingNotFound: Error, Sendable, Hashable {
    public var query: String
    public var folder: String
    /// Close names, best first; empty when nothing is close.
    public var suggestions: [String]

    public func message(_ language: Language) -> String {
        let base = Translation(
            nn: "Finn ikkje noko møte «\(query)» i \(folder).",
            nb: "Finner ikke noe møte «\(query)» i \(folder).",
            en: "No meeting “\(query)” in \(folder).")[language]
        guard !suggestions.isEmpty else { return base }
        let meant = Translation(nn: "Meinte du", nb: "Mente du", en: "Did you mean")[language]
        return base + "\n" + meant + ":\n" + suggestions.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Finds a meeting's log from what a person typed: a path to the log, or a meeting's name (its
/// file name with or without `.jsonl`), or a part of the name that fits one meeting only.
public enum MeetingLocator {
    public static func locate(_ query: String, in folder: URL) throws(MeetingNotFound) -> URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: query, isDirectory: &isDirectory), !isDirectory.boolValue {
            return URL(fileURLWithPath: query)
        }
        let files = Archive.logFiles(in: folder)
        let names = files.map { $0.deletingPathExtension().lastPathComponent }
        let wanted = query.hasSuffix(".jsonl") ? String(query.dropLast(6)) : query
        if let exact = names.firstIndex(of: wanted) { return files[exact] }
        let folded = wanted.searchFolded
        let containing = names.indices.filter { names[$0].searchFolded.contains(folded) }
        if containing.count == 1, let only = containing.first { return files[only] }
        let suggestions =
            containing.isEmpty
            ? names.sorted { EditDistance.between($0, wanted) < EditDistance.between($1, wanted) }.prefix(3)
                .filter { EditDistance.between($0, wanted) <= max(3, wanted.count / 3) }
            : containing.map { names[$0] }
        throw MeetingNotFound(query: query, folder: folder.path, suggestions: Array(suggestions))
    }
}

extension String {
    /// A file-name-safe form of a title: `Teammøte veke 48!` → `teammote-veke-48`.
    public var slug: String {
        let folded = searchFolded
        var out = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
