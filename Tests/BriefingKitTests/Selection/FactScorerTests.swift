import Testing
@testable import BriefingKit

@Suite("Scoring without reasons")
struct FactScorerTests {
    @Test("a group scored without its reasons gets the same points as with them")
    func samePoints() throws {
        let setup = try #require(SampleCorpus.setup), corpus = try #require(SampleCorpus.corpus)
        let articles = corpus.articles
        let grouper = ReportGrouper { articles[$0].outlet ?? articles[$0].file }
        let groups = grouper.groups(Array(corpus.facts.indices), of: corpus)
        #expect(groups.count > 10)
        for spec in setup.config.briefs {
            let scorer = FactScorer(spec: spec, asOf: SampleCorpus.asOf)
            for group in groups {
                let full = scorer.score(group), bare = scorer.score(group, withReasons: false)
                #expect(bare.0 == full.0 && bare.1.isEmpty && !full.1.isEmpty)
            }
        }
    }
}
