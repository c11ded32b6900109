/// MinHash over word shingles with `hashCount` seeded hash functions.
///
/// Shingles are the unigrams and the adjacent bigrams of the normalised token sequence:
/// news sentences are short (10–30 tokens after stop words), so bigrams alone would leave
/// too few shingles for rephrased sentences to share. Function `i` is
/// `h_i(x) = fold(a_i · mix(x) + b_i)` with odd `a_i` and `b_i` drawn from splitmix64 from a
/// fixed seed: deterministic across processes and platforms. A signature keeps 16 bits of each
/// minimum: bits 32 to 47, the low half of its top 32 bits.
enum MinHasher {
    /// Number of hash functions, k (even: `minima` takes them in pairs). 64 gives a standard error
    /// of about 0.06 on the estimate.
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

    /// Bits 32 to 47 of the k minima; all `UInt16.max` when there are no shingles.
    ///
    /// `fold(v) = v ^ (v >> 32)` leaves the top 32 bits of `v` as they are, and taking the top
    /// 32 bits keeps order (`a ≤ b` ⇒ `top(a) ≤ top(b)`), so the top of the folded minimum is the
    /// top of the plain minimum of `a_i · mix(x) + b_i`: the loop skips the fold. Of those 32 bits the
    /// low 16 are kept: a minimum of many values is small, so its highest bits are mostly zero, and two
    /// minima would share them by chance far more often than once in 65,536.
    static func signature(_ tokenHashes: UnsafeBufferPointer<UInt64>) -> [UInt16] {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(0, 2 * tokenHashes.count - 1)) { mixed in
            mixedShingles(of: tokenHashes, into: mixed)
            return minima(of: UnsafeBufferPointer(mixed))
        }
    }

    /// Writes the mixed unigrams, then the mixed bigrams, of `tokens` into `mixed` (2n − 1 of them).
    @inline(__always)
    private static func mixedShingles(of tokens: UnsafeBufferPointer<UInt64>, into mixed: UnsafeMutableBufferPointer<UInt64>) {
        guard let first = tokens.first else { return }
        mixed[0] = StableHash.mix(first)
        var index = 1
        while index < tokens.count {
            mixed[index] = StableHash.mix(tokens[index])
            mixed[tokens.count + index - 1] = StableHash.mix(StableHash.combine(tokens[index - 1], tokens[index]))
            index += 1
        }
    }

    /// Two functions at a time over every shingle: their coefficients and running minima stay in
    /// registers, each shingle is loaded once for both, and the minima are taken without branches
    /// (a minimum does not depend on the order it is taken in).
    private static func minima(of mixed: UnsafeBufferPointer<UInt64>) -> [UInt16] {
        coefficients.withUnsafeBufferPointer { coefficients in
            [UInt16](unsafeUninitializedCapacity: hashCount) { minima, initialized in
                for first in stride(from: 0, to: hashCount, by: 2) {
                    let (firstMultiplier, firstIncrement) = coefficients[first]
                    let (secondMultiplier, secondIncrement) = coefficients[first + 1]
                    var firstMinimum = UInt64.max
                    var secondMinimum = UInt64.max
                    for shingle in mixed {
                        let firstValue = firstMultiplier &* shingle &+ firstIncrement
                        let secondValue = secondMultiplier &* shingle &+ secondIncrement
                        firstMinimum = firstValue < firstMinimum ? firstValue : firstMinimum
                        secondMinimum = secondValue < secondMinimum ? secondValue : secondMinimum
                    }
                    minima[first] = UInt16(truncatingIfNeeded: firstMinimum >> 32)
                    minima[first + 1] = UInt16(truncatingIfNeeded: secondMinimum >> 32)
                }
                initialized = hashCount
            }
        }
    }
}
