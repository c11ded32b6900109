/// Wraps plain-text briefs at a column, with hanging indents for bullets and numbered lines.
///
/// A line's continuation is indented to where its text starts after the bullet ("- ", "* ",
/// "[3] ", "1. "), so lists stay readable in a terminal and in an email.
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int = 78) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(Substring($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: Substring, width: Int) -> String {
        guard line.count > width else { return String(line) }
        let hang = String(repeating: " ", count: hangingIndent(of: line))
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        let leading = labelPrefix(of: line) ?? line.prefix { $0 == " " }
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = (lines.isEmpty ? String(leading) : hang) + word
                currentCount = current.count
            } else if currentCount + 1 + word.count <= width {
                current += " " + word
                currentCount += 1 + word.count
            } else {
                lines.append(current)
                current = hang + word
                currentCount = current.count
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// "Format:         " in an aligned "Label:   value" line, kept as written.
    static func labelPrefix(of line: Substring) -> Substring? {
        guard let colon = line.prefix(24).firstIndex(of: ":"), line[line.index(after: colon)...].hasPrefix("  ") else { return nil }
        let end = line[line.index(after: colon)...].firstIndex { $0 != " " } ?? line.endIndex
        return line[..<end]
    }

    /// The column where a line's text starts after its indent and bullet, or after an aligned label.
    static func hangingIndent(of line: Substring) -> Int {
        if let label = labelPrefix(of: line) { return label.count }
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        for bullet in ["- ", "* ", "• "] where rest.hasPrefix(bullet) { return indent + bullet.count }
        let marker = rest.prefix { $0.isNumber || $0 == "[" || $0 == "]" || $0 == "." || $0 == ")" }
        if !marker.isEmpty, marker.count <= 6, rest.dropFirst(marker.count).hasPrefix(" "),
           marker.contains(where: \.isNumber), !marker.allSatisfy(\.isNumber) {
            return indent + marker.count + 1
        }
        return indent
    }
}
