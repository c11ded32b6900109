/// Small positional helpers over a tokenized sentence, shared by quote attribution and stance detection.
enum Clauses {
    /// The first token after a leading introductory phrase ("On Thursday, ", "Meanwhile, ", "For his part, ").
    static func mainClauseStart(in tokens: [ScannedWord]) -> Int {
        guard let first = tokens.first, first.isWord, Lexicon.introducers.contains(first) else { return 0 }
        let limit = min(tokens.count, 30)
        for index in 1..<max(limit, 1) where tokens[index].is(",") {
            return index + 1
        }
        return 0
    }

    /// Whether the words ending at `index` name both parties: "the two leaders", "both sides", "the two sides’ leaders",
    /// "They", "the two".
    static func isBothSides(endingAt index: Int, in tokens: [ScannedWord], from lowerBound: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        if token.lower == "they" || token.lower == "both" { return true }
        guard Lexicon.bothSidesHeads.contains(token) else { return false }
        if token.lower == "two" {
            return index > lowerBound && tokens[index - 1].lower == "the"
        }
        var cursor = index - 1
        while cursor >= lowerBound, cursor >= index - 4 {
            let candidate = tokens[cursor]
            if candidate.lower == "two" || candidate.lower == "both" { return true }
            if Lexicon.isClauseBreak(candidate) { return false }
            cursor -= 1
        }
        return false
    }

    /// The last person mentioned in the sentences before `index`, with the sentence it is in.
    static func lastPerson(before index: Int, in sentences: [TokenizedSentence]) -> (sentence: Int, mention: EntityMention)? {
        var sentenceIndex = index - 1
        while sentenceIndex >= 0 {
            if let span = sentences[sentenceIndex].spans.last(where: { $0.mention.kind == .person }) {
                return (sentenceIndex, span.mention)
            }
            sentenceIndex -= 1
        }
        return nil
    }
}
