@testable import BriefingKit

/// The signing rules written the plain way (growing arrays, a stemmer over `[UInt8]`, MinHash
/// with its fold, every shingle kept): what `TokenNormalizer`, `Stemmer` and `MinHasher` must
/// compute, byte for byte and bit for bit.
enum ReferenceSignature {
    /// Normalised tokens as bytes, in reading order.
    static func tokens(_ text: String) -> [[UInt8]] {
        let folded = fold(text)
        var tokens: [[UInt8]] = []
        var word: [UInt8] = []
        for index in folded.indices {
            let byte = folded[index]
            if isWordByte(byte) {
                word.append(byte)
            } else if !word.isEmpty && joins(folded, at: index, word: word) {
                if byte == UInt8(ascii: ".") { word.append(byte) }
            } else if !word.isEmpty {
                if let token = filtered(word) { tokens.append(token) }
                word = []
            }
        }
        if !word.isEmpty, let token = filtered(word) { tokens.append(token) }
        return tokens
    }

    /// The 64 MinHash values as `TextSignature` keeps them: the top 16 bits of each folded minimum
    /// (none for a text without tokens).
    static func minHash(_ text: String) -> [UInt16] {
        let hashes = tokens(text).map { StableHash.fnv1a($0) }
        if hashes.isEmpty { return [] }
        var shingles = hashes
        if hashes.count > 1 {
            for index in 1..<hashes.count { shingles.append(StableHash.combine(hashes[index - 1], hashes[index])) }
        }
        let mixed = shingles.map(StableHash.mix)
        var state: UInt64 = 0x5eed_b21e_f100_0001
        var result: [UInt16] = []
        for _ in 0..<64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            let multiplier = StableHash.mix(state) | 1
            state &+= 0x9e37_79b9_7f4a_7c15
            let increment = StableHash.mix(state)
            var minimum = UInt64.max
            for shingle in mixed {
                var value = multiplier &* shingle &+ increment
                value ^= value >> 32
                minimum = min(minimum, value)
            }
            result.append(UInt16(truncatingIfNeeded: minimum >> 32))
        }
        return result
    }

    private static func fold(_ text: String) -> [UInt8] {
        var buffer: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "."), UInt8(ascii: ","):
                    buffer.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer.append(byte | 0x20)
                default: buffer.append(UInt8(ascii: " "))
                }
            } else if DiacriticFolding.append(scalar.value, to: &buffer) {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                buffer.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                buffer.append(UInt8(ascii: " "))
            }
        }
        return buffer
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || isDigit(byte) || isLetter(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    private static func joins(_ buffer: [UInt8], at index: Int, word: [UInt8]) -> Bool {
        let byte = buffer[index]
        guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), index + 1 < buffer.count, let previous = word.last else {
            return false
        }
        let next = buffer[index + 1]
        if isDigit(previous) && isDigit(next) { return true }
        guard byte == UInt8(ascii: "."), isLetter(previous), isLetter(next) else { return false }
        let segmentIsSingle = word.count == 1 || word[word.count - 2] == UInt8(ascii: ".")
        let nextIsSingle = index + 2 >= buffer.count || !isWordByte(buffer[index + 2])
        return segmentIsSingle && nextIsSingle
    }

    private static func filtered(_ word: [UInt8]) -> [UInt8]? {
        if word.count == 1 && isLetter(word[0]) { return nil }
        if StopWords.words.contains(String(decoding: word, as: UTF8.self)) { return nil }
        return word.allSatisfy(isLetter) ? stem(word) : word
    }

    /// The stemmer's rules, one after another, on an array.
    static func stem(_ input: [UInt8]) -> [UInt8] {
        var word = input
        guard word.count > 3 else { return word }
        func ends(_ suffix: String) -> Bool { word.count >= suffix.utf8.count && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        func hasVowel(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.contains { "aeiouy".utf8.contains($0) } }
        func undouble() {
            guard word.count >= 3, let last = word.last, last == word[word.count - 2], !"aeiouy".utf8.contains(last) else { return }
            if !"lsz".utf8.contains(last) { word.removeLast() }
        }
        if ends("sses") {
            word.removeLast(2)
        } else if ends("ies") {
            if word.count > 4 { word.removeLast(3); word.append(UInt8(ascii: "y")) } else { word.removeLast() }
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            word.removeLast()
        }
        if ends("eed") {
            if hasVowel(word.dropLast(3)) { word.removeLast() }
        } else if ends("ed"), word.count - 2 >= 3, hasVowel(word.dropLast(2)) {
            word.removeLast(2)
            undouble()
        } else if ends("ing"), word.count - 3 >= 3, hasVowel(word.dropLast(3)) {
            word.removeLast(3)
            undouble()
        }
        if word.count >= 4, ends("e"), !"aeiouy".utf8.contains(word[word.count - 2]) { word.removeLast() }
        return word
    }
}
