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
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { wrap(text, bytes: $0, width: width) } ?? wrapCharacters(text, width: width)
    }

    /// `wrap` over the text's bytes, which the text's own indices address one for one.
    private static func wrap(_ text: String, bytes: UnsafeBufferPointer<UInt8>, width: Int) -> String {
        // "\r\n" is one Character, so a text with a CR is split Character by Character;
        // without one, every "\n" byte is a Character of its own and ends a line.
        guard !bytes.contains(13) else { return wrapCharacters(text, width: width) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var start = 0
        while true {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // No more Characters than bytes: a line that fits in bytes fits.
            if line.count <= width {
                out.append(contentsOf: line)
            } else if !line.contains(where: { $0 >= 0x80 }) {
                wrapASCII(line, width: width, into: &out)
            } else {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                wrapUnicode(text[lower..<utf8.index(lower, offsetBy: line.count)], bytes: line, width: width, into: &out)
            }
            guard end < bytes.count else { break }
            out.append(10)
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The definition of `wrap`, Character by Character.
    static func wrapCharacters(_ text: String, width: Int = 78) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLineCharacters(Substring($0), width: width) }
            .joined(separator: "\n")
    }

    /// How one line is wrapped, Character by Character: the definition `wrapASCII` and `wrapUnicode` follow.
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

    /// `wrapLineCharacters` for a line of ASCII without CR, where a Character is a byte, appended to `out`.
    private static func wrapASCII(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, into out: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        var leading = 0
        let label = labelPrefixLength(of: bytes)
        if let label { leading = label } else { while leading < bytes.count, bytes[leading] == space { leading += 1 } }
        let hang = label ?? hangingIndentASCII(of: bytes)
        var words: [Word] = []
        var index = leading
        while index < bytes.count {
            if bytes[index] == space { index += 1; continue }
            var end = index
            while end < bytes.count, bytes[end] != space { end += 1 }
            words.append(Word(start: index, end: end, count: end - index))
            index = end
        }
        fill(words, of: bytes, leading: (bytes: leading, count: leading), hang: hang, width: width, into: &out)
    }

    /// `wrapLineCharacters` for a line without CR that holds non-ASCII bytes, appended to `out`.
    ///
    /// Words are split at space bytes and measured in bytes when they are ASCII. That gives
    /// the definition's answer unless a space byte there is part of a larger Character (a space
    /// followed by a combining mark, or after a prepended one): then the line is wrapped by the definition.
    private static func wrapUnicode(_ line: Substring, bytes: UnsafeBufferPointer<UInt8>, width: Int, into out: inout [UInt8]) {
        guard surelyLonger(bytes, than: width) || line.count > width else { return out.append(contentsOf: bytes) }
        let leadingBytes: Int, leadingCount: Int, hang: Int
        if let layout = asciiLayout(of: bytes) {
            (leadingBytes, leadingCount, hang) = (layout.leading, layout.leading, layout.hang)
        } else {
            let leading = labelPrefix(of: line) ?? line.prefix { $0 == " " }
            (leadingBytes, leadingCount, hang) = (leading.utf8.count, leading.count, hangingIndent(of: line))
        }
        let utf8 = line.utf8
        let space = UInt8(ascii: " ")
        func isBoundary(_ offset: Int) -> Bool { String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: line) != nil }
        var words: [Word] = []
        var index = leadingBytes
        var previous: UInt8 = space
        while index < bytes.count {
            if bytes[index] == space {
                let next = index + 1
                if previous >= 0x80 || (next < bytes.count && bytes[next] >= 0x80) {
                    guard isBoundary(index), isBoundary(next) else {
                        return out.append(contentsOf: wrapLineCharacters(line, width: width).utf8)
                    }
                }
                previous = space
                index = next
                continue
            }
            let start = index
            var plain = true
            while index < bytes.count, bytes[index] != space {
                previous = bytes[index]
                if previous >= 0x80 { plain = false }
                index += 1
            }
            // A word starting or ending with a non-ASCII byte is checked at the space next to it.
            let count = plain ? index - start : line[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: index)].count
            words.append(Word(start: start, end: index, count: count))
        }
        fill(words, of: bytes, leading: (bytes: leadingBytes, count: leadingCount), hang: hang, width: width, into: &out)
    }

    /// Whether a line without CR has more than `width` Characters, told from its bytes when that is sure:
    /// every ASCII byte starts a Character unless a non-ASCII scalar before it takes it in.
    private static func surelyLonger(_ bytes: UnsafeBufferPointer<UInt8>, than width: Int) -> Bool {
        var ascii = 0, scalars = 0
        for byte in bytes {
            if byte < 0x80 { ascii += 1 } else if byte >= 0xC0 { scalars += 1 }
        }
        return ascii - scalars > width
    }

    /// The length of a line's leading (its aligned label, or its indent) and its hanging indent, as
    /// `labelPrefix(of:)` and `hangingIndent(of:)` give them, read from bytes; nil unless every byte
    /// they depend on is ASCII and so is the byte after it (then each is a Character of its own).
    private static func asciiLayout(of bytes: UnsafeBufferPointer<UInt8>) -> (leading: Int, hang: Int)? {
        var usable = 0
        while usable < bytes.count, bytes[usable] < 0x80, usable <= 40 { usable += 1 }
        if usable < bytes.count { usable -= 1 }    // the last ASCII byte may take the marks after it
        guard usable > 0 else { return nil }
        let space = UInt8(ascii: " ")
        // An aligned label: a colon among the first 24 Characters, two spaces, then the value.
        let colonScope = min(24, usable)
        if let colon = bytes[0..<colonScope].firstIndex(of: UInt8(ascii: ":")) {
            guard colon + 2 < usable else { return nil }
            if bytes[colon + 1] == space, bytes[colon + 2] == space {
                guard let end = bytes[(colon + 1)..<usable].firstIndex(where: { $0 != space }) else { return nil }
                return (end, end)
            }
        } else if colonScope < 24 {
            return nil
        }
        guard let indent = bytes[0..<usable].firstIndex(where: { $0 != space }) else { return nil }
        let hang = hangingIndentASCII(of: UnsafeBufferPointer(rebasing: bytes[0..<usable]))
        // The bullet or marker was read to the byte that ended it, which must lie in the usable bytes.
        func isMarkerByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")
        }
        guard indent + 1 < usable, bytes[indent..<usable].contains(where: { !isMarkerByte($0) }) else { return nil }
        return (indent, hang)
    }

    /// A word of a line: its bytes, and its length in Characters.
    private struct Word {
        var start: Int
        var end: Int
        var count: Int
    }

    /// `fill` over bytes: the first line opens with the line's first `leading` bytes, the others with `hang` spaces.
    private static func fill(_ words: [Word], of bytes: UnsafeBufferPointer<UInt8>, leading: (bytes: Int, count: Int), hang: Int,
                             width: Int, into out: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        var currentCount = 0
        for (position, word) in words.enumerated() {
            if position == 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<leading.bytes]))
                currentCount = leading.count + word.count
            } else if currentCount + 1 + word.count <= width {
                out.append(space)
                currentCount += 1 + word.count
            } else {
                out.append(10)
                out.append(contentsOf: repeatElement(space, count: hang))
                currentCount = hang + word.count
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]))
        }
    }

    /// "Format:         " in an aligned "Label:   value" line, kept as written.
    static func labelPrefix(of line: Substring) -> Substring? {
        guard let colon = line.prefix(24).firstIndex(of: ":"), line[line.index(after: colon)...].hasPrefix("  ") else { return nil }
        let end = line[line.index(after: colon)...].firstIndex { $0 != " " } ?? line.endIndex
        return line[..<end]
    }

    /// `labelPrefix(of:).count` for a line of ASCII.
    private static func labelPrefixLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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
    private static func hangingIndentASCII(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
