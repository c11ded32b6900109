import Testing
@testable import BriefingKit

/// The facts of one article, for the tests of who a sentence's words stand for.
enum ArticleFacts {
    /// Every fact of an article of `paragraphs`, published 13 June 2025, with `entities` configured.
    static func facts(_ paragraphs: [String], entities: [Entity]) -> [Fact] {
        let extractor = FactExtractor(entities: entities, topics: [])
        let date = CalendarDate(iso: "2025-06-13").map { ArticleTimestamp(date: $0) }
        return extractor.facts(of: Article(file: "a.txt", outlet: "A", published: date, paragraphs: paragraphs), index: 0)
    }

    /// The fact whose sentence opens with `opening`.
    static func fact(_ facts: [Fact], _ opening: String) throws -> Fact {
        try #require(facts.first { $0.text.hasPrefix(opening) }, "no fact opens with \(opening)")
    }
}
