import Foundation

/// Shape tests on normalized lines (single spaces, trimmed): paragraphs, headlines, case.
enum TextShape {
    /// Lines longer than this are never compared against chrome, date or byline patterns.
    static let maxPatternBytes = 400

    static func wordCount(_ text: some StringProtocol) -> Int {
        wordCount(text, stoppingAfter: .max)
    }

    /// The number of space-separated words, counting no further than `limit + 1`: enough to
    /// tell whether there are more than `limit` without reading a long line to its end.
    static func wordCount(_ text: some StringProtocol, stoppingAfter limit: Int) -> Int {
        UTF8Scalars.withBytes(of: text) { wordCount($0, stoppingAfter: limit) }
    }

    /// `wordCount(_:stoppingAfter:)` over UTF-8 bytes.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, stoppingAfter limit: Int) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        // Eight bytes at a time: a word starts at each byte that is not a space after one that is.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let spaces = word ^ 0x2020_2020_2020_2020
                // The high bit of each byte that is not a space (exact for every byte).
                let nonSpace = (((spaces & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | spaces) & 0x8080_8080_8080_8080
                let previous = nonSpace << 8 | (inWord ? 0x80 : 0)
                // The starts' high bits, one a byte, summed into the top byte by one multiply
                // (no bit-count instruction is assumed).
                count += Int(truncatingIfNeeded: (((nonSpace & ~previous) >> 7) &* 0x0101_0101_0101_0101) >> 56)
                // Each start counted past the limit would have ended the byte loop at `limit + 1`.
                if count > limit { return limit + 1 }
                inWord = nonSpace >> 63 != 0
                index += 8
            }
        }
        for byte in bytes[index...] {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// The last character that is not a closing quote or bracket.
    static func lastSignificant(_ text: some StringProtocol) -> Character? {
        text.last { !closers.contains($0) }
    }

    private static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "*", "_"]

    static func endsSentence(_ text: some StringProtocol) -> Bool {
        if let plain = endsSentenceFast(text) { return plain }
        guard let last = text.last else { return false }
        if last == ")" || last == "]" {
            guard let beforeClose = text.dropLast(1).last else { return false }
            if ".!?\u{2026}".contains(beforeClose) { return true }
            // "… the ministry said. (Yonhap)": a sentence followed by a credit.
            let tail = text.suffix(60)
            guard let open = tail.lastIndex(of: last == ")" ? "(" : "[") else { return false }
            return tail[..<open].trimmingSpaces().last.map { ".!?\u{2026}\"\u{201D}".contains($0) } ?? false
        }
        guard let mark = lastSignificant(text) else { return false }
        return ".!?\u{2026}".contains(mark)
    }

