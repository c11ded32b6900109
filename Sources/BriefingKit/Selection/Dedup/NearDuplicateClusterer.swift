import Foundation

/// Groups near-duplicate texts; deterministic (result independent of input order beyond stable tie-breaks).
///
/// Two sentences are the same fact when, with IDF counted over the batch passed to `clusters`,
/// the weighted containment of their token sets reaches `threshold` and the weighted Jaccard
/// reaches `minimumJaccard`. Up to `exhaustiveLimit` distinct sentences every pair is scored;
/// beyond that, candidates come from LSH banding on the MinHash (32 bands × 2 rows), so large
/// inputs are never compared pairwise. Union-find makes clusters transitive.
public struct NearDuplicateClusterer: Sendable {
    /// Default `threshold`, 0.70 weighted containment. On the sample corpus the pairs that must
    /// merge score 0.76–0.79 (a long quote and its rephrasing); pairs that must stay apart score
    /// at most 0.42 (two reports of one call) and 0.33 (two "the two leaders agreed" sentences
    /// of different calls); the closest wrong pair in the corpus (thanks in June vs October) 0.69.
    public static let defaultThreshold = 0.70
    /// Default `minimumJaccard`, 0.20 weighted Jaccard: keeps a three-word fragment from being
    /// "contained" in every long sentence that mentions it (merging pairs score 0.31 and up).
    public static let defaultMinimumJaccard = 0.20
    /// LSH bands; with `rowsPerBand` = 2 a pair of shingle Jaccard s becomes a candidate with
    /// probability 1 − (1 − s²)³², e.g. 0.94 at s = 0.3 and 0.9995 at s = 0.5.
    public static let bandCount = 32
    /// MinHash values per LSH band.
    public static let rowsPerBand = 2
    /// Buckets larger than this (one frequent shingle pair shared by many sentences) are not
    /// compared all-pairs; each member is compared with `bucketWindow` neighbours instead.
    static let fullBucketLimit = 32
    static let bucketWindow = 8

    /// Minimum IDF-weighted containment (shared weight over the lighter sentence's weight).
    public var threshold: Double
    /// Minimum IDF-weighted Jaccard, checked together with `threshold`.
    public var minimumJaccard: Double
    /// Batches with at most this many distinct token sets are scored exhaustively (exact, and
    /// about 40 ms at 1,000 in a release build); larger ones go through LSH.
    public var exhaustiveLimit: Int

    /// A clusterer with the documented defaults.
    public init(
        threshold: Double = NearDuplicateClusterer.defaultThreshold,
        minimumJaccard: Double = NearDuplicateClusterer.defaultMinimumJaccard,
        exhaustiveLimit: Int = 1_000
    ) {
        self.threshold = threshold
        self.minimumJaccard = minimumJaccard
        self.exhaustiveLimit = exhaustiveLimit
    }

    /// Clusters of indices into `signatures`, each sorted ascending, clusters ordered by their
    /// first index. Every index appears in exactly one cluster (singletons included); empty
    /// signatures are always singletons. Identical token sets are merged without scoring.
    public func clusters(_ signatures: [TextSignature]) -> [[Int]] {
        clusters(signatures, allowing: { _, _ in true })
    }

    /// As `clusters(_:)`, but a candidate pair (smaller index first) merges only if `allowing` accepts it:
    /// the caller's veto from knowledge the text lacks (different people, event dates). The veto
    /// is per pair; a cluster can still join two vetoed members through a third.
    public func clusters(_ signatures: [TextSignature], allowing: @Sendable (Int, Int) -> Bool) -> [[Int]] {
        clusters(signatures, labels: signatures.indices.map { Int32($0) }, mayMerge: { allowing(Int($0), Int($1)) })
    }

