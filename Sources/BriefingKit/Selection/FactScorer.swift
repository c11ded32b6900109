/// The documented ranking score (README, "How facts are chosen"); deterministic, no clock.
struct FactScorer: Sendable {
    let spec: BriefSpec
    let reference: CalendarDate

    init(spec: BriefSpec, asOf: CalendarDate) {
        self.spec = spec
        reference = spec.meeting?.date ?? asOf
    }

    /// Points and the reasons behind them for one group of reports of the same fact.
    func score(_ fact: Fact, outlets: Int) -> (Double, [String]) {
        var score = 0.0
        var reasons: [String] = []
        func add(_ points: Double, _ reason: String) {
            score += points
            reasons.append(reason)
        }
        let topics = fact.topics.filter(spec.topics.contains)
        if !topics.isEmpty { add(2 * Double(topics.count), "topic \(topics.joined(separator: ", "))") }
        let principals = (fact.entities + fact.impliedEntities).filter(spec.principals.contains)
        if !principals.isEmpty { add(3 * Double(principals.count), "participant \(principals.joined(separator: ", "))") }
        let others = fact.entities.filter { spec.require.contains($0) && !spec.principals.contains($0) }
        if !others.isEmpty { add(Double(others.count), "entity \(others.joined(separator: ", "))") }
        let kinds = Set(fact.figures.filter { $0.kind != .year }.map(\.kind))
        if !kinds.isEmpty { add(Double(kinds.count), "figure \(fact.figures.filter { $0.kind != .year }.map(\.text).joined(separator: ", "))") }
        if !fact.quotes.isEmpty { add(1, "quote") }
        let acts = Set(fact.stances.map(\.act.rawValue)).sorted()
        if !acts.isEmpty { add(1.5, "stance \(acts.joined(separator: ", "))") }
        let age = abs(reference.dayNumber - fact.eventDate.date.dayNumber)
        add(((2.0 / (1.0 + Double(age) / 180.0)) * 1000).rounded() / 1000, "recency \(age) days")
        if fact.paragraph == 0 { add(1, "lead paragraph") }
        if outlets > 1 { add(1.5 * Double(outlets - 1), "\(outlets) outlets") }
        return ((score * 1000).rounded() / 1000, reasons)
    }
}
