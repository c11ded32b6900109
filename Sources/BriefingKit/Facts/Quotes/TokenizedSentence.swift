/// An entity mention located on token positions.
struct MentionSpan: Sendable {
    var mention: EntityMention
    var first: Int
    var last: Int
    /// Followed by a possessive ("Lee’s office"), so a modifier rather than a subject.
    var isPossessive: Bool
}

/// A sentence with its tokens and its entity mentions mapped onto them.
struct TokenizedSentence: Sendable {
    let text: String
    let tokens: [ScannedWord]
    /// Sorted by first token.
    let spans: [MentionSpan]

    init(_ text: String, mentions: [EntityMention]) {
        self.text = text
        let tokens = WordScanner.tokens(in: text)
        self.tokens = tokens
        var spans: [MentionSpan] = []
        spans.reserveCapacity(mentions.count)
        for mention in mentions {
            guard let first = tokens.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }),
                  let last = tokens.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }),
                  first <= last
            else { continue }
            spans.append(MentionSpan(mention: mention, first: first, last: last,
                                     isPossessive: Self.isPossessive(mention.range, lastToken: last, in: text, tokens: tokens)))
        }
        spans.sort { $0.first < $1.first }
        self.spans = spans
    }

    func span(endingAt index: Int) -> MentionSpan? {
        spans.last { $0.last == index }
    }

    func span(startingAt index: Int) -> MentionSpan? {
        spans.first { $0.first == index }
    }

    func text(of range: ClosedRange<Int>) -> String {
        String(text[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound].range.upperBound])
    }

    private static func isPossessive(_ range: Range<String.Index>, lastToken: Int, in text: String, tokens: [ScannedWord]) -> Bool {
        let tokenEnd = tokens[lastToken].range.upperBound
        if range.upperBound < tokenEnd {
            let rest = text[range.upperBound..<tokenEnd]
            return rest == "’s" || rest == "'s" || rest == "’" || rest == "'"
        }
        let next = lastToken + 1
        return next < tokens.count && (tokens[next].is("’") || tokens[next].is("'"))
            && tokens[next].range.lowerBound == tokenEnd
    }
}