    /// As `clusters(_:allowing:)`, with the veto asked of the pair's `labels` (smaller index's first):
    /// a value per signature, such as its event day, that bucketing reads once per member rather
    /// than once per pair. Most candidate pairs are vetoed, so this keeps them from costing a lookup each.
    public func clusters(_ signatures: [TextSignature], labels: [Int32], mayMerge: @Sendable (Int32, Int32) -> Bool) -> [[Int]] {
        precondition(labels.count == signatures.count, "one label per signature")
        var sets = UnionFind(count: signatures.count)
        guard signatures.count > 1 else { return sets.groups() }
        let representatives = mergeIdenticalTokenSets(signatures, into: &sets)
        guard representatives.count > 1 else { return sets.groups() }
        let exhaustive = representatives.count <= exhaustiveLimit
        let batch = Batch(signatures, representatives: representatives, labels: labels, bandKeys: !exhaustive)
        // Pairs are joined over representatives' positions, not facts: the sets are smaller and a
        // member's set is read with no lookup of its fact first. They join the facts' sets at the end.
        if exhaustive {
            var local = UnionFind(count: representatives.count)
            for second in 1..<representatives.count {
                for first in 0..<second where mayMerge(batch.labels[first], batch.labels[second]) {
                    confirm(first, second, in: batch, sets: &local)
                }
            }
            join(&local, into: &sets, representatives: representatives)
        } else {
            // Each core takes every n-th band with union-find of its own (a pair already joined
            // there is not scored again); the partitions are then joined. Connected components do
            // not depend on the order of the unions, so the result does not depend on scheduling.
            let workers = min(Self.bandCount, max(1, ProcessInfo.processInfo.activeProcessorCount))
            let partitions = ResultSlots<UnionFind>(count: workers)
            let shared = batch
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var local = UnionFind(count: representatives.count)
                var batch = shared
                for band in stride(from: worker, to: Self.bandCount, by: workers) {
                    confirmBuckets(of: band, in: &batch, sets: &local, mayMerge: mayMerge)
                }
                partitions[worker] = local
            }
            for worker in 0..<workers {
                guard var partition = partitions.take(worker) else { continue }
                join(&partition, into: &sets, representatives: representatives)
            }
        }
        return sets.groups()
    }

    /// Unions, in the facts' sets, the representatives that `partition` (over their positions) joined.
    private func join(_ partition: inout UnionFind, into sets: inout UnionFind, representatives: [Int]) {
        for position in representatives.indices {
            let root = partition.find(position)
            if root != position { sets.union(representatives[position], representatives[root]) }
        }
    }

    /// Unions signatures with identical token sets; returns the first of each set (non-empty only).
    private func mergeIdenticalTokenSets(_ signatures: [TextSignature], into sets: inout UnionFind) -> [Int] {
        var firstWithTokens = HashCounter(capacity: signatures.count)
        var representatives: [Int] = []
        // Hashed on every core; matched in one pass.
        let contentHashes = signatures.concurrentMap { signature in
            signature.tokenSet.reduce(StableHash.fnvOffset) { StableHash.combine($0, $1) }
        }
        for (index, signature) in signatures.enumerated() where !signature.isEmpty {
            let first = Int(firstWithTokens.insertIfAbsent(Int32(index), for: contentHashes[index]))
            if first != index && signatures[first].tokenSet == signature.tokenSet {
                sets.union(first, index)
            } else {
                representatives.append(index)
            }
        }
        return representatives
    }

    /// Groups representatives by the top 32 bits of this band's key (two 16-bit radix passes)
    /// and confirms the pairs inside each group. A 32-bit collision only adds a candidate.
    /// Entries go in by content rank and the sort is stable, so each group comes out in content order.
    private func confirmBuckets(
        of band: Int, in batch: inout Batch, sets: inout UnionFind, mayMerge: (Int32, Int32) -> Bool
    ) {
        let count = batch.representatives.count
        let keys = batch.bandKeys[(band * count)..<((band + 1) * count)]
        for rank in 0..<count {
            let position = Int(batch.contentOrder[rank])
            batch.entries[rank] = UInt64(keys[band * count + position]) << 32 | UInt64(position)
        }
        batch.radixSortEntriesByHighBits()
        var bucket = Bucket()
        var start = 0
        while start < count {
            let key = batch.entries[start] >> 32
            var end = start + 1
            while end < count && batch.entries[end] >> 32 == key { end += 1 }
            if end - start > 1 {
                bucket.load(batch.entries[start..<end], labels: batch.labels, sets: &sets)
                confirm(&bucket, in: batch, sets: &sets, mayMerge: mayMerge)
            }
            start = end
        }
    }

    /// All pairs of a small bucket; a sliding window over a large one. Members are in content
    /// order, so that the pairs compared do not depend on input order. In a small bucket each
    /// union relabels the merged members, so the roots stay current and stand in for `find`; a
    /// large one, where relabelling could cost a pass per union, asks `find` after its first union.
    private func confirm(_ bucket: inout Bucket, in batch: Batch, sets: inout UnionFind, mayMerge: (Int32, Int32) -> Bool) {
        let count = bucket.count
        let relabels = count <= Self.fullBucketLimit
        bucket.withBuffers { members, roots, labels in
            guard roots[1..<count].contains(where: { $0 != roots[0] }) else { return }
            let window = count <= Self.fullBucketLimit ? count : Self.bucketWindow
            var rootsAreCurrent = true
            for second in 1..<count {
                for first in max(0, second - window)..<second where roots[first] != roots[second] {
                    // The veto's labels go in index order, as positions are.
                    let vetoed = members[first] < members[second] ? !mayMerge(labels[first], labels[second])
                        : !mayMerge(labels[second], labels[first])
                    if vetoed { continue }
                    if !rootsAreCurrent && sets.find(members[first]) == sets.find(members[second]) { continue }
                    guard passes(members[first], members[second], in: batch) else { continue }
                    sets.union(members[first], members[second])
                    if relabels {
                        let (kept, merged) = sets.find(roots[first]) == roots[first] ? (roots[first], roots[second]) : (roots[second], roots[first])
                        for index in 0..<count where roots[index] == merged { roots[index] = kept }
                    } else {
                        rootsAreCurrent = false
                    }
                }
            }
        }
    }

    /// Unions two representatives (by position, as `sets` holds them) when their overlap passes
    /// both thresholds; the caller has asked the veto.
    private func confirm(_ first: Int, _ second: Int, in batch: Batch, sets: inout UnionFind) {
        if sets.find(first) == sets.find(second) { return }
        if passes(first, second, in: batch) { sets.union(first, second) }
    }

    /// Whether two representatives' (by position) weighted containment and Jaccard both pass.
    private func passes(_ first: Int, _ second: Int, in batch: Batch) -> Bool {
        let firstTotal = batch.totals[first]
        let secondTotal = batch.totals[second]
        guard let shared = batch.sharedWeight(first, second, reaching: threshold * min(firstTotal, secondTotal)) else { return false }
        return shared >= threshold * min(firstTotal, secondTotal)
            && shared >= minimumJaccard * (firstTotal + secondTotal - shared) && shared > 0
    }
}

