/// The documented ranking score (README, "How facts are chosen"); deterministic, no clock.
struct FactScorer: Sendable {
    let spec: BriefSpec
    let reference: CalendarDate
    /// The day the brief is prepared on (`--as-of`).
    let asOf: CalendarDate

    init(spec: BriefSpec, asOf: CalendarDate) {
        self.spec = spec
        self.asOf = asOf
        reference = spec.meeting?.date ?? asOf
    }

    /// What a group's points are counted from: its topics, principals and other required
    /// entities of the brief, and the shown wording's figures, age and place.
    struct Tally: Equatable, Sendable {
        var topics = 0
        var principals = 0
        var others = 0
        var figureKinds = 0
        var quote = false
        var stance = false
        /// Days between the shown wording's event and the reference date.
        var age = 0
        var lead = false
        var outlets = 0
    }

    /// The points of a tally, added in the documented order and rounded to thousandths.
    static func points(_ tally: Tally) -> Double {
        var score = 0.0
        if tally.topics > 0 { score += 2 * Double(tally.topics) }
        if tally.principals > 0 { score += 3 * Double(tally.principals) }
        if tally.others > 0 { score += Double(tally.others) }
        if tally.figureKinds > 0 { score += Double(tally.figureKinds) }
        if tally.quote { score += 1 }
        if tally.stance { score += 1.5 }
        score += recency(age: tally.age)
        if tally.lead { score += 1 }
        if tally.outlets > 1 { score += 1.5 * Double(tally.outlets - 1) }
        return (score * 1000).rounded() / 1000
    }

    /// The brief's topics a group is scored for: those of its shown wording, and those at least half its reports
    /// have. A topic that some rewordings of many add is not the group's: 70 copies of one sentence, each naming
    /// another cooperation area, are not on ten topics.
    func scoredTopics(_ group: ReportGroup) -> [String] {
        let facts = group.members.facts, shown = facts[group.representativeIndex], positions = group.members.positions
        return group.topics.filter { topic in
            guard spec.topics.contains(topic) else { return false }
            if shown.topics.contains(topic) { return true }
            var count = 0
            for position in positions where facts[position].topics.contains(topic) { count += 1 }
            return count * 2 >= positions.count
        }
    }

    static func recency(age: Int) -> Double {
        ((2.0 / (1.0 + Double(age) / 180.0)) * 1000).rounded() / 1000
    }

    /// Points and the reasons behind them for one group of reports of the same fact: the shown
    /// wording's own fields, with the entities and topics of all reports, their quotes and stances.
    /// Without `withReasons` the reasons are left empty: the same points, without writing why.
    /// The reports' quotes and stances are read from the group's digest when it has one.
    func score(_ group: ReportGroup, withReasons: Bool = true) -> (Double, [String]) {
        var tally = Tally()
        var reasons: [String] = []
        func add(_ reason: @autoclosure () -> String) {
            if withReasons { reasons.append(reason()) }
        }
        let facts = group.members.facts, shown = group.representativeIndex
        let topics = scoredTopics(group)
        tally.topics = topics.count
        if !topics.isEmpty { add("topic \(topics.joined(separator: ", "))") }
        // Each participant once, whether a report names them or the shown one implies them.
        var principals: [String] = []
        for id in group.entities + facts[shown].impliedEntities where spec.principals.contains(id) && !principals.contains(id) {
            principals.append(id)
        }
        tally.principals = principals.count
        if !principals.isEmpty { add("participant \(principals.joined(separator: ", "))") }
        let others = group.entities.filter { spec.require.contains($0) && !spec.principals.contains($0) }
        tally.others = others.count
        if !others.isEmpty { add("entity \(others.joined(separator: ", "))") }
        let figures = facts[shown].figures.filter { $0.kind != .year }
        tally.figureKinds = Set(figures.map(\.kind)).count
        if tally.figureKinds > 0 { add("figure \(figures.map(\.text).joined(separator: ", "))") }
        if let digest = group.digest {
            tally.quote = digest.hasQuote
            tally.stance = digest.hasStance
        } else {
            tally.quote = group.members.positions.contains(where: { !facts[$0].quotes.isEmpty })
            tally.stance = group.members.positions.contains(where: { !facts[$0].stances.isEmpty })
        }
        if tally.quote { add("quote") }
        if tally.stance {
            add({
                // Acts as bits (`SelectionIndex.bit(of:)`): a large group has thousands of stances.
                var acts = group.digest?.acts ?? 0
                if group.digest == nil {
                    for position in group.members.positions {
                        for stance in facts[position].stances { acts |= SelectionIndex.bit(of: stance.act) }
                    }
                }
                let names = SelectionIndex.stanceActs.filter { acts & SelectionIndex.bit(of: $0) != 0 }.map(\.rawValue)
                return "stance \(names.sorted().joined(separator: ", "))"
            }())
        }
        tally.age = abs(reference.dayNumber - facts[shown].eventDate.date.dayNumber)
        add("recency \(tally.age) days")
        tally.lead = facts[shown].paragraph == 0
        if tally.lead { add("lead paragraph") }
        tally.outlets = group.outlets.count
        if tally.outlets > 1 { add("\(tally.outlets) outlets") }
        return (Self.points(tally), reasons)
    }
}
