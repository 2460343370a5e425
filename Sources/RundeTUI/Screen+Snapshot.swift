extension Screen {
    /// The screen as text for golden-file tests (ratatui's `Debug` for a buffer): every row
    /// followed by `|`, so trailing spaces show, then `# styles` and one line per maximal run of
    /// one non-plain style on a row: `y x-x2 attributes`, columns inclusive, for example
    /// `0 0-11 bold,reverse,fg=red`. Ends with a line feed.
    ///
    /// Attributes come in a fixed order: `bold`, `dim`, `reverse`, `underline`, `fg=<colour>`.
    public var snapshot: String {
        var out = ""
        for y in 0..<size.height {
            out += row(y) + "|\n"
        }
        out += "# styles\n"
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let style = self[x, y].style
                var end = x + 1
                while end < size.width, self[end, y].style == style {
                    end += 1
                }
                if style != .plain {
                    out += "\(y) \(x)-\(end - 1) \(style.snapshotDescription)\n"
                }
                x = end
            }
        }
        return out
    }

    /// The rows joined by line feeds, each without trailing spaces: for quick assertions.
    public var text: String {
        (0..<size.height).map { y in
            var line = Substring(row(y))
            while line.last == " " {
                line.removeLast()
            }
            return String(line)
        }
        .joined(separator: "\n")
    }
}

extension Style {
    /// `bold,dim,reverse,underline,fg=red`, with only what is set; `plain` when nothing is.
    var snapshotDescription: String {
        var parts: [String] = []
        if bold { parts.append("bold") }
        if dim { parts.append("dim") }
        if reverse { parts.append("reverse") }
        if underline { parts.append("underline") }
        if let foreground { parts.append("fg=\(foreground.rawValue)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: ",")
    }
}
