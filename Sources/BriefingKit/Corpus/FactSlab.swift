/// Where a worker's kept facts wait between reading and the move into the corpus: one large block,
/// filled in order and never grown, instead of an array per file.
///
/// A block this large is mapped by the allocator apart from its heap (glibc maps anything over 32 MB),
/// so it goes back to the system when freed. Arrays per file, freed after the move, would leave their
/// memory as holes among the texts read alongside them, which the process keeps: at 100,000 articles
/// with 50 briefs, a quarter of a gigabyte. Pages of the block that are never written cost nothing.
///
/// One worker fills a slab; once reading is done, the move takes each file's facts out on all cores
/// (their ranges are disjoint). Every range handed out is moved out exactly once, before the slab goes.
final class FactSlab: @unchecked Sendable {
    static let minimumBytes = 48 << 20

    let capacity: Int
    private(set) var count = 0
    private let base: UnsafeMutablePointer<Fact>

    /// Room for `needed` facts, and for as many as `minimumBytes` hold.
    init(capacity needed: Int, minimumBytes: Int = FactSlab.minimumBytes) {
        capacity = max(needed, minimumBytes / MemoryLayout<Fact>.stride)
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Takes `facts` in at the end, in order, leaving the array empty; nil (and `facts` untouched) when they do not fit.
    func append(_ facts: inout [Fact]) -> Range<Int>? {
        guard count + facts.count <= capacity else { return nil }
        let start = count
        count += facts.count
        // Popped from the end, each fact leaves its array without a copy.
        while let fact = facts.popLast() {
            (base + start + facts.count).initialize(to: consume fact)
        }
        // Emptied, it would still hold its storage.
        facts = []
        return start..<count
    }

    /// Moves the facts of `range` (handed out by `append`) to `destination`.
    func moveOut(_ range: Range<Int>, to destination: UnsafeMutablePointer<Fact>) {
        destination.moveInitialize(from: base + range.lowerBound, count: range.count)
    }
}

/// A worker's current slab: a file's facts go into it, or into a new one when it is full.
/// Not thread-safe: each worker has its own (`ScratchPool`).
final class FactStage {
    private var slab: FactSlab?
    private let slabBytes: Int

    init(slabBytes: Int = FactSlab.minimumBytes) {
        self.slabBytes = slabBytes
    }

    /// Where `facts` now are; the array is left empty.
    func stage(_ facts: inout [Fact]) -> StagedFacts {
        if let slab, let range = slab.append(&facts) { return StagedFacts(slab: slab, range: range) }
        let fresh = FactSlab(capacity: facts.count, minimumBytes: slabBytes)
        slab = fresh
        return StagedFacts(slab: fresh, range: fresh.append(&facts) ?? 0..<0)
    }
}

/// One file's facts in a slab.
struct StagedFacts: Sendable {
    let slab: FactSlab
    let range: Range<Int>
}
