import Testing
@testable import BriefingKit

@Suite("Selection read from the index of a corpus")
struct GroupRankingTests {
    /// The sample briefs, and variants of them that exercise every filter: a window with an end,
    /// excluded keywords, no topics, no required entity, a source list.
    static func specs(_ config: BriefingConfig) -> [BriefSpec] {
        var variants: [BriefSpec] = []
        for spec in config.briefs {
            var windowed = spec
            windowed.window = .init(from: CalendarDate(year: 2025, month: 6, day: 1), to: CalendarDate(year: 2025, month: 10, day: 15))
            windowed.exclude = ["trade", "the two leaders"]
            var open = spec
            open.topics = []
            var unrestricted = spec
            unrestricted.require = []
            unrestricted.maxFacts = 3
            variants += [windowed, open, unrestricted]
        }
        return config.briefs + variants
    }

    @Test("the index's filter takes the facts the brief's filter takes")
    func sameCandidates() throws {
        let setup = try #require(SampleCorpus.setup)
        let corpus = try BriefingPipeline().readCorpus(setup.config, for: nil)
        let specs = Self.specs(setup.config)
        let index = SelectionIndex(corpus: corpus, config: setup.config, specs: specs)
        var taken = 0
        for spec in specs {
            #expect(index.covers(spec))
            let filter = CandidateFilter(spec: spec)
            let indexed = IndexedFilter(filter, index: index)
            for position in corpus.facts.indices {
                let accepted = filter.accepts(corpus.facts, at: position, checkWindow: true)
                #expect(indexed.accepts(at: position) == accepted)
                if accepted { taken += 1 }
            }
        }
        #expect(taken > 0)
    }

    @Test("ranked groups are the best of every group built and scored, with the same points and topic counts")
    func sameRanking() throws {
        let setup = try #require(SampleCorpus.setup)
        let corpus = try BriefingPipeline().readCorpus(setup.config, for: nil)
        let specs = Self.specs(setup.config)
        let index = SelectionIndex(corpus: corpus, config: setup.config, specs: specs)
        let articles = corpus.articles
        let grouper = ReportGrouper { articles[$0].outletKey }
        for spec in specs {
            let filter = CandidateFilter(spec: spec), scorer = FactScorer(spec: spec, asOf: SampleCorpus.asOf)
            let candidates = corpus.facts.indices.filter { filter.accepts(corpus.facts, at: $0, checkWindow: true) }
            var groups = grouper.groups(candidates, of: corpus)
            for position in groups.indices { groups[position].score = scorer.score(groups[position]).0 }
            groups.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
            let eligible = groups.filter { spec.topics.isEmpty || $0.topics.contains(where: spec.topics.contains) }

            let ranking = GroupRanking(candidates, of: corpus, index: index, filter: IndexedFilter(filter, index: index), scorer: scorer)
            let best = ranking.best.map { ranking.group($0.group, score: $0.score, of: corpus, index: index, wholeClusters: nil) }
            let bestEligible = ranking.bestEligible.map { ranking.group($0.group, score: $0.score, of: corpus, index: index, wholeClusters: nil) }
            #expect(best.map(\.indices) == groups.prefix(BriefAssembler.groupLimit).map(\.indices))
            for (built, direct) in zip(best, groups) {
                #expect(built.representativeIndex == direct.representativeIndex && built.outlets == direct.outlets)
                #expect(built.entities == direct.entities && built.topics == direct.topics)
            }
            #expect(best.map(\.score) == groups.prefix(BriefAssembler.groupLimit).map(\.score))
            #expect(ranking.best.map(\.key) == best.map(\.key))
            #expect(bestEligible.map(\.indices) == eligible.prefix(DiversitySelector.candidateCount(limit: spec.maxFacts)).map(\.indices))
            #expect(ranking.topicCounts == BriefAssembler.topicCounts(of: groups, spec: spec))
        }
    }

