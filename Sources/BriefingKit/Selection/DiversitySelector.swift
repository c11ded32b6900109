/// Picks the brief's items: best score first, but not three wordings of one story (MMR).
///
/// Maximal marginal relevance with λ = 0.7: each pick maximises
/// 0.7 × score / best score − 0.3 × (highest similarity to an item already picked),
/// similarity being the MinHash estimate of token overlap. `max_per_topic` caps any one topic.
struct DiversitySelector: Sendable {
    static let lambda = 0.7
    /// A group this similar to a chosen one is left out as redundant.
    static let redundancy = 0.6

    let limit: Int
    let perTopic: Int?
    let topics: [String]

    /// How many of the best groups are considered for `limit` items; the others are below the cut.
    static func candidateCount(limit: Int) -> Int { max(limit * 6, 60) }

    /// The chosen groups in pick order, and the reason each other group was left out.
    func select(_ groups: [ReportGroup], signatures: [TextSignature]) -> (chosen: [Int], rejected: [Int: String]) {
        let order = groups.indices.sorted { groups[$0].score != groups[$1].score ? groups[$0].score > groups[$1].score : groups[$0].key < groups[$1].key }
        guard let best = order.first.map({ max(groups[$0].score, 0.001) }) else { return ([], [:]) }
        var chosen: [Int] = []
        var rejected: [Int: String] = [:]
        // Whether `rejected` has a reason for a group, read in every round.
        var isRejected = [Bool](repeating: false, count: groups.count)
        var perTopicCount: [String: Int] = [:]
        var remaining = Array(order.prefix(Self.candidateCount(limit: limit)))
        for index in order.dropFirst(remaining.count) { rejected[index] = "below the cut (max_facts \(limit))" }
        // Each group's highest similarity to a chosen one and the first chosen one reaching it, over
        // the first `compared[index]` picks: brought up to date with new picks, not recomputed.
        var highestOf = [Double](repeating: 0, count: groups.count)
        var similarOf = [Int?](repeating: nil, count: groups.count)
        var compared = [Int](repeating: 0, count: groups.count)
        while !remaining.isEmpty {
            var bestPick: (index: Int, value: Double, similar: Int?)?
            for index in remaining {
                for picked in chosen[compared[index]...] {
                    let value = signatures[groups[index].representativeIndex].similarity(to: signatures[groups[picked].representativeIndex])
                    if value > highestOf[index] { highestOf[index] = value; similarOf[index] = picked }
                }
                compared[index] = chosen.count
                let highest = highestOf[index], similar = similarOf[index]
                if highest >= Self.redundancy, let similar {
                    rejected[index] = "too similar to \(groups[similar].key) (\(Int(highest * 100))% overlap)"
                    isRejected[index] = true
                    continue
                }
                let value = Self.lambda * groups[index].score / best - (1 - Self.lambda) * highest
                if bestPick == nil || value > (bestPick?.value ?? 0) { bestPick = (index, value, similar) }
            }
            remaining.removeAll { isRejected[$0] }
            // The pick is found again by its group: rejecting redundant groups has moved the others up.
            guard let pick = bestPick, let position = remaining.firstIndex(of: pick.index) else { break }
            let index = remaining.remove(at: position)
            if chosen.count >= limit {
                rejected[index] = "below the cut (max_facts \(limit))"
                continue
            }
            if let cap = perTopic, let topic = groups[index].topics.first(where: topics.contains) {
                if perTopicCount[topic, default: 0] >= cap {
                    rejected[index] = "topic '\(topic)' is full (max_per_topic \(cap))"
                    continue
                }
                perTopicCount[topic, default: 0] += 1
            }
            chosen.append(index)
        }
        return (chosen, rejected)
    }
}
