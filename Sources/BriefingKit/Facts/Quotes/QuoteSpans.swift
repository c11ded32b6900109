/// A token in a paragraph: sentence index and token index.
struct TokenPosition: Hashable, Comparable, Sendable {
    var sentence: Int
    var token: Int

    static func < (lhs: TokenPosition, rhs: TokenPosition) -> Bool {
        (lhs.sentence, lhs.token) < (rhs.sentence, rhs.token)
    }
}

/// Where a quotation sits: its opening mark and what ends it.
struct QuoteSpan: Sendable {
    var open: TokenPosition
    /// The closing mark, or the token that ended an unclosed quotation; nil when it runs to the paragraph's end.
    var close: TokenPosition?
    /// Whether `close` is a real closing mark (so text after it can attribute the quote).
    var isClosedByMark: Bool
}

/// Pairs quote marks across the sentences of a paragraph.
///
/// Double quotes: “ opens and ” closes; a straight " toggles. A new “ inside an open quotation ends it there,
/// and a quotation still open at the paragraph's end runs to it (multi-paragraph quotes omit the closing mark).
/// Single quotes count only outside double quotes and within one sentence, and only when clearly quotation marks:
/// the opener follows a space and touches a word, the closer touches the text before it and not a letter after it
/// ("Lee’s" and "leaders’ meeting" are apostrophes).
enum QuoteSpans {
    /// Cheap pre-check: does the sentence contain any double quote mark, or a single one that could open a quotation?
    static func mightContainQuote(_ text: String) -> Bool {
        WordScanner.withUTF8(text) { bytes in
            var last2: UInt8 = 0
            var last1: UInt8 = 0x20
            for byte in bytes {
                if byte == 0x22 || (byte == 0x27 && last1 == 0x20) { return true }
                if (byte == 0x9C || byte == 0x9D || byte == 0x98) && last2 == 0xE2 && last1 == 0x80 { return true }
                last2 = last1
                last1 = byte
            }
            return false
        }
    }

    static func spans(in sentences: [TokenizedSentence]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openDouble: TokenPosition?
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            var openSingle: Int?
            for (tokenIndex, token) in tokens.enumerated() where token.kind == .punctuation {
                let position = TokenPosition(sentence: sentenceIndex, token: tokenIndex)
                switch token.scalar {
                case "\u{201C}":
                    if let open = openDouble {
                        spans.append(QuoteSpan(open: open, close: position, isClosedByMark: false))
                    }
                    openDouble = position
                    openSingle = nil
                case "\u{201D}":
                    if let open = openDouble {
                        spans.append(QuoteSpan(open: open, close: position, isClosedByMark: true))
                        openDouble = nil
                    } else if touchesNext(tokenIndex, in: tokens) {
                        openDouble = position
                        openSingle = nil
                    }
                case "\"":
                    if let open = openDouble {
                        spans.append(QuoteSpan(open: open, close: position, isClosedByMark: true))
                        openDouble = nil
                    } else {
                        openDouble = position
                        openSingle = nil
                    }
                case "\u{2018}", "'", "\u{2019}":
                    guard openDouble == nil else { continue }
                    if let open = openSingle, token.scalar != "\u{2018}", isSingleCloser(tokenIndex, in: tokens) {
                        spans.append(QuoteSpan(open: TokenPosition(sentence: sentenceIndex, token: open),
                                               close: position, isClosedByMark: true))
                        openSingle = nil
                    } else if token.scalar != "\u{2019}", isSingleOpener(tokenIndex, in: tokens) {
                        openSingle = tokenIndex
                    }
                default:
                    continue
                }
            }
        }
        if let open = openDouble {
            spans.append(QuoteSpan(open: open, close: nil, isClosedByMark: false))
        }
        return spans
    }

    private static func touchesNext(_ index: Int, in tokens: [ScannedWord]) -> Bool {
        let next = index + 1
        return next < tokens.count && tokens[next].isWord && tokens[next].range.lowerBound == tokens[index].range.upperBound
    }

    private static func touchesPrevious(_ index: Int, in tokens: [ScannedWord]) -> Bool {
        index > 0 && tokens[index - 1].range.upperBound == tokens[index].range.lowerBound
    }

    private static func isSingleOpener(_ index: Int, in tokens: [ScannedWord]) -> Bool {
        guard touchesNext(index, in: tokens) else { return false }
        guard index > 0, touchesPrevious(index, in: tokens) else { return true }
        let previous = tokens[index - 1]
        return previous.is("(") || previous.is("[") || previous.is("\u{201C}") || previous.is("\"")
    }

    private static func isSingleCloser(_ index: Int, in tokens: [ScannedWord]) -> Bool {
        guard touchesPrevious(index, in: tokens) else { return false }
        let next = index + 1
        return next >= tokens.count || !tokens[next].isWord || tokens[next].range.lowerBound != tokens[index].range.upperBound
    }
}
