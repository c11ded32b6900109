import Testing
@testable import BriefingKit

@Suite("Groups of whole clusters kept for every brief")
struct ClusterGroupsTests {
    @Test("groups taken from the kept whole clusters are the groups built for each brief")
    func sameGroups() throws {
        let setup = try #require(SampleCorpus.setup), corpus = try #require(SampleCorpus.corpus)
        let articles = corpus.articles
        let grouper = ReportGrouper { articles[$0].outlet ?? articles[$0].file }
        let kept = ClusterGroups()
        var reused = 0
        // Candidate lists that take clusters whole, in part, or not at all; asked twice so kept groups are read back.
        let everything = Array(corpus.facts.indices)
        let candidateLists = [everything, everything.filter { $0 % 2 == 0 }, everything.filter { corpus.facts[$0].paragraph == 0 }]
            + setup.config.briefs.map { spec in everything.filter { CandidateFilter(spec: spec).accepts(corpus.facts, at: $0, checkWindow: true) } }
        for candidates in candidateLists + candidateLists {
            let direct = grouper.groups(candidates, of: corpus)
            let shared = grouper.groups(candidates, of: corpus, wholeClusters: kept)
            #expect(direct.count == shared.count)
            for (lhs, rhs) in zip(direct, shared) {
                #expect(lhs.indices == rhs.indices && lhs.representativeIndex == rhs.representativeIndex)
                #expect(lhs.outlets == rhs.outlets && lhs.entities == rhs.entities && lhs.topics == rhs.topics)
                if lhs.indices == corpus.reports[corpus.reportOf[lhs.indices[0]]] { reused += 1 }
            }
        }
        #expect(reused > 0)
        #expect(corpus.reports.contains { $0.count > 1 })
    }
}
