/// Chooses, ranks, merges and sorts the facts one brief needs, and records why.
public struct BriefSelector: Sendable {
    public let config: BriefingConfig
    /// What briefs work out from sentences alone, kept for the briefs that follow.
    let memo = SentenceMemo()
    static let keyPointCount = 5
    static let stanceLimit = 6

    public init(config: BriefingConfig) {
        self.config = config
    }

    /// Tests, built once, of whether a fact could serve any of `specs`: `keep` judges what is known while
    /// streaming (entities, topics, keywords), `keepDated` the same and the brief's window once the fact's
    /// event is dated. The pipeline keeps only facts that pass both.
    public static func keepTests(for specs: [BriefSpec]) -> (keep: @Sendable (Fact) -> Bool, keepDated: @Sendable (Fact) -> Bool) {
        let index = FilterIndex(specs: specs)
        return ({ fact in index.acceptsAny(fact) }, { fact in index.acceptsAny(fact, checkWindow: true) })
    }

    /// The brief for `spec` from an indexed corpus (article bodies not needed).
    public func select(_ spec: BriefSpec, corpus: Corpus, asOf: CalendarDate, explain: Bool = true) -> Brief {
        select(spec, corpus: corpus, asOf: asOf, explain: explain, wholeClusters: nil)
    }

    /// `select(_:corpus:asOf:explain:)`, taking the groups of whole clusters from `wholeClusters` and
    /// the facts' traits from `index`, which belong to `corpus` and are shared by the briefs selected from it.
    func select(_ spec: BriefSpec, corpus: Corpus, asOf: CalendarDate, explain: Bool, wholeClusters: ClusterGroups?,
                index: SelectionIndex? = nil) -> Brief {
        if explain { return explained(spec, corpus: corpus, asOf: asOf, wholeClusters: wholeClusters) }
        let facts = corpus.facts, articles = corpus.articles
        let filter = CandidateFilter(spec: spec, outsiders: TitleCountries.outsiders(of: spec, entities: config.entities))
        let index = index.flatMap { $0.covers(spec) ? $0 : nil } ?? SelectionIndex(corpus: corpus, config: config, specs: [spec])
        let indexed = IndexedFilter(filter, index: index)
        let articleFilter = ArticleFilter(spec: spec, asOf: asOf, entities: config.entities)
        // Whether each article is left out, worked out the first time a candidate is from it.
        var articleRejected = [Bool?](repeating: nil, count: articles.count)
        var candidates: [Int] = []
        for position in pool(naming: filter.required, in: corpus) where indexed.accepts(at: position) {
            let article = facts[position].article
            if articleRejected[article] == nil { articleRejected[article] = articleFilter.rejects(articles, at: article) }
            if articleRejected[article] == true { continue }
            candidates.append(position)
        }
        let outletOf: @Sendable (Int) -> String = { articles[$0].outletKey }
        let scorer = FactScorer(spec: spec, asOf: asOf)
        // Groups are ranked from the index; only those the brief can show or pick are built.
        let ranking = GroupRanking(candidates, of: corpus, index: index, filter: indexed, scorer: scorer)
        var built: [Int: ReportGroup] = [:]
        func group(_ entry: TopRanked.Entry) -> ReportGroup {
            if let known = built[entry.group] { return known }
            let group = ranking.group(entry.group, score: entry.score, of: corpus, index: index, wholeClusters: wholeClusters)
            built[entry.group] = group
            return group
        }
        let groups = ranking.best.map(group)
        var assembler = BriefAssembler(spec: spec, config: config, articles: articles, signatures: corpus.signatures, asOf: asOf,
                                       outletOf: outletOf, scorer: scorer, memo: memo, index: index)
        let contacts = ranking.recentContacts.map { group(TopRanked.Entry(score: $0.score, key: $0.entry.key, group: $0.entry.group)) }
        let plan = assembler.plan(groups: groups, contacts: contacts)
        // The key points and background are chosen from what the stance sections and the last contact leave.
        let eligible = ranking.bestEligible.map(group).filter { !plan.excluded.contains($0.key) }
        let diversity = DiversitySelector(limit: spec.maxFacts, perTopic: spec.maxPerTopic, topics: spec.topics)
        let chosen = diversity.select(eligible, signatures: corpus.signatures).chosen.map { eligible[$0] }
        return assembler.assemble(plan, chosen: chosen, topicCounts: ranking.topicCounts)
    }

    /// The facts that may serve a brief requiring one of `required`: those naming or implying one, ascending; all when none is required.
    private func pool(naming required: [String], in corpus: Corpus) -> [Int] {
        guard !required.isEmpty else { return Array(corpus.facts.indices) }
        // Each list is ascending: merged two at a time, each fact once.
        var lists = Set(required).compactMap { corpus.factsByEntity[$0] }
        while lists.count > 1 {
            let second = lists.removeLast(), first = lists.removeLast()
            lists.append(Self.merge(first, second))
        }
        return lists.first ?? []
    }

