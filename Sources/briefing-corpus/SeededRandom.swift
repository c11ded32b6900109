/// A small, fast, seedable pseudo-random generator (SplitMix64).
///
/// The corpus must be identical for a given seed on every machine and every
/// Swift version, so it never uses `SystemRandomNumberGenerator`, `Hasher` or
/// the standard library's `random(in:using:)` (whose algorithm may change).
/// Every helper below is defined here in terms of `next()` alone.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item (an article, a story) of a seeded run:
    /// independent streams for different `stream`/`salt` values.
    init(seed: UInt64, stream: UInt64, salt: UInt64 = 0) {
        state = SeededRandom.mix(seed ^ SeededRandom.mix(stream &+ 0x632B_E59B_D9B4_E019) ^ SeededRandom.mix(salt &* 0x9E37_79B9))
    }

    /// The SplitMix64 finaliser: a good 64-bit mixing function.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        defer { state &+= 0x9E37_79B9_7F4A_7C15 }
        return Self.mix(state)
    }

    /// A value in `0..<bound` (`bound` > 0); the modulo bias is negligible for our bounds.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// A value in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A value in `[0, 1)`.
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ items: [Element]) -> Element {
        precondition(!items.isEmpty, "pick from an empty list")
        return items[below(items.count)]
    }

    /// An index chosen with the given relative weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var roll = below(max(total, 1))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return max(weights.count - 1, 0)
    }

    /// `count` distinct elements of `items`, in random order (fewer if `items` is shorter).
    mutating func sample<Element>(_ items: [Element], count: Int) -> [Element] {
        var pool = items
        var result: [Element] = []
        while result.count < count, !pool.isEmpty {
            result.append(pool.remove(at: below(pool.count)))
        }
        return result
    }
}
