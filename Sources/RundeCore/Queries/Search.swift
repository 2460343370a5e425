import Foundation

/// Which text of a meeting a search hit is in. The raw values are part of `runde search --json`.
public enum SearchField: String, Codable, Sendable, Hashable, CaseIterable {
    case meetingTitle
    /// An item's title.
    case title
    /// What the owner presented (the item's text).
    case text
    /// A proposal (*forslag til avgjerd*), as planned or as it stood at the end.
    case proposal
    /// An amendment to the proposal, or why it was made.
    case amendment
    /// An objection's reason.
    case objection
    /// How an objection was integrated.
    case integration
    /// A concern recorded with a consent.
    case concern
    /// A decision's final text.
    case decision
    /// The owner's conclusion or summary.
    case conclusion
    /// Why an item was withdrawn or postponed.
    case reason
    /// Why someone sat out an item as *ugild*.
    case disqualification
    case note
    /// An action's text.
    case action
}

/// One text of a meeting that matched a search.
public struct SearchHit: Sendable, Hashable {
    /// The meeting's name (its log file without `.jsonl`).
    public var meeting: String
    public var meetingTitle: String
    /// When the meeting was held (see ``MeetingState/heldAt``).
    public var meetingAt: Date
    /// The zone the meeting was held in, when its log records it.
    public var meetingTimeZone: TimeZone?
    /// The item the text belongs to; nil for the meeting's title, check-in and check-out notes,
    /// and actions recorded outside any item.
    public var item: ItemPlace?
    public var field: SearchField
    /// The whole text that matched.
    public var text: String
    /// The text on one line, cut to about ``Snippet/length`` characters around the first match.
    public var snippet: String
}

/// A text of a meeting that search looks at, and where it is.
public struct SearchableText: Sendable, Hashable {
    /// The item it was recorded on; nil for the meeting's own texts.
    public var item: ItemID?
    public var field: SearchField
    public var text: String

    public init(item: ItemID?, field: SearchField, text: String) {
        self.item = item
        self.field = field
        self.text = text
    }
}

extension MeetingState {
    /// Every text a search looks at: the title, notes and actions outside items, then each
    /// item's texts in agenda order.
    public var searchableTexts: [SearchableText] {
        var texts = [SearchableText(item: nil, field: .meetingTitle, text: title)]
        texts += notes.filter { $0.item == nil }.map { SearchableText(item: nil, field: .note, text: $0.text) }
        texts += actions.filter { $0.item == nil }.map { SearchableText(item: nil, field: .action, text: $0.what) }
        for item in items { texts += searchableTexts(of: item) }
        return texts
    }

    /// The texts recorded on one item. A text that recurs is looked at once, as the first of
    /// these it is: the title, the text presented, the decision, the proposals (as planned, each
    /// amendment, as it stood at the end), objections and their integrations, concerns (from
    /// every consent round), the conclusion, the reason for ending it early, *ugild* reasons,
    /// notes, actions.
    func searchableTexts(of item: Item) -> [SearchableText] {
        var fields: [(SearchField, String?)] = [(.title, item.title), (.text, item.draft.text), (.decision, item.decision?.text)]
        fields.append((.proposal, item.draft.proposal))
        fields += item.amendments.flatMap { [(SearchField.amendment, $0.text), (.amendment, $0.reason)] }
        fields.append((.proposal, item.proposal))
        fields += item.objections.flatMap { [(SearchField.objection, $0.reason), (.integration, $0.integration)] }
        fields += rounds(of: item.id).flatMap(\.turns).map { turn in
            guard case .answered(.concern(let text)) = turn.outcome else { return (.concern, nil) }
            return (.concern, text)
        }
        fields += [(.conclusion, item.conclusion), (.reason, item.endReason)]
        fields += item.disqualified.map { (.disqualification, $0.reason) }
        fields += notes.filter { $0.item == item.id }.map { (.note, $0.text) }
        fields += actions.filter { $0.item == item.id }.map { (.action, $0.what) }
        var seen = Set<String>()
        return fields.compactMap { field, text in
            guard let text, !text.isEmpty, seen.insert(text).inserted else { return nil }
            return SearchableText(item: item.id, field: field, text: text)
        }
    }
}

