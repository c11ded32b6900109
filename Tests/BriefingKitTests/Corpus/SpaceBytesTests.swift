import Testing
@testable import BriefingKit

/// Spaces judged whole characters by bytes are whole characters by the standard library's rules.
@Suite("Spaces read from bytes")
struct SpaceBytesTests {
    static let ranges: [ClosedRange<UInt32>] = [0x00A0...0x02FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0xAC00...0xD7A3]

    @Test func plainNeighboursNeverJoinASpace() {
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(SpaceBytes.isPlainNeighbour(value))
                let character = String(Character(scalar))
                #expect((" " + character).count == 2 && (character + " ").count == 2, "U+\(String(value, radix: 16))")
                #expect((" " + character + " ").count == 3, "U+\(String(value, radix: 16))")
            }
        }
        for value: UInt32 in [0x0300, 0x0301, 0x200C, 0x200D, 0x0600, 0x0903, 0x1100, 0x1F1E6, 0x3099, 0xFE0F, 0x1F600] {
            #expect(!SpaceBytes.isPlainNeighbour(value))
        }
    }

    @Test func spacesLeftOutAgree() throws {
        var texts = try ByteRulesTests.allLines
        texts += ["Hà Nội", "hà nội 2025", "한국어 뉴스", " \u{0301}x", "x \u{0301}", "\u{0600} x", "x \u{0600}", "e\u{0301} e\u{0301}",
                  "\u{1100} \u{1161}", "\u{1F1F0} \u{1F1F7}", "a \u{200D} b", "“ ”", "— —", "  ", " ", ""]
        for text in texts {
            #expect(Array(SpaceBytes.withoutSpaces(text).utf8) == Array(text.filter { $0 != " " }.utf8), "\(text)")
            #expect(Array(text.trimmingSpaces().utf8) == Array(ReferenceRules.trimmingSpaces(text[...]).utf8), "\(text)")
            let padded = " " + text + "  "
            #expect(Array(padded.trimmingSpaces().utf8) == Array(ReferenceRules.trimmingSpaces(padded[...]).utf8), "\(text)")
        }
    }
}
