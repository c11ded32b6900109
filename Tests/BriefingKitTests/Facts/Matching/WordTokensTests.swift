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
