import Foundation
import Testing
@testable import briefing_corpus

@Suite("Corpus generator: articles")
struct ArticleFactoryTests {
    static let factory = ArticleFactory(seed: 42, count: 2_000)
    static let texts: [String] = (0..<2_000).map { String(decoding: factory.article($0).bytes, as: UTF8.self) }

    @Test("a seed gives the same article whatever the order it is made in, and another seed another corpus")
    func deterministic() {
        #expect(Self.factory.article(1_234).bytes == ArticleFactory(seed: 42, count: 2_000).article(1_234).bytes)
        #expect(Self.factory.article(7).name == ArticleFactory(seed: 42, count: 2_000).article(7).name)
        #expect(Self.factory.article(7).bytes != ArticleFactory(seed: 43, count: 2_000).article(7).bytes)
    }

    @Test("a quotation opens with a capital letter, as a speaker's sentence does")
    func quotationsOpenCapitalised() {
        var quotations = 0
        var lowercase: [String] = []
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            for (offset, scalar) in scalars.enumerated() where scalar == "\u{201C}" && offset + 1 < scalars.count {
                quotations += 1
                if scalars[offset + 1].properties.isLowercase {
                    lowercase.append(String(String.UnicodeScalarView(scalars[offset..<min(scalars.count, offset + 40)])))
                }
            }
        }
        #expect(quotations > 1_000)
        #expect(lowercase.isEmpty, "\(lowercase.prefix(5))")
    }

    @Test("no sentence doubles its determiner (\"The the call\")")
    func noDoubledArticle() {
        let doubled = Self.texts.filter { $0.range(of: #"\b(the|a|an) (the|a|an)\b"#, options: [.regularExpression, .caseInsensitive]) != nil }
        #expect(doubled.isEmpty, "\(doubled.count) articles, such as \(doubled.first.map { String($0.prefix(200)) } ?? "")")
    }

    @Test("the benchmark knows the generator's format, so it regenerates a corpus the generator would now write differently")
    func benchmarkFormat() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = try String(contentsOf: root.appendingPathComponent("scripts/benchmark.sh"), encoding: .utf8)
        #expect(script.contains("\nCORPUS_FORMAT=\(CorpusWriter.format) "))
    }
}
