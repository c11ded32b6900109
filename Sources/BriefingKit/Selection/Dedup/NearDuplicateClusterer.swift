import Foundation

/// Groups near-duplicate texts; deterministic (result independent of input order beyond stable tie-breaks).
///
/// Two sentences are the same fact when, with IDF counted over the batch passed to `clusters`,
/// the weighted containment of their token sets reaches `threshold` and the weighted Jaccard
/// reaches `minimumJaccard`. Up to `exhaustiveLimit` distinct sentences every pair is scored;
/// beyond that, candidates come from LSH banding on the MinHash (32 bands × 2 rows), so large
/// inputs are never compared pairwise. Union-find joins the pairs into clusters, but two sets merge
/// only when their first members (in content order) pass too (`merge`): a chain of close pairs does
/// not join sentences that share little.
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
    /// Bands keyed and bucketed together: a quarter of the key table at a time.
    static let bandsPerRound = 8
    /// Union-finds that take the bands between them: as many on every machine, since the result depends
    /// on the order of the unions (`merge`); two, the cores the targets are set for.
    static let partitionCount = 2
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
    /// Whether pairs of sets found apart are remembered (so that other pairs of their members are not scored):
    /// false only in tests, which check that remembering never changes the clusters.
    var remembersApartSets = true

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
        clusters(signatures, labels: labels, copies: nil, mayMerge: mayMerge)
    }

    /// As `clusters(_:labels:mayMerge:)`, with `signatures[i]` standing for `copies[i]` texts of the batch
    /// in the IDF (all of them if nil): the clusters of a batch's distinct texts, signed once each.
    /// `people`, when given, reads bits of a label that must meet between two sets for them to merge: each set's
    /// bits are those of all its members, so that a member whose label has none (a text that names nobody)
    /// cannot join two sets whose members name different people.
    func clusters(_ signatures: [TextSignature], labels: [Int32], copies: [Int32]?, mayMerge: @Sendable (Int32, Int32) -> Bool,
                  people: ((Int32) -> Int32)? = nil) -> [[Int]] {
        precondition(labels.count == signatures.count, "one label per signature")
        var sets = UnionFind(count: signatures.count)
        guard signatures.count > 1 else { return sets.groups() }
        let representatives = mergeIdenticalTokenSets(signatures, into: &sets, apart: people.map { people in
            { first, second in !ReportLabel.peopleMayMeet(people(labels[first]), people(labels[second])) }
        })
        guard representatives.count > 1 else { return sets.groups() }
        let exhaustive = representatives.count <= exhaustiveLimit
        var batch = ClusterBatch(signatures, representatives: representatives, labels: labels, copies: copies, banded: !exhaustive)
        let peopleBits = people.map { batch.labels.map($0) } ?? []
        // Pairs are joined over representatives' positions, not facts: the sets are smaller and a
        // member's set is read with no lookup of its fact first. They join the facts' sets at the end.
        if exhaustive {
            // Pairs in content order, as the buckets of the banded path go, so that input order does not matter.
            var local = LinkedSets(count: representatives.count, rank: batch.contentRank, people: peopleBits)
            for secondRank in 1..<representatives.count {
                for firstRank in 0..<secondRank {
                    let (one, other) = (Int(batch.contentOrder[firstRank]), Int(batch.contentOrder[secondRank]))
                    let (first, second) = one < other ? (one, other) : (other, one)
                    if mayMerge(batch.labels[first], batch.labels[second]) {
                        merge(first, second, scoringPair: true, in: batch, sets: &local, mayMerge: mayMerge)
                    }
                }
            }
            join(&local.sets, into: &sets, representatives: representatives)
        } else {
            // Each of `partitionCount` partitions takes every n-th band with union-find of its own (a pair
            // already joined there is not scored again); the partitions are then joined in order. Sets
            // merge only when their first members pass too (`merge`), so the result depends on the order
            // of the unions: the partitions are as many on any machine, each works through its bands in
            // order, and so the result depends neither on scheduling nor on the number of cores.
            // The bands are keyed `bandsPerRound` at a time, and each round's are shared out the same way;
            // a partition keeps its union-find from round to round.
            let workers = Self.partitionCount
            let partitions = ResultSlots<LinkedSets>(count: workers)
            for worker in 0..<workers { partitions[worker] = LinkedSets(count: representatives.count, rank: batch.contentRank, people: peopleBits) }
            for first in stride(from: 0, to: Self.bandCount, by: Self.bandsPerRound) {
                batch.keyBands(first..<min(Self.bandCount, first + Self.bandsPerRound))
                let shared = batch
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    guard var local = partitions.take(worker) else { return }
                    var batch = shared
                    for band in stride(from: shared.keyedBands.lowerBound + worker, to: shared.keyedBands.upperBound, by: workers) {
                        confirmBuckets(of: band, in: &batch, sets: &local, mayMerge: mayMerge)
                    }
                    partitions[worker] = local
                }
            }
            var combined = LinkedSets(count: representatives.count, rank: batch.contentRank, people: peopleBits)
            for worker in 0..<workers {
                guard var partition = partitions.take(worker) else { continue }
                for rank in representatives.indices {
                    let position = Int(batch.contentOrder[rank])
                    let root = partition.sets.smallest(in: position)
                    if root != position { merge(position, root, scoringPair: false, in: batch, sets: &combined, mayMerge: mayMerge) }
                }
            }
            join(&combined.sets, into: &sets, representatives: representatives)
        }
        return sets.groups()
    }

    /// Merges the sets of two representatives (by position) when their sets' first members are near-duplicates
    /// (and the veto allows them) and, if `scoringPair`, the two are too; says whether it did, and if not,
    /// why. `firsts` are the sets' first members when the caller knows them. A pair of sets whose first
    /// members fail is remembered.
    ///
    /// Union-find alone is single linkage: a chain of pairs, each close, joins sentences that share little,
    /// and over a corpus of wire copy one cluster swallowed nine texts in ten. Comparing the sets by their first
    /// members bounds the chain: a sentence joins a report only if it is a near-duplicate of the report's first
    /// wording, and two reports join only if their first wordings are.
    ///
    /// The first members are scored before the pair, though both must pass: their failed score is remembered, so
    /// that the next pair of the same two sets costs a look-up only (half the scoring over a corpus of wire copy).
    @discardableResult
    private func merge(_ first: Int, _ second: Int, firsts: (Int, Int)? = nil, scoringPair: Bool, in batch: ClusterBatch,
                       sets: inout LinkedSets, mayMerge: (Int32, Int32) -> Bool) -> MergeOutcome {
        let (one, other) = firsts ?? (sets.sets.smallest(in: first), sets.sets.smallest(in: second))
        if one == other { return .pairApart }
        let (low, high) = one < other ? (one, other) : (other, one)
        // The veto is two loads and a comparison, and the same each time it is asked: only failed scores are
        // remembered, which keeps the table of sets apart small enough to stay in cache longer.
        guard mayMerge(batch.labels[low], batch.labels[high]), sets.peopleMeet(first, second) else { return .setsApart }
        if remembersApartSets && sets.isRejected(low, high) { return .setsApart }
        guard passes(low, high, in: batch) else {
            sets.reject(low, high)
            return .setsApart
        }
        let areFirsts = (low == first && high == second) || (low == second && high == first)
        if scoringPair && !areFirsts && !passes(first, second, in: batch) { return .pairApart }
        return sets.union(first, second) ? .joined : .pairApart
    }

    /// What `merge` made of a pair.
    private enum MergeOutcome {
        case joined
        /// The sets' first members are not one report (or the veto keeps them apart): no pair of members joins them.
        case setsApart
        /// The sets may join, but not through this pair (or they are one set already).
        case pairApart
    }

    /// Unions, in the facts' sets, the representatives that `partition` (over their positions) joined.
    private func join(_ partition: inout UnionFind, into sets: inout UnionFind, representatives: [Int]) {
        for position in representatives.indices {
            let root = partition.find(position)
            if root != position { sets.union(representatives[position], representatives[root]) }
        }
    }

    /// Unions signatures with identical token sets; returns the first of each set (non-empty only).
    /// Token sets are hashed, and the first of each hash found, on every core; a set whose hash an
    /// earlier, different set has stays a representative of its own, as does one that `apart` keeps from
    /// the first (the same words of other people).
    private func mergeIdenticalTokenSets(_ signatures: [TextSignature], into sets: inout UnionFind,
                                         apart: ((Int, Int) -> Bool)? = nil) -> [Int] {
        // Read in place: a copy of a signature retains and releases both its arrays.
        let contentHashes = concurrentMap(indices: signatures.count) { index -> UInt64? in
            signatures[index].isEmpty ? nil : signatures[index].tokenSet.reduce(StableHash.fnvOffset) { StableHash.combine($0, $1) }
        }
        let nonEmpty = contentHashes.indices.filter { contentHashes[$0] != nil }
        let firsts = HashCounter.firstOccurrences(of: nonEmpty.map { contentHashes[$0] ?? 0 })
        var representatives: [Int] = []
        for (position, index) in nonEmpty.enumerated() {
            let first = nonEmpty[firsts[position]]
            if first != index && signatures[first].tokenSet == signatures[index].tokenSet && apart?(first, index) != true {
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
        of band: Int, in batch: inout ClusterBatch, sets: inout LinkedSets, mayMerge: (Int32, Int32) -> Bool
    ) {
        let count = batch.representatives.count
        let keys = batch.keys(of: band)
        let first = keys.startIndex
        for rank in 0..<count {
            let position = Int(batch.contentOrder[rank])
            batch.entries[rank] = UInt64(keys[first + position]) << 32 | UInt64(position)
        }
        batch.radixSortEntriesByHighBits()
        var bucket = ClusterBucket()
        var start = 0
        while start < count {
            let key = batch.entries[start] >> 32
            var end = start + 1
            while end < count && batch.entries[end] >> 32 == key { end += 1 }
            if end - start > 1 {
                bucket.load(batch.entries[start..<end], labels: batch.labels, sets: &sets.sets)
                confirm(&bucket, in: batch, sets: &sets, mayMerge: mayMerge)
            }
            start = end
        }
    }

    /// All pairs of a small bucket; a sliding window over a large one. Members are in content
    /// order, so that the pairs compared do not depend on input order. The roots stay current, so
    /// that they stand in for `find`: in a small bucket each union relabels the merged members; in a
    /// large one, where relabelling could cost a pass per union, each member's root is looked up when
    /// the window reaches it, and the window's again after a union.
    func confirm(_ bucket: inout ClusterBucket, in batch: ClusterBatch, sets: inout LinkedSets, mayMerge: (Int32, Int32) -> Bool) {
        let count = bucket.count
        let relabels = count <= Self.fullBucketLimit
        bucket.withBuffers { members, roots, labels in
            guard roots[1..<count].contains(where: { $0 != roots[0] }) else { return }
            let window = relabels ? count : Self.bucketWindow
            for second in 1..<count {
                if !relabels { roots[second] = sets.sets.find(members[second]) }
                // The last set found apart from this member's: members of one set sit together in content order,
                // and until this member's set joins another, the two sets' first members stay the same, so the
                // next member of that set is apart too. A union may give this member's set an earlier first member.
                var apart = -1
                for first in max(0, second - window)..<second where roots[first] != roots[second] && roots[first] != apart {
                    // The veto's labels go in index order, as positions are.
                    let vetoed = members[first] < members[second] ? !mayMerge(labels[first], labels[second])
                        : !mayMerge(labels[second], labels[first])
                    if vetoed { continue }
                    // Two sets already found not to be one report are not scored again through other members.
                    let firsts = (sets.sets.smallest(ofRoot: roots[first]), sets.sets.smallest(ofRoot: roots[second]))
                    switch merge(members[first], members[second], firsts: firsts, scoringPair: true, in: batch, sets: &sets,
                                 mayMerge: mayMerge) {
                    case .joined: apart = -1
                    case .setsApart:
                        if remembersApartSets { apart = roots[first] }
                        continue
                    case .pairApart: continue
                    }
                    if relabels {
                        let (kept, merged) = sets.sets.find(roots[first]) == roots[first] ? (roots[first], roots[second]) : (roots[second], roots[first])
                        for index in 0..<count where roots[index] == merged { roots[index] = kept }
                    } else {
                        for index in max(0, second - window)...second { roots[index] = sets.sets.find(members[index]) }
                    }
                }
            }
        }
    }

    /// Whether two representatives' (by position) weighted containment and Jaccard both pass.
    /// The lighter set is walked as the first: the shared weight is the same either way, and the walk gives
    /// up once the first's unread weight cannot reach the threshold, which for the lighter comes soonest.
    private func passes(_ first: Int, _ second: Int, in batch: ClusterBatch) -> Bool {
        let firstTotal = batch.totals[first]
        let secondTotal = batch.totals[second]
        let (lighter, heavier) = firstTotal <= secondTotal ? (first, second) : (second, first)
        guard let shared = batch.sharedWeight(lighter, heavier, reaching: threshold * min(firstTotal, secondTotal)) else { return false }
        return shared >= threshold * min(firstTotal, secondTotal)
            && shared >= minimumJaccard * (firstTotal + secondTotal - shared) && shared > 0
    }
}
