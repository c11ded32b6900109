/// Finds quoted speech in a paragraph and attributes it to a speaker.
///
/// Rules:
/// - Quotations use “…”, "…" or, when clearly quotation marks, ‘…’ (see `QuoteSpans`); one may span sentences.
/// - Scare quotes are not speech: a quotation of fewer than four words ("key partner", "no plans") is skipped.
/// - Attribution is looked for, in order: just before the opening mark in its sentence ("Lee said, “…”",
///   "an official … told reporters, “…”"), just after the closing mark ("“…,” Kang told reporters",
///   "…, said Kang Yu-jung", "…, according to …"), a previous sentence ending in a colon, then a short
///   attribution opening the next sentence. Unattributed quotations are kept with no speaker.
/// - The speaker is the person mention nearest the verb on its subject side, else an entity mention heading that
///   phrase, else a capitalised name (titles dropped) or the noun phrase as written. "he"/"she" is the last person
///   mentioned in the paragraph's earlier sentences, named as that mention is written.
public struct QuoteExtractor: Sendable {
    /// Quotations shorter than this many words are scare quotes.
    public static let minimumWords = 4

    private static let headReach = 8
    private static let tailReach = 8

    public init() {}

    /// Quotes in one paragraph, given its sentences (in order) and each sentence's entity mentions.
    public func quotes(in sentences: [String], mentions: [[EntityMention]]) -> [Quote] {
        quotes(in: sentences) { index in
            TokenizedSentence(sentences[index], mentions: index < mentions.count ? mentions[index] : [])
        }
    }

    /// As `quotes(in:mentions:)`, with `tokenized(i)` giving sentence i's tokens and mentions, asked for only
    /// when some sentence may hold a quote (the stance detector may have tokenized it already).
    func quotes(in sentences: [String], tokenized: (Int) -> TokenizedSentence) -> [Quote] {
        guard sentences.contains(where: QuoteSpans.mightContainQuote) else { return [] }
        let tokenized = sentences.indices.map(tokenized)
        let spans = QuoteSpans.spans(in: tokenized).filter { wordCount(of: $0, in: tokenized) >= Self.minimumWords }
        let lastSentences = spans.map { lastSentence(of: $0, count: tokenized.count) }
        let texts = spans.indices.map { text(of: spans[$0], lastSentence: lastSentences[$0], in: tokenized) }
        var quotes: [Quote] = []
        quotes.reserveCapacity(spans.count)
        // Whether the quote before goes on in this one: "…,” Lee said, “and we will meet again."
        var continuesPrevious = false
        for (index, span) in spans.enumerated() {
            let previous = index > 0 ? spans[index - 1] : nil
            let next = index + 1 < spans.count ? spans[index + 1] : nil
            let lastSentence = lastSentences[index]
            let attribution = attribution(of: span, lastSentence: lastSentence, previous: previous, next: next,
                                          in: tokenized)
            let continued = next.map { $0.open.sentence == span.close?.sentence && texts[index + 1].text.first?.isLowercase == true } ?? false
            let quote = Quote(text: Self.standalone(texts[index], continued: continued),
                              speakerName: attribution?.name, speakerEntityID: attribution?.entityID,
                              sentenceIndices: span.open.sentence...lastSentence)
            if continuesPrevious, let last = quotes.last, let joined = Self.joined(last, quote, comma: texts[index - 1].endedInComma) {
                quotes[quotes.count - 1] = joined
            } else {
                quotes.append(quote)
            }
            continuesPrevious = continued
        }
        return quotes
    }

    /// One speaker's sentence split by its attribution, quoted whole: "“We agreed to expand cooperation,” Lee said,
    /// “and we will meet again.”" → "We agreed to expand cooperation, and we will meet again."; nil when the two
    /// halves name different speakers.
    private static func joined(_ first: Quote, _ second: Quote, comma: Bool) -> Quote? {
        let sameSpeaker = second.speakerName == nil
            || (first.speakerEntityID != nil ? first.speakerEntityID == second.speakerEntityID : first.speakerName == second.speakerName)
        guard sameSpeaker else { return nil }
        var quote = first
        quote.text += (comma ? ", " : " ") + second.text
        if quote.speakerName == nil { (quote.speakerName, quote.speakerEntityID) = (second.speakerName, second.speakerEntityID) }
        quote.sentenceIndices = first.sentenceIndices.lowerBound...max(first.sentenceIndices.upperBound, second.sentenceIndices.upperBound)
        return quote
    }

    /// "“We agreed,” Lee said": the speaker's sentence ends where the attribution takes over, so a quotation
    /// that opens on a capital and ended in a comma ends in a full stop, unless the sentence goes on in a
    /// second quotation after the attribution ("…,” Lee said, “and we will meet again").
    private static func standalone(_ quoted: (text: String, endedInComma: Bool), continued: Bool) -> String {
        guard quoted.endedInComma, !continued, quoted.text.first?.isUppercase == true,
              let last = quoted.text.last, !".!?…".contains(last) else { return quoted.text }
        return quoted.text + "."
    }

    private func lastSentence(of span: QuoteSpan, count: Int) -> Int {
        guard let close = span.close else { return count - 1 }
        return close.token == 0 && close.sentence > span.open.sentence ? close.sentence - 1 : close.sentence
    }

