/// The words of a folded text: byte ranges and hashes, allocation-free per word.
///
/// Hyphens and apostrophes separate words, so "Jae-myung" matches "Jae Myung" and
/// "high-speed" matches "high speed".
struct WordTokens {
    struct Token {
        var range: Range<Int>
        var hash: UInt64
        /// The hash of the word with a plural `s`/`es` removed, for topic keywords.
        var stemHash: UInt64
    }

    private(set) var tokens: [Token] = []

    init(_ bytes: [UInt8]) {
        var start = -1
        for index in 0...bytes.count {
            let isWordByte = index < bytes.count && Self.isWordByte(bytes[index])
            if isWordByte {
                if start < 0 { start = index }
            } else if start >= 0 {
                tokens.append(Self.token(bytes, start..<index))
                start = -1
            }
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80
    }

    static func token(_ bytes: [UInt8], _ range: Range<Int>) -> Token {
        let hash = fnv(bytes[range])
        var stemEnd = range.upperBound
        let count = range.count
        if count > 3, bytes[stemEnd - 1] == UInt8(ascii: "s"), bytes[stemEnd - 2] != UInt8(ascii: "s") {
            stemEnd -= 1
            if count > 4, bytes[stemEnd - 1] == UInt8(ascii: "e"), [UInt8(ascii: "h"), UInt8(ascii: "x")].contains(bytes[stemEnd - 2]) {
                stemEnd -= 1
            }
        }
        let stemHash = stemEnd == range.upperBound ? hash : fnv(bytes[range.lowerBound..<stemEnd])
        return Token(range: range, hash: hash, stemHash: stemHash)
    }

    static func fnv(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        StableHash.fnv1a(bytes)
    }

    /// The hashes of a phrase's words, as `WordTokens` would produce them.
    static func hashes(of phrase: String, stemmed: Bool) -> [UInt64] {
        let folded = FoldedText(phrase)
        return WordTokens(folded.bytes).tokens.map { stemmed ? $0.stemHash : $0.hash }
    }
}