    @Test("reasons read from the index are those read from the reports, and figure discrepancies name their sources")
    func sameReasonsAndDiscrepancies() throws {
        let setup = try #require(SampleCorpus.setup)
        let corpus = try BriefingPipeline().readCorpus(setup.config, for: nil)
        let index = SelectionIndex(corpus: corpus, config: setup.config, specs: setup.config.briefs)
        let articles = corpus.articles
        let outletOf: (Int) -> String = { articles[$0].outletKey }
        let grouper = ReportGrouper { articles[$0].outletKey }
        // Also, for each kind and unit, the reports stating one as a group (its shown report states it too), so that
        // figures of one kind and unit differ between articles.
        var statingUnit: [Int32: Set<Int>] = [:]
        for position in corpus.facts.indices {
            for entry in index.figures[index.figureStarts[position]..<index.figureStarts[position + 1]] { statingUnit[entry.unit, default: []].insert(position) }
        }
        let groups = grouper.groups(Array(corpus.facts.indices), of: corpus)
            + statingUnit.keys.sorted().compactMap { unit in
                statingUnit[unit].flatMap { $0.count > 1 ? grouper.group($0.sorted(), of: corpus) : nil }
            }
        var differing = 0, stances = 0
        for spec in setup.config.briefs {
            let scorer = FactScorer(spec: spec, asOf: SampleCorpus.asOf)
            for group in groups {
                let built = GroupRanking.group(group.indices, of: corpus, index: index)
                let read = scorer.score(group), indexed = scorer.score(built)
                #expect(read.0 == indexed.0 && read.1 == indexed.1)
                #expect(SourceNumbering.reportCount(group) == SourceNumbering.reportCount(built) && built.digest != nil)
                if read.1.contains(where: { $0.hasPrefix("stance") }) { stances += 1 }
            }
        }
        // A discrepancy names at most three variants, each with an outlet and a source number; one report has none.
        for group in groups {
            var numbering = SourceNumbering(articles: articles, outletOf: index.outletOfArticle)
            guard let found = FigureDigest().discrepancy(in: group, index: index, outletOf: outletOf, number: { numbering.cite(article: $0) })
            else { continue }
            differing += 1
            #expect(group.members.count > 1)
            let variants = found.dropFirst("Sources differ: ".count).components(separatedBy: "; ")
            #expect(found.hasPrefix("Sources differ: ") && (2...FigureDigest.variantLimit).contains(variants.count), "\(found)")
            #expect(variants.allSatisfy { $0.contains(" [") && $0.contains("]: ") }, "\(found)")
        }
        #expect(differing > 0 && stances > 0)
    }

    @Test("two ascending lists merge into their union, ascending, each element once")
    func mergedLists() {
        #expect(BriefSelector.merge([1, 3, 5, 9], [2, 3, 9, 12]) == [1, 2, 3, 5, 9, 12])
        #expect(BriefSelector.merge([], [4, 7]) == [4, 7] && BriefSelector.merge([4, 7], []) == [4, 7])
    }

    @Test("the best entries kept are the first of the whole list sorted")
    func topRanked() {
        var generator = SystemRandomNumberGenerator()
        for limit in [0, 1, 5, 400] {
            // Few distinct scores, so that ties are broken by the key.
            let entries = (0..<600).map { position in
                TopRanked.Entry(score: Double(Int.random(in: 0..<20, using: &generator)) / 4,
                                key: FactKey(article: Int.random(in: 0..<50, using: &generator), paragraph: 0, sentence: position), group: position)
            }
            var top = TopRanked(limit: limit)
            for entry in entries { top.add(entry) }
            #expect(top.sorted.map(\.group) == entries.sorted(by: TopRanked.isBetter).prefix(limit).map(\.group))
        }
    }

    @Test("a brief selected from the index says what the brief selected with every decision recorded says")
    func sameBrief() throws {
        let setup = try #require(SampleCorpus.setup), corpus = try #require(SampleCorpus.corpus)
        let selector = BriefSelector(config: setup.config)
        for spec in setup.config.briefs {
            let explained = selector.select(spec, corpus: corpus, asOf: SampleCorpus.asOf, explain: true)
            let quick = selector.select(spec, corpus: corpus, asOf: SampleCorpus.asOf, explain: false)
            #expect(!explained.items.isEmpty)
            #expect(quick.items == explained.items && quick.keyPoints == explained.keyPoints && quick.sections == explained.sections)
            #expect(quick.lastContact == explained.lastContact && quick.engagements == explained.engagements)
            #expect(quick.agreements == explained.agreements && quick.commitments == explained.commitments)
            #expect(quick.counterpartAsks == explained.counterpartAsks && quick.principalAsks == explained.principalAsks)
            #expect(quick.timeline == explained.timeline && quick.figures == explained.figures && quick.quotes == explained.quotes)
            #expect(quick.sources == explained.sources)
            #expect(quick.topicCounts.map { "\($0.topic.id) \($0.count)" } == explained.topicCounts.map { "\($0.topic.id) \($0.count)" })
            #expect(quick.decisions.isEmpty && !explained.decisions.isEmpty)
        }
    }
}

