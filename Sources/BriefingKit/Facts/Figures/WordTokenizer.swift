/// One word, number or punctuation mark of a sentence, located by UTF-8 byte offsets.
struct SentenceToken: Sendable {
    enum Kind: Sendable { case word, number, symbol }

    var kind: Kind
    var start: Int
    var end: Int
    /// Words: ASCII-lowercased; numbers: the digits as written; symbols: the character.
    var text: String
    /// FNV-1a of `text`'s UTF-8, computed once so that word tables need not hash the word again.
    var hash: UInt64
    /// Numbers only: the parsed value ("1,250.5" → 1250.5).
    var value: Double = 0
    /// Numbers only: digits with no thousands separator or decimal point.
    var isPlainInteger = false
    var digitCount = 0
    /// Words only: the first letter is an ASCII capital.
    var isCapitalized = false
    /// No whitespace separates this token from the previous one.
    var isJoined = false

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    func isSymbol(_ character: String) -> Bool { kind == .symbol && text == character }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }

    /// Whether the token's text is `known`: a token that is not is told apart by its hash, with no string comparison.
    func `is`(_ known: KnownWord) -> Bool { hash == known.hash && text == known.text }
}

/// A word or symbol the scanners test tokens against, hashed once when it is declared.
struct KnownWord: Sendable, ExpressibleByStringLiteral {
    let text: String
    let hash: UInt64

    init(stringLiteral text: String) {
        self.text = text
        hash = StableHash.fnv1a(text)
    }
}

