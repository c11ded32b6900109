/// Just enough English noun morphology to name what a number counts.
enum Nouns {
    private static let irregular = WordTable<String>([
        "people": "person", "children": "child", "men": "man", "women": "woman", "staff": "staff", "personnel": "personnel",
    ])
    private static let notPlural = WordTable([
        "is", "was", "has", "as", "this", "its", "us", "his", "hers", "yes", "less", "unless", "thus", "news", "series",
        "species", "means", "politics", "economics", "status", "across", "plus", "whereas", "does", "perhaps", "always",
    ])

    /// Nouns an ordinal may count ("fifth phone call", "30th anniversary"); titles like "President" are absent.
    private static let countable = WordTable([
        "call", "conversation", "meeting", "talk", "summit", "anniversary", "visit", "trip", "round", "session",
        "time", "term", "edition", "congress", "plenum", "election", "forum", "dialogue", "consultation",
        "phone", "videoconference", "conference", "exchange", "tour", "day",
    ])

    /// Words that end a noun phrase search.
    private static let stopWords = WordTable([
        "the", "a", "an", "of", "and", "or", "in", "to", "with", "for", "on", "at", "by", "from", "as", "is", "are",
        "was", "were", "that", "which", "who", "since", "than", "per", "between", "into", "over", "under", "after",
        "before", "during", "its", "their", "his", "her", "this", "these", "those", "it", "be", "been", "have", "has",
    ])

    static func isPlural(_ word: String) -> Bool {
        if irregular[word] != nil { return true }
        guard word.utf8.count > 2, word.utf8.last == UInt8(ascii: "s"), !notPlural.contains(word) else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    static func singular(_ word: String) -> String {
        if let form = irregular[word] { return form }
        guard isPlural(word) else { return word }
        if word.hasSuffix("ies"), word.utf8.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        return String(word.dropLast(1))
    }

    static func isCountable(_ singularWord: String) -> Bool { countable.contains(singularWord) }

    static func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

    /// The noun phrase counted by a number ending just before `index`: up to three words ending
    /// in a plural (or, with `countableOnly`, a countable) head. Returns the singular phrase and its last token.
    static func countedPhrase(_ tokens: [SentenceToken], from index: Int, countableOnly: Bool, allowSingular: Bool)
        -> (unit: String, last: Int)? {
        var words: [String] = []
        var position = index
        while position < tokens.count, words.count < 3 {
            let token = tokens[position]
            guard token.isWord, !stopWords.contains(tokens, position), NumberWords.cardinal(tokens, position) == nil else { return nil }
            if position > index, token.isJoined { return nil }
            let head = singular(token.text)
            let plural = isPlural(token.text)
            let nextIsWord = position + 1 < tokens.count && tokens[position + 1].isWord
                && !tokens[position + 1].isJoined && !isStopWord(tokens[position + 1].text)
            let nextHead = nextIsWord ? singular(tokens[position + 1].text) : ""
            let nextCounts = nextIsWord && (isCountable(nextHead) || isPlural(tokens[position + 1].text))
            if countableOnly {
                if isCountable(head), !(nextCounts && words.count < 2) {
                    return ((words + [head]).joined(separator: " "), position)
                }
            } else if plural || (allowSingular && isCountable(head) && !nextCounts) {
                return ((words + [head]).joined(separator: " "), position)
            }
            words.append(token.text)
            position += 1
        }
        return nil
    }
}
