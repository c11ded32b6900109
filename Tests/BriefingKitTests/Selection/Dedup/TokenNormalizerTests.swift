import Testing
@testable import BriefingKit

@Suite struct TokenNormalizerTests {
    @Test func foldsVietnameseAndLatinDiacritics() {
        #expect(TextSignature("Lương Cường, Việt Nam, Đà Nẵng").tokens == ["luong", "cuong", "viet", "nam", "da", "nang"])
        // Folding happens before the stop-word check, so "Tô" becomes the stop word "to".
        #expect(TextSignature("Tô Lâm").tokens == ["lam"])
        #expect(TextSignature("đ Đồng ĐẠI Łódź Øresund straße").tokens == ["dong", "dai", "lodz", "oresund", "strass"])
    }

    @Test func combiningMarksDoNotSplitWords() {
        // "Lương" written with a combining horn and a combining dot below.
        #expect(TextSignature("Lu\u{031B}o\u{031B}\u{0300}ng").tokens == ["luong"])
    }

    @Test func dropsStopWordsPunctuationAndSingleLetters() {
        #expect(TextSignature("The two leaders agreed, Lee's office said.").tokens == ["two", "leader", "agree", "lee", "offic"])
    }

    @Test func stemsInflections() {
        #expect(TextSignature("calls agreed agrees cooperation countries stepped promoting promote speed").tokens
            == ["call", "agree", "agree", "cooperation", "country", "step", "promot", "promot", "speed"])
    }

    @Test func keepsNumbersAndAbbreviations() {
        #expect(TextSignature("At 9:30 a.m. the U.S. paid $1,000 or 3.5 per cent in 2025.").tokens
            == ["9", "30", "a.m", "u.s", "paid", "1000", "3.5", "per", "cent", "2025"])
    }

    @Test func keepsNonLatinLetters() {
        #expect(TextSignature("이재명 대통령 Путин").tokens == ["이재명", "대통령", "путин"])
    }

    @Test func emptyTextHasNoTokens() {
        let signature = TextSignature("— the, and; of!")
        #expect(signature.isEmpty)
        #expect(signature.similarity(to: signature) == 0)
    }
}
