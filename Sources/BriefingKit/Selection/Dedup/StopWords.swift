/// A small English stop-word list, matched by FNV-1a hash of the lowercased, folded token.
///
/// Only function words and the reporting verb "say"; content words that are merely common
/// in news ("leaders", "agreed", "cooperation") stay and are down-weighted by IDF instead.
enum StopWords {
    static let words: [String] = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
        "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
        "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
        "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "whom", "why", "will", "with", "would", "you", "your", "said", "says", "say",
    ]

    /// The FNV-1a hashes of `words`: a hash in the table is a stop word's.
    static let table = WordHashTable(words.map { StableHash.fnv1a($0) })
}