/// The members of one LSH bucket, with what each pair's tests read of them gathered once: their
/// sets' roots (most members are already joined by earlier bands; sets only ever merge, so
/// equal stays equal) and their labels. Reused for every bucket of a band: there are many, mostly small.
private struct Bucket {
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

/// The representatives' token sets and IDF weights, flattened for cache-friendly merging.
private struct Batch {
    let signatures: [TextSignature]
    let representatives: [Int]
    /// The veto's label of each representative, by position.
    let labels: [Int32]
    var entries: [UInt64]
    private var scratch: [UInt64]
    private(set) var totals: [Double] = []
    /// The top 32 bits of the LSH key of every representative in every band (all that bucketing
    /// reads), band-major.
    private(set) var bandKeys: [UInt32] = []
    /// The representatives' positions in the lexicographic order of their token sets (ties by
    /// position): buckets are ordered by it, sorted once here rather than in each of the 32 bands.
    private(set) var contentOrder: [Int32] = []
    private var offsets: [Int] = [0]
    /// The representatives' token sets, one after another, each token by its number: tokens are
    /// numbered in hash order, so numbers sort, merge and compare as the hashes do, in half the memory.
    private var flatNumbers: [UInt32] = []
    /// The IDF weight of each token number, computed once per token rather than per occurrence.
    private var weightOfNumber: [Double] = []

