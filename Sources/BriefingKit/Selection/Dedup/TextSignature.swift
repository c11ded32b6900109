/// A compact signature of a sentence's normalised word shingles.
///
/// Built once per sentence; comparing two signatures never looks at the text again.
public struct TextSignature: Hashable, Sendable {
    /// MinHash of the unigram + bigram shingles of `tokens` under 64 seeded hash functions (none when
    /// normalisation leaves no tokens).
    /// Each value is 16 bits of the 64-bit minimum (`MinHasher`): a quarter of the memory of the whole
    /// minimum, where a signature is kept for every distinct text (590,000 with 50 briefs at 100,000 articles).
    /// Two unrelated sentences share a slot by chance once in 65,536, a thousandth of a slot of the 64 on
    /// average, far below the estimate's own step (1/64). Buckets key two slots together (32 bits), and every
    /// pair a bucket offers is confirmed on the token sets.
    public let minHash: [UInt16]
    /// Sorted, distinct FNV-1a hashes of `tokens`: the token set used for exact comparisons.
    /// Only clustering reads it: `comparable` drops it.
    let tokenSet: [UInt64]

    private init(minHash: [UInt16], tokenSet: [UInt64]) {
        self.minHash = minHash
        self.tokenSet = tokenSet
    }

    /// Normalises `text` (`TokenNormalizer`: lowercased, diacritics folded, stop words dropped,
    /// light stemming, numbers kept) and computes its MinHash over the tokens' hashes.
    public init(_ text: String) {
        (minHash, tokenSet) = TokenNormalizer.withHashes(of: text) { buffer in
            var hashes = buffer
            // No tokens, nothing to estimate: an empty MinHash marks the signature empty once its token set is dropped.
            guard !hashes.isEmpty else { return ([], []) }
            let minHash = MinHasher.signature(UnsafeBufferPointer(hashes))
            hashes.sort()
            var unique = 0
            for index in hashes.indices where index == 0 || hashes[index] != hashes[index - 1] {
                hashes[unique] = hashes[index]
                unique += 1
            }
            return (minHash, Array(hashes[..<unique]))
        }
    }

    /// Number of MinHash functions (k) in every signature.
    public static let hashCount = MinHasher.hashCount

    /// Whether normalisation left no tokens (punctuation or stop words only); such a
    /// signature is similar to nothing.
    public var isEmpty: Bool { minHash.isEmpty }

    /// The signature without its token set, for `similarity` alone: what selection compares, once
    /// clustering (which needs the token sets, a hundred megabytes at 100,000 articles) is done.
    var comparable: TextSignature {
        TextSignature(minHash: minHash, tokenSet: [])
    }

    /// Estimated Jaccard similarity of the shingle sets: the share of equal MinHash slots.
    public func similarity(to other: TextSignature) -> Double {
        if isEmpty || other.isEmpty { return 0 }
        var equal = 0
        for index in 0..<min(minHash.count, other.minHash.count) where minHash[index] == other.minHash[index] {
            equal += 1
        }
        return Double(equal) / Double(TextSignature.hashCount)
    }

    /// Exact Jaccard similarity of the token sets (0 when either is empty, or dropped by `comparable`).
    public func tokenJaccard(to other: TextSignature) -> Double {
        if tokenSet.isEmpty || other.tokenSet.isEmpty { return 0 }
        let shared = Self.sharedCount(tokenSet, other.tokenSet)
        return Double(shared) / Double(tokenSet.count + other.tokenSet.count - shared)
    }

    /// Size of the intersection of two sorted, distinct arrays.
    static func sharedCount(_ first: [UInt64], _ second: [UInt64]) -> Int {
        var left = 0
        var right = 0
        var shared = 0
        while left < first.count && right < second.count {
            if first[left] == second[right] {
                shared += 1
                left += 1
                right += 1
            } else if first[left] < second[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }
}
