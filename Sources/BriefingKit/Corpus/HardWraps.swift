/// Rejoins prose that a mail client, a terminal or a wire feed wrapped at a fixed width, so that
/// a paragraph is one line again and its sentences are whole.
///
/// A page counts as wrapped when at least `minimumEvidence` of its lines of 40 to 100 characters
/// stop in the middle of a sentence (`endsMidSentence`) and the next line goes on
/// in lower case. On such a page, a line of 40 to 100 characters is joined to the next non-empty
/// line when that one goes on in lower case, or when the line stops mid-sentence and fills at least
/// `fullShare` of the page's width (a wrap before a name: "held talks with" / "President Lee"); a
/// run joined across capitals must end a sentence, a credit or a signature, as a list of headlines
/// never does. A line that ends a sentence is not joined to a capital, so a headline, byline or
/// single-line paragraph stays its own line; a wrap that falls at the end of a sentence splits a
/// paragraph there, and its sentences stay whole. A bracketed credit or a signature wrapped onto a
/// line of its own ("(Presidential office)", "— VNA/VNS") goes back to the end of its paragraph.
/// Other pages are returned as they are, after one look at the ends of their lines.
enum HardWraps {
    /// Lines shorter than this are headings, credits or the last line of a paragraph: never joined, nor evidence.
    static let narrowest = 40
    /// Lines longer than this are paragraphs as written, not wrapped ones.
    static let widest = 100
    static let minimumEvidence = 3
    static let fullShare = 0.7

    static func joined(_ lines: [String]) -> [String] {
        var evidence = 0
        var width = 0
        for index in lines.indices.dropLast() where continues(lines[index], into: lines[index + 1]) {
            let length = lines[index].unicodeScalars.count
            guard length >= narrowest && length <= widest else { continue }
            evidence += 1
            width = max(width, length)
        }
        guard evidence >= minimumEvidence else { return lines }
        let full = Int((Double(width) * fullShare).rounded(.up))
        var result: [String] = []
        result.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            var end = run(from: index, in: lines, full: full)
            var line = join(lines[index..<end])
            // A run joined across capitals must end a sentence or a credit, or close with a signature
            // ("… Movement. — VNA/VNS"): a list of headlines never does.
            if end > index + 1 && !endsSentence(lines[end - 1]) && DatelineParser.stripClosing(line) == nil {
                end = run(from: index, in: lines, full: nil)
                line = join(lines[index..<end])
            }
            result.append(line)
            index = end
        }
        return result
    }

    private static func join(_ run: ArraySlice<String>) -> String {
        var line = run.first ?? ""
        for next in run.dropFirst() {
            // "long-" / "term" is one word again; any other wrap was a space.
            if line.utf8.last == UInt8(ascii: "-") { line += next } else { line += " " + next }
        }
        return line
    }

    /// The end of the run of lines from `start` that make one paragraph: each wrapped line stops
    /// mid-sentence, and the next goes on in lower case, or (with `full`) after a line at least that wide.
    private static func run(from start: Int, in lines: [String], full: Int?) -> Int {
        var end = start + 1
        var bytes = lines[start].utf8.count
        while end < lines.count, !lines[end].isEmpty, bytes + lines[end].utf8.count < PageLines.maxLineBytes {
            let length = lines[end - 1].unicodeScalars.count
            // A caption's credit wrapped onto a line of its own goes back to the end of the caption.
            let credit = isCredit(lines[end]) && (end > start + 1 || length >= narrowest)
            if !credit {
                guard length >= narrowest, length <= widest else { break }
                // No sentence starts in lower case, whatever the line before ends with ("in-laws.’" / "saying").
                let carriesOn = startsLowercase(lines[end])
                    || endsMidSentence(lines[end - 1]) && full.map({ length >= $0 }) == true
                guard carriesOn else { break }
            }
            bytes += lines[end].utf8.count + 1
            end += 1
            if credit { break }
        }
        return end
    }

    /// A short line that is all one bracketed credit ("(Presidential office)", "[YONHAP]") or a
    /// closing signature ("— VNA/VNS").
    private static func isCredit(_ line: String) -> Bool {
        guard let first = line.utf8.first, let last = line.utf8.last, line.utf8.count < narrowest else { return false }
        if first == UInt8(ascii: "(") && last == UInt8(ascii: ")") || first == UInt8(ascii: "[") && last == UInt8(ascii: "]") { return true }
        return DatelineParser.stripClosing(line)?.text.isEmpty == true
    }

    /// Whether `line` stops mid-sentence and `next` carries on in lower case: the mark of a wrap.
    private static func continues(_ line: String, into next: String) -> Bool {
        // The cheap test first: most lines of most pages are followed by a blank or a capital.
        guard let first = next.utf8.first, first >= 0x61 && first <= 0x7A || first >= 0x80 || first >= 0x30 && first <= 0x39 else {
            return false
        }
        return endsMidSentence(line) && startsLowercase(next)
    }

    /// A line whose last character cannot end a sentence: a letter, a digit, a comma, semicolon,
    /// colon or dash, the apostrophe of a plural ("Leaders’"), a quote closed on a comma ("…community,”"
    /// / "Lee said."), or a bracket closed mid-sentence ("(RoK)" / "Lee Jae-myung", not "12. [YONHAP]").
    private static func endsMidSentence(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let last = scalars.last else { return false }
        switch last {
        case ",", ";", ":", "-", "\u{2013}", "\u{2014}": return true
        case "'", "\u{2019}": return scalars.dropLast().last.map { $0 == "s" || $0 == "," } == true
        case "\"", "\u{201D}": return scalars.dropLast().last == ","
        case ")", "]":
            let opening: Unicode.Scalar = last == ")" ? "(" : "["
            guard let open = scalars.lastIndex(of: opening) else { return false }
            guard let before = scalars[..<open].last(where: { $0 != " " }) else { return false }
            return !sentenceEnds.contains(before)
        default: return last.properties.isAlphabetic || ("0"..."9").contains(last)
        }
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\u{201D}", "\"", "\u{2019}", "'", "\u{2026}"]

    /// A line whose last character closes a sentence or a credit: a stop, a question or exclamation
    /// mark, a closing quote or bracket ("[JOINT PRESS CORPS]", "(Yonhap)").
    private static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return sentenceEnds.contains(last) || last == ")" || last == "]"
    }

    private static func startsLowercase(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return first.properties.isLowercase || ("0"..."9").contains(first)
    }
}
