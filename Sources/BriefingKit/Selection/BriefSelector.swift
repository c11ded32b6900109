/// Chooses, ranks and groups the facts one brief needs, and records why.
public struct BriefSelector: Sendable {
    public let config: BriefingConfig

    public init(config: BriefingConfig) {
        self.config = config
    }

    /// Whether a fact could serve this brief at all, before dates and ranking: the cheap filter
    /// the pipeline uses to decide which facts to keep while it streams the corpus.
    public func isCandidate(_ fact: Fact, for spec: BriefSpec) -> Bool {
        rejection(of: fact, for: spec, checkWindow: false) == nil
    }

    func rejection(of fact: Fact, for spec: BriefSpec, checkWindow: Bool) -> String? {
        let required = spec.require.isEmpty ? spec.principals : spec.require
        if !required.isEmpty, !required.contains(where: fact.entities.contains) {
            return "no required entity (\(required.joined(separator: ", ")))"
        }
        if !spec.topics.isEmpty, !spec.topics.contains(where: fact.topics.contains) {
            return "no topic of the brief"
        }
        if checkWindow, !spec.window.contains(fact.eventDate.date) {
            return "outside window (event \(fact.eventDate.date))"
        }
        return nil
    }

    /// The brief for `spec` from the kept facts and the corpus's articles (bodies not needed).
    public func select(_ spec: BriefSpec, facts: [Fact], articles: [Article], asOf: CalendarDate) -> Brief {
        var decisions: [FactDecision] = []
        var scored: [(fact: Fact, score: Double, reasons: [String])] = []
        for fact in facts {
            if let reason = rejection(of: fact, for: spec, checkWindow: true) {
                decisions.append(FactDecision(fact: fact.stableKey, text: fact.text, score: 0, reasons: [], outcome: .rejected(reason)))
                continue
            }
            let (score, reasons) = self.score(fact, for: spec, asOf: asOf)
            scored.append((fact, score, reasons))
        }
        scored.sort { lhs, rhs in
            lhs.score != rhs.score ? lhs.score > rhs.score : lhs.fact.stableKey < rhs.fact.stableKey
        }
        var items: [BriefItem] = []
        var seenTexts: [String: Int] = [:]
        var sourceNumbers: [Int: Int] = [:]
        var sources: [SourceEntry] = []
        func cite(_ article: Int) -> Int {
            if let number = sourceNumbers[article] { return number }
            let source = articles[article]
            let number = sources.count + 1
            sources.append(SourceEntry(number: number, outlet: source.outlet, published: source.published,
                                       title: source.title, url: source.url, file: source.file))
            sourceNumbers[article] = number
            return number
        }
        for (fact, score, reasons) in scored {
            let key = FoldedText.key(fact.text)
            if let existing = seenTexts[key] {
                let citation = cite(fact.article)
                if !items[existing].citations.contains(citation) { items[existing].citations.append(citation) }
                items[existing].facts.append(fact.stableKey)
                decisions.append(FactDecision(fact: fact.stableKey, text: fact.text, score: score, reasons: reasons,
                                              outcome: .rejected("duplicate of \(items[existing].facts[0])")))
                continue
            }
            guard items.count < spec.maxFacts else {
                decisions.append(FactDecision(fact: fact.stableKey, text: fact.text, score: score, reasons: reasons,
                                              outcome: .rejected("below the cut (max_facts \(spec.maxFacts))")))
                continue
            }
            seenTexts[key] = items.count
            items.append(BriefItem(text: fact.text, eventDate: fact.eventDate, topics: fact.topics, entities: fact.entities,
                                   citations: [cite(fact.article)], score: score, reasons: reasons, facts: [fact.stableKey]))
            decisions.append(FactDecision(fact: fact.stableKey, text: fact.text, score: score, reasons: reasons, outcome: .chosen))
        }
        for index in items.indices { items[index].citations.sort() }
        let sections = spec.topics.compactMap { id -> BriefSection? in
            guard let topic = config.topic(id) else { return nil }
            let chosen = items.filter { $0.topics.first(where: spec.topics.contains) == id }
            return chosen.isEmpty ? nil : BriefSection(topic: topic, items: chosen)
        }
        let timeline = items.filter { !$0.eventDate.isFallback }
            .sorted { ($0.eventDate.date, $0.facts[0]) < ($1.eventDate.date, $1.facts[0]) }
        return Brief(spec: spec, asOf: asOf, participants: spec.principals.compactMap(config.entity),
                     items: items, sections: sections, timeline: timeline, sources: sources,
                     decisions: decisions.sorted { $0.fact < $1.fact })
    }

    /// The documented ranking score (README, "How facts are ranked").
    func score(_ fact: Fact, for spec: BriefSpec, asOf: CalendarDate) -> (Double, [String]) {
        var score = 0.0
        var reasons: [String] = []
        let topics = fact.topics.filter(spec.topics.contains)
        if !topics.isEmpty {
            score += 2 * Double(topics.count)
            reasons.append("topic \(topics.joined(separator: ", "))")
        }
        let principals = fact.entities.filter(spec.principals.contains)
        if !principals.isEmpty {
            score += 3 * Double(principals.count)
            reasons.append("participant \(principals.joined(separator: ", "))")
        }
        let others = fact.entities.filter { spec.require.contains($0) && !spec.principals.contains($0) }
        if !others.isEmpty {
            score += Double(others.count)
            reasons.append("entity \(others.joined(separator: ", "))")
        }
        let reference = spec.meeting?.date ?? asOf
        let age = max(0, reference.dayNumber - fact.eventDate.date.dayNumber)
        let recency = 2.0 / (1.0 + Double(age) / 180.0)
        score += recency
        reasons.append("recency \(age) days")
        if fact.paragraph == 0 {
            score += 1
            reasons.append("lead paragraph")
        }
        return ((score * 1000).rounded() / 1000, reasons)
    }
}
