import Foundation

/// How long after a decision the team reviews it, as the team file writes it: `review_after =
/// "3m"` (months) or `"6w"` (weeks; `v` for *veker* works too).
public struct ReviewInterval: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Codable, Sendable, Hashable {
        case weeks
        case months
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `3m`, `6w`, `6v` (a whole number from 1 to 120, then the unit); nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last else { return nil }
        let unit: Unit
        switch last {
        case "m": unit = .months
        case "w", "v": unit = .weeks
        default: return nil
        }
        let digits = trimmed.dropLast()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let count = Int(digits),
            (1...120).contains(count)
        else { return nil }
        self.init(count: count, unit: unit)
    }

    /// `3m`, `6w`: as the team file writes it.
    public var description: String { "\(count)\(unit == .months ? "m" : "w")" }

    /// The day this long after `day`; a month on from the 31st is the last day of the shorter month.
    public func after(_ day: Day) -> Day {
        switch unit {
        case .weeks: return day.adding(days: 7 * count)
        case .months:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
            let moved = calendar.date(byAdding: .month, value: count, to: start) ?? start
            return Day(moved, in: calendar.timeZone)
        }
    }
}
