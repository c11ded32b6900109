/// Decides whether body text is English by the share of common English function words.
///
/// Word tokens are runs of letters (any non-ASCII character but general punctuation counts as a letter). English news prose runs at roughly 35–50% function words from the
/// list below; other Latin-script languages score under 8% and non-Latin scripts near 0%. Text is
/// English when the share is at least 15% (`threshold`). With fewer than 20 tokens (`minimumTokens`)
/// the language is undetermined ("und"). Only the first 3,000 tokens are counted.
enum LanguageDetector {
    enum Verdict: Equatable {
        case english(share: Double)
        case notEnglish(share: Double, tokens: Int)
        case undetermined
    }

    static let threshold = 0.15
    static let minimumTokens = 20
    static let maximumTokens = 3_000

    /// Function words, at most eight letters each (they are matched as packed ASCII).
    static let stopWords: Set<String> = [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "as", "was", "by", "at", "it",
        "from", "be", "this", "are", "have", "has", "had", "an", "or", "not", "but", "which", "were", "their",
        "its", "they", "he", "his", "she", "her", "will", "would", "said", "been", "also", "who", "more", "than",
        "after", "into", "about", "over", "we", "our", "can", "there", "all", "other", "between", "these",
        "those", "while", "such", "during", "both", "should", "could", "i", "you", "them", "when",
    ]

    private static let packedStopWords = WordHashTable(stopWords.map { pack(Array($0.utf8)) })

    /// Up to eight lowercase ASCII letters packed into one integer.
    private static func pack(_ letters: [UInt8]) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func judge(_ paragraphs: [String]) -> Verdict {
        var counter = Counter(stopWords: packedStopWords)
        for paragraph in paragraphs {
            if UTF8Scalars.withBytes(of: paragraph, { counter.count($0) }) { break }
        }
        let tokens = counter.tokens, hits = counter.hits
        guard tokens >= minimumTokens else { return .undetermined }
        let share = Double(hits) / Double(tokens)
        return share >= threshold ? .english(share: share) : .notEnglish(share: share, tokens: tokens)
    }

    /// Counts tokens and function-word hits across paragraphs.
    private struct Counter {
        let stopWords: WordHashTable
        var tokens = 0
        var hits = 0

        init(stopWords: WordHashTable) {
            self.stopWords = stopWords
        }

        /// Counts one paragraph (a paragraph end ends a token); true once `maximumTokens` are counted.
        mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            // The state lives in locals for the length of the loop, not in `self`.
            var tokens = self.tokens
            var hits = self.hits
            defer {
                self.tokens = tokens
                self.hits = hits
            }
            // The current token starts at `start` (nil: none); it is short ASCII while it holds only
            // ASCII letters, so its letters are packed from the bytes when it ends.
            var start: Int?
            var shortASCII = true
            func finishToken(at end: Int) {
                guard let first = start else { return }
                tokens += 1
                if shortASCII, end - first <= 8 {
                    var packed: UInt64 = 0
                    for index in first..<end { packed = packed << 8 | UInt64(bytes[index] | 0x20) }
                    if stopWords.contains(packed) { hits += 1 }
                }
                start = nil
                shortASCII = true
            }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if isLetter(byte) {
                    if start == nil { start = index }
                    index += 1
                    while index < count && isLetter(bytes[index]) { index += 1 }
                } else if byte < 0x80 {
                    finishToken(at: index)
                    if tokens >= maximumTokens { return true }
                    index += 1
                } else if byte == 0xE2 {
                    // General punctuation (U+2000–U+206F: ’ “ — …) ends a token.
                    finishToken(at: index)
                    index += 3
                } else {
                    // Other non-ASCII scalars count as letters.
                    if start == nil { start = index }
                    shortASCII = false
                    index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                }
            }
            finishToken(at: count)
            return tokens >= maximumTokens
        }
    }
}
