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

    /// A test, built once, of whether a fact could serve any of `specs`, judged on what is known
    /// while streaming (entities, topics, keywords): the pipeline keeps only such facts.
    public static func keepTest(for specs: [BriefSpec]) -> @Sendable (Fact) -> Bool {
        let index = FilterIndex(specs: specs)
        return { fact in index.acceptsAny(fact) }
    }

    /// The brief for `spec` from an indexed corpus (article bodies not needed).
    public func select(_ spec: BriefSpec, corpus: Corpus, asOf: CalendarDate, explain: Bool = true) -> Brief {
        select(spec, corpus: corpus, asOf: asOf, explain: explain, wholeClusters: nil)
    }

    /// `select(_:corpus:asOf:explain:)`, taking the groups of whole clusters from `wholeClusters`,
    /// which belongs to `corpus` and is shared by the briefs selected from it.
    func select(_ spec: BriefSpec, corpus: Corpus, asOf: CalendarDate, explain: Bool, wholeClusters: ClusterGroups?) -> Brief {
        let facts = corpus.facts, articles = corpus.articles, signatures = corpus.signatures
        let filter = CandidateFilter(spec: spec)
        let sourceFilter = SourceFilter(spec: spec)
        var sourceRejections: [Int: String?] = [:]
        var decisions: [FactDecision] = []
        func record(_ decision: @autoclosure () -> FactDecision) {
            if explain { decisions.append(decision()) }
        }
        // Without --explain only the facts that name a required entity are looked at.
        let pool = explain || filter.required.isEmpty ? nil : corpus.facts(naming: filter.required)
        var candidates: [Int] = []
        for index in pool ?? Array(facts.indices) {
            let article = facts[index].article
            if !sourceFilter.isEmpty, sourceRejections[article] == nil { sourceRejections[article] = sourceFilter.rejection(of: articles[article]) }
            if !explain {
                // Without a reason to record, only whether the fact passes counts.
                if filter.accepts(facts, at: index, checkWindow: true, namesRequired: pool != nil), (sourceRejections[article] ?? nil) == nil { candidates.append(index) }
            } else if let rejection = filter.rejection(of: facts[index], checkWindow: true) {
                record(FactDecision(fact: facts[index].stableKey, text: facts[index].text, score: 0, reasons: [], outcome: .rejected(rejection.message)))
            } else if let reason = sourceRejections[article] ?? nil {
                record(FactDecision(fact: facts[index].stableKey, text: facts[index].text, score: 0, reasons: [], outcome: .rejected(reason)))
            } else {
                candidates.append(index)
            }
        }
        let outletOf: @Sendable (Int) -> String = { articles[$0].outlet ?? articles[$0].file }
        let scorer = FactScorer(spec: spec, asOf: asOf)
        var groups = ReportGrouper(outletOf: outletOf).groups(candidates, of: corpus, wholeClusters: wholeClusters)
        for index in groups.indices {
            // Reasons are written for every group only when explaining; otherwise for the items shown (`BriefAssembler`).
            (groups[index].score, groups[index].reasons) = scorer.score(groups[index], withReasons: explain)
        }
        groups.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
        let eligible = groups.indices.filter { spec.topics.isEmpty || groups[$0].topics.contains(where: spec.topics.contains) }
        let diversity = DiversitySelector(limit: spec.maxFacts, perTopic: spec.maxPerTopic, topics: spec.topics)
        let picked = diversity.select(eligible.map { groups[$0] }, signatures: signatures)
        let chosen = picked.chosen.map { eligible[$0] }
        if explain {
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
            let isEligible = Set(eligible)
            for index in groups.indices where !isEligible.contains(index) {
                let group = groups[index]
                record(FactDecision(fact: group.key, text: group.representative.text, score: group.score, reasons: group.reasons,
                                    outcome: .rejected("no topic of the brief (used for contacts only)")))
            }
            for index in chosen {
                let group = groups[index]
                record(FactDecision(fact: group.key, text: group.representative.text, score: group.score, reasons: group.reasons, outcome: .chosen))
            }
        }
        var assembler = BriefAssembler(spec: spec, config: config, articles: articles, signatures: signatures, asOf: asOf, outletOf: outletOf,
                                       scorer: scorer, memo: memo)
        var brief = assembler.assemble(groups: groups, chosen: chosen)
        brief.decisions = decisions.sorted { $0.fact < $1.fact }
        return brief
    }
}
