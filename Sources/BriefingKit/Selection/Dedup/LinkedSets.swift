/// Union-find over a batch's representatives (by position), with the pairs of sets, by their first
/// members, found not to be one report: a pair of sets meets again through many pairs of members.
struct LinkedSets: Sendable {
    var sets: UnionFind
    /// Rejected pairs as `low << 32 | high + 1` (0 marks an empty slot), open addressing: asked of every
    /// candidate pair, so a multiply and a load rather than `Set`'s hashing.
    private var rejected: [UInt64] = []
    private var rejectedCount = 0

    /// The people bits of each root's set: those of all its members (`NearDuplicateClusterer.clusters`); empty
    /// when the batch has none.
    private var people: [Int32]

    init(count: Int, rank: [Int32], people: [Int32] = []) {
        sets = UnionFind(count: count, rank: rank)
        self.people = people
    }

    /// Whether the sets of two members may merge by the people they name: when those of one are all among the
    /// other's (`ReportLabel.peopleMayMeet`).
    mutating func peopleMeet(_ first: Int, _ second: Int) -> Bool {
        guard !people.isEmpty else { return true }
        return ReportLabel.peopleMayMeet(people[sets.find(first)], people[sets.find(second)])
    }

    /// Merges the sets of two members, and their people; false if they were one set already.
    mutating func union(_ first: Int, _ second: Int) -> Bool {
        guard !people.isEmpty else { return sets.union(first, second) }
        let bits = people[sets.find(first)] | people[sets.find(second)]
        guard sets.union(first, second) else { return false }
        people[sets.find(first)] = bits
        return true
    }

    func isRejected(_ first: Int, _ second: Int) -> Bool {
        guard rejectedCount > 0 else { return false }
        let key = Self.key(first, second), mask = rejected.count - 1
        var slot = Self.slot(key, mask: mask)
        while rejected[slot] != 0 {
            if rejected[slot] == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Slots of the table at most (8 bytes each): past half full, later rejections are scored again when met.
    static let maxSlots = 1 << 21

    mutating func reject(_ first: Int, _ second: Int) {
        if (rejectedCount + 1) * 2 > rejected.count {
            guard rejected.count < Self.maxSlots else { return }
            grow()
        }
        insert(Self.key(first, second))
    }

    private mutating func insert(_ key: UInt64) {
        let mask = rejected.count - 1
        var slot = Self.slot(key, mask: mask)
        while rejected[slot] != 0 {
            if rejected[slot] == key { return }
            slot = (slot + 1) & mask
        }
        rejected[slot] = key
        rejectedCount += 1
    }

    private mutating func grow() {
        let old = rejected
        rejected = [UInt64](repeating: 0, count: max(1_024, old.count * 2))
        rejectedCount = 0
        for key in old where key != 0 { insert(key) }
    }

    private static func key(_ first: Int, _ second: Int) -> UInt64 {
        let (low, high) = first < second ? (first, second) : (second, first)
        return UInt64(low) << 32 | UInt64(high + 1)
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }
}
