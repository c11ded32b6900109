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

    /// Each ASCII byte lowercased when it is part of a word, 0 when it separates words: one load
    /// instead of a case test and three range tests per byte.
    private static let asciiWordBytes: [UInt8] = (0..<128).map { byte in
        let lower = lowercased(UInt8(byte))
        return isWordByte(lower) ? lower : 0
    }

    private static func scan(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        asciiWordBytes.withUnsafeBufferPointer { scan(text, wordBytes: $0) }
    }

    private static func scan(_ text: UnsafeBufferPointer<UInt8>, wordBytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var word = WordState()
        var offset = 0
        var folded: [UInt8] = []
        while offset < text.count {
            let lead = text[offset]
            if lead < 0x80 {
                let lower = wordBytes[Int(lead)]
                if lower == 0 {
                    word.end(at: offset, into: &tokens)
                    offset += 1
                } else if word.start < 0 {
                    offset = scanASCIIWord(text, from: offset, wordBytes: wordBytes, into: &tokens, or: &word)
                } else {
                    word.add(lower, at: offset)
                    offset += 1
                }
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

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// Reads the run of ASCII word bytes of a word starting at `start` with the hashes in registers
    /// (most words of English text are nothing else), and returns where the run ends. A word that goes
    /// on with a non-ASCII letter ("Cường") is handed to `word` to finish, exactly as if read byte by byte.
    /// Never inlined: inside the caller's loop, with the word state live, the hashes spilled to the stack.
    @inline(never)
    private static func scanASCIIWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, wordBytes: UnsafeBufferPointer<UInt8>,
                                      into tokens: inout [Token], or word: inout WordState) -> Int {
        var hash = StableHash.fnvOffset
        var withoutLast = StableHash.fnvOffset
        var withoutLastTwo = StableHash.fnvOffset
        var end = start
        while end < text.count {
            let byte = text[end]
            guard byte < 0x80 else { break }
            let lower = wordBytes[Int(byte)]
            guard lower != 0 else { break }
            withoutLastTwo = withoutLast
            withoutLast = hash
            hash = (hash ^ UInt64(lower)) &* StableHash.fnvPrime
            end += 1
        }
        let count = end - start
        let last = lowercased(text[end - 1])
        let secondLast = count > 1 ? lowercased(text[end - 2]) : 0
        let thirdLast = count > 2 ? lowercased(text[end - 3]) : 0
        if end < text.count, text[end] >= 0x80 {
            word = WordState(start: start, count: count, hash: hash, withoutLast: withoutLast, withoutLastTwo: withoutLastTwo,
                             last: last, secondLast: secondLast, thirdLast: thirdLast)
        } else {
            let stem = stemHash(count: count, hash: hash, withoutLast: withoutLast, withoutLastTwo: withoutLastTwo,
                                last: last, secondLast: secondLast, thirdLast: thirdLast)
            tokens.append(Token(range: start..<end, hash: hash, stemHash: stem))
        }
        return end
    }

    /// The hash of a word with a plural `s`/`es` removed, from the hashes before its last bytes.
    @inline(__always)
    private static func stemHash(count: Int, hash: UInt64, withoutLast: UInt64, withoutLastTwo: UInt64,
                                 last: UInt8, secondLast: UInt8, thirdLast: UInt8) -> UInt64 {
        guard count > 3, last == UInt8(ascii: "s"), secondLast != UInt8(ascii: "s") else { return hash }
        if count > 4, secondLast == UInt8(ascii: "e"), thirdLast == UInt8(ascii: "h") || thirdLast == UInt8(ascii: "x") {
            return withoutLastTwo
        }
        return withoutLast
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
            let stem = WordTokens.stemHash(count: count, hash: hash, withoutLast: withoutLast, withoutLastTwo: withoutLastTwo,
                                           last: last, secondLast: secondLast, thirdLast: thirdLast)
            tokens.append(Token(range: start..<offset, hash: hash, stemHash: stem))
            self = WordState()
        }
    }
}