    /// The union of two ascending lists, ascending, each element once.
    static func merge(_ first: [Int], _ second: [Int]) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            let next = j == second.count || (i < first.count && first[i] <= second[j]) ? first[i] : second[j]
            if i < first.count && first[i] == next { i += 1 }
            if j < second.count && second[j] == next { j += 1 }
            merged.append(next)
        }
        return merged
    }

    /// The brief with every fact's decision recorded: every group is built and scored with its reasons.
    private func explained(_ spec: BriefSpec, corpus: Corpus, asOf: CalendarDate, wholeClusters: ClusterGroups?) -> Brief {
        let facts = corpus.facts, articles = corpus.articles, signatures = corpus.signatures
        let filter = CandidateFilter(spec: spec, outsiders: TitleCountries.outsiders(of: spec, entities: config.entities))
        let articleFilter = ArticleFilter(spec: spec, asOf: asOf, entities: config.entities)
        var articleRejections: [Int: String?] = [:]
        var decisions: [FactDecision] = []
        func record(_ decision: FactDecision) { decisions.append(decision) }
        var candidates: [Int] = []
        for index in facts.indices {
            let article = facts[index].article
            if articleRejections[article] == nil { articleRejections[article] = articleFilter.rejection(of: articles[article]) }
            if let rejection = filter.rejection(of: facts[index], checkWindow: true) {
                record(FactDecision(fact: facts[index].stableKey, text: facts[index].text, score: 0, reasons: [], outcome: .rejected(rejection.message)))
            } else if let reason = articleRejections[article] ?? nil {
                record(FactDecision(fact: facts[index].stableKey, text: facts[index].text, score: 0, reasons: [], outcome: .rejected(reason)))
            } else {
                candidates.append(index)
            }
        }
        let outletOf: @Sendable (Int) -> String = { articles[$0].outletKey }
        let scorer = FactScorer(spec: spec, asOf: asOf)
        var groups = ReportGrouper(outletOf: outletOf).groups(candidates, of: corpus, wholeClusters: wholeClusters)
        for index in groups.indices {
            (groups[index].score, groups[index].reasons) = scorer.score(groups[index], withReasons: true)
        }
        groups.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
        // Items are built from the index as in a brief without reasons, so that both show the same.
        let index = SelectionIndex(corpus: corpus, config: config, specs: [spec])
        var assembler = BriefAssembler(spec: spec, config: config, articles: articles, signatures: signatures, asOf: asOf, outletOf: outletOf,
                                       scorer: scorer, memo: memo, index: index)
        let plan = assembler.plan(groups: Array(groups.prefix(BriefAssembler.groupLimit)),
                                  contacts: ContactFinder.recent(groups, principals: spec.principals,
                                                                 before: ContactFinder.contactsBefore(spec, asOf: asOf)))
        let isTopical = groups.indices.filter { spec.topics.isEmpty || groups[$0].topics.contains(where: spec.topics.contains) }
        // The key points and background are chosen from what the stance sections and the last contact leave; those
        // take any group, on a topic of the brief or not.
        let placed = groups.indices.filter { plan.excluded.contains(groups[$0].key) }
        let eligible = isTopical.filter { !plan.excluded.contains(groups[$0].key) }
        let diversity = DiversitySelector(limit: spec.maxFacts, perTopic: spec.maxPerTopic, topics: spec.topics)
        let picked = diversity.select(eligible.map { groups[$0] }, signatures: signatures)
        let chosen = picked.chosen.map { eligible[$0] }
        for group in groups {
            for position in group.members.positions where facts[position].stableKey != group.key {
                record(FactDecision(fact: facts[position].stableKey, text: facts[position].text, score: group.score, reasons: group.reasons,
                                    outcome: .rejected("duplicate of \(group.key)")))
            }
        }
        let chosenPositions = Set(picked.chosen)
        for (position, index) in eligible.enumerated() where !chosenPositions.contains(position) {
            let group = groups[index]
            record(FactDecision(fact: group.key, text: group.representative.text, score: group.score, reasons: group.reasons,
                                outcome: .rejected(picked.rejected[position] ?? "below the cut (max_facts \(spec.maxFacts))")))
        }
        let decided = Set(isTopical + placed)
        for index in groups.indices where !decided.contains(index) {
            let group = groups[index]
            record(FactDecision(fact: group.key, text: group.representative.text, score: group.score, reasons: group.reasons,
                                outcome: .rejected("no topic of the brief (used for contacts only)")))
        }
        // Chosen: for a stance section or the last contact, or for the key points and background.
        for index in placed + chosen {
            let group = groups[index]
            record(FactDecision(fact: group.key, text: group.representative.text, score: group.score, reasons: group.reasons, outcome: .chosen))
        }
        var brief = assembler.assemble(plan, chosen: chosen.map { groups[$0] }, topicCounts: BriefAssembler.topicCounts(of: groups, spec: spec))
        brief.decisions = decisions.sorted { $0.fact < $1.fact }
        return brief
    }
}
