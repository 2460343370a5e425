import Foundation

/// The formats the minutes are written in.
public enum MinutesFormat: String, CaseIterable, Sendable {
    /// Markdown, as `runde show` prints.
    case md
    /// One self-contained HTML file that prints on A4.
    case html
    /// JSON for other programs (`Docs/export.md`).
    case json
}

extension Minutes {
    /// The minutes in `format`, times shown where the meeting was held, else in `timeZone`
    /// (JSON keeps UTC, and names the zone).
    public func rendered(as format: MinutesFormat, timeZone: TimeZone) throws -> String {
        switch format {
        case .md: MarkdownMinutes.render(self, timeZone: timeZone)
        case .html: HTMLMinutes.render(self, timeZone: timeZone)
        case .json: try JSONMinutes.render(self, timeZone: timeZone)
        }
    }
}
