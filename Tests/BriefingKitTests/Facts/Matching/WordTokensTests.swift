import Testing
@testable import BriefingKit

@Suite("Words as matching sees them")
struct WordTokensTests {
    /// The original text of each token, as a mention's range would show it.
    private func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return WordTokens(text).tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func rangesPointIntoTheOriginalText() {
        #expect(words("Lương Cường met Lee Jae-myung in Hà Nội.") == ["Lương", "Cường", "met", "Lee", "Jae", "myung", "in", "Hà", "Nội"])
        // A combining mark belongs to the word it follows; an apostrophe separates words.
        #expect(words("Cu\u{0301}ong’s visit") == ["Cu\u{0301}ong", "s", "visit"])
    }

    @Test func hashesIgnoreCaseAndDiacritics() {
        let folded = WordTokens("luong cuong viet nam").tokens.map(\.hash)
        #expect(WordTokens("LƯƠNG Cường Việt Nam").tokens.map(\.hash) == folded)
        #expect(WordTokens("Luong-Cuong, Viet Nam!").tokens.map(\.hash) == folded)
        #expect(WordTokens("Straße").tokens.map(\.hash) == WordTokens("strasse").tokens.map(\.hash))
    }

    @Test func stemsDropPluralEndings() {
        func stem(_ word: String) -> UInt64? { WordTokens(word).tokens.first?.stemHash }
        func hash(_ word: String) -> UInt64? { WordTokens(word).tokens.first?.hash }
        #expect(stem("plants") == hash("plant"))
        #expect(stem("taxes") == hash("tax"))
        #expect(stem("churches") == hash("church"))
        #expect(stem("gas") == hash("gas"))      // too short to be a plural
        #expect(stem("class") == hash("class"))  // double s
    }

    /// The definition spelled out: fold each scalar, split the folded bytes on non-word bytes,
    /// hash each word, and hash it again without a plural ending.
    private func reference(_ text: String) -> [WordTokens.Token] {
        var words: [(start: Int, end: Int, bytes: [UInt8])] = []
        var current: (start: Int, bytes: [UInt8])?
        let utf8 = Array(text.utf8)
        var offset = 0
        func close(at end: Int) {
            if let word = current { words.append((word.start, end, word.bytes)) }
            current = nil
        }
        while offset < utf8.count {
            var folded: [UInt8] = []
            let width: Int
            if utf8[offset] < 0x80 {
                folded = [Array(String(UnicodeScalar(utf8[offset])).lowercased().utf8)[0]]
                width = 1
            } else {
                let (value, scalarWidth) = utf8.withUnsafeBufferPointer { UTF8Scalars.decode($0, at: offset) }
                FoldedText.foldNonASCII(value, into: &folded)
                width = scalarWidth
            }
            for byte in folded {
                if WordTokens.isWordByte(byte) {
                    if current == nil { current = (offset, []) }
                    current?.bytes.append(byte)
                } else {
                    close(at: offset)
                }
            }
            offset += width
        }
        close(at: utf8.count)
        return words.map { word in
            var stem = word.bytes
            let suffix = String(decoding: stem.suffix(3), as: UTF8.self)
            if stem.count > 3, stem.last == UInt8(ascii: "s"), !suffix.hasSuffix("ss") {
                stem.removeLast(stem.count > 4 && (suffix == "hes" || suffix == "xes") ? 2 : 1)
            }
            return WordTokens.Token(range: word.start..<word.end, hash: StableHash.fnv1a(word.bytes), stemHash: StableHash.fnv1a(stem))
        }
    }

    @Test func scanMatchesTheDefinition() {
        let texts = [
            "Lương Cường met Lee Jae-myung in Hà Nội on the 12th; taxes, churches, gas and classes rose.",
            "Cường's Cuongs Nguyễns NGUYÊN TRỌNGS xes hes boxes Bushes US$1,500 ASEAN-Korea 2025s",
            "boxés bushés Straße ß ﬁnance Œuvres naïve café’s résumés A I a1 b2c3 é e\u{0301}s x",
            "", "s", "es", "  ", "Ω Москвы 이재명 대통령", "end.s", "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ]
        for text in texts {
            let scanned = WordTokens(text).tokens
            let expected = reference(text)
            #expect(scanned.map(\.range) == expected.map(\.range), "\(text)")
            #expect(scanned.map(\.hash) == expected.map(\.hash), "\(text)")
            #expect(scanned.map(\.stemHash) == expected.map(\.stemHash), "\(text)")
        }
    }

    @Test func phraseHashesMatchTheScanOfASentence() {
        let sentence = WordTokens("They discussed nuclear power plants.").tokens.map(\.stemHash)
        let phrase = WordTokens.hashes(of: "Nuclear Power Plant", stemmed: true)
        #expect(sentence[2..<5].elementsEqual(phrase))
    }
}

@Suite("Word hash tables")
struct WordHashTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let keys = (0..<500).map { StableHash.mix(UInt64($0)) }
        let table = WordHashTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        for (value, key) in keys.enumerated() { #expect(table.value(for: key) == value) }
        let others = (500..<1_500).map { StableHash.mix(UInt64($0)) }
        #expect(others.allSatisfy { !table.contains($0) })
    }

    @Test func emptyAndColliding() {
        #expect(!WordHashTable([UInt64]()).contains(0))
        // Keys that differ only in high bits land in neighbouring slots and are all found.
        let keys: [UInt64] = [1, 1 << 40 | 1, 1 << 50 | 1, 1 << 60 | 1]
        let table = WordHashTable(keys)
        #expect(keys.allSatisfy(table.contains))
        #expect(!table.contains(2))
    }
}