    private func wordCount(of span: QuoteSpan, in sentences: [TokenizedSentence]) -> Int {
        var count = 0
        var position = TokenPosition(sentence: span.open.sentence, token: span.open.token + 1)
        while position.sentence < sentences.count {
            if let close = span.close, position >= close { break }
            let tokens = sentences[position.sentence].tokens
            if position.token >= tokens.count {
                position = TokenPosition(sentence: position.sentence + 1, token: 0)
                continue
            }
            if tokens[position.token].isWord {
                count += 1
                if count >= Self.minimumWords { return count }
            }
            position.token += 1
        }
        return count
    }

    /// The quoted words, trimmed, and whether a comma before the attribution was trimmed from their end.
    private func text(of span: QuoteSpan, lastSentence: Int, in sentences: [TokenizedSentence])
        -> (text: String, endedInComma: Bool) {
        var pieces: [Substring] = []
        for index in span.open.sentence...lastSentence {
            let sentence = sentences[index]
            let start = index == span.open.sentence ? sentence.tokens[span.open.token].range.upperBound : sentence.text.startIndex
            var end = sentence.text.endIndex
            if let close = span.close, close.sentence == index {
                end = sentence.tokens[close.token].range.lowerBound
            }
            if start < end { pieces.append(sentence.text[start..<end]) }
        }
        var text = pieces.joined(separator: " ")
        var endedInComma = false
        while let last = text.last, last.isWhitespace || last == "," {
            if last == "," { endedInComma = true }
            text.removeLast()
        }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return (text, endedInComma)
    }

    private func attribution(of span: QuoteSpan, lastSentence: Int, previous: QuoteSpan?, next: QuoteSpan?,
                             in sentences: [TokenizedSentence]) -> Attribution? {
        let openSentence = span.open.sentence
        var headStart = 0
        if let close = previous?.close, close.sentence == openSentence { headStart = min(close.token + 1, span.open.token) }
        if let found = headAttribution(in: headStart..<span.open.token, sentence: openSentence, in: sentences) {
            return found
        }
        if let close = span.close, span.isClosedByMark {
            let tokens = sentences[close.sentence].tokens
            var tailEnd = tokens.count
            var nextNeedsHead = false
            if let next, next.open.sentence == close.sentence {
                tailEnd = next.open.token
                nextNeedsHead = endsSentence(span, in: sentences)
            }
            if let found = tailAttribution(in: (close.token + 1)..<tailEnd, sentence: close.sentence, in: sentences,
                                           yieldingToNextQuote: nextNeedsHead) {
                return found
            }
            if tokens[(close.token + 1)..<tailEnd].contains(where: \.isWord) { return nil }
        }
        if openSentence > 0, span.open.token == 0, let colon = sentences[openSentence - 1].tokens.last, colon.is(":") {
            let count = sentences[openSentence - 1].tokens.count
            if let found = headAttribution(in: 0..<count, sentence: openSentence - 1, in: sentences) { return found }
        }
        let following = lastSentence + 1
        if span.close != nil, following < sentences.count,
           !sentences[following].tokens.contains(where: { isQuoteMark($0) }) {
            return tailAttribution(in: 0..<sentences[following].tokens.count, sentence: following, in: sentences,
                                   yieldingToNextQuote: false)
        }
        return nil
    }

    /// The last attribution verb shortly before the opening mark.
    private func headAttribution(in segment: Range<Int>, sentence index: Int,
                                 in sentences: [TokenizedSentence]) -> Attribution? {
        let tokens = sentences[index].tokens
        var words = 0
        var cursor = segment.upperBound - 1
        while cursor >= segment.lowerBound {
            let token = tokens[cursor]
            if token.is(".") || token.is("!") || token.is("?") { return nil }
            if let verb = AttributionReader.verb(at: cursor, in: tokens) ?? verbEnding(at: cursor, in: tokens) {
                return AttributionReader.speaker(verb: verb, segment: segment, sentenceIndex: index, in: sentences)
            }
            if token.isWord {
                words += 1
                if words > Self.headReach { return nil }
            }
            cursor -= 1
        }
        return nil
    }

    /// An attribution verb right after the closing mark, with at most a short subject and no comma before it.
    private func tailAttribution(in segment: Range<Int>, sentence index: Int, in sentences: [TokenizedSentence],
                                 yieldingToNextQuote: Bool) -> Attribution? {
        let tokens = sentences[index].tokens
        var cursor = segment.lowerBound
        while cursor < segment.upperBound, !tokens[cursor].isWord { cursor += 1 }
        var words = 0
        while cursor < segment.upperBound, words <= Self.tailReach {
            let token = tokens[cursor]
            if let verb = AttributionReader.verb(at: cursor, in: tokens) {
                if yieldingToNextQuote,
                   !tokens[min(verb.upperBound + 1, segment.upperBound)..<segment.upperBound].contains(where: \.isWord) {
                    return nil
                }
                return AttributionReader.speaker(verb: verb, segment: segment, sentenceIndex: index, in: sentences)
            }
            if !token.isWord, !token.is("’"), !token.is("'"), !token.is("-") { return nil }
            words += 1
            cursor += 1
        }
        return nil
    }

    private func verbEnding(at index: Int, in tokens: [ScannedWord]) -> ClosedRange<Int>? {
        guard index > 0, tokens[index].lower == "to" else { return nil }
        return AttributionReader.verb(at: index - 1, in: tokens)
    }

    private func endsSentence(_ span: QuoteSpan, in sentences: [TokenizedSentence]) -> Bool {
        guard let close = span.close, close.token > 0 else { return false }
        let last = sentences[close.sentence].tokens[close.token - 1]
        return last.is(".") || last.is("!") || last.is("?")
    }

    private func isQuoteMark(_ token: ScannedWord) -> Bool {
        token.is("\"") || token.is("\u{201C}") || token.is("\u{201D}")
    }
}
