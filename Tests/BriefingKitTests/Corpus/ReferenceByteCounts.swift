@testable import BriefingKit

/// The byte counts of `TextDecoder` and `LanguageDetector` as they were before their loops were
/// tightened: the tests hold the faster versions to exactly these answers.
enum ReferenceByteCounts {
    static let sniffLength = TextDecoder.sniffLength
    static let maxControlShare = TextDecoder.maxControlShare
    static let threshold = LanguageDetector.threshold
    static let minimumTokens = LanguageDetector.minimumTokens
    static let maximumTokens = LanguageDetector.maximumTokens
    typealias Verdict = LanguageDetector.Verdict

    private static let packedStopWords = WordHashTable(LanguageDetector.stopWords.map { pack(Array($0.utf8)) })

    private static func pack(_ letters: [UInt8]) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// NUL bytes anywhere, or a high share of control bytes near the start.
    static func looksBinary(_ data: [UInt8]) -> Bool {
        data.withUnsafeBufferPointer { buffer in
            var controls = 0
            let sniffed = min(buffer.count, sniffLength)
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if byte == 0 { return true }
                if index < sniffed, byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C {
                    controls += 1
                }
            }
            return Double(controls) > Double(sniffed) * maxControlShare
        }
    }

    /// Counts well-formed multi-byte sequences and bytes that start no well-formed sequence
    /// (overlong forms, surrogates and values past U+10FFFF are not well-formed).
    static func utf8Census(_ data: [UInt8]) -> (validMultibyte: Int, invalid: Int) {
        data.withUnsafeBufferPointer { buffer in
            var valid = 0
            var invalid = 0
            var index = 0
            while index < buffer.count {
                let lead = buffer[index]
                let length: Int
                switch lead {
                case 0x00..<0x80: index += 1; continue
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: invalid += 1; index += 1; continue
                }
                var ok = index + length <= buffer.count
                if ok {
                    for offset in 1..<length where buffer[index + offset] & 0xC0 != 0x80 { ok = false }
                    let second = buffer[index + 1]
                    switch lead {
                    case 0xE0: ok = ok && second >= 0xA0
                    case 0xED: ok = ok && second <= 0x9F
                    case 0xF0: ok = ok && second >= 0x90
                    case 0xF4: ok = ok && second <= 0x8F
                    default: break
                    }
                }
                if ok { valid += 1; index += length } else { invalid += 1; index += 1 }
            }
            return (valid, invalid)
        }
    }

    static func judge(_ paragraphs: [String]) -> Verdict {
        var counter = Counter(stopWords: packedStopWords)
        for paragraph in paragraphs {
            if let done = paragraph.utf8.withContiguousStorageIfAvailable({ counter.count($0) }) {
                if done { break }
            } else if counter.count(Array(paragraph.utf8)) {
                break
            }
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
        private var current: UInt64 = 0
        private var length = 0
        private var inToken = false
        private var shortASCII = true

        init(stopWords: WordHashTable) {
            self.stopWords = stopWords
        }

        /// Counts one paragraph (a paragraph end ends a token); true once `maximumTokens` are counted.
        mutating func count(_ bytes: some Collection<UInt8>) -> Bool {
            var continuation = 0
            for byte in bytes {
                if continuation > 0 {
                    continuation -= 1
                    continue
                }
                if byte < 0x80 {
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
                    continuation = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
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

        private mutating func finishToken() {
            guard inToken else { return }
            tokens += 1
            if shortASCII, stopWords.contains(current) { hits += 1 }
            current = 0
            length = 0
            inToken = false
            shortASCII = true
        }
    }
}
