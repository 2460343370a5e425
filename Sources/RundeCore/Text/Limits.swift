/// How big the things runde reads and writes may be. Every limit is refused early, with a
/// message, before the input is parsed or decoded: a hostile or broken file costs time and
/// memory in proportion to the limit, not to its own size. `Docs/format.md` lists them
/// (“Limits”), and so does `Docs/agenda.md` for the agenda.
public enum Limits {
    /// The longest line of a meeting log, in bytes without its line feed: 1 MiB. A reader stops
    /// at a longer line after looking at this many bytes of it, without decoding it.
    public static let logLineBytes = 1 << 20

    /// The longest text in a command or a file runde reads — a title, a note, a proposal, an
    /// item's text, a reason, a name — in characters (graphemes): 10,000.
    public static let textCharacters = 10_000

    /// The most items one meeting's agenda may hold, from the agenda file or added later: 100.
    public static let itemsPerMeeting = 100

    /// The largest agenda file, in bytes: 256 KiB.
    public static let agendaFileBytes = 256 << 10

    /// The largest `team.toml`, in bytes: 256 KiB.
    public static let teamFileBytes = 256 << 10

    /// The largest recipe file (`recipes/*.toml`), in bytes: 64 KiB.
    public static let recipeFileBytes = 64 << 10

    /// Whether `text` has more than ``textCharacters`` characters; counts no further than needed.
    public static func isTooLong(_ text: some StringProtocol, limit: Int = textCharacters) -> Bool {
        if text.utf8.count <= limit { return false }
        var count = 0
        for _ in text {
            count += 1
            if count > limit { return true }
        }
        return false
    }
}
