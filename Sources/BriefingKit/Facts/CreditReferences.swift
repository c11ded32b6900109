/// "…, Lee's office said." credits an organisation at the end of a sentence, and "…, it noted." a few
/// sentences on is that organisation again. Alone in a brief, the "it" says nothing of who: the sentence
/// learns the source the article last credited so (`Fact.creditReferent`), and a brief names it in brackets,
/// "it [Lee's office] noted". Only closing attributions count, and only organisations: "…, Kang said."
/// credits a person, and an "it" that opens a sentence ("It marks Lee's first call …") is no attribution.
enum CreditReferences {
    /// The verbs of a closing attribution, in the past tense that news copy uses.
    static let verbWords: Set<String> = ["said", "noted", "added", "stated", "announced", "reported", "explained",
                                     "confirmed", "wrote", "stressed", "emphasised", "emphasized", "continued"]
    /// Nouns that make a credit an organisation's: "the presidential office", "Vietnam's foreign ministry".
    static let organisationWords: Set<String> = ["office", "ministry", "agency", "government", "embassy", "committee", "council",
                                             "department", "administration", "secretariat", "presidency", "cabinet", "authority",
                                             "bureau", "commission", "portal", "newspaper", "broadcaster", "house", "statement"]
    /// A credit longer than this is a clause, not a name: "…, such as rail and nuclear power, Kang said".
    static let maxCreditWords = 5

    /// How a sentence closes: crediting an organisation, or "it" (one it credited before).
    enum Closing: Equatable {
        /// The organisation as written: "Lee's office" in "…, Lee's office said." (never a person: "…, Kang said.").
        case credit(String)
        /// "…, it noted.": the number of UTF-8 bytes after "it" (" noted."), where the name goes.
        case pronoun(bytesAfter: Int)
    }

    /// How `text` closes, when with an attribution to an organisation or to "it". Asked of every sentence, so
    /// read in bytes from the end: nearly every sentence is told apart by its last word.
    static func closing(of text: String) -> Closing? {
        UTF8Scalars.withBytes(of: text) { bytes in
            guard let words = closingWords(of: bytes) else { return nil }
            if words.count > 2, equals(bytes, words[0], "according"), equals(bytes, words[1], "to") {
                return credit(bytes, words[2...])
            }
            let verb: Int
            if verbs.contains(hash(bytes, words[words.count - 1])) {
                verb = words.count - 1
            } else if words.count >= 4, equals(bytes, words[words.count - 3], "in"), equals(bytes, words[words.count - 2], "a"),
                      equals(bytes, words[words.count - 1], "statement"), verbs.contains(hash(bytes, words[words.count - 4])) {
                verb = words.count - 4
            } else {
                return nil
            }
            guard verb > 0 else { return nil }
            if verb == 1, equals(bytes, words[0], "it") { return .pronoun(bytesAfter: bytes.count - words[0].upperBound) }
            return credit(bytes, words[..<verb])
        }
    }

