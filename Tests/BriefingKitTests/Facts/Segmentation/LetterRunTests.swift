@testable import BriefingKit
import Testing

/// The scanner passes runs of lower-case letters eight bytes at a time: whatever ends a sentence
/// is found wherever it falls in those eight.
@Suite("Runs of lower-case letters")
struct LetterRunTests {
    /// The eight bytes as one little-endian word.
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// Each byte value in each lane of words that are otherwise `filler`: `test(byte)` says whether its lane is marked.
    static func expectLanes(_ marks: (UInt64) -> UInt64, filler: String = "abcdWXYZ", marked test: (UInt8) -> Bool) {
        for lane in 0..<8 {
            for value in UInt8.min...UInt8.max {
                var bytes = Array(filler.utf8)
                bytes[lane] = value
                #expect(marks(word(bytes)) == (test(value) ? 0x80 << (8 * UInt64(lane)) : 0), "byte \(value) in lane \(lane)")
            }
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }

    @Test func lanesAreMarkedOneByOne() {
        Self.expectLanes(ByteLanes.notLowercase, filler: "abcdwxyz") { !($0 >= 0x61 && $0 <= 0x7A) }
        Self.expectLanes({ ByteLanes.equal($0, 0x2E) }) { $0 == 0x2E }
        Self.expectLanes({ ByteLanes.equal($0, 0x20) }) { $0 == 0x20 }
        Self.expectLanes(ByteLanes.digits) { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Every byte but a letter or a space is looked at; letters of either case never are.
    @Test func everyByteButALetterOrASpaceIsLookedAt() {
        let letters = Self.word(Array("abcdWXYZ".utf8))
        Self.expectLanes({ BoundaryScanner.mayBeInteresting($0, twoAhead: letters) }) { !Self.isLetter($0) && $0 != 0x20 }
    }

    /// A space is looked at only when the byte after next may end a list marker ("2." or "a)").
    @Test func spacesAreLookedAtOnlyBeforeWhatMayBeAListMarker() {
        for lane in 0..<8 {
            var bytes = Array("abcdWXYZ".utf8)
            bytes[lane] = 0x20
            let space = Self.word(bytes)
            for value in UInt8.min...UInt8.max {
                var ahead = Array("abcdWXYZ".utf8)
                ahead[lane] = value
                let marker = value == 0x2E || value == 0x29 || (value >= 0x30 && value <= 0x39)
                #expect(BoundaryScanner.mayBeInteresting(space, twoAhead: Self.word(ahead)) == (marker ? 0x80 << (8 * UInt64(lane)) : 0),
                        "byte \(value) after next, lane \(lane)")
            }
        }
    }

    @Test(arguments: [".", "?", "!"])
    func aSentenceEndsAtEveryOffsetOfARun(_ mark: String) {
        for length in 1...24 {
            let first = "The talks were " + String(repeating: "x", count: length) + mark
            let second = "Both sides agreed."
            #expect(segmented(first + " " + second) == [first, second], "run of \(length)")
        }
    }

    @Test func aParenthesisIsSeenAtEveryOffsetOfARun() {
        for length in 1...24 {
            let text = "The deal was signed " + String(repeating: "x", count: length) + " (worth $2 bn. In total) on Monday."
            #expect(segmented(text) == [text], "run of \(length)")
        }
    }
}
