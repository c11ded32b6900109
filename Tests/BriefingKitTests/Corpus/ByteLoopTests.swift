import Foundation
import Testing
@testable import BriefingKit

/// The tightened byte loops give exactly the answers of the loops they replaced.
@Suite("Byte loops of the reader")
struct ByteLoopTests {
    /// The project's sample articles and fixtures, as bytes.
    static func fileBytes() throws -> [[UInt8]] {
        let folders = [TestPaths.seeds, TestPaths.packageRoot + "/Tests/BriefingKitTests/Fixtures/Corpus"]
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.map { name in
                [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            }
        }
    }

    /// Texts with line breaks, spaces, controls and multi-byte characters at every offset of an
    /// eight-byte word, and random bytes from a fixed seed.
    static func synthetic() -> [[UInt8]] {
        let pieces: [[UInt8]] = ["\n", "\r", "\r\n", "\n\r", " ", "  ", "\t", "\u{00A0}", "\u{2009}", "\u{200B}", "\u{FEFF}",
                                 "é", "한", "😀", "\u{0007}", "\u{0085}", "\u{3000}", "abc", "Yonhap", ".", "\u{2014}"]
            .map { Array($0.utf8) }
        var texts: [[UInt8]] = []
        for piece in pieces {
            for offset in 0..<17 {
                texts.append(Array(repeating: UInt8(ascii: "x"), count: offset) + piece + Array("tail words".utf8))
                texts.append(piece + Array(repeating: UInt8(ascii: "y"), count: offset) + piece)
            }
        }
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 300) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 59)
                bytes += pick < pieces.count ? pieces[pick] : [UInt8(truncatingIfNeeded: state >> 40)]
            }
            texts.append(bytes)
        }
        return texts
    }

    @Test func decoderCountsAgree() throws {
        for bytes in try Self.fileBytes() + Self.synthetic() + [[0], Array(repeating: 0x41, count: 70_000) + [0]] {
            #expect(TextDecoder.looksBinary(bytes) == ReferenceByteCounts.looksBinary(bytes))
            #expect(TextDecoder.utf8Census(bytes) == ReferenceByteCounts.utf8Census(bytes))
        }
    }

    @Test func linesAgree() throws {
        for bytes in try Self.fileBytes() + Self.synthetic() {
            let valid = Array(String(decoding: bytes, as: UTF8.self).utf8)
            for cap in [PageLines.maxLineBytes, 40, 7] {
                let split = PageLines.split(valid, maxLineBytes: cap)
                let reference = ReferencePageLines.split(valid, maxLineBytes: cap)
                #expect(split.lines.map { Array($0.utf8) } == reference.lines.map { Array($0.utf8) })
                #expect(split.truncatedLines == reference.truncatedLines)
            }
        }
    }

    @Test func languageVerdictsAgree() throws {
        var paragraphSets = try Self.fileBytes().map { bytes in
            PageLines.split(Array(String(decoding: bytes, as: UTF8.self).utf8)).lines.filter { !$0.isEmpty }
        }
        paragraphSets += Self.synthetic().map { [String(decoding: $0, as: UTF8.self)] }
        paragraphSets.append(Array(repeating: "the cat and the dog were in the house of the king", count: 400))
        for paragraphs in paragraphSets {
            let verdict = LanguageDetector.judge(paragraphs)
            #expect(verdict == ReferenceByteCounts.judge(paragraphs))
            Self.expectSameLanguage(LanguageDetector.judge(paragraphs, stoppingWhenEnglish: true), verdict)
        }
    }

    /// The verdict of a count that stopped once the text was English names the same language.
    static func expectSameLanguage(_ early: LanguageDetector.Verdict, _ full: LanguageDetector.Verdict) {
        switch (early, full) {
        case (.english(let share), .english): #expect(share >= LanguageDetector.threshold)
        default: #expect(early == full)
        }
    }

    /// Stop words and longer words at every offset of an eight-byte word, in any case, against
    /// non-ASCII letters, general punctuation and the token limit.
    @Test func languageVerdictsAgreeAtWordEdges() {
        let words = ["the", "The", "THE", "a", "I", "between", "Between", "betweens", "thereof", "during", "duringx",
                     "théy", "the\u{00E9}", "\u{00E9}the", "the\u{2019}s", "\u{201C}the\u{201D}", "the\u{2014}and", "x",
                     "internationalization", "aaaaaaaa", "aaaaaaaaa", "of\u{1F600}", "in@to", "[the]", "a1b", "Z", "z{"]
        var paragraphSets: [[String]] = []
        for offset in 0..<9 {
            let pad = String(repeating: "q", count: offset)
            for word in words {
                paragraphSets.append([pad + " " + Array(repeating: word, count: 24).joined(separator: " ")])
                paragraphSets.append([Array(repeating: pad + word, count: 24).joined(separator: ", "), word])
            }
        }
        // The limit falls on a token ended by general punctuation, by an ASCII mark and by a paragraph end.
        for tail in ["the\u{2014}the and", "the, the", "the"] {
            let lead = Array(repeating: "the", count: LanguageDetector.maximumTokens - 1).joined(separator: " ")
            paragraphSets.append([lead + " " + tail])
            paragraphSets.append([lead, tail, "and the of"])
        }
        // Mostly English, then mostly not: the early stop must not call English what the full count does not.
        for englishParagraphs in 1...12 {
            let english = Array(repeating: "The minister said that the talks in Seoul were a success for both of them.", count: englishParagraphs)
            let other = Array(repeating: "Chủ tịch nước Lương Cường đã điện đàm với Tổng thống Hàn Quốc, hai bên nhất trí thúc đẩy hợp tác.", count: 8)
            paragraphSets.append(english + other)
            paragraphSets.append(other + english)
        }
        for paragraphs in paragraphSets {
            let verdict = LanguageDetector.judge(paragraphs)
            #expect(verdict == ReferenceByteCounts.judge(paragraphs), "\(paragraphs.first?.prefix(40) ?? "")")
            Self.expectSameLanguage(LanguageDetector.judge(paragraphs, stoppingWhenEnglish: true), verdict)
        }
    }

    @Test func lineSetsFindLinesThatShareAHash() {
        var set = LineSet()
        let inserted = [set.insert("first", hash: 7), set.insert("second", hash: 7), set.insert("second", hash: 7),
                        set.insert("first", hash: 7)]
        #expect(inserted == [true, true, false, false])
        #expect(set.contains("first", hash: 7) && set.contains("second", hash: 7))
        #expect(!set.contains("third", hash: 7))
        #expect(!set.contains("first"))
        let accents = [set.insert("Caf\u{00E9}"), set.insert("Cafe\u{0301}")]
        #expect(accents == [true, true])
        #expect(set.contains("Caf\u{00E9}") && !set.contains("Cafe"))
    }

    @Test func lineSetsTellApartLinesThatShareAQuickKey() {
        // The same length and the same first, middle and last eight bytes: the same quick key.
        let first = "Lee and Cuong met AAAA in Seoul, BBBB said the office."
        let second = "Lee and Cuong met CCCC in Seoul, DDDD said the office."
        #expect(LineSet.quickKey(first) == LineSet.quickKey(second))
        var set = LineSet(minimumCapacity: 2)
        #expect(set.insert(first) && set.insert(second) && !set.insert(first) && !set.insert(second))
        #expect(set.contains(first) && set.contains(second) && !set.contains(first + "."))
        var grown = LineSet()
        let lines = (0..<100).map { "line \($0) " + String(repeating: "x", count: $0 % 30) }
        #expect(lines.allSatisfy { grown.insert($0) })
        #expect(lines.allSatisfy { grown.contains($0) && !grown.insert($0) })
    }

    @Test("a line's hash folds its bytes eight at a time as little-endian words, then the tail byte by byte")
    func lineHashesReadLittleEndianWords() {
        func reference(_ line: String) -> UInt64 {
            let bytes = Array(line.utf8)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            var index = 0
            while index + 8 <= bytes.count {
                var word: UInt64 = 0
                for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << (offset * 8) }
                hash = StableHash.combine(hash, word)
                index += 8
            }
            for byte in bytes[index...] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        let text = "Lương Cường held talks with Lee Jae-myung in Gyeongju — “a new chapter” — on Thursday."
        for length in 0...text.count {
            let line = String(text.prefix(length))
            #expect(LineSet.hash(line) == reference(line))
        }
    }

    @Test func lineIndexSetsActAsSets() {
        var related = LineIndexSet(count: 5)
        related.insert(1)
        var captions = LineIndexSet(count: 5)
        captions.insert(3)
        let both = related.union(captions)
        #expect((0..<7).filter(both.contains) == [1, 3])
        #expect(!related.contains(-1) && !related.contains(9))
    }
}
