import Testing
@testable import BriefingKit

@Suite("Ledes that name an untitled article")
struct LedeTests {
    private func lede(_ paragraph: String) -> String? {
        CorpusReader.lede(of: Article(file: "a.txt", paragraphs: [paragraph]))
    }

    @Test func longFirstSentenceIsCutAfterTwelveWords() {
        let text = "State President Lương Cường on Thursday held phone talks with President Lee Jae-myung of the Republic of Korea. Both sides agreed."
        #expect(lede(text) == "State President Lương Cường on Thursday held phone talks with President Lee …")
    }

    @Test func shortFirstSentenceIsWhole() {
        #expect(lede("Lee met Cường in Gyeongju. They agreed on rail.") == "Lee met Cường in Gyeongju.")
        #expect(lede("One two three four five six seven eight nine ten eleven twelve.") == "One two three four five six seven eight nine ten eleven twelve.")
        #expect(CorpusReader.lede(of: Article(file: "a.txt")) == nil)
    }
}