extension Archive {
    /// Every text of every meeting that matches `pattern`: newest meeting first; within a
    /// meeting the meeting's own texts, then the items in agenda order.
    public func search(_ pattern: SearchPattern) -> [SearchHit] {
        let candidates = texts.candidates(for: pattern)
        return meetings.reversed().flatMap { meeting in
            (candidates[meeting.name] ?? []).compactMap { searchable -> SearchHit? in
                guard let match = pattern.firstMatch(in: searchable.text) else { return nil }
                return SearchHit(
                    meeting: meeting.name, meetingTitle: meeting.title, meetingAt: meeting.heldAt, meetingTimeZone: meeting.timeZone,
                    item: searchable.item.flatMap(meeting.place),
                    field: searchable.field, text: searchable.text, snippet: Snippet.around(match, in: searchable.text))
            }
        }
    }

    /// Every text search looks at in the meeting with this name, in order.
    public func searchableTexts(of meeting: String) -> [SearchableText] { texts.texts(of: meeting) }

    /// The items on which some text matches `pattern`.
    func itemsMentioning(_ pattern: SearchPattern) -> Set<DecisionRef> {
        var found = Set<DecisionRef>()
        for (meeting, texts) in texts.candidates(for: pattern) {
            for text in texts {
                guard let item = text.item, pattern.matches(text.text) else { continue }
                found.insert(DecisionRef(meeting: meeting, item: item))
            }
        }
        return found
    }
}

/// Where an archive's searchable texts are: folded into memory, or in the index.
public protocol ArchiveTexts: Sendable {
    /// The texts that may match `pattern`, by meeting name, each meeting's in the order
    /// ``MeetingState/searchableTexts`` gives them: every text that matches, and perhaps
    /// others (the caller checks each with the pattern).
    func candidates(for pattern: SearchPattern) -> [String: [SearchableText]]

    /// Every text of the meeting with this name, in order.
    func texts(of meeting: String) -> [SearchableText]
}

/// The texts of meetings folded into memory: every one is a candidate.
struct TextsInMemory: ArchiveTexts {
    var texts: [String: [SearchableText]]

    func candidates(for pattern: SearchPattern) -> [String: [SearchableText]] { texts }

    func texts(of meeting: String) -> [SearchableText] { texts[meeting] ?? [] }
}

/// A short, one-line extract of a text around a match.
public enum Snippet {
    /// About how many characters a snippet holds.
    public static let length = 120

    /// `text` on one line, cut at word boundaries to about ``length`` characters around the
    /// match, which comes in the first third unless the text after it is short; `…` marks where
    /// it was cut.
    static func around(_ match: Range<String.Index>, in text: String) -> String {
        let before = oneLine(text[..<match.lowerBound])
        let found = oneLine(text[match])
        let after = oneLine(text[match.upperBound...])
        // A third of the room before the match, or more when the text after it is short.
        let headRoom = max(length / 3, length - found.count - after.count)
        var head = before
        if head.count > headRoom {
            let cut = head.suffix(headRoom)
            head = "…" + (cut.firstIndex(of: " ").map { String(cut[cut.index(after: $0)...]) } ?? String(cut))
        }
        var tail = after
        let room = max(0, length - head.count - found.count)
        if tail.count > room {
            let cut = tail.prefix(room)
            tail = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        return (head + found + tail).trimmingCharacters(in: .whitespaces)
    }

    /// Each run of white space (line breaks included) made one space.
    private static func oneLine(_ text: Substring) -> String {
        var out = ""
        for character in text {
            if !character.isWhitespace {
                out.append(character)
            } else if out.last != " " {
                out.append(" ")
            }
        }
        return out
    }
}
