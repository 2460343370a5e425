/// A piece of a line of the minutes.
enum Span: Hashable {
    /// What people wrote: titles, names, notes. Each format escapes it so it shows as written.
    case text(String)
    /// runde's own words, numbers and dates.
    case word(String)
    case strong([Span])
    case emphasis([Span])
    /// A log or meeting name.
    case code(String)
}

/// A block of the minutes, laid out once for every format that writes text (Markdown, HTML).
enum Block: Hashable {
    case heading(level: Int, [Span])
    case paragraph([Span])
    /// A bulleted list, set right under its lead line when it has one.
    case list(lead: [Span]?, [ListEntry])
    /// A proposal or decision, quoted as written.
    case quote(String)
    case table(header: [String], rows: [[[Span]]])
    /// An item's decision: its heading, its text and who decided, kept on one page in print.
    case decision([Block])
    /// The line above the footer.
    case rule
}

/// One bullet, with bullets of its own.
struct ListEntry: Hashable {
    var spans: [Span]
    var children: [[Span]] = []
}
