/// A word or a single punctuation character of a sentence.
struct ScannedWord: Sendable {
    enum Kind: Sendable { case word, punctuation }

    var kind: Kind
    var range: Range<String.Index>
    /// Lowercased word, or the punctuation character itself.
    var lower: String
    var isCapitalized: Bool
    var scalar: Unicode.Scalar
    /// FNV-1a of `lower`'s UTF-8, so that word tables need not hash the word again.
    var hash: UInt64

    var isWord: Bool { kind == .word }

    func `is`(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && scalar == character
    }
}

/// Splits a sentence into words and punctuation in one pass over its scalars.
///
/// Apostrophes, hyphens and full stops between letters stay inside a word ("Lee’s", "Yu-jung", "U.S"),
/// as do full stops and commas between digits ("19.17", "150,000"). Whitespace is dropped.
enum WordScanner {
    static func tokens(in text: String) -> [ScannedWord] {
        withUTF8(text) { bytes in tokens(in: text, bytes: bytes) }
    }

    /// Runs `body` over the string's UTF-8 bytes without copying when the string is native.
    static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    private static func tokens(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [ScannedWord] {
        let utf8 = text.utf8
        let base = utf8.startIndex
        var tokens: [ScannedWord] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        let kinds = asciiWordKinds
        var offset = 0
        let end = bytes.count
        while offset < end {
            let (scalar, next) = decode(bytes, at: offset)
            if isWordScalar(scalar) {
                var previous = scalar
                var current = next
                var isASCII = scalar.isASCII
                var hasUppercase = isASCIIUppercase(scalar)
                // Most words are ASCII letters and digits to their end: read those a byte at a time,
                // then go on scalar by scalar only at a joiner or a non-ASCII letter.
                if isASCII {
                    while current < end, kinds[Int(bytes[current])] != 0 {
                        hasUppercase = hasUppercase || kinds[Int(bytes[current])] == Self.uppercaseKind
                        current += 1
                    }
                    previous = Unicode.Scalar(bytes[current - 1])
                }
                while current < end {
                    let (candidate, afterCandidate) = decode(bytes, at: current)
                    if !isWordScalar(candidate) {
                        guard afterCandidate < end,
                              isJoiner(candidate, before: decode(bytes, at: afterCandidate).scalar, after: previous)
                        else { break }
                    }
                    isASCII = isASCII && candidate.isASCII
                    hasUppercase = hasUppercase || isASCIIUppercase(candidate)
                    previous = candidate
                    current = afterCandidate
                }
                let word = UnsafeBufferPointer(rebasing: bytes[offset..<current])
                let range = utf8.index(base, offsetBy: offset)..<utf8.index(base, offsetBy: current)
                let (lower, hash) = lowercased(word, isASCII: isASCII, hasUppercase: hasUppercase)
                tokens.append(ScannedWord(kind: .word, range: range, lower: lower,
                                    isCapitalized: scalar.isASCII ? isASCIIUppercase(scalar) : scalar.properties.isUppercase,
                                    scalar: scalar, hash: hash))
                offset = current
            } else {
                if !isWhitespace(scalar) {
                    let range = utf8.index(base, offsetBy: offset)..<utf8.index(base, offsetBy: next)
                    let text = UTF8Scalars.string(of: scalar)
                    let hash = scalar.isASCII ? (StableHash.fnvOffset ^ UInt64(scalar.value)) &* StableHash.fnvPrime
                        : StableHash.fnv1a(text.utf8)
                    tokens.append(ScannedWord(kind: .punctuation, range: range, lower: text, isCapitalized: false,
                                              scalar: scalar, hash: hash))
                }
                offset = next
            }
        }
        return tokens
    }

    /// Decodes the scalar starting at `offset` of well-formed UTF-8 (a String's bytes).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), offset + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return ("\u{FFFD}", bytes.count) }
        var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + length)
    }

    /// The word lowercased, and the FNV-1a hash of its UTF-8.
    private static func lowercased(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, hasUppercase: Bool) -> (String, UInt64) {
        guard isASCII else {
            let lower = String(decoding: word, as: UTF8.self).lowercased()
            return (lower, StableHash.fnv1a(lower.utf8))
        }
        guard hasUppercase else { return (String(decoding: word, as: UTF8.self), StableHash.fnv1a(word)) }
        var hash = StableHash.fnvOffset
        let lower = String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, byte) in word.enumerated() {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                buffer[offset] = lower
                hash = (hash ^ UInt64(lower)) &* StableHash.fnvPrime
            }
            return word.count
        }
        return (lower, hash)
    }

    private static let uppercaseKind: UInt8 = 2

    /// For each byte: 1 for an ASCII lowercase letter or digit, `uppercaseKind` for an ASCII capital,
    /// 0 for anything else (non-ASCII bytes included), as `isWordScalar` and `isASCIIUppercase` judge them.
    private static let asciiWordKinds: [UInt8] = (0..<256).map { value in
        guard value < 0x80 else { return 0 }
        let scalar = Unicode.Scalar(UInt8(value))
        return isASCIIUppercase(scalar) ? uppercaseKind : isWordScalar(scalar) ? 1 : 0
    }

    private static func isASCIIUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x41 && scalar.value <= 0x5A
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether `scalar`, between `after` and `before`, joins them into one word.
    private static func isJoiner(_ scalar: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", "-", "\u{2011}":
            return isWordScalar(before)
        case ".":
            return isWordScalar(before) && (isDigit(before) == isDigit(after))
        case ",":
            return isDigit(before) && isDigit(after)
        default:
            return false
        }
    }
}

extension ScannedWord: HashedWord {
    var tableText: String { lower }
}
