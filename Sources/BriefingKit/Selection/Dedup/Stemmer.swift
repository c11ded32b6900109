/// A light suffix stripper for lowercase ASCII words (a trimmed Porter step 1 plus final-e).
///
/// calls → call, agreed → agree, countries → country, promoting/promoted/promote → promot,
/// stepped → step, speed stays; -tion words such as cooperation stay. Good enough to match inflections
/// across outlets; not a linguistic stemmer.
enum Stemmer {
    private static let letterE = UInt8(ascii: "e")
    private static let letterS = UInt8(ascii: "s")

    /// Stems the word held in `bytes` in place and returns the stem's length: the stem is the
    /// buffer's first bytes. Words of three letters or fewer are left alone. Every rule shortens
    /// the word, so an unchanged length means an unchanged word.
    static func stem(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var word = Word(bytes: bytes, count: bytes.count)
        guard word.count > 3 else { return word.count }
        stripPlural(&word)
        stripPastOrProgressive(&word)
        stripFinalE(&word)
        return word.count
    }

    @inline(__always)
    private static func stripPlural(_ word: inout Word) {
        if word.ends(with: "sses") {
            word.removeLast(2)
        } else if word.ends(with: "ies") {
            if word.count > 4 {
                word.removeLast(3)
                word.append(UInt8(ascii: "y"))
            } else {
                word.removeLast()
            }
        } else if word.last == letterS && !word.ends(with: "ss") && !word.ends(with: "us") && !word.ends(with: "is") {
            word.removeLast()
        }
    }

    @inline(__always)
    private static func stripPastOrProgressive(_ word: inout Word) {
        if word.ends(with: "eed") {
            if word.hasVowel(before: word.count - 3) { word.removeLast() }
        } else if word.ends(with: "ed"), word.count - 2 >= 3, word.hasVowel(before: word.count - 2) {
            word.removeLast(2)
            undouble(&word)
        } else if word.ends(with: "ing"), word.count - 3 >= 3, word.hasVowel(before: word.count - 3) {
            word.removeLast(3)
            undouble(&word)
        }
    }

    /// Drops a final e after a consonant so that "promote" and "promot(ing)" meet; keeps "agree".
    private static func stripFinalE(_ word: inout Word) {
        guard word.count >= 4, word.last == letterE, !isVowel(word[word.count - 2]) else { return }
        word.removeLast()
    }

    /// stepp → step, but call and pass keep their double letter.
    private static func undouble(_ word: inout Word) {
        guard word.count >= 3 else { return }
        let last = word.last
        guard last == word[word.count - 2], !isVowel(last) else { return }
        if last == UInt8(ascii: "l") || last == letterS || last == UInt8(ascii: "z") { return }
        word.removeLast()
    }

    @inline(__always)
    fileprivate static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
            UInt8(ascii: "u"), UInt8(ascii: "y"):
            return true
        default:
            return false
        }
    }
}

/// The word being stemmed: the first `count` bytes of a buffer the caller owns, shortened (and
/// at most given back one letter) in place, so stemming allocates nothing.
private struct Word {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    var count: Int

    @inline(__always)
    subscript(index: Int) -> UInt8 { bytes[index] }

    /// The last byte; only read of a non-empty word.
    var last: UInt8 { bytes[count - 1] }

    mutating func removeLast(_ length: Int = 1) {
        count -= length
    }

    /// Writes `byte` after the word; only after a removal, so it stays inside the buffer.
    mutating func append(_ byte: UInt8) {
        bytes[count] = byte
        count += 1
    }

    /// Whether one of the first `end` bytes is a vowel.
    func hasVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if Stemmer.isVowel(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let start = suffix.utf8Start
        let offset = count - length
        var index = 0
        while index < length {
            if bytes[offset + index] != start[index] { return false }
            index += 1
        }
        return true
    }
}
