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
        guard let lastByte = line.utf8.last, lastByte == UInt8(ascii: "]") || lastByte == UInt8(ascii: ")"),
              let last = line.last, last == "]" || last == ")" else { return .none }
        let opener: Character = last == "]" ? "[" : "("
        let tail = line.suffix(80)
        guard let open = tail.lastIndex(of: opener) else { return .none }
        let inside = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)]
        let before = line[..<open]
        guard TextShape.wordCount(before) >= 3, (1...6).contains(TextShape.wordCount(inside)),
              inside.contains(where: \.isLetter) else { return .none }
        if opener == "[" { return TextShape.hasLowercase(inside) ? .none : .photoCredit }
        let lower = inside.lowercased()
        if PageChrome.photoCreditWords.contains(where: { TextShape.contains(lower, $0) }) { return .photoCredit }
        let words = lower.split { " -/".contains($0) }
        if words.allSatisfy({ PageChrome.wireWords.contains(String($0)) }) || OutletDetector.outlet(named: String(inside)) != nil
            || !TextShape.hasLowercase(inside) {
            return .wireCredit
        }
        return .none
    }

}
