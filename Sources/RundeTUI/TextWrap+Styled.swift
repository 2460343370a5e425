/// Text in one style: a piece of a line that mixes styles (a bold name in a sentence).
struct StyledText: Hashable, Sendable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

extension TextWrap {
    /// Wraps `runs` as ``wrap(_:width:)`` wraps their text, each line keeping the styles of the
    /// graphemes it shows; runs of one style on a line are joined.
    ///
    /// A run's graphemes stay its own: a combining mark at the start of a run does not join the
    /// run before it.
    static func wrap(_ runs: [StyledText], width: Int) -> [[StyledText]] {
        let chars = runs.flatMap { Array($0.text) }
        let styles = runs.flatMap { run in Array(repeating: run.style, count: run.text.count) }
        let widths = chars.map(DisplayWidth.of)
        return lines(chars, widths: widths, width: width).map { line in
            var out: [StyledText] = []
            for i in line.start..<line.end {
                let shown = widths[i] > width ? ellipsis : String(chars[i])
                if let last = out.last, last.style == styles[i] {
                    out[out.count - 1].text += shown
                } else {
                    out.append(StyledText(shown, styles[i]))
                }
            }
            return out
        }
    }
}