@Suite("A group is scored for its own topics and each participant once")
struct GroupTopicsTests {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: nil, aliases: [])
    static let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: nil, aliases: [])
    static let topics = ["trade", "rail", "ports"].map { Topic(id: $0, label: $0, keywords: [$0]) }
    static let day = CalendarDate(year: 2025, month: 6, day: 12) ?? CalendarDate(dayNumber: 0)

    /// Four copies of one sentence, each naming another area: the first names most (two entities and a topic), so it
    /// is shown; `rail` of them name rail. The shown one implies Lee, whom the others name (with Cường).
    static func scores(railCopies rail: Int) throws -> (read: (Double, [String]), indexed: Double) {
        var facts: [Fact] = []
        for copy in 0..<4 {
            let area = copy == 0 ? "trade" : copy <= rail ? "rail" : "ports"
            let text = "The leaders agreed to deepen cooperation in \(area) at the Busan summit on Monday morning."
            var fact = Fact(article: copy, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                            entities: copy == 0 ? ["cuong", "busan"] : ["lee", "cuong"], topics: copy == 0 || area != "ports" ? [area] : [],
                            eventDate: EventDate(date: day, precision: .day, expression: "on Monday", method: "test"))
            if copy == 0 { fact.impliedEntities = ["lee"] }
            facts.append(fact)
        }
        let articles = (0..<4).map { Article(file: "a\($0).txt", outlet: "Outlet", published: ArticleTimestamp(date: day), paragraphs: []) }
        let corpus = Corpus(articles: articles, facts: facts, people: ["lee", "cuong"])
        try #require(corpus.reports.count == 1, "the copies must be one report")
        let spec = SelectionFilterTests.spec { $0.person = "lee"; $0.require = ["lee"]; $0.topics = ["trade", "rail", "ports"] }
        let config = BriefingConfig(file: "b.yaml", directory: "/", version: 1, sources: [], output: "/out", templates: nil,
                                    entities: [lee, cuong], topics: topics, briefs: [spec])
        let index = SelectionIndex(corpus: corpus, config: config, specs: [spec])
        let scorer = FactScorer(spec: spec, asOf: SampleCorpus.asOf)
        let group = ReportGrouper { articles[$0].outletKey }.groups(Array(facts.indices), of: corpus)
        try #require(group.count == 1 && group[0].representativeIndex == 0)
        let ranking = GroupRanking(Array(facts.indices), of: corpus, index: index, filter: IndexedFilter(CandidateFilter(spec: spec), index: index),
                                   scorer: scorer)
        return (scorer.score(group[0]), try #require(ranking.best.first?.score))
    }

    /// The index ranks as many more topical groups than the choice considers as a plan may leave out of it (the stance
    /// sections' and the last contact's), so that it chooses from the same ones as `facts --explain`, which ranks all.
    @Test("the ranking keeps the candidates of the choice and as many as the stance sections may take")
    func rankingKeepsRoomForThePlacedGroups() throws {
        var facts: [Fact] = []
        var articles: [Article] = []
        for number in 0..<150 {
            let date = Self.day.adding(days: -5 * number)
            let text = "Lee Jae-myung discussed trade on \(date.longText), report \(number)."
            facts.append(Fact(article: number, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text, entities: ["lee"],
                              topics: ["trade"], eventDate: EventDate(date: date, precision: .day, expression: date.longText, method: "test")))
            articles.append(Article(file: "a\(number).txt", outlet: "Outlet", published: ArticleTimestamp(date: date), paragraphs: []))
        }
        let corpus = Corpus(articles: articles, facts: facts, people: ["lee", "cuong"])
        try #require(corpus.reports.count == 150, "every report its own")
        let spec = SelectionFilterTests.spec { $0.person = "lee"; $0.require = ["lee"]; $0.topics = ["trade"]; $0.maxFacts = 10 }
        let config = BriefingConfig(file: "b.yaml", directory: "/", version: 1, sources: [], output: "/out", templates: nil,
                                    entities: [Self.lee, Self.cuong], topics: Self.topics, briefs: [spec])
        let index = SelectionIndex(corpus: corpus, config: config, specs: [spec])
        let ranking = GroupRanking(Array(facts.indices), of: corpus, index: index, filter: IndexedFilter(CandidateFilter(spec: spec), index: index),
                                   scorer: FactScorer(spec: spec, asOf: SampleCorpus.asOf))
        #expect(ranking.bestEligible.count == DiversitySelector.candidateCount(limit: 10) + BriefAssembler.maxExcluded)
        #expect(BriefAssembler.maxExcluded == 4 * BriefSelector.stanceLimit + 1)
    }

    @Test func aTopicOfFewCopiesIsNotTheGroups() throws {
        let one = try Self.scores(railCopies: 1)
        #expect(one.read.1.contains("topic trade"))
        #expect(one.read.1.contains("participant lee"))
        #expect(one.indexed == one.read.0)
        // Half the copies name rail: it is the group's too, two points more.
        let two = try Self.scores(railCopies: 2)
        #expect(two.read.1.contains("topic trade, rail"))
        #expect(two.indexed == two.read.0 && two.read.0 - one.read.0 == 2)
    }
}
