import Foundation
import RundeTUI

/// Records as aligned text columns, measured in terminal columns (æøå and emoji included), each
/// record optionally followed by longer lines wrapped beneath it.
///
/// Uses ``DisplayWidth`` and ``TextWrap`` from RundeTUI, which the `runde` executable links for
/// `runde run` anyway; they need no terminal.
struct TextTable {
    struct Column {
        var header: String
        /// Whether the column may be narrowed (its cells cut with `…`) to fit the width.
        var shrinks = true
    }

    struct Record {
        var cells: [String]
        /// Lines shown below the record, indented to its second column and wrapped.
        var details: [String] = []
        /// Shown with the marker in front (an exempt item).
        var marked = false
    }

    var columns: [Column]
    var records: [Record]
    /// The last column takes the width that is left and wraps, instead of being cut.
    var lastColumnWraps = false

    private static let gap = 2
    /// Columns are not narrowed below this.
    private static let narrowest = 8
    /// A wrapping last column or a detail line gets at least this much room.
    private static let leastTextRoom = 24

    /// The table in at most `width` columns where it can be (very narrow widths overflow rather
    /// than lose whole columns).
    func render(width: Int, marker: String) -> String {
        var text = ""
        render(width: width, marker: marker) { text += $0 }
        return text
    }

    /// The table as ``render(width:marker:)`` makes it, handed to `output` a record at a time (a
    /// long register is written as it is made, not held whole).
    func render(width: Int, marker: String, to output: (String) -> Void) {
        let hasMarker = records.contains(where: \.marked)
        let markerWidth = hasMarker ? DisplayWidth.of(marker) + 1 : 0
        let widths = columnWidths(width: width - markerWidth)
        let indent = markerWidth + (widths.first ?? 0) + Self.gap
        func emit(_ lines: [String]) {
            output(lines.map { line in (line.lastIndex { !$0.isWhitespace }.map { String(line[...$0]) } ?? "") + "\n" }.joined())
        }
        emit([line(columns.map(\.header), widths: widths, marker: hasMarker ? String(repeating: " ", count: markerWidth) : "")])
        let spaced = records.contains { !$0.details.isEmpty }
        for (index, record) in records.enumerated() {
            var lines = spaced && index > 0 ? [""] : []
            let markerCell = hasMarker ? (record.marked ? marker + " " : String(repeating: " ", count: markerWidth)) : ""
            lines += rows(record.cells, widths: widths, marker: markerCell)
            for detail in record.details {
                let wrapped = TextWrap.wrap(detail, width: max(Self.leastTextRoom, width - indent - 2))
                lines += wrapped.enumerated().map { index, text in String(repeating: " ", count: indent + (index == 0 ? 0 : 2)) + text }
            }
            emit(lines)
        }
    }

    /// Each column as wide as its widest cell, then the widest shrinking columns narrowed one
    /// at a time until the row fits.
    private func columnWidths(width: Int) -> [Int] {
        var widths = columns.indices.map { index in
            records.map { DisplayWidth.of($0.cells[index]) }.reduce(DisplayWidth.of(columns[index].header), max)
        }
        let room = width - Self.gap * (columns.count - 1)
        let fixed = lastColumnWraps ? columns.count - 1 : columns.count
        let wanted = lastColumnWraps ? room - Self.leastTextRoom : room
        while widths.prefix(fixed).reduce(0, +) > wanted {
            let candidates = (0..<fixed).filter { columns[$0].shrinks && widths[$0] > Self.narrowest }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        if lastColumnWraps, let last = widths.indices.last {
            widths[last] = max(Self.leastTextRoom, room - widths.prefix(fixed).reduce(0, +))
        }
        return widths
    }

    /// One record's cells: one line, or more when the last column wraps.
    private func rows(_ cells: [String], widths: [Int], marker: String) -> [String] {
        guard lastColumnWraps, let last = cells.last, let lastWidth = widths.last else { return [line(cells, widths: widths, marker: marker)] }
        let wrapped = TextWrap.wrap(last, width: lastWidth)
        let blank = String(repeating: " ", count: DisplayWidth.of(marker))
        return wrapped.enumerated().map { index, text in
            line(index == 0 ? cells.dropLast() + [text] : cells.dropLast().map { _ in "" } + [text], widths: widths, marker: index == 0 ? marker : blank)
        }
    }

    /// `cell` with each line feed made a space.
    private static func oneLine(_ cell: String) -> String {
        guard cell.utf8.contains(0x0A) else { return cell }
        return String(String.UnicodeScalarView(cell.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }

    private func line(_ cells: [String], widths: [Int], marker: String) -> String {
        marker
            + zip(cells, widths).map { cell, width in
                let shown = TextWrap.truncate(Self.oneLine(cell), width: width)
                return shown + String(repeating: " ", count: width - DisplayWidth.of(shown))
            }.joined(separator: String(repeating: " ", count: Self.gap))
    }
}
