/// Disjoint sets over `0..<count` with union by size and path halving.
struct UnionFind: Sendable {
    private var parent: [Int32]
    private var size: [Int32]
    /// The first element of each root's set, by `rank` (by index when there is none).
    private var smallestMember: [Int32]
    private let rank: [Int32]?

    /// Sets of `count` elements; `rank`, when given, orders them for `smallest(in:)`.
    init(count: Int, rank: [Int32]? = nil) {
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
        smallestMember = parent
        self.rank = rank
    }

    /// The first element of `element`'s set by rank: what the set is compared by as it grows.
    mutating func smallest(in element: Int) -> Int {
        Int(smallestMember[find(element)])
    }

    /// `smallest(in:)` of a root, with no `find`.
    func smallest(ofRoot root: Int) -> Int {
        Int(smallestMember[root])
    }

    private func precedes(_ first: Int32, _ second: Int32) -> Bool {
        guard let rank else { return first < second }
        return rank[Int(first)] < rank[Int(second)]
    }

    /// The representative of `element`'s set.
    mutating func find(_ element: Int) -> Int {
        var node = element
        while true {
            let parentNode = Int(parent[node])
            if parentNode == node { return node }
            let grandparent = parent[parentNode]
            // Path halving. A child of the root already points where halving would: no write, so
            // the usual case (most nodes hang right off their root) reads only.
            if Int(grandparent) != parentNode { parent[node] = grandparent }
            node = Int(grandparent)
        }
    }

    /// Merges the sets of `first` and `second`; returns false if they were already one set.
    @discardableResult
    mutating func union(_ first: Int, _ second: Int) -> Bool {
        var rootA = find(first)
        var rootB = find(second)
        if rootA == rootB { return false }
        if size[rootA] < size[rootB] || (size[rootA] == size[rootB] && rootB < rootA) {
            swap(&rootA, &rootB)
        }
        parent[rootB] = Int32(rootA)
        size[rootA] += size[rootB]
        if precedes(smallestMember[rootB], smallestMember[rootA]) { smallestMember[rootA] = smallestMember[rootB] }
        return true
    }

    /// Every set as ascending indices, sets ordered by their smallest index.
    mutating func groups() -> [[Int]] {
        var slotOfRoot = [Int](repeating: -1, count: parent.count)
        var result: [[Int]] = []
        for element in 0..<parent.count {
            let root = find(element)
            if slotOfRoot[root] < 0 {
                slotOfRoot[root] = result.count
                result.append([element])
            } else {
                result[slotOfRoot[root]].append(element)
            }
        }
        return result
    }
}
