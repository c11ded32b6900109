import Testing
@testable import BriefingKit

/// The plain scalars are characters of their own, with the properties `Character` gives them, and
/// the rules that read them one by one agree with the rules that read characters.
@Suite("Plain characters")
struct PlainCharactersTests {
    static var plainScalars: [Unicode.Scalar] {
        (PlainCharacters.ranges + [PlainCharacters.hangulSyllables]).flatMap { range in
            range.compactMap(Unicode.Scalar.init).filter { !PlainCharacters.traits($0).contains(.notPlain) }
        }
    }

    @Test func everyPlainScalarHasItsCharacterProperties() {
        let scalars = Self.plainScalars
        #expect(scalars.count > 1_000)
        for scalar in scalars {
            let character = Character(scalar)
            let traits = PlainCharacters.traits(scalar)
            #expect(traits.contains(.letter) == character.isLetter, "U+\(String(scalar.value, radix: 16))")
            #expect(traits.contains(.uppercase) == character.isUppercase, "U+\(String(scalar.value, radix: 16))")
            #expect(traits.contains(.lowercase) == character.isLowercase, "U+\(String(scalar.value, radix: 16))")
            #expect(traits.contains(.number) == character.isNumber, "U+\(String(scalar.value, radix: 16))")
            #expect(String(PlainCharacters.lowercase(scalar)) == String(character).lowercased())
            #expect(!PlainCharacters.traits(PlainCharacters.lowercase(scalar)).contains(.notPlain))
            #expect(PlainCharacters.uppercase(scalar) == String(character).uppercased())
        }
        for value: UInt32 in [0x0D, 0x0A, 0x09, 0x1F, 0x7F, 0x9F, 0x0130, 0x0300, 0x0600, 0x1100, 0x1DFF, 0x1F00, 0x200D, 0x200F,
                              0x2028, 0x202F, 0x205F, 0x2060, 0x3000, 0xABFF, 0xD7A4, 0x1F600] {
            #expect(PlainCharacters.traits(Unicode.Scalar(value) ?? "\u{0}").contains(.notPlain), "U+\(String(value, radix: 16))")
        }
    }

    @Test func plainScalarsNeverJoinEachOther() {
        let neighbours: [Unicode.Scalar] = ["a", "A", " ", ".", "\u{00E9}", "\u{1EC7}", "\u{01C5}", "\u{2019}", "\u{2014}", "\u{AC00}", "\u{AC01}", "\u{D7A3}"]
        for scalar in Self.plainScalars {
            for neighbour in neighbours + [scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(neighbour)
                var reversed = String.UnicodeScalarView()
                reversed.append(neighbour)
                reversed.append(scalar)
                #expect(String(pair).count == 2 && String(reversed).count == 2, "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    static let texts: [String] = [
        "HÀ NỘI", "Hà Nội", "hà nội", "ĐÀ NẴNG", "TP. HỒ CHÍ MINH", "THỪA THIÊN–HUẾ", "STRAẞE", "straße", "ǅEMAL", "ǆemal", "ĸ",
        "İSTANBUL", "서울", "서울 SEOUL", "ŉ", "ǈUBLJANA", "Ǆ Ǉ Ǌ", "ÀÉÎ ÕÜ", "é", "É", "e\u{0301}", "HÀ\u{0301} NỘI", "\u{2019}", "D’ARCY",
        "O’HARE", "ÅLAND", "ÆRØ", "Ø", "ÞINGVELLIR", "1½", "²", "Ⅻ", "ＡＢＣ", "BẮC NINH (VNA)", "Nhân Dân", "NHÂN DÂN", "",
    ]

    @Test func rulesOnPlainTextAgree() {
        var texts = Self.texts
        texts += Self.texts.map { $0 + " " + $0 }
        texts.append(String(repeating: "Việt Nam ", count: 20))
        texts.append(String(repeating: "VIỆT NAM — ", count: 15) + "\u{0301}")
        for text in texts {
            #expect(TextShape.titleCased(text) == ReferenceRules.titleCased(text), "\(text)")
            #expect(TextShape.isAllCaps(text) == ReferenceRules.isAllCaps(text), "\(text)")
            #expect(TextShape.hasLowercase(text) == ReferenceRules.hasLowercase(text), "\(text)")
            #expect(TextShape.isTitleLike(text) == ReferenceRules.isTitleLike(text), "\(text)")
            for count in [0, 1, 3, 6, 120] {
                #expect(Array(TextShape.prefix(text, characters: count).utf8) == Array(text.prefix(count).utf8), "\(text)")
            }
            for needsCapitals in [true, false] {
                #expect(DatelineParser.isPlace(text[...], needsCapitals: needsCapitals)
                        == ReferenceRules.isPlace(text[...], needsCapitals: needsCapitals), "\(text)")
            }
        }
    }
}
