/// Tells photo captions from body text.
///
/// A caption is the alt text of an image line, a line that repeats an earlier caption, a line ending
/// in a bracketed credit in capitals ("… [JOINT PRESS CORPS]"), or a line ending in a parenthesised
/// credit ("… (Presidential office)"). A parenthesised wire name alone ("… (Yonhap)") ends body
/// paragraphs too, so it marks a caption only before the first body paragraph or on a repeated line.
enum CaptionRules {
    enum Ending: Equatable {
        case none
        /// Square brackets in capitals, or a photo word in parentheses: a caption anywhere.
        case photoCredit
        /// A wire name or capitals in parentheses: a caption only with support from context.
        case wireCredit
    }

    static func ending(of line: String) -> Ending {
        guard let (before, inside, square) = asciiBracket(in: line) ?? bracket(in: line) else { return .none }
        guard TextShape.wordCount(before) >= 3, (1...6).contains(TextShape.wordCount(inside)),
              inside.contains(where: \.isLetter) else { return .none }
        if square { return TextShape.hasLowercase(inside) ? .none : .photoCredit }
        let lower = inside.lowercased()
        if PageChrome.photoCreditWords.contains(where: { TextShape.contains(lower, $0) }) { return .photoCredit }
        let words = lower.split { " -/".contains($0) }
        if words.allSatisfy({ PageChrome.wireWords.contains(String($0)) }) || OutletDetector.outlet(named: String(inside)) != nil
            || !TextShape.hasLowercase(inside) {
            return .wireCredit
        }
        return .none
    }

    /// A bracketed ending: the text before the opener and inside the brackets, and whether they
    /// are square. The opener is the last one among the last 80 characters.
    private typealias Bracket = (before: Substring, inside: Substring, square: Bool)

    /// The bracketed ending, found by characters.
    private static func bracket(in line: String) -> Bracket? {
        guard let lastByte = line.utf8.last, lastByte == UInt8(ascii: "]") || lastByte == UInt8(ascii: ")"),
              let last = line.last, last == "]" || last == ")" else { return nil }
        let opener: Character = last == "]" ? "[" : "("
        let tail = line.suffix(80)
        guard let open = tail.lastIndex(of: opener) else { return nil }
        return (line[..<open], tail[tail.index(after: open)..<tail.index(before: tail.endIndex)], last == "]")
    }

    /// The bracketed ending, found by bytes when the last 81 bytes are ASCII without CR (so the last 80 characters
    /// are the last 80 bytes); nil when they are not, and `.some(nil)` when there is no bracketed ending.
    private static func asciiBracket(in line: String) -> Bracket?? {
        let found: (open: Int, square: Bool)?? = UTF8Scalars.withBytes(of: line) { bytes in
            guard let last = bytes.last else { return .some(nil) }
            guard last == UInt8(ascii: "]") || last == UInt8(ascii: ")") else { return .some(nil) }
            guard !bytes[max(0, bytes.count - 81)...].contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let square = last == UInt8(ascii: "]")
            let opener = square ? UInt8(ascii: "[") : UInt8(ascii: "(")
            let tailStart = max(0, bytes.count - 80)
            var index = bytes.count - 1
            while index > tailStart {
                index -= 1
                if bytes[index] == opener { return (index, square) }
            }
            return .some(nil)
        }
        guard let found else { return nil }
        guard let (open, square) = found else { return .some(nil) }
        let utf8 = line.utf8
        let openIndex = utf8.index(utf8.startIndex, offsetBy: open)
        let last = utf8.index(before: utf8.endIndex)
        return (line[..<openIndex], line[utf8.index(after: openIndex)..<last], square)
    }

}
