/// Closed word classes shared by the quote and stance scanners (all lowercase).
enum Lexicon {
    /// Words that may sit between a subject and its verb: "Lee also said", "Cường sincerely thanked".
    static let adverbsAndAuxiliaries = WordTable([
        "also", "further", "then", "later", "again", "once", "previously", "earlier", "already", "first",
        "had", "has", "have", "will", "would", "could", "should", "can", "may", "might", "shall", "did", "do", "does",
        "all", "each", "together", "subsequently", "however", "meanwhile", "respectively", "reportedly",
    ])

    static let negations = WordTable(["not", "never", "n’t", "n't", "no"])

    static let beForms = WordTable(["is", "are", "was", "were", "be", "been", "being"])

    static let determiners = WordTable([
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "some", "such",
    ])

    static let prepositions = WordTable([
        "with", "to", "of", "for", "from", "in", "on", "at", "by", "about", "between", "among", "into", "toward",
        "towards", "during", "after", "before", "than", "over", "under", "including", "via", "across", "behind",
    ])

    /// Words that start an introductory phrase ending at the first comma: "On Thursday, Lee ...".
    static let introducers = WordTable([
        "on", "in", "at", "during", "after", "before", "meanwhile", "also", "earlier", "later", "following", "for",
        "with", "while", "speaking", "according", "separately", "furthermore", "moreover", "however", "additionally",
        "besides", "under", "regarding", "as", "through", "within", "from", "since", "when", "upon", "amid",
        "despite", "by", "last", "this", "next", "prior", "addition", "notably", "then", "yesterday", "today",
    ])

    /// Words that end a clause when scanning back from a verb.
    static let clauseWords = WordTable([
        "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "if",
        "when", "where", "so", "but", "as",
    ])

    /// Plural heads that, after "two" or "both", name both parties: "the two leaders", "both sides".
    static let bothSidesHeads = WordTable([
        "leaders", "sides", "countries", "nations", "presidents", "governments", "delegations", "parties", "heads",
        "ministers", "states", "premiers", "counterparts", "two", "both",
    ])

    /// Titles dropped from the front of a capitalised name written without a configured entity.
    static let titles = WordTable([
        "president", "prime", "minister", "foreign", "deputy", "vice", "spokesperson", "spokesman", "spokeswoman",
        "general", "secretary", "chairman", "chairwoman", "chair", "ambassador", "state", "mr", "ms", "mrs", "dr",
        "premier", "chief", "party", "communist", "senior", "former", "acting", "presidential", "director",
    ])

    static let personPronouns = WordTable(["he", "she"])

    static func isAdverb(_ token: ScannedWord) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        return adverbsAndAuxiliaries.contains(token)
            || (token.lower.count > 4 && token.lower.hasSuffix("ly") && token.lower != "only" && token.lower != "family")
    }

    /// Punctuation that closes off a clause for backward scans.
    static func isClauseBreak(_ token: ScannedWord) -> Bool {
        guard token.kind == .punctuation else { return clauseWords.contains(token) }
        switch token.scalar {
        case ",", ";", ":", "(", ")", "[", "]", "\u{2014}", "\u{2013}", ".", "!", "?",
             "\"", "\u{201C}", "\u{201D}", "\u{2018}":
            return true
        default:
            return false
        }
    }
}
