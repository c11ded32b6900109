/// The members of one LSH bucket, with what each pair's tests read of them gathered once: their
/// sets' roots (most members are already joined by earlier bands; sets only ever merge, so
/// equal stays equal) and their labels. Reused for every bucket of a band: there are many, mostly small.
struct ClusterBucket {
    /// The first `count` entries of each array are the bucket's; the arrays only grow, so that
    /// loading a bucket writes in place.
    private(set) var count = 0
    private(set) var members: [Int] = []
    private(set) var roots: [Int] = []
    private(set) var labels: [Int32] = []

    /// Runs `body` over the bucket's members, their roots (to update in place) and their labels.
    mutating func withBuffers(
        _ body: (UnsafeBufferPointer<Int>, UnsafeMutableBufferPointer<Int>, UnsafeBufferPointer<Int32>) -> Void
    ) {
        let count = self.count
        members.withUnsafeBufferPointer { members in
            roots.withUnsafeMutableBufferPointer { roots in
                labels.withUnsafeBufferPointer { labels in
                    body(UnsafeBufferPointer(rebasing: members[..<count]), UnsafeMutableBufferPointer(rebasing: roots[..<count]),
                         UnsafeBufferPointer(rebasing: labels[..<count]))
                }
            }
        }
    }

    mutating func load(_ entries: ArraySlice<UInt64>, labels all: [Int32], sets: inout UnionFind) {
        count = entries.count
        if members.count < count {
            let size = max(count, 2 * members.count)
            members = [Int](repeating: 0, count: size)
            roots = members
            labels = [Int32](repeating: 0, count: size)
        }
        members.withUnsafeMutableBufferPointer { members in
            roots.withUnsafeMutableBufferPointer { roots in
                labels.withUnsafeMutableBufferPointer { labels in
                    all.withUnsafeBufferPointer { all in
                        for (offset, entry) in entries.enumerated() {
                            let member = Int(entry & 0xffff_ffff)
                            members[offset] = member
                            roots[offset] = sets.find(member)
                            labels[offset] = all[member]
                        }
                    }
                }
            }
        }
    }
}
