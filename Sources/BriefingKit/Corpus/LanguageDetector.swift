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
            var current: UInt64 = 0
            var length = 0
            var inToken = false
            var shortASCII = true
            defer {
                self.tokens = tokens
                self.hits = hits
            }
            func finishToken() {
                guard inToken else { return }
                tokens += 1
                if shortASCII, stopWords.contains(current) { hits += 1 }
                current = 0
                length = 0
                inToken = false
                shortASCII = true
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    let lower = byte | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        inToken = true
                        if length < 8 {
                            current = current << 8 | UInt64(lower)
                            length += 1
                        } else {
                            shortASCII = false
                        }
                    } else {
                        finishToken()
                        if tokens >= maximumTokens { return true }
                    }
                } else {
                    // Non-ASCII scalars count as letters, except general punctuation (U+2000–U+206F: ’ “ — …).
                    index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    if byte == 0xE2 {
                        finishToken()
                    } else {
                        inToken = true
                        shortASCII = false
                    }
                }
            }
            finishToken()
            return tokens >= maximumTokens
        }
    }
}
