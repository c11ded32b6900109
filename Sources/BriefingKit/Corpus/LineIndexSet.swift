/// A set of line numbers of one page, kept as one flag a line: no hashing, unlike `Set<Int>`.
struct LineIndexSet {
    private var flags: [Bool]

    /// An empty set for a page of `count` lines.
    init(count: Int) {
        flags = [Bool](repeating: false, count: count)
    }

    func contains(_ index: Int) -> Bool {
        flags.indices.contains(index) && flags[index]
    }

    /// Inserts `index`, which must be a line of the page.
    mutating func insert(_ index: Int) {
        flags[index] = true
    }

    func union(_ other: LineIndexSet) -> LineIndexSet {
        var result = LineIndexSet(count: max(flags.count, other.flags.count))
        for index in result.flags.indices { result.flags[index] = contains(index) || other.contains(index) }
        return result
    }
}
