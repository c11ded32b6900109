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
        judge(paragraphs, stoppingWhenEnglish: false)
    }

    /// `judge(_:)`; with `stoppingWhenEnglish`, counting stops before a paragraph once the text is
    /// English whatever the paragraphs left hold (one of n bytes has at most (n + 1) / 2 tokens), and
    /// the share of `.english` is then the share so far. The reader asks only whether it is English.
    static func judge(_ paragraphs: [String], stoppingWhenEnglish: Bool) -> Verdict {
        var counter = Counter(stopWords: packedStopWords)
        var tokensLeft = stoppingWhenEnglish ? paragraphs.reduce(0) { $0 + ($1.utf8.count + 1) / 2 } : 0
        for paragraph in paragraphs {
            if stoppingWhenEnglish {
                // A margin far above rounding error: the final share is then surely at the threshold.
                if counter.tokens >= minimumTokens,
                   Double(counter.hits) >= (threshold + 1e-9) * Double(counter.tokens + tokensLeft) {
                    return .english(share: Double(counter.hits) / Double(counter.tokens))
                }
                tokensLeft -= (paragraph.utf8.count + 1) / 2
            }
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
        ///
        /// A token is a run of ASCII letters and non-ASCII scalars other than general punctuation
        /// (U+2000–U+206F: ’ “ — …, lead byte E2). The count stops at the first ASCII non-letter
        /// once `maximumTokens` are counted (general punctuation ends a token but does not stop it).
        mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            // The state lives in locals for the length of the loop, not in `self`.
            var tokens = self.tokens
            var hits = self.hits
            defer {
                self.tokens = tokens
                self.hits = hits
            }
            guard let base = bytes.baseAddress else { return tokens >= maximumTokens }
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = base[index]
                if !Self.isASCIILetter(byte) {
                    if byte < 0x80 {
                        if tokens >= maximumTokens { return true }
                        index += 1
                        continue
                    }
                    if byte == 0xE2 {
                        index += 3
                        continue
                    }
                }
                // A token starts here. Most are a few ASCII letters and an ASCII mark, all in one word.
                let start = index
                if index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    let run = Self.leadingLetters(word)
                    if run > 0, run < 8, base[index + run] < 0x80 {
                        tokens += 1
                        if stopWords.contains(Self.packedLowercase(word, length: run)) { hits += 1 }
                        index += run
                        continue
                    }
                }
                // Else letters eight at a time, then byte by byte.
                var ascii = true
                while true {
                    if index + 8 <= count {
                        let run = Self.leadingLetters(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                        index += run
                        if run == 8 { continue }
                    }
                    guard index < count else { break }
                    let next = base[index]
                    if Self.isASCIILetter(next) {
                        index += 1
                    } else if next >= 0x80 && next != 0xE2 {
                        ascii = false
                        index += next >= 0xF0 ? 4 : next >= 0xE0 ? 3 : 2
                    } else {
                        break
                    }
                }
                tokens += 1
                let length = index - start
                if ascii, length <= 8, stopWords.contains(Self.packedLowercase(base + start, length: length)) { hits += 1 }
            }
            return tokens >= maximumTokens
        }

        @inline(__always)
        private static func isASCIILetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) &- 0x61 < 26
        }

        /// How many of the eight bytes of `word` (little-endian), from the first, are ASCII letters.
        @inline(__always)
        private static func leadingLetters(_ word: UInt64) -> Int {
            // Lowercased with the high bit cleared, so no byte's sum below carries into the next.
            let low = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = low &+ 0x1F1F_1F1F_1F1F_1F1F        // high bit set from 0x61 ("a")
            let pastZ = low &+ 0x0505_0505_0505_0505           // high bit set from 0x7B (after "z")
            let letters = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
            let others = ~letters & 0x8080_8080_8080_8080
            return others.trailingZeroBitCount >> 3
        }

        /// The first `length` (1–8) bytes of `word` (little-endian), ASCII letters, lowercased and
        /// packed first letter highest (as `pack` does).
        @inline(__always)
        private static func packedLowercase(_ word: UInt64, length: Int) -> UInt64 {
            let shift = UInt64(64 - 8 * length)
            return (word.byteSwapped | 0x2020_2020_2020_2020) >> shift
        }

        /// Up to eight ASCII letters, lowercased and packed first letter highest (as `pack` does).
        @inline(__always)
        private static func packedLowercase(_ letters: UnsafePointer<UInt8>, length: Int) -> UInt64 {
            var packed: UInt64 = 0
            for offset in 0..<length { packed = packed << 8 | UInt64(letters[offset] | 0x20) }
            return packed
        }
    }
}
