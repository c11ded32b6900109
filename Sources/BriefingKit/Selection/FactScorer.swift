/// The documented ranking score (README, "How facts are chosen"); deterministic, no clock.
struct FactScorer: Sendable {
    let spec: BriefSpec
    let reference: CalendarDate

    init(spec: BriefSpec, asOf: CalendarDate) {
        self.spec = spec
        reference = spec.meeting?.date ?? asOf
    }

    /// Points and the reasons behind them for one group of reports of the same fact: the shown
    /// wording's own fields, with the entities and topics of all reports, their quotes and stances.
    /// Without `withReasons` the reasons are left empty: the same points, without writing why.
    func score(_ group: ReportGroup, withReasons: Bool = true) -> (Double, [String]) {
        var score = 0.0
        var reasons: [String] = []
        func add(_ points: Double, _ reason: @autoclosure () -> String) {
            score += points
            if withReasons { reasons.append(reason()) }
        }
        let facts = group.members.facts, shown = group.representativeIndex
        let topics = group.topics.filter(spec.topics.contains)
        if !topics.isEmpty { add(2 * Double(topics.count), "topic \(topics.joined(separator: ", "))") }
        let principals = (group.entities + facts[shown].impliedEntities).filter(spec.principals.contains)
        if !principals.isEmpty { add(3 * Double(principals.count), "participant \(principals.joined(separator: ", "))") }
        let others = group.entities.filter { spec.require.contains($0) && !spec.principals.contains($0) }
        if !others.isEmpty { add(Double(others.count), "entity \(others.joined(separator: ", "))") }
        let figures = facts[shown].figures.filter { $0.kind != .year }
        let kinds = Set(figures.map(\.kind))
        if !kinds.isEmpty { add(Double(kinds.count), "figure \(figures.map(\.text).joined(separator: ", "))") }
        if group.members.positions.contains(where: { !facts[$0].quotes.isEmpty }) { add(1, "quote") }
        if group.members.positions.contains(where: { !facts[$0].stances.isEmpty }) {
            add(1.5, {
                var acts = Set<String>()
                for position in group.members.positions {
                    for stance in facts[position].stances { acts.insert(stance.act.rawValue) }
                }
                return "stance \(acts.sorted().joined(separator: ", "))"
            }())
        }
        let eventDay = facts[shown].eventDate.date
        let age = abs(reference.dayNumber - eventDay.dayNumber)
        add(((2.0 / (1.0 + Double(age) / 180.0)) * 1000).rounded() / 1000, "recency \(age) days")
        if facts[shown].paragraph == 0 { add(1, "lead paragraph") }
        let outlets = group.outlets.count
        if outlets > 1 { add(1.5 * Double(outlets - 1), "\(outlets) outlets") }
        return ((score * 1000).rounded() / 1000, reasons)
    }
}
