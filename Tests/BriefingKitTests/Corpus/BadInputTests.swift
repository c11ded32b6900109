import Testing
@testable import BriefingKit

@Suite("Bad input never crashes")
struct BadInputTests {
    @Test func emptyFile() {
        #expect(Fixture.skipMessage([]) == "empty file")
        #expect(Fixture.skipMessage(Array("\n \u{00A0}\r\n\t\n".utf8)) == "empty file")
        #expect(Fixture.skipMessage([0xEF, 0xBB, 0xBF]) == "empty file")
    }

    @Test func binaryFiles() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        png += (0..<4_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        #expect(Fixture.skipMessage(png) == "binary file")
        let controls = (0..<2_000).map { UInt8(1 + $0 % 8) } + Array(Fixture.prose.utf8)
        #expect(Fixture.skipMessage(controls) == "binary file")
    }

    @Test func invalidUTF8WithFewStrayBytesIsRepaired() throws {
        var bytes = Array(("Lương Cường meets Lee\n" + String(repeating: "Việt Nam and the RoK agreed to deepen ties in trade, officials said. ", count: 5)).utf8)
        bytes.insert(0xFF, at: bytes.count - 1)
        guard case .article(let article, let warnings) = ArticleReader().read(bytes, file: "f.txt") else {
            Issue.record("expected an article")
            return
        }
        #expect(article.title == "Lương Cường meets Lee")
        #expect(warnings.map(\.message) == ["1 invalid UTF-8 byte(s) replaced"])
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = "Lee meets Cuong\n\(Fixture.prose)"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard case .article(let article, let warnings) = ArticleReader().read(bytes, file: "f.txt") else {
            Issue.record("expected an article")
            return
        }
        #expect(article.paragraphs == [Fixture.prose])
        #expect(warnings.map(\.message) == ["decoded as UTF-16"])
    }

    @Test func crlfAndLoneCarriageReturns() throws {
        let article = try Fixture.article("Lee meets Cuong\r\n\r\n\(Fixture.prose)\r\(Fixture.prose.replacingFirstWord())\r\n")
        #expect(article.title == "Lee meets Cuong")
        #expect(article.paragraphs.count == 2)
    }

    @Test func fiftyMegabytesOnOneLine() throws {
        let sentence = Array("The delegations discussed trade, investment and energy cooperation at length. ".utf8)
        var bytes: [UInt8] = Array("Marathon talks end\n".utf8)
        bytes.reserveCapacity(50_000_100)
        while bytes.count < 50_000_000 { bytes += sentence }
        let outcome: ReadOutcome? = ArticleReader().read(bytes, file: "big.txt")
        guard case .article(let article, let warnings)? = outcome else {
            Issue.record("expected an article")
            return
        }
        #expect(article.title == "Marathon talks end")
        #expect(article.paragraphs.count == 1)
        #expect((article.paragraphs.first?.utf8.count ?? 0) <= PageLines.maxLineBytes)
        #expect(article.paragraphs.first?.hasSuffix(".") == true)
        #expect(warnings.map(\.message) == ["1 line(s) longer than 65536 bytes truncated"])
    }

    @Test func manyShortLinesStayLinear() throws {
        let block = "Related Stories\n[x](y)\n\u{00A0}\n\(Fixture.prose)\n"
        let text = "Talks continue\n" + String(repeating: block, count: 20_000)
        let outcome: ReadOutcome? = ArticleReader().read(Array(text.utf8), file: "many.txt")
        guard case .article(let article, _)? = outcome else {
            Issue.record("expected an article")
            return
        }
        #expect(article.paragraphs == [Fixture.prose])
    }

    @Test(arguments: Fixture.samples)
    func truncatedAndCorruptedSamplesNeverCrash(_ name: String) throws {
        let original = try Fixture.bytes(name)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<60 {
            var bytes = Array(original.prefix(next() % (original.count + 1)))
            for _ in 0..<(next() % 4) where !bytes.isEmpty {
                bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next())
            }
            switch ArticleReader().read(bytes, file: name) {
            case .article(let article, _): #expect(!article.paragraphs.contains(""))
            case .skipped(let warning): #expect(!warning.message.isEmpty)
            }
        }
    }

    @Test func pathologicalBracketsAndDashes() throws {
        let odd = String(repeating: "[", count: 30_000) + "](" + String(repeating: "— ", count: 20_000)
        let outcome = ArticleReader().read(Array("Odd page\n\(odd)\n\(Fixture.prose)".utf8), file: "odd.txt")
        guard case .article = outcome else {
            Issue.record("expected an article")
            return
        }
    }
}

private extension String {
    func replacingFirstWord() -> String { "Officials" + drop { $0 != " " } }
}
