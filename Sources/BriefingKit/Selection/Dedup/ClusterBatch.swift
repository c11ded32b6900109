import Foundation

/// What `NearDuplicateClusterer` reads of one batch: the representatives' token sets and IDF
/// weights, flattened for cache-friendly merging, and their LSH band keys.
struct ClusterBatch {
    /// The batch's signatures, by index: banding reads the representatives' MinHashes from them, round by round.
    let signatures: [TextSignature]
    let representatives: [Int]
    /// The veto's label of each representative, by position.
    let labels: [Int32]
    var entries: [UInt64]
    private var scratch: [UInt64]
    private(set) var totals: [Double] = []
    /// The top 32 bits of the LSH key of every representative in each band of `keyedBands` (all
    /// that bucketing reads), band-major.
    private(set) var bandKeys: [UInt32] = []
    /// The bands `bandKeys` holds: a few at a time, as a table for all 32 would be the largest thing
    /// clustering holds (70 MB at 100,000 articles with 50 briefs).
    private(set) var keyedBands: Range<Int> = 0..<0
    /// The representatives' positions in the lexicographic order of their token sets (ties by
    /// position): buckets are ordered by it, sorted once here rather than in each of the 32 bands.
    private(set) var contentOrder: [Int32] = []
    /// Each position's place in `contentOrder`: which member a cluster is compared by (`UnionFind.smallest`).
    private(set) var contentRank: [Int32] = []
    private var offsets: [Int] = [0]
    /// The representatives' token sets, one after another, each token by its number: tokens are
    /// numbered in hash order, so numbers sort, merge and compare as the hashes do, in half the memory.
    private var flatNumbers: [UInt32] = []
    /// The IDF weight of each token number, computed once per token rather than per occurrence.
    private var weightOfNumber: [Double] = []

    /// `copies[i]`, when given, is how many texts of the batch `signatures[i]` stands for (in the IDF).
    /// Every batch gets the content order that bucketing and merging go by; `banded` ones get their keys band by band (`keyBands`).
    init(_ signatures: [TextSignature], representatives: [Int], labels: [Int32], copies: [Int32]? = nil, banded: Bool) {
        self.signatures = signatures
        self.representatives = representatives
        self.labels = representatives.map { labels[$0] }
        entries = [UInt64](repeating: 0, count: representatives.count)
        scratch = entries
        totals.reserveCapacity(representatives.count)
        let idf = TokenWeights(signatures, copies: copies)
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
        computeContentOrder()
        contentRank = [Int32](repeating: 0, count: contentOrder.count)
        for (rank, position) in contentOrder.enumerated() { contentRank[Int(position)] = Int32(rank) }
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

    /// Positions in the lexicographic order of their token numbers, equal sets (possible only after
    /// a hash collision) by position: a total order, so any sort gives the same result. Each half is
    /// sorted on a core of its own, and the halves are merged.
    private mutating func computeContentOrder() {
        let count = representatives.count
        contentOrder = flatNumbers.withUnsafeBufferPointer { numbers in
            offsets.withUnsafeBufferPointer { offsets in
                let order = TokenSetOrder(numbers: numbers, offsets: offsets)
                let middle = count / 2
                let halves = ResultSlots<[Int32]>(count: 2)
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    var positions = half == 0 ? Array(0..<Int32(middle)) : Array(Int32(middle)..<Int32(count))
                    positions.sort(by: order.precedes)
                    halves[half] = positions
                }
                let first = halves.take(0) ?? [], second = halves.take(1) ?? []
                var merged: [Int32] = []
                merged.reserveCapacity(count)
                var left = 0, right = 0
                while left < first.count && right < second.count {
                    if order.precedes(second[right], first[left]) {
                        merged.append(second[right])
                        right += 1
                    } else {
                        merged.append(first[left])
                        left += 1
                    }
                }
                merged += first[left...]
                merged += second[right...]
                return merged
            }
        }
    }

    /// The key of every representative in `bands`, replacing the bands keyed before (freed first).
    mutating func keyBands(_ bands: Range<Int>) {
        let rows = NearDuplicateClusterer.rowsPerBand
        let count = representatives.count
        let signatures = self.signatures, representatives = self.representatives
        bandKeys = []
        keyedBands = bands
        // On every core, each chunk of representatives writing its own columns of the band-major table.
        // Every key is written once, so the table is not cleared first; a signature too short for the
        // bands (none is, as built) gets keys of 0.
        bandKeys = [UInt32](unsafeUninitializedCapacity: bands.count * count) { keys, initialized in
            let base = SendablePointer(keys.baseAddress)
            concurrentChunks(of: count, chunk: 1_024) { part in
                guard let keys = base.pointer else { return }
                for position in part {
                    let minHash = signatures[representatives[position]].minHash
                    let usable = minHash.count >= bands.upperBound * rows
                    for (column, band) in bands.enumerated() {
                        var key: UInt64 = 0
                        if usable {
                            key = StableHash.mix(UInt64(minHash[band * rows]))
                            for row in 1..<rows { key = StableHash.combine(key, UInt64(minHash[band * rows + row])) }
                        }
                        (keys + column * count + position).initialize(to: UInt32(truncatingIfNeeded: key >> 32))
                    }
                }
            }
            initialized = bands.count * count
        }
    }

    /// The keys of one band of `keyedBands`, by position.
    func keys(of band: Int) -> ArraySlice<UInt32> {
        let count = representatives.count
        let column = band - keyedBands.lowerBound
        return bandKeys[(column * count)..<((column + 1) * count)]
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

/// The order of `ClusterBatch.contentOrder` over flattened token sets, read in place: only while
/// the buffers it was made from are alive.
private struct TokenSetOrder: @unchecked Sendable {
    let numbers: UnsafeBufferPointer<UInt32>
    let offsets: UnsafeBufferPointer<Int>

    /// Whether the set at `left` sorts before the one at `right`: lexicographically, a set that is a
    /// prefix of the other first, equal sets by position.
    func precedes(_ left: Int32, _ right: Int32) -> Bool {
        var leftIndex = offsets[Int(left)], rightIndex = offsets[Int(right)]
        let leftEnd = offsets[Int(left) + 1], rightEnd = offsets[Int(right) + 1]
        while leftIndex < leftEnd && rightIndex < rightEnd {
            if numbers[leftIndex] != numbers[rightIndex] { return numbers[leftIndex] < numbers[rightIndex] }
            leftIndex += 1
            rightIndex += 1
        }
        if leftIndex < leftEnd || rightIndex < rightEnd { return leftIndex == leftEnd }
        return left < right
    }
}
