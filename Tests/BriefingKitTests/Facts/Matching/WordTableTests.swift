import Testing
@testable import BriefingKit

@Suite("Word tables")
struct WordTableTests {
    @Test func findsWordsAndTheirValues() {
        let months = WordTable<Int>(["january": 1, "jan": 1, "may": 5, "mai": 5])
        #expect(months["january"] == 1)
        #expect(months["may"] == 5)
        #expect(months["mayo"] == nil)
        #expect(months["January"] == nil)   // callers lowercase first
        #expect(months[""] == nil)
    }

    @Test func setsListTheirMembers() {
        let words = WordTable(["who", "which", "while", "who"])
        #expect(words.contains("which"))
        #expect(!words.contains("whom"))
        #expect(words.members.sorted() == ["which", "while", "who"])
    }

    @Test func looksUpByAKnownHash() {
        let words = WordTable<Int>(["since": 1, "until": 2])
        #expect(words.value(for: "since", hash: StableHash.fnv1a("since")) == 1)
        // The word is still compared: a hash alone never answers.
        #expect(words.value(for: "sinc", hash: StableHash.fnv1a("since")) == nil)
        #expect(words.value(for: "until", hash: StableHash.fnv1a("since")) == nil)
    }

    @Test("scanned words carry the hash of their lowercased text, so tables find them by it")
    func scannedWordsAreFoundByTheirHash() {
        let tokens = WordScanner.tokens(in: "Lee’s SAID, “Cường” — it’s 19.17 percent… Đà Nẵng, U.S. (well)!")
        #expect(tokens.count > 10)
        for token in tokens {
            #expect(token.hash == StableHash.fnv1a(token.lower), "\(token.lower)")
        }
        let words = WordTable(["said", "cường", "—", ",", "đà"])
        #expect(tokens.indices.filter { words.contains(tokens, $0) }.map { tokens[$0].lower } == ["said", ",", "cường", "—", "đà", ","])
    }
}
