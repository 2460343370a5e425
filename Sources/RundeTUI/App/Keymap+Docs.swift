import RundeCore

extension Keymap {
    /// The key map as Markdown, one table per context, in the three languages: `Docs/keys.md`.
    /// A test fails when the file is stale.
    public static var markdown: String {
        var out = [
            "# runde — the key map", "",
            "Generated from `Sources/RundeTUI/App/Keymap.swift` by the tests; do not edit by hand.",
            "The bottom line of the screen shows the keys that work at the moment; `?` shows them all.",
        ]
        let general: [Action] = [.undo, .help, .quit]
        for context in Context.allCases where context != .closed {
            let keys = bindings(in: context).filter { !general.contains($0.action) }
            guard !keys.isEmpty else { continue }
            out += table(UIText.contextName(context), keys)
        }
        out += table(UIText.everywhere, bindings.filter { general.contains($0.action) })
        let aliasText = aliases.sorted { name(of: $0.key) < name(of: $1.key) }.map { "`\(name(of: $0.key))` = \($0.value.rawValue)" }
        out += [
            "", "Also: " + aliasText.joined(separator: ", ") + "; Ctrl-C leaves at once. Text fields: Enter saves, Esc cancels,",
            "←→ Home End, Ctrl-←→ (Alt-b/f) by word, Backspace/Delete, Ctrl-U/K, paste of several lines.",
            "", "Keys typed fast or arriving together (over ssh) each count, in order. A paste is text, never keys: runde turns on",
            "the terminal's bracketed paste mode, so a paste goes whole into the open text field (its line breaks kept in a",
            "note, as spaces in a one-line field) and does nothing when no field is open.",
            "", "The mouse is a convenience: a click on a person marks them present or absent, a click on an agenda item",
            "selects it, and a click on a key in the bottom line presses it. Hold Shift to select text with the mouse.",
            "", "A window smaller than 80x24 shows its size and what it needs; until it is resized, no key acts but Ctrl-C.",
            "`runde follow` shows the same screen read-only: only the keys that move, scroll, show help and quit act; any",
            "other says that the meeting is being followed.",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    /// The key map in brief, one row a context, for the README between its `keys` markers.
    public static func summary(_ language: Language) -> String {
        var out = ["| \(UIText.where[language]) | \(UIText.keys[language]) |", "|---|---|"]
        for context in Context.allCases {
            let keys = bindings(in: context).filter { $0.action != .help && $0.action != .quit }
            guard !keys.isEmpty else { continue }
            out.append("| \(UIText.contextName(context)[language]) | " + keys.map { "`\($0.keyName)` \($0.short[language])" }.joined(separator: " · ") + " |")
        }
        out.append("| \(UIText.everywhere[language]) | `?` \(Keymap.short(.help, language)) · `q` \(Keymap.short(.quit, language)) · Ctrl-C |")
        return out.joined(separator: "\n")
    }

    private static func short(_ action: Action, _ language: Language) -> String {
        bindings.first { $0.action == action }?.short[language] ?? action.rawValue
    }

    private static func table(_ title: Translation, _ keys: [Binding]) -> [String] {
        var out = ["", "## \(title.nn) / \(title.nb) / \(title.en)", "", "| key | nn | nb | en |", "|---|---|---|---|"]
        out += keys.map { "| `\($0.keyName)` | \($0.long.nn) | \($0.long.nb) | \($0.long.en) |" }
        return out
    }
}
