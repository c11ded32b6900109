/// Recognizes a line that states when the page was published or updated.
///
/// Handles labels ("Published:", "Posted :", "Updated", "Last updated", "Date:"), several labelled
/// stamps on one line ("Posted : … Updated : …"), unlabelled stamps ("June 8, 2022 - 17:20"), and
/// text around them that may hold a byline ("June 8, 2022 - 17:20 By Shin Ji-hye",
/// "By Shin Ji-hye Published : June 8, 2022"). A line with more than four other words is prose, not a
/// publication line.
enum PublicationLineParser {
    struct Line: Equatable {
        var published: ArticleTimestamp?
        var updated: ArticleTimestamp?
        /// Whether `published` came with a label such as "Published:".
        var publishedIsLabelled: Bool
        /// Text before and after the stamps, e.g. a byline; empty when none.
        var leading: String
        var trailing: String
    }

    private enum Label { case published, updated }

    private static let publishedWords = WordTable([
        "published", "posted", "created", "issued", "released", "uploaded", "date", "input", "dated",
    ])
    private static let updatedWords = WordTable(["updated", "modified", "revised", "edited"])
    private static let leadingLabelWords = WordTable(["last", "first", "date", "originally"])
    private static let maxBytes = 240
    private static let maxLeadingTokens = 10

    static func parse(_ line: String, hint: CalendarDate?) -> Line? {
        guard !line.isEmpty, line.utf8.count <= maxBytes, hasYear(line) else { return nil }
        let tokens = DateToken.tokenize(line)
        guard !tokens.isEmpty else { return nil }
        if let parsed = parse(tokens, from: 0, line: line, hint: hint) { return parsed }
        // A byline or other short text may come before the first label.
        for start in 1..<min(tokens.count, maxLeadingTokens) where label(tokens, at: start) != nil {
            return parse(tokens, from: start, line: line, hint: hint)
        }
        return nil
    }

    private static func parse(_ tokens: [DateToken], from start: Int, line: String, hint: CalendarDate?) -> Line? {
        var result = Line(published: nil, updated: nil, publishedIsLabelled: false, leading: "", trailing: "")
        var index = start
        var sawStamp = false
        while index < tokens.count {
            let labelled = label(tokens, at: index)
            var cursor = labelled?.end ?? index
            while let mark = tokens[safe: cursor]?.mark, mark == ":" || mark == "-" { cursor += 1 }
            if let word = tokens[safe: cursor]?.word, word == "on" || word == "at" { cursor += 1 }
            guard let match = TimestampParser.parse(tokens, at: cursor, hint: hint) else { break }
            sawStamp = true
            switch labelled?.kind {
            case .updated?:
                if result.updated == nil { result.updated = match.timestamp }
            case .published?:
                if result.published == nil || !result.publishedIsLabelled {
                    result.published = match.timestamp
                    result.publishedIsLabelled = true
                }
            case nil:
                if result.published == nil { result.published = match.timestamp }
            }
            index = match.end
            while let mark = tokens[safe: index]?.mark, "|,;/\u{00B7}\u{2022}-\u{2013}\u{2014}".contains(mark) {
                index += 1
            }
            guard label(tokens, at: index) != nil else { break }
        }
        guard sawStamp else { return nil }
        if start > 0 { result.leading = String(line[..<tokens[start].range.lowerBound].trimmingSpaces()) }
        if index < tokens.count { result.trailing = String(line[tokens[index].range.lowerBound...].trimmingSpaces()) }
        guard isShortOrByline(result.leading), isShortOrByline(result.trailing) else { return nil }
        return result
    }

    /// A run of exactly four ASCII digits: every date form read here has a four-digit year.
    static func hasYear(_ line: String) -> Bool {
        UTF8Scalars.withBytes(of: line) { bytes in
            var run = 0
            for byte in bytes {
                if byte >= 0x30 && byte <= 0x39 {
                    run += 1
                } else {
                    if run == 4 { return true }
                    run = 0
                }
            }
            return run == 4
        }
    }

    private static func isShortOrByline(_ text: String) -> Bool {
        text.isEmpty || TextShape.wordCount(text) <= 4 || TextShape.hasPrefixIgnoringCase(text, "by")
    }

    private static func label(_ tokens: [DateToken], at index: Int) -> (kind: Label, end: Int)? {
        guard var word = tokens[safe: index]?.word else { return nil }
        var cursor = index
        if leadingLabelWords.contains(word), let next = tokens[safe: index + 1]?.word,
           publishedWords.contains(next) || updatedWords.contains(next) {
            cursor += 1
            word = next
        }
        if updatedWords.contains(word) { return (.updated, cursor + 1) }
        if publishedWords.contains(word) { return (.published, cursor + 1) }
        return nil
    }
}
