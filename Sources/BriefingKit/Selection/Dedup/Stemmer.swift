/// A light suffix stripper for lowercase ASCII words (a trimmed Porter step 1 plus final-e).
///
/// calls → call, agreed → agree, countries → country, promoting/promoted/promote → promot,
/// stepped → step, speed stays; -tion words such as cooperation stay. Good enough to match inflections
/// across outlets; not a linguistic stemmer.
enum Stemmer {
    private static let letterE = UInt8(ascii: "e")
    private static let letterS = UInt8(ascii: "s")

    /// Stems `word` in place. Words of three letters or fewer are left alone.
    static func stem(_ word: inout [UInt8]) {
        guard word.count > 3 else { return }
        stripPlural(&word)
        stripPastOrProgressive(&word)
        stripFinalE(&word)
    }

    private static func stripPlural(_ word: inout [UInt8]) {
        if ends(word, "sses") {
            word.removeLast(2)
        } else if ends(word, "ies") {
            if word.count > 4 {
                word.removeLast(3)
                word.append(UInt8(ascii: "y"))
            } else {
                word.removeLast()
            }
        } else if word.last == letterS && !ends(word, "ss") && !ends(word, "us") && !ends(word, "is") {
            word.removeLast()
        }
    }

    private static func stripPastOrProgressive(_ word: inout [UInt8]) {
        if ends(word, "eed") {
            if hasVowel(word.prefix(word.count - 3)) { word.removeLast() }
        } else if ends(word, "ed"), word.count - 2 >= 3, hasVowel(word.prefix(word.count - 2)) {
            word.removeLast(2)
            undouble(&word)
        } else if ends(word, "ing"), word.count - 3 >= 3, hasVowel(word.prefix(word.count - 3)) {
            word.removeLast(3)
            undouble(&word)
        }
    }

    /// Drops a final e after a consonant so that "promote" and "promot(ing)" meet; keeps "agree".
    private static func stripFinalE(_ word: inout [UInt8]) {
        guard word.count >= 4, word.last == letterE, !isVowel(word[word.count - 2]) else { return }
        word.removeLast()
    }

    /// stepp → step, but call and pass keep their double letter.
    private static func undouble(_ word: inout [UInt8]) {
        guard word.count >= 3 else { return }
        let last = word[word.count - 1]
        guard last == word[word.count - 2], !isVowel(last) else { return }
        if last == UInt8(ascii: "l") || last == letterS || last == UInt8(ascii: "z") { return }
        word.removeLast()
    }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
            UInt8(ascii: "u"), UInt8(ascii: "y"):
            return true
        default:
            return false
        }
    }

    private static func hasVowel(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains(where: isVowel)
    }

    private static func ends(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { suffixBytes in
            var index = 0
            let offset = word.count - count
            while index < count {
                if word[offset + index] != suffixBytes[index] { return false }
                index += 1
            }
            return true
        }
    }
}
