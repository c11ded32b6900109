import Testing
@testable import BriefingKit

@Suite("WordTokenizer")
struct WordTokenizerTests {
    @Test func splitsWordsNumbersAndSymbols() {
        let tokens = WordTokenizer.tokens(in: "US$1,250.5 bn, Việt Nam’s 25-minute (0/250자)")
        #expect(tokens.map(\.text) == ["us", "$", "1,250.5", "bn", ",", "việt", "nam", "’", "s", "25", "-", "minute",
                                      "(", "0", "/", "250", "자", ")"])
        #expect(tokens[2].value == 1250.5 && !tokens[2].isPlainInteger)
        #expect(tokens.map(\.isJoined) == [false, true, true, false, true, false, false, true, true, false, true, true,
                                          false, true, true, true, true, true])
        #expect(tokens[0].isCapitalized && !tokens[3].isCapitalized)
    }

    @Test func commaFollowedByFourDigitsIsNotAThousandsSeparator() {
        let tokens = WordTokenizer.tokens(in: "June 12,2025 and 12, 2025")
        #expect(tokens.filter(\.isNumber).map(\.text) == ["12", "2025", "12", "2025"])
    }

    @Test func offsetsAreUTF8() {
        let sentence = "Tô Lâm 2027"
        let token = WordTokenizer.tokens(in: sentence)[2]
        #expect(token.start == sentence.utf8.count - 4 && token.end == sentence.utf8.count)
    }
}
