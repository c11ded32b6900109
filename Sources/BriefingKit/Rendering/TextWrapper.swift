/// Wraps plain-text briefs at a column, with hanging indents for bullets and numbered lines.
///
/// A line's continuation is indented to where its text starts after the bullet ("- ", "* ",
/// "[3] ", "1. "), so lists stay readable in a terminal and in an email.
///
/// Columns are Characters. The work is done on UTF-8 bytes where that gives the same answer
/// (a line of ASCII, a space that is a Character of its own); `wrapCharacters` is the
/// definition, used for the rest and by the tests.
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int = 78) -> String {
        // "\r\n" is one Character, so a text with a CR is split Character by Character;
        // without one, every "\n" byte is a Character of its own and ends a line.
        guard !text.utf8.contains(13) else { return wrapCharacters(text, width: width) }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        let utf8 = text.utf8
        var start = utf8.startIndex
        while true {
            let end = utf8[start...].firstIndex(of: 10) ?? utf8.endIndex
            let line = text[start..<end]
            // No more Characters than bytes: a line that fits in bytes fits.
            if line.utf8.count <= width { out += line } else { out += wrapLine(line, width: width) }
            guard end < utf8.endIndex else { break }
            out += "\n"
            start = utf8.index(after: end)
        }
        return out
    }

    /// The definition of `wrap`, Character by Character.
    static func wrapCharacters(_ text: String, width: Int = 78) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLineCharacters(Substring($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: Substring, width: Int) -> String {
        guard line.utf8.count > width else { return String(line) }
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) { return wrapASCII(line, width: width) }
        guard line.count > width else { return String(line) }
        return wrapWords(line, width: width) ?? wrapLineCharacters(line, width: width)
    }

    /// The definition of `wrapLine`, Character by Character.
    static func wrapLineCharacters(_ line: Substring, width: Int) -> String {
        guard line.count > width else { return String(line) }
        let hang = String(repeating: " ", count: hangingIndent(of: line))
        let leading = labelPrefix(of: line) ?? line.prefix { $0 == " " }
        let words = line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true)
        return fill(words.map { ($0, $0.count) }, leading: leading, hang: hang, width: width)
    }

    /// Lays `words` (each with its length in Characters) into lines of at most `width` Characters
    /// where they fit: the first line opens with `leading`, the others with `hang`.
    private static func fill(_ words: [(word: Substring, count: Int)], leading: Substring, hang: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for (word, count) in words {
            if current.isEmpty {
                current = (lines.isEmpty ? String(leading) : hang) + word
                currentCount = current.count
            } else if currentCount + 1 + count <= width {
                current += " " + word
                currentCount += 1 + count
            } else {
                lines.append(current)
                current = hang + word
                currentCount = current.count
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// `wrapLineCharacters` for a line of ASCII without CR, where a Character is a byte.
    private static func wrapASCII(_ line: Substring, width: Int) -> String {
        let bytes = Array(line.utf8)
        let space = UInt8(ascii: " ")
        var leading = 0
        let label = labelPrefixLength(of: bytes)
        if let label { leading = label } else { while leading < bytes.count, bytes[leading] == space { leading += 1 } }
        let hang = label ?? hangingIndentASCII(of: bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8 * (hang + 1))
        var currentCount = 0, lineCount = 0
        var index = leading
        while index < bytes.count {
            if bytes[index] == space { index += 1; continue }
            var end = index
            while end < bytes.count, bytes[end] != space { end += 1 }
            let count = end - index
            if lineCount == 0 {
                out.append(contentsOf: bytes[0..<leading])
                currentCount = leading + count
                lineCount = 1
            } else if currentCount + 1 + count <= width {
                out.append(space)
                currentCount += 1 + count
            } else {
                out.append(10)
                out.append(contentsOf: repeatElement(space, count: hang))
                currentCount = hang + count
                lineCount += 1
            }
            out.append(contentsOf: bytes[index..<end])
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `wrapLineCharacters` with words split at space bytes, or nil when a space byte there is
    /// part of a larger Character (a space followed by a combining mark, or after a prepended one).
    private static func wrapWords(_ line: Substring, width: Int) -> String? {
        let hang = String(repeating: " ", count: hangingIndent(of: line))
        let leading = labelPrefix(of: line) ?? line.prefix { $0 == " " }
        let body = line[leading.endIndex...]
        let utf8 = body.utf8
        let space = UInt8(ascii: " ")
        var words: [(word: Substring, count: Int)] = []
        var index = utf8.startIndex
        var previous: UInt8 = space
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == space {
                let next = utf8.index(after: index)
                if previous >= 0x80 || (next < utf8.endIndex && utf8[next] >= 0x80) {
                    guard String.Index(index, within: line) != nil, String.Index(next, within: line) != nil else { return nil }
                }
                previous = byte
                index = next
                continue
            }
            let start = index
            var plain = true
            while index < utf8.endIndex, utf8[index] != space {
                previous = utf8[index]
                if previous >= 0x80 || previous == 13 { plain = false }
                index = utf8.index(after: index)
            }
            // A word starting or ending with a non-ASCII byte is checked at the space next to it.
            let word = body[start..<index]
            words.append((word, plain ? word.utf8.count : word.count))
        }
        return fill(words, leading: leading, hang: hang, width: width)
    }

    /// "Format:         " in an aligned "Label:   value" line, kept as written.
    static func labelPrefix(of line: Substring) -> Substring? {
        guard let colon = line.prefix(24).firstIndex(of: ":"), line[line.index(after: colon)...].hasPrefix("  ") else { return nil }
        let end = line[line.index(after: colon)...].firstIndex { $0 != " " } ?? line.endIndex
        return line[..<end]
    }

    /// `labelPrefix(of:).count` for a line of ASCII.
    private static func labelPrefixLength(of bytes: [UInt8]) -> Int? {
        guard let colon = bytes.prefix(24).firstIndex(of: UInt8(ascii: ":")),
              bytes.count > colon + 2, bytes[colon + 1] == UInt8(ascii: " "), bytes[colon + 2] == UInt8(ascii: " ") else { return nil }
        return bytes[(colon + 1)...].firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.count
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

    /// `hangingIndent(of:)` for a line of ASCII without an aligned label ("•" is not ASCII).
    private static func hangingIndentASCII(of bytes: [UInt8]) -> Int {
        let space = UInt8(ascii: " ")
        var indent = 0
        while indent < bytes.count, bytes[indent] == space { indent += 1 }
        let rest = bytes[indent...]
        if bytes.count - indent >= 2, bytes[indent] == UInt8(ascii: "-") || bytes[indent] == UInt8(ascii: "*"), bytes[indent + 1] == space {
            return indent + 2
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let marker = rest.prefix { isDigit($0) || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") }
        if !marker.isEmpty, marker.count <= 6, marker.endIndex < bytes.count, bytes[marker.endIndex] == space,
           marker.contains(where: isDigit), !marker.allSatisfy(isDigit) {
            return indent + marker.count + 1
        }
        return indent
    }
}
