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
}
