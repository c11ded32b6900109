/// One fact as reported by one or more outlets: near-duplicate sentences merged.
struct ReportGroup: Sendable {
    /// The reports, in corpus order.
    var members: [Fact]
    /// Their indices into the fact list (for signatures).
    var indices: [Int]
    /// The most complete wording: the one shown.
    var representative: Fact
    var outlets: [String]
    var score: Double = 0
    var reasons: [String] = []

    var key: FactKey { representative.stableKey }

    /// All entities and topics any report mentions, in first-seen order.
    var entities: [String] { unique(members.flatMap(\.entities)) }
    var topics: [String] { unique(members.flatMap(\.topics)) }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// Merges reports of the same fact: within one outlet and across outlets.
///
/// Candidates come from `NearDuplicateClusterer` (IDF-weighted containment ≥ 0.70 and weighted
/// Jaccard ≥ 0.20 over normalised tokens). Two reports are never merged when both give their own
/// event dates more than three days apart, or when the people they name have nothing in common.
struct ReportGrouper: Sendable {
    let outletOf: @Sendable (Int) -> String

    func groups(_ facts: [Fact], indices: [Int], signatures: [TextSignature]) -> [ReportGroup] {
        let local = indices.map { signatures[$0] }
        let clusters = NearDuplicateClusterer().clusters(local) { first, second in
            Self.mayBeSameEvent(facts[indices[first]], facts[indices[second]])
        }
        return clusters.map { cluster in
            let members = cluster.map { facts[indices[$0]] }
            let representative = members.max { lhs, rhs in
                Self.completeness(lhs) != Self.completeness(rhs)
                    ? Self.completeness(lhs) < Self.completeness(rhs) : lhs.stableKey > rhs.stableKey
            } ?? members[0]
            var outlets: [String] = []
            for member in members where !outlets.contains(outletOf(member.article)) {
                outlets.append(outletOf(member.article))
            }
            return ReportGroup(members: members, indices: cluster.map { indices[$0] }, representative: representative,
                               outlets: outlets)
        }
    }

    static func mayBeSameEvent(_ first: Fact, _ second: Fact) -> Bool {
        if !first.eventDate.isFallback, !second.eventDate.isFallback,
           abs(first.eventDate.date.dayNumber - second.eventDate.date.dayNumber) > 3 {
            return false
        }
        return true
    }

    /// More entities, figures and topics, then more words: the fuller report.
    static func completeness(_ fact: Fact) -> Int {
        (fact.entities.count + fact.figures.count + fact.topics.count) * 1000 + fact.text.utf8.count
    }
}
