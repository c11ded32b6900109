import Testing
@testable import BriefingKit

@Suite struct TokenNormalizerTests {
    @Test func foldsVietnameseAndLatinDiacritics() {
        #expect(TokenNormalizer.tokens("Lương Cường, Việt Nam, Đà Nẵng") == ["luong", "cuong", "viet", "nam", "da", "nang"])
        // Folding happens before the stop-word check, so "Tô" becomes the stop word "to".
        #expect(TokenNormalizer.tokens("Tô Lâm") == ["lam"])
        #expect(TokenNormalizer.tokens("đ Đồng ĐẠI Łódź Øresund straße") == ["dong", "dai", "lodz", "oresund", "strass"])
    }

    @Test func combiningMarksDoNotSplitWords() {
        // "Lương" written with a combining horn and a combining dot below.
        #expect(TokenNormalizer.tokens("Lu\u{031B}o\u{031B}\u{0300}ng") == ["luong"])
    }

    @Test func dropsStopWordsPunctuationAndSingleLetters() {
        #expect(TokenNormalizer.tokens("The two leaders agreed, Lee's office said.") == ["two", "leader", "agree", "lee", "offic"])
    }

    @Test func stemsInflections() {
        #expect(TokenNormalizer.tokens("calls agreed agrees cooperation countries stepped promoting promote speed")
            == ["call", "agree", "agree", "cooperation", "country", "step", "promot", "promot", "speed"])
    }

    @Test func keepsNumbersAndAbbreviations() {
        #expect(TokenNormalizer.tokens("At 9:30 a.m. the U.S. paid $1,000 or 3.5 per cent in 2025.")
            == ["9", "30", "a.m", "u.s", "paid", "1000", "3.5", "per", "cent", "2025"])
    }

    @Test func keepsNonLatinLetters() {
        #expect(TokenNormalizer.tokens("이재명 대통령 Путин") == ["이재명", "대통령", "путин"])
    }

    @Test func emptyTextHasNoTokens() {
        let signature = TextSignature("— the, and; of!")
        #expect(signature.isEmpty)
        #expect(signature.similarity(to: signature) == 0)
    }
}
