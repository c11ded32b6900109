/// The best `limit` of a stream of ranked groups, best first: higher score, then lower key.
/// Holds at most `limit` entries (a heap with the worst kept on top), so a brief with many
/// thousand groups sorts only the few it can show.
struct TopRanked {
    struct Entry: Sendable {
        var score: Double
        var key: FactKey
        /// The group's index in the caller's list.
        var group: Int
    }

    let limit: Int
    private var heap: [Entry] = []

    init(limit: Int) {
        self.limit = limit
        heap.reserveCapacity(min(limit, 1_024))
    }

    /// The order groups are ranked in (`BriefSelector`'s sort).
    static func isBetter(_ lhs: Entry, _ rhs: Entry) -> Bool {
        lhs.score != rhs.score ? lhs.score > rhs.score : lhs.key < rhs.key
    }

    mutating func add(_ entry: Entry) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append(entry)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.isBetter(heap[parent], heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if Self.isBetter(entry, heap[0]) {
            heap[0] = entry
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var worst = parent
                if left < heap.count, Self.isBetter(heap[worst], heap[left]) { worst = left }
                if right < heap.count, Self.isBetter(heap[worst], heap[right]) { worst = right }
                guard worst != parent else { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// The entries kept, best first.
    var sorted: [Entry] { heap.sorted(by: Self.isBetter) }
}
