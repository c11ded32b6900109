/// The words of a text as matching sees them: folded (lowercase, diacritics removed, as `FoldedText`
/// folds), hashed, and located in the original, in one pass over the UTF-8 without building the folded text.
///
/// Hyphens and apostrophes separate words, so "Jae-myung" matches "Jae Myung" and
/// "high-speed" matches "high speed".
struct WordTokens {
    struct Token {
        /// UTF-8 offsets in the original text: from the word's first scalar to the separator after it.
        var range: Range<Int>
        /// FNV-1a of the folded word.
        var hash: UInt64
        /// The hash of the word with a plural `s`/`es` removed, for topic keywords.
        var stemHash: UInt64
    }

    private(set) var tokens: [Token] = []

    init(_ text: some StringProtocol) {
        tokens = UTF8Scalars.withBytes(of: text) { Self.scan($0) }
    }

    /// Folded bytes that are part of a word (the others separate words).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
    }

    /// The hashes of a phrase's words, as a scan of a text containing it produces them.
    static func hashes(of phrase: String, stemmed: Bool) -> [UInt64] {
        WordTokens(phrase).tokens.map { stemmed ? $0.stemHash : $0.hash }
    }

    private static func scan(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var word = WordState()
        var offset = 0
        var folded: [UInt8] = []
        while offset < text.count {
            let lead = text[offset]
            if lead < 0x80 {
                let lower = lead >= 65 && lead <= 90 ? lead + 32 : lead
                if isWordByte(lower) { word.add(lower, at: offset) } else { word.end(at: offset, into: &tokens) }
                offset += 1
                continue
            }
            let (value, width) = UTF8Scalars.decode(text, at: offset)
            folded.removeAll(keepingCapacity: true)
            FoldedText.foldNonASCII(value, into: &folded)
            for byte in folded {
                if isWordByte(byte) { word.add(byte, at: offset) } else { word.end(at: offset, into: &tokens) }
            }
            offset += width
        }
        word.end(at: text.count, into: &tokens)
        return tokens
    }

    /// The word being read: its hash so far, and what the plural rule needs of its last bytes.
    private struct WordState {
        var start = -1
        var count = 0
        var hash = StableHash.fnvOffset
        /// The hash before the last byte, and before the last two.
        var withoutLast = StableHash.fnvOffset
        var withoutLastTwo = StableHash.fnvOffset
        var last: UInt8 = 0
        var secondLast: UInt8 = 0
        var thirdLast: UInt8 = 0

        @inline(__always)
        mutating func add(_ byte: UInt8, at offset: Int) {
            if start < 0 { start = offset }
            withoutLastTwo = withoutLast
            withoutLast = hash
            hash = (hash ^ UInt64(byte)) &* StableHash.fnvPrime
            thirdLast = secondLast
            secondLast = last
            last = byte
            count += 1
        }

        @inline(__always)
        mutating func end(at offset: Int, into tokens: inout [Token]) {
            guard start >= 0 else { return }
            var stem = hash
            if count > 3, last == UInt8(ascii: "s"), secondLast != UInt8(ascii: "s") {
                stem = withoutLast
                if count > 4, secondLast == UInt8(ascii: "e"), thirdLast == UInt8(ascii: "h") || thirdLast == UInt8(ascii: "x") {
                    stem = withoutLastTwo
                }
            }
            tokens.append(Token(range: start..<offset, hash: hash, stemHash: stem))
            self = WordState()
        }
    }
}