    /// `endsSentence` decided from the last bytes when the text ends in a letter, digit or sentence
    /// mark, or in closing quotes after an ASCII character (the common cases); nil when ")" or "]"
    /// or a non-ASCII scalar needs the full rule.
    private static func endsSentenceFast(_ text: some StringProtocol) -> Bool? {
        UTF8Scalars.withBytes(of: text) { bytes -> Bool? in
            guard let last = bytes.last else { return false }
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                return false
            case UInt8(ascii: ")"), UInt8(ascii: "]"): return nil
            default: break
            }
            // Closers, each its own character (none of them, nor ASCII, joins a neighbour), then the mark.
            var end = bytes.count
            while end > 0 {
                switch bytes[end - 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "*"), UInt8(ascii: "_"):
                    end -= 1
                    continue
                case let byte where (byte == 0x9D || byte == 0x99) && end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:   // ” ’
                    end -= 3
                    continue
                case 0xBB where end >= 2 && bytes[end - 2] == 0xC2:                                   // »
                    end -= 2
                    continue
                default: break
                }
                break
            }
            guard end > 0 else { return false }
            let mark = bytes[end - 1]
            // An ASCII mark after an ASCII character (no Prepend scalar before it) is a character of its own.
            guard mark < 0x80, mark != 0x0D, end == 1 || (bytes[end - 2] < 0x80 && bytes[end - 2] != 0x0D) else { return nil }
            return mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?")
        }
    }

    /// Running text: a sentence of six or more words, or any line of thirty or more words.
    static func isParagraph(_ text: some StringProtocol) -> Bool {
        isParagraph(text, words: wordCount(text, stoppingAfter: 30))
    }

    /// `isParagraph` for a line whose words are already counted (up to at least 30).
    static func isParagraph(_ text: some StringProtocol, words: Int) -> Bool {
        words >= 30 || (words >= 6 && endsSentence(text))
    }

    /// Could be a headline: 1–24 words, not ending in a full stop, with a letter in it.
    static func isTitleLike(_ text: some StringProtocol) -> Bool {
        let words = wordCount(text, stoppingAfter: 24)
        guard words >= 1, words <= 24, text.utf8.count <= 220 else { return false }
        guard lastSignificant(text) != "." else { return false }
        return asciiContains(text, where: isASCIILetter) ?? PlainCharacters.contains(text, .letter) ?? text.contains { $0.isLetter }
    }

    static func hasLowercase(_ text: some StringProtocol) -> Bool {
        asciiContains(text, where: isASCIILowercase) ?? PlainCharacters.contains(text, .lowercase) ?? text.contains { $0.isLowercase }
    }

    static func isAllCaps(_ text: some StringProtocol) -> Bool {
        (asciiContains(text, where: isASCIIUppercase) ?? PlainCharacters.contains(text, .uppercase) ?? text.contains { $0.isUppercase })
            && !hasLowercase(text)
    }

    /// For ASCII text, whether a byte passes `test`; nil for text with other characters. In ASCII
    /// one byte is one character but for CR LF, which is neither a letter nor a case.
    private static func asciiContains(_ text: some StringProtocol, where test: (UInt8) -> Bool) -> Bool? {
        UTF8Scalars.withBytes(of: text) { bytes in
            var found = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if test(byte) { found = true }
            }
            return found
        }
    }

    private static func isASCIILowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIILowercase(byte) || isASCIIUppercase(byte) }

    /// "HÀ NỘI" → "Hà Nội", "KIM GYU-TAE" → "Kim Gyu-tae": each space-separated word gets one capital,
    /// so hyphenated Korean given names keep their lowercase second syllable.
    static func titleCased(_ text: some StringProtocol) -> String {
        if let ascii = UTF8Scalars.withBytes(of: text, asciiTitleCased) { return ascii }
        if let plain = plainTitleCased(text) { return plain }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atWordStart = true
        for character in text.lowercased() {
            if character == " " {
                atWordStart = true
                result.append(character)
            } else if atWordStart && character.isLetter {
                result += character.uppercased()
                atWordStart = false
            } else {
                result.append(character)
                if character.isLetter { atWordStart = false }
            }
        }
        return result
    }

    /// `titleCased` for plain text (`PlainCharacters`): the characters of `text.lowercased()` are then
    /// the lowercase scalars one by one, and each is looked up rather than cased.
    private static func plainTitleCased(_ text: some StringProtocol) -> String? {
        guard PlainCharacters.isPlain(text) else { return nil }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atWordStart = true
        let lookup = PlainCharacters.lookup
        for scalar in text.unicodeScalars {
            let lower = PlainCharacters.lowercase(scalar)
            let isLetter = lookup.traits(lower).contains(.letter)
            if lower == " " {
                atWordStart = true
                result.unicodeScalars.append(lower)
            } else if atWordStart && isLetter {
                result += PlainCharacters.uppercase(lower)
                atWordStart = false
            } else {
                result.unicodeScalars.append(lower)
                if isLetter { atWordStart = false }
            }
        }
        return result
    }

    /// `titleCased` for ASCII text without CR (one byte a character, ASCII case mapping); nil for other text.
    private static func asciiTitleCased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var atWordStart = true
            for index in bytes.indices {
                let byte = asciiLower(bytes[index])
                if byte == 0x20 {
                    atWordStart = true
                    out[index] = byte
                } else if isASCIILowercase(byte) {
                    out[index] = atWordStart ? byte - 0x20 : byte
                    atWordStart = false
                } else {
                    out[index] = byte
                }
            }
            return bytes.count
        }
    }

    /// The first `count` characters of `text`, found by bytes when they are ASCII (one byte a
    /// character on a normalised line, which holds no CR) rather than by grapheme breaking.
    static func prefix(_ text: some StringProtocol, characters count: Int) -> Substring {
        let utf8 = text.utf8
        if utf8.count <= count { return Substring(text) }
        let end = utf8.index(utf8.startIndex, offsetBy: count)
        // The next byte must be ASCII too, or the last character could go on past `end` (a combining mark).
        let ascii = UTF8Scalars.withBytes(of: text) { bytes in bytes[...count].allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        if ascii { return Substring(text)[..<end] }
        if let plainEnd = UTF8Scalars.withBytes(of: text, { PlainCharacters.endOfCharacters($0, count: count) }) {
            return Substring(text)[..<utf8.index(utf8.startIndex, offsetBy: plainEnd)]
        }
        return Substring(text.prefix(count))
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    func trimmingSpaces() -> SubSequence {
        if let (leading, trailing) = UTF8Scalars.withBytes(of: self, wholeSpaceCounts) {
            // Whole characters, so the bounds move by characters (and stay character-aligned,
            // which later character operations on the slice rely on to be quick).
            if leading == 0 && trailing == 0 { return self[...] }
            let lower = index(startIndex, offsetBy: leading)
            return self[lower..<index(endIndex, offsetBy: -trailing)]
        }
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast(1) }
        return slice
    }
}

/// How many spaces `trimmingSpaces` drops at each end, when every one of them is a whole character
/// (`SpaceBytes.isWholeSpace`); nil when one may not be. (A character " " is the one scalar U+0020,
/// so only a space byte can start or end one.)
private func wholeSpaceCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (leading: Int, trailing: Int)? {
    var start = 0
    while start < bytes.count && bytes[start] == 0x20 {
        if !SpaceBytes.isWholeSpace(bytes, at: start) { return nil }
        start += 1
    }
    var end = bytes.count
    while end > start && bytes[end - 1] == 0x20 {
        if !SpaceBytes.isWholeSpace(bytes, at: end - 1) { return nil }
        end -= 1
    }
    return (start, bytes.count - end)
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
