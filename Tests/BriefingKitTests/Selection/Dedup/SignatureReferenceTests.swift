import Testing
@testable import BriefingKit

/// The in-place normaliser, stemmer and MinHash against `ReferenceSignature`, their plain versions.
@Suite struct SignatureReferenceTests {
    static let trickyTexts: [String] = [
        "", " ", ".", ",", "a", "ab", "a.", ".a", "1,", ",1", "1.", "1,000,000", "3.5.6", "1.a", "a.1",
        "a.m.", "a.m", "U.S.", "U.S.-China", "U.S.A.", "e.g., i.e.", "Ph.D.", "st. louis", "no.1", "x.y.zz",
        "Lee's office’s “key partner” — 25-minute call… «quoted» ‘single’",
        "high-speed rail, well-being, re-elected, co-operate, 2024–25, 9:30",
        "Lương Cường, Việt Nam, Đà Nẵng, Tô Lâm, Łódź, Øresund, straße, Æsir, Œuvre, ĲSSEL, ǅemal",
        "Lu\u{031B}o\u{031B}\u{0300}ng, cafe\u{0301}, nai\u{0308}ve", "İstanbul İİ", "ΑΘΗΝΑ Σίσυφος ΣΊΣΥΦΟΣ",
        "이재명 대통령 Путин МОСКВА 北京 東京都 ١٢٣ ४५६ Ⅻ ½ ² ³ ①",
        "calls agreed agrees cooperation countries stepped promoting promote speed passes buses crisis ties",
        "flies dies lies cries skies species series agreed freed sees seed feed needed proceed exceeded",
        "hopping hoping filled fizzed missed tossed falling rolling sing bring string king thing things",
        "the THE The tHe said SAYS Say their theirs ours yours ourselves sees",
        "bed red ted shed sled sing ring ding bing ping eed ied ses ss us is",
        "agreeing seeing fleeing being doing going having making taking lying dying tying",
        "cooperation, cooperations; nations' leaders; leaders’; Vietnam's Korea's; Jones's",
        "1st 2nd 3rd 4th 10km 5kg $1.5bn US$200m 50% 3.5% 12:30pm 2025-10-29 #hashtag @handle",
        "tab\tnew\nline\r\nreturn and  double  spaces",
        String(repeating: "bilateral cooperation ", count: 40),
        "ﬁnance ﬂows ﬀ", "Ｆｕｌｌｗｉｄｔｈ　ｌｅｔｔｅｒｓ １２３", "emoji 👍🏽 flags 🇻🇳 zwj 👨‍👩‍👧",
    ]

    static let texts: [String] = trickyTexts + SampleCases.all + corpusSentences

    @Test func tokensMatchTheReference() {
        for text in Self.texts {
            let expected = ReferenceSignature.tokens(text).map { String(decoding: $0, as: UTF8.self) }
            #expect(TokenNormalizer.tokens(text) == expected, "\(text)")
            #expect(TokenNormalizer.hashes(text) == ReferenceSignature.tokens(text).map { StableHash.fnv1a($0) }, "\(text)")
        }
    }

    @Test func minHashMatchesTheReference() {
        for text in Self.texts {
            #expect(TextSignature(text).minHash == ReferenceSignature.minHash(text), "\(text)")
        }
    }

    @Test func stemmerMatchesTheReference() {
        let words = Self.texts.flatMap { $0.lowercased().split { !("a"..."z").contains($0) } }.map { Array($0.utf8) }
            + ["sses", "ies", "eies", "ssss", "aies", "eed", "feed", "ing", "ting", "ting", "bbing", "aaed", "ssed", "zzing"].map { Array($0.utf8) }
        for word in words {
            var bytes = word
            let length = bytes.withUnsafeMutableBufferPointer { Stemmer.stem($0) }
            #expect(Array(bytes.prefix(length)) == ReferenceSignature.stem(word), "\(String(decoding: word, as: UTF8.self))")
        }
    }

    /// What the scratch buffers' sizes rely on: no scalar folds to more than three times its UTF-8,
    /// and a scalar folds to word bytes only or to one space, so it never holds two tokens.
    @Test func everyScalarFoldsWithinBounds() {
        var longest = 0.0
        var splitting: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var folded: [UInt8] = []
            TokenNormalizer.foldNonASCII(value, into: &folded)
            longest = max(longest, Double(folded.count) / Double(scalar.utf8.count))
            let isWord = { (byte: UInt8) in byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) }
            if folded != [UInt8(ascii: " ")] && !folded.allSatisfy(isWord) { splitting.append(value) }
        }
        #expect(longest <= Double(TokenNormalizer.foldedBytesPerByte))
        #expect(splitting.isEmpty)
    }

    /// The shortcut for General Punctuation gives what the full rule gives: a space.
    @Test func generalPunctuationFoldsToASpace() {
        for value in UInt32(0x2000)...0x206F {
            var folded: [UInt8] = []
            TokenNormalizer.foldNonASCII(value, into: &folded)
            #expect(TokenNormalizer.isPunctuation(value))
            #expect(folded == [UInt8(ascii: " ")], "U+\(String(value, radix: 16))")
        }
    }
}
