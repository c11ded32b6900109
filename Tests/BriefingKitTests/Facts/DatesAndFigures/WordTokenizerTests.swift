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

    @Test func eachTokenCarriesTheHashOfItsText() {
        let tokens = WordTokenizer.tokens(in: "On MONDAY, Việt Nam’s ₫1,250 bn (25th) deal")
        for token in tokens { #expect(token.hash == StableHash.fnv1a(token.text), "\(token.text)") }
        // Tables look tokens up by that hash: the same answers as by their text.
        let months = WordTable<Int>(["monday": 1, "bn": 2, "₫": 3, "1,250": 4])
        #expect(tokens.indices.map { months[tokens, $0] } == tokens.map { months[$0.text] })
        #expect(tokens.indices.compactMap { months[tokens, $0] } == [1, 3, 4, 2])
    }

    @Test func prefixTestFindsWordsStartingWithAListedPrefix() {
        let prefixes = WordTokenizer.prefixSet(["jan", "tomorrow", "yes"])
        #expect(WordTokenizer.containsWord(withPrefixIn: prefixes, in: "Talks resume in January."))
        #expect(WordTokenizer.containsWord(withPrefixIn: prefixes, in: "YESTERDAY's talks"))
        #expect(WordTokenizer.containsWord(withPrefixIn: prefixes, in: "they meet tom"))
        // The prefix must open a word, and a word shorter than three letters never matches.
        #expect(!WordTokenizer.containsWord(withPrefixIn: prefixes, in: "Benjamin and Ja met"))
        #expect(!WordTokenizer.containsWord(withPrefixIn: prefixes, in: "to my eyes"))
        #expect(!WordTokenizer.containsWord(withPrefixIn: prefixes, in: ""))
    }

    @Test func digitTest() {
        #expect(WordTokenizer.containsDigit("in 2025"))
        #expect(!WordTokenizer.containsDigit("in May"))
        #expect(WordTokenizer.containsDigit(String("x9".dropFirst())))
    }

    @Test("the eight-bytes-at-a-time digit test agrees with testing byte by byte, for every byte in every place")
    func digitTestMatchesBytes() {
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = byte
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(WordTokenizer.hasDigit(word) == (byte >= 0x30 && byte <= 0x39), "byte \(byte) at \(place)")
            }
        }
        // Neighbours that could borrow or carry: every byte beside each digit and non-digit.
        for digit: UInt8 in [0x2F, 0x30, 0x39, 0x3A, 0xB0, 0xB9] {
            for other in UInt8.min...UInt8.max {
                let word = [other, digit, other, other, digit, other, other, digit].withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(WordTokenizer.hasDigit(word) == ((0x30...0x39).contains(digit) || (0x30...0x39).contains(other)))
            }
        }
        for text in ["", "1", "abcdefgh", "abcdefg7", "abcdefgh9", "Cường’s 1st", "no digits here at all, none", "¹²³ superscripts"] {
            #expect(WordTokenizer.containsDigit(text) == text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(text)")
        }
    }
}
