/// MinHash over word shingles with `hashCount` seeded hash functions.
///
/// Shingles are the unigrams and the adjacent bigrams of the normalised token sequence:
/// news sentences are short (10–30 tokens after stop words), so bigrams alone would leave
/// too few shingles for rephrased sentences to share. Function `i` is
/// `h_i(x) = fold(a_i · mix(x) + b_i)` with odd `a_i` and `b_i` drawn from splitmix64 from a
/// fixed seed: deterministic across processes and platforms.
enum MinHasher {
    /// Number of hash functions, k. 64 gives a standard error of about 0.06 on the estimate.
    static let hashCount = 64

    private static let coefficients: [(multiplier: UInt64, increment: UInt64)] = {
        var state: UInt64 = 0x5eed_b21e_f100_0001
        var result: [(UInt64, UInt64)] = []
        result.reserveCapacity(hashCount)
        for _ in 0..<hashCount {
            state &+= 0x9e37_79b9_7f4a_7c15
            let multiplier = StableHash.mix(state) | 1
            state &+= 0x9e37_79b9_7f4a_7c15
            let increment = StableHash.mix(state)
            result.append((multiplier, increment))
        }
        return result
    }()

    /// Hashes of the unigram and bigram shingles of a token-hash sequence.
    static func shingles(_ tokenHashes: [UInt64]) -> [UInt64] {
        var result = tokenHashes
        if tokenHashes.count > 1 {
            for index in 1..<tokenHashes.count {
                result.append(StableHash.combine(tokenHashes[index - 1], tokenHashes[index]))
            }
        }
        return result
    }

    /// The k minimum values; all `UInt64.max` when there are no shingles.
    static func signature(_ tokenHashes: [UInt64]) -> [UInt64] {
        let mixed = shingles(tokenHashes).map(StableHash.mix)
        let coefficients = self.coefficients
        // One function at a time over every shingle: its coefficients and running minimum stay in
        // registers (a minimum does not depend on the order it is taken in).
        return [UInt64](unsafeUninitializedCapacity: hashCount) { minima, initialized in
            mixed.withUnsafeBufferPointer { mixed in
                for function in 0..<hashCount {
                    let (multiplier, increment) = coefficients[function]
                    var minimum = UInt64.max
                    for shingle in mixed {
                        var value = multiplier &* shingle &+ increment
                        value ^= value >> 32
                        minimum = Swift.min(minimum, value)
                    }
                    minima[function] = minimum
                }
            }
            initialized = hashCount
        }
    }
}