/// Splits a sentence into tokens in one pass over its UTF-8 bytes.
enum WordTokenizer {
    static func tokens(in sentence: String) -> [SentenceToken] {
        if let result = sentence.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return result }
        return Array(sentence.utf8).withUnsafeBufferPointer { scan($0) }
    }

    /// True when the sentence holds an ASCII digit; a cheap pre-check for callers.
    static func containsDigit(_ sentence: String) -> Bool {
        UTF8Scalars.withBytes(of: sentence) { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 8 <= bytes.count {
                if hasDigit(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
                index += 8
            }
            return bytes[index...].contains { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// Whether one of eight bytes is an ASCII digit.
    @inline(__always)
    static func hasDigit(_ word: UInt64) -> Bool {
        ByteLanes.digits(word) != 0
    }

    /// True when some word starts with one of `prefixes`. A cheap pre-check over the raw bytes;
    /// false positives are fine.
    static func containsWord(withPrefixIn prefixes: LetterPrefixes, in sentence: String) -> Bool {
        UTF8Scalars.withBytes(of: sentence) { bytes in
            var previousIsLetter = false
            var packed = 0
            var length = 0
            for byte in bytes {
                let lower = byte | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter, !previousIsLetter { packed = 0; length = 0 }
                if isLetter, length < 3 {
                    packed = packed * 26 + Int(lower - 0x61)
                    length += 1
                    if length == 3, prefixes.contains(packed) { return true }
                }
                previousIsLetter = isLetter
            }
            return false
        }
    }

    /// The three-letter prefixes of `words` for `containsWord(withPrefixIn:in:)`.
    static func prefixSet(_ words: [String]) -> LetterPrefixes {
        LetterPrefixes(words)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [SentenceToken] {
        var tokens: [SentenceToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var sawSpace = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                sawSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {   // no-break space
                sawSpace = true
                index += 2
                continue
            }
            let joined = !sawSpace && !tokens.isEmpty
            sawSpace = false
            var token: SentenceToken
            if isDigit(byte) {
                token = number(bytes, from: index)
            } else if isLetter(bytes, index) {
                token = word(bytes, from: index)
            } else {
                let end = min(bytes.count, index + scalarLength(byte))
                let symbol = UnsafeBufferPointer(rebasing: bytes[index..<end])
                let text = byte < 0x80 ? UTF8Scalars.asciiStrings[Int(byte)] : String(decoding: symbol, as: UTF8.self)
                token = SentenceToken(kind: .symbol, start: index, end: end, text: text, hash: StableHash.fnv1a(symbol))
            }
            token.isJoined = joined
            index = token.end
            tokens.append(consume token)
        }
        return tokens
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> SentenceToken {
        var end = start
        while end < bytes.count, isLetter(bytes, end) {
            end = min(bytes.count, end + scalarLength(bytes[end]))
        }
        var hash = StableHash.fnvOffset
        let text = String(unsafeUninitializedCapacity: end - start) { buffer in
            for offset in 0..<(end - start) {
                let byte = bytes[start + offset]
                let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 32 : byte
                buffer[offset] = lower
                hash = (hash ^ UInt64(lower)) &* StableHash.fnvPrime
            }
            return end - start
        }
        let first = bytes[start]
        return SentenceToken(kind: .word, start: start, end: end, text: text, hash: hash,
                             isCapitalized: first >= 0x41 && first <= 0x5A)
    }

    /// Digits with optional thousands separators ("1,250") and one decimal point ("19.17").
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> SentenceToken {
        var end = start
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var inFraction = false
        var plain = true
        var digits = 0
        while end < bytes.count {
            let byte = bytes[end]
            if isDigit(byte) {
                if inFraction {
                    fraction = fraction * 10 + Double(byte - 48)
                    scale *= 10
                } else {
                    whole = whole * 10 + Double(byte - 48)
                }
                digits += 1
                end += 1
            } else if byte == 0x2C, !inFraction, isThousandsGroup(bytes, after: end) {
                plain = false
                end += 1
            } else if byte == 0x2E, !inFraction, end + 1 < bytes.count, isDigit(bytes[end + 1]) {
                inFraction = true
                plain = false
                end += 1
            } else {
                break
            }
        }
        let written = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = String(decoding: written, as: UTF8.self)
        return SentenceToken(kind: .number, start: start, end: end, text: text, hash: StableHash.fnv1a(written),
                             value: whole + fraction / scale, isPlainInteger: plain, digitCount: digits)
    }

    private static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, after comma: Int) -> Bool {
        for offset in 1...3 {
            guard comma + offset < bytes.count, isDigit(bytes[comma + offset]) else { return false }
        }
        return comma + 4 >= bytes.count || !isDigit(bytes[comma + 4])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// ASCII letters, and non-ASCII scalars other than punctuation and currency signs.
    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        switch byte {
        case 0xC2: return next == 0xAA || next == 0xB5 || next == 0xBA      // ª µ º; the rest of Latin-1 punctuation is not
        case 0xC3: return next != 0x97 && next != 0xB7                       // × ÷
        case 0xE2: return next >= 0x83                                       // U+2000–U+20FF: punctuation, currency
        case 0xE3: return next != 0x80                                       // CJK punctuation
        case 0xEF: return next != 0xBC && next != 0xBD && next != 0xBB       // full-width forms, BOM
        default: return true
        }
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case ..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0...: return 4
        default: return 1   // stray continuation byte
        }
    }
}

/// A set of three-letter lower-case ASCII prefixes as a bitmap (26³ bits): a test for every word of
/// every kept sentence, so a shift and a load rather than hashing into a `Set`.
struct LetterPrefixes: Sendable {
    private var bits = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)

    /// The prefixes of `words`, each at least three lower-case ASCII letters.
    init(_ words: [String]) {
        for word in words {
            let letters = Array(word.utf8.prefix(3))
            guard letters.count == 3, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                preconditionFailure("not three lower-case letters: \(word)")
            }
            let packed = letters.reduce(0) { $0 * 26 + Int($1 - 0x61) }
            bits[packed >> 6] |= 1 << UInt64(packed & 63)
        }
    }

    /// `packed` is the three letters as base-26 digits, "aaa" = 0.
    @inline(__always)
    func contains(_ packed: Int) -> Bool {
        bits[packed >> 6] & (1 << UInt64(packed & 63)) != 0
    }
}

extension SentenceToken: HashedWord {
    var tableText: String { text }
}