    init(_ signatures: [TextSignature], representatives: [Int], labels: [Int32], bandKeys withBandKeys: Bool) {
        self.signatures = signatures
        self.representatives = representatives
        self.labels = representatives.map { labels[$0] }
        entries = [UInt64](repeating: 0, count: representatives.count)
        scratch = entries
        totals.reserveCapacity(representatives.count)
        let idf = TokenWeights(signatures)
        let tokens = idf.tokens.sorted()
        var numberOf = HashCounter(capacity: tokens.count)
        for (number, token) in tokens.enumerated() { numberOf.insertIfAbsent(Int32(number), for: token) }
        weightOfNumber = tokens.map { idf.weight(hash: $0) }
        offsets.reserveCapacity(representatives.count + 1)
        for index in representatives { offsets.append(offsets[offsets.count - 1] + signatures[index].tokenSet.count) }
        let tokenCount = offsets[offsets.count - 1]
        // Numbers are looked up on every core, each chunk of representatives writing its own span of the flat array.
        let offsets = self.offsets, numbers = numberOf
        flatNumbers = [UInt32](unsafeUninitializedCapacity: tokenCount) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress)
            concurrentChunks(of: representatives.count, chunk: 256) { part in
                guard let pointer = base.pointer else { return }
                for position in part {
                    // Every token of every signature was counted, so every one has a number.
                    for (offset, token) in signatures[representatives[position]].tokenSet.enumerated() {
                        (pointer + offsets[position] + offset).initialize(to: UInt32(numbers.value(for: token) ?? 0))
                    }
                }
            }
            initialized = tokenCount
        }
        for position in representatives.indices {
            var total = 0.0
            for number in flatNumbers[offsets[position]..<offsets[position + 1]] { total += weightOfNumber[Int(number)] }
            totals.append(total)
        }
        if withBandKeys {
            computeBandKeys()
            computeContentOrder()
        }
    }

    /// `Overlap.sharedWeight(_:total:_:reaching:weight:)` of two representatives (by position), over buffer
    /// slices: array slices would retain the shared storage, a contended count when every core clusters.
    func sharedWeight(_ first: Int, _ second: Int, reaching needed: Double) -> Double? {
        flatNumbers.withUnsafeBufferPointer { numbers in
            weightOfNumber.withUnsafeBufferPointer { weights in
                Overlap.sharedWeight(numbers[offsets[first]..<offsets[first + 1]], total: totals[first],
                                     numbers[offsets[second]..<offsets[second + 1]], reaching: needed) { weights[Int($0)] }
            }
        }
    }

    private mutating func computeContentOrder() {
        let order = flatNumbers.withUnsafeBufferPointer { numbers in
            offsets.withUnsafeBufferPointer { offsets in
                // Stable, so that equal token sets (possible only after a hash collision) keep their order.
                (0..<representatives.count).sorted { first, second in
                    numbers[offsets[first]..<offsets[first + 1]].lexicographicallyPrecedes(numbers[offsets[second]..<offsets[second + 1]])
                }
            }
        }
        contentOrder = order.map { Int32($0) }
    }

    private mutating func computeBandKeys() {
        let rows = NearDuplicateClusterer.rowsPerBand
        let bands = NearDuplicateClusterer.bandCount
        let count = representatives.count
        let signatures = self.signatures, representatives = self.representatives
        // On every core, each chunk of representatives writing its own columns of the band-major table.
        bandKeys = [UInt32](unsafeUninitializedCapacity: bands * count) { keys, initialized in
            keys.initialize(repeating: 0)
            let base = SendablePointer(keys.baseAddress)
            concurrentChunks(of: count, chunk: 1_024) { part in
                guard let keys = base.pointer else { return }
                for position in part {
                    let minHash = signatures[representatives[position]].minHash
                    guard minHash.count >= bands * rows else { continue }
                    for band in 0..<bands {
                        var key = StableHash.mix(UInt64(minHash[band * rows]))
                        for row in 1..<rows { key = StableHash.combine(key, UInt64(minHash[band * rows + row])) }
                        keys[band * count + position] = UInt32(truncatingIfNeeded: key >> 32)
                    }
                }
            }
            initialized = bands * count
        }
    }

    /// Sorts `entries` by their top 32 bits, stably, in counting passes. Digits are as wide as it
    /// takes for about as many buckets as entries (8 to 16 bits), so that clearing and summing the
    /// counts costs no more than a pass over the entries.
    mutating func radixSortEntriesByHighBits() {
        var bits = 8
        while bits < 16 && (1 << bits) < entries.count { bits += 1 }
        let passes = (32 + bits - 1) / bits
        let digitBits = (32 + passes - 1) / passes
        let mask = (1 << digitBits) - 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 1 << digitBits) { counts in
            entries.withUnsafeMutableBufferPointer { entries in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    var source = entries
                    var target = scratch
                    for pass in 0..<passes {
                        let shift = UInt64(32 + pass * digitBits)
                        counts.initialize(repeating: 0)
                        for entry in source { counts[Int(truncatingIfNeeded: entry >> shift) & mask] += 1 }
                        var sum = 0
                        for digit in counts.indices {
                            let count = counts[digit]
                            counts[digit] = sum
                            sum += count
                        }
                        for entry in source {
                            let digit = Int(truncatingIfNeeded: entry >> shift) & mask
                            target[counts[digit]] = entry
                            counts[digit] += 1
                        }
                        swap(&source, &target)
                    }
                }
            }
        }
        // Each pass reads one array and writes the other: after an odd number the result is in `scratch`.
        if passes % 2 == 1 { swap(&entries, &scratch) }
    }
}
