/// Who a quotation is attributed to.
struct Attribution: Sendable {
    var name: String?
    var entityID: String?
}

/// Finds and reads attribution phrases ("Lee said", "said Kang Yu-jung", "according to ...").
enum AttributionReader {
    static let verbs = WordTable([
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
        "replied", "replies", "asked", "asks", "emphasized", "emphasised", "stated", "explained", "remarked",
        "insisted", "declared", "wrote", "answered", "responded",
    ])

    private static let anonymousPronouns = WordTable(["it", "they", "we", "i", "this", "you"])

    private static let postVerbStops = WordTable([
        "on", "in", "at", "during", "after", "before", "while", "adding", "who", "that", "when", "as",
    ])

    /// The token span of an attribution verb starting at `index`, if there is one.
    static func verb(at index: Int, in tokens: [ScannedWord]) -> ClosedRange<Int>? {
        let token = tokens[index]
        guard token.isWord else { return nil }
        if verbs.contains(token) { return index...index }
        if token.lower == "according", index + 1 < tokens.count, tokens[index + 1].lower == "to" { return index...(index + 1) }
        return nil
    }

    /// The speaker of the attribution verb at `verb`, reading only tokens in `segment`.
    static func speaker(verb: ClosedRange<Int>, segment: Range<Int>, sentenceIndex: Int,
                        in sentences: [TokenizedSentence]) -> Attribution {
        let sentence = sentences[sentenceIndex]
        let tokens = sentence.tokens
        if tokens[verb.lowerBound].lower != "according" {
            var head = verb.lowerBound - 1
            while head >= segment.lowerBound, Lexicon.isAdverb(tokens[head]) { head -= 1 }
            var start = head
            while start >= segment.lowerBound, head - start < 10, !Lexicon.isClauseBreak(tokens[start]),
                  tokens[start].lower != "and" {
                start -= 1
            }
            if start < head {
                return subject(start + 1...head, sentenceIndex: sentenceIndex, in: sentences, preferLast: true)
            }
            if start >= segment.lowerBound, start == head, tokens[start].lower == "and" {
                if let main = mainSubject(in: sentence, before: start) {
                    return subject(main, sentenceIndex: sentenceIndex, in: sentences, preferLast: true)
                }
            }
        }
        var end = verb.upperBound + 1
        let phraseStart = end
        while end < segment.upperBound, end - phraseStart < 10, !Lexicon.isClauseBreak(tokens[end]),
              !(end > phraseStart && postVerbStops.contains(tokens, end)) {
            end += 1
        }
        guard end > phraseStart else { return Attribution(name: nil, entityID: nil) }
        return subject(phraseStart...(end - 1), sentenceIndex: sentenceIndex, in: sentences, preferLast: false)
    }

    /// The subject noun phrase of the sentence's main clause, if it starts the clause and ends before `limit`.
    private static func mainSubject(in sentence: TokenizedSentence, before limit: Int) -> ClosedRange<Int>? {
        let start = Clauses.mainClauseStart(in: sentence.tokens)
        guard start < limit else { return nil }
        if let span = sentence.span(startingAt: start), span.last < limit { return span.first...span.last }
        var end = start
        while end + 1 < limit, sentence.tokens[end + 1].isWord, sentence.tokens[end + 1].isCapitalized { end += 1 }
        return sentence.tokens[start].isWord ? start...end : nil
    }

    /// The speaker named by `phrase`: a pronoun's antecedent, a person mention (not a possessive, not the object of a
    /// preposition after the head: "an aide to Lee"), an entity mention heading the phrase, else the words as written.
    private static func subject(_ phrase: ClosedRange<Int>, sentenceIndex: Int, in sentences: [TokenizedSentence],
                                preferLast: Bool) -> Attribution {
        let sentence = sentences[sentenceIndex]
        let tokens = sentence.tokens
        if phrase.count == 1 {
            let word = tokens[phrase.lowerBound]
            if Lexicon.personPronouns.contains(word) {
                if let person = Clauses.lastPerson(before: sentenceIndex, in: sentences) {
                    let text = sentences[person.sentence].text[person.mention.range]
                    return Attribution(name: String(text), entityID: person.mention.entityID)
                }
                return Attribution(name: sentence.text(of: phrase), entityID: nil)
            }
            if anonymousPronouns.contains(word) { return Attribution(name: nil, entityID: nil) }
        }
        let inside = sentence.spans.filter { span in
            phrase.contains(span.first) && phrase.contains(span.last) && !span.isPossessive
                && !(span.first > phrase.lowerBound + 1 && Lexicon.prepositions.contains(tokens, span.first - 1))
        }
        let people = inside.filter { $0.mention.kind == .person }
        let chosen = (preferLast ? people.last : people.first) ?? inside.first { $0.last == phrase.upperBound }
        if let chosen {
            return Attribution(name: sentence.text(of: chosen.first...chosen.last), entityID: chosen.mention.entityID)
        }
        return Attribution(name: name(from: phrase, in: sentence), entityID: nil)
    }

    /// A trailing capitalised name without its titles ("presidential spokesperson Kang Yu-jung" → "Kang Yu-jung"),
    /// else the whole phrase as written (also when the name is a preposition's object: "an aide to Lee").
    private static func name(from phrase: ClosedRange<Int>, in sentence: TokenizedSentence) -> String {
        let tokens = sentence.tokens
        guard tokens[phrase.upperBound].isCapitalized else { return sentence.text(of: phrase) }
        var start = phrase.upperBound
        while start > phrase.lowerBound, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
        if start > phrase.lowerBound, Lexicon.prepositions.contains(tokens, start - 1) {
            return sentence.text(of: phrase)
        }
        while start < phrase.upperBound, Lexicon.titles.contains(tokens, start) { start += 1 }
        return sentence.text(of: start...phrase.upperBound)
    }
}