    /// Whether a sentence opens with "It" and a verb of speech ("It said the talks …", "It added that …"): the
    /// organisation the article last credited speaking again, as a closing "…, it noted." is. Not "It added to
    /// tensions" or "It continued to grow": at the head of a sentence, only verbs that say something was said, and
    /// none followed by "to".
    static func opensWithPronoun(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "I") else { return false }
        return UTF8Scalars.withBytes(of: text) { bytes in
            guard bytes.count > 3, bytes[1] == UInt8(ascii: "t"), bytes[2] == 0x20 else { return false }
            var end = 3
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: ".") { end += 1 }
            guard end > 3, openingVerbs.contains(hash(bytes, 3..<end)) else { return false }
            return !(end + 3 < bytes.count && bytes[end] == 0x20 && equals(bytes, (end + 1)..<(end + 3), "to") && bytes[end + 3] == 0x20)
        }
    }

    /// A credit when the words name an organisation: a few words, not a pronoun, with an organisation's noun.
    private static func credit(_ bytes: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Range<Int>>) -> Closing? {
        guard let first = words.first, let last = words.last, words.count <= maxCreditWords,
              !pronouns.contains(hash(bytes, first)),
              words.contains(where: { organisations.contains(hash(bytes, withoutPossessive($0, in: bytes))) }) else { return nil }
        return .credit(String(decoding: UnsafeBufferPointer(rebasing: bytes[first.lowerBound..<last.upperBound]), as: UTF8.self))
    }

    /// The words (as byte ranges) after a sentence's last ", " up to its closing full stop, when they are few and
    /// the last may close an attribution; nil otherwise, as for nearly every sentence, told by its last word.
    private static func closingWords(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        guard let last = bytes.last, last == UInt8(ascii: ".") else { return nil }
        let end = bytes.count - 1
        // Read once: each read of a static in the loop would check that it is made.
        let longest = longestLastWord
        var wordStart = end
        while wordStart > 0, bytes[wordStart - 1] != 0x20, end - wordStart <= longest { wordStart -= 1 }
        let lastWord = hash(bytes, wordStart..<end)
        guard verbs.contains(lastWord) || organisations.contains(lastWord) else { return nil }
        // A closing attribution is a few short words: its comma is not far back.
        var start = wordStart
        while start > 1, bytes[start - 1] != 0x20 || bytes[start - 2] != UInt8(ascii: ",") {
            start -= 1
            if wordStart - start > 120 { return nil }
        }
        guard start > 1 else { return nil }
        var words: [Range<Int>] = []
        words.reserveCapacity(maxCreditWords + 4)
        var wordBegin = start
        for index in start...end where index == end || bytes[index] == 0x20 {
            // Two spaces together, or too many words: not a short attribution.
            guard index > wordBegin, words.count < maxCreditWords + 4 else { return nil }
            words.append(wordBegin..<index)
            wordBegin = index + 1
        }
        return words
    }

    private static let verbs = WordHashTable(verbWords.map(StableHash.fnv1a))
    private static let openingVerbs = WordHashTable(["said", "noted", "added", "stated", "announced", "explained", "stressed",
                                                     "emphasised", "emphasized"].map(StableHash.fnv1a))
    private static let organisations = WordHashTable(organisationWords.map(StableHash.fnv1a))
    private static let pronouns = WordHashTable(["it", "he", "she", "they", "we"].map(StableHash.fnv1a))
    private static let longestLastWord = verbWords.union(organisationWords).map(\.utf8.count).max() ?? 0

    /// The FNV hash of a word's bytes, ASCII lowercased ("Ministry" is "ministry"), as the tables hold them.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64 {
        var hash = StableHash.fnvOffset
        for index in word {
            let byte = bytes[index]
            hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* StableHash.fnvPrime
        }
        return hash
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ expected: StaticString) -> Bool {
        word.count == expected.utf8CodeUnitCount && (0..<word.count).allSatisfy { bytes[word.lowerBound + $0] == expected.utf8Start[$0] }
    }

    /// A word without a closing "'s" or "’s": "Ministry's" → "Ministry".
    private static func withoutPossessive(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard word.count > 2, bytes[word.upperBound - 1] == UInt8(ascii: "s") else { return word }
        if bytes[word.upperBound - 2] == UInt8(ascii: "'") { return word.lowerBound..<(word.upperBound - 2) }
        // The right single quotation mark, E2 80 99.
        if word.count > 4, bytes[word.upperBound - 2] == 0x99, bytes[word.upperBound - 3] == 0x80, bytes[word.upperBound - 4] == 0xE2 {
            return word.lowerBound..<(word.upperBound - 4)
        }
        return word
    }
}

/// The organisations an article has credited so far, for the "it" of a later closing attribution.
struct CreditMemory {
    /// The credits in the order the article gave them, the last few only.
    private var credits: [String] = []
    private static let kept = 8
    /// The sentences read since the last credit: an "it" further on may be a company or a country the article has
    /// turned to ("Samsung will invest $1 billion, it said."), not the office it last credited.
    private var sentencesSince = 0
    static let reach = 3

    /// Notes the sentence just read, and what it credits, if anything.
    mutating func read(crediting credit: String?) {
        sentencesSince += 1
        guard let credit else { return }
        credits.append(credit)
        if credits.count > Self.kept { credits.removeFirst() }
        sentencesSince = 0
    }

    /// What "it" in the next sentence stands for: the last credit, within `reach` sentences, or, when that was a bare
    /// "the office", the article's fuller earlier name for the same office ("Lee's office", "the presidential office").
    var referent: String? {
        guard let last = credits.last, sentencesSince <= Self.reach else { return nil }
        let words = last.split(separator: " ")
        guard words.count == 2, words[0] == "the", let head = words.last else { return last }
        return credits.dropLast().last { credit in
            credit != last && credit.split(separator: " ").last.map { $0.lowercased() == head.lowercased() } == true
        } ?? last
    }
}
