import Foundation

/// A piece of a line of the minutes.
public enum Span: Hashable, Sendable {
    /// What people wrote: titles, names, notes. Each format escapes it so it shows as written.
    case text(String)
    /// runde's own words, numbers and dates.
    case word(String)
    case strong([Span])
    case emphasis([Span])
    /// A log or meeting name.
    case code(String)
}

/// A block of the minutes, laid out once for every format that writes text (Markdown, HTML,
/// and the review screen's lines).
public enum Block: Hashable, Sendable {
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
public struct ListEntry: Hashable, Sendable {
    public var spans: [Span]
    public var children: [[Span]] = []
}

extension Minutes {
    /// The minutes as blocks, times shown where the meeting was held, else in `timeZone`: what
    /// Markdown and HTML write, for a renderer outside this module (the review screen).
    public func blocks(timeZone: TimeZone) -> [Block] { MinutesLayout(minutes: self, timeZone: timeZone).blocks() }
}

extension [Span] {
    /// The spans' text without any markup, for plain output.
    var plainText: String {
        map { span in
            switch span {
            case .text(let text), .word(let text), .code(let text): text
            case .strong(let inner), .emphasis(let inner): inner.plainText
            }
        }.joined()
    }
}
