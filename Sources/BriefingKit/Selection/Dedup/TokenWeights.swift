import Foundation

/// Inverse document frequencies of tokens within one batch of signatures.
///
/// A token's weight is `ln(1 + N / df)`, N the batch size and df the number of signatures
/// containing it: names, numbers and domain nouns ("rail", "albanese", "9:30") outweigh
/// words every report of a meeting shares ("two", "leader", "agree", "cooperation").
/// The `1 +` keeps every weight positive, so a two-sentence batch degrades to plain Jaccard
/// with shared tokens slightly discounted instead of to zero. `NearDuplicateClusterer` builds one
/// per call; build your own to score or explain a pair against the same batch.
public struct TokenWeights: Sendable {
    /// Number of signatures the frequencies were counted over.
    public let documentCount: Int
    private let documentFrequency: HashCounter

    /// Counts, for every token, how many of `signatures` contain it: each core counts a part, and
    /// the parts' counts are added up (a sum does not depend on the order it is taken in).
    public init(_ signatures: [TextSignature]) {
        self.init(signatures, copies: nil)
    }

    /// As `init(_:)`, with `signatures[i]` counted as `copies[i]` signatures (the texts that a batch
    /// repeats word for word, signed once); nil counts each once.
    init(_ signatures: [TextSignature], copies: [Int32]?) {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, signatures.count / 4_096))
        let partSize = (signatures.count + parts - 1) / parts
        let counted = ResultSlots<HashCounter>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var frequency = HashCounter(capacity: 1_024)
            for index in (part * partSize)..<min(signatures.count, (part + 1) * partSize) {
                let count = copies?[index] ?? 1
                for token in signatures[index].tokenSet { frequency.add(count, to: token) }
            }
            counted[part] = frequency
        }
        var frequency = counted.take(0) ?? HashCounter(capacity: 1_024)
        for part in 1..<parts {
            counted.take(part)?.forEach { token, count in frequency.add(count, to: token) }
        }
        documentCount = copies.map { $0.reduce(0) { $0 + Int($1) } } ?? signatures.count
        documentFrequency = frequency
    }

    /// Every token hash some signature of the batch contains, in no particular order.
    var tokens: [UInt64] {
        var tokens: [UInt64] = []
        documentFrequency.forEach { token, _ in tokens.append(token) }
        return tokens
    }

    /// IDF weight of a normalised token (as in `TextSignature.tokens`).
    public func weight(of token: String) -> Double {
        weight(hash: StableHash.fnv1a(token))
    }

    func weight(hash: UInt64) -> Double {
        let frequency = max(1, Int(documentFrequency.value(for: hash) ?? 0))
        return log(1 + Double(max(documentCount, 1)) / Double(frequency))
    }

    /// IDF weights aligned with `signature.tokenSet`.
    func weights(of signature: TextSignature) -> [Double] {
        signature.tokenSet.map { weight(hash: $0) }
    }

    /// Weighted Jaccard of the token sets: weight of shared tokens over weight of all tokens.
    public func weightedJaccard(_ first: TextSignature, _ second: TextSignature) -> Double {
        overlap(first, second).jaccard
    }

    /// Weighted containment (overlap coefficient): weight of shared tokens over the weight of
    /// the lighter sentence's tokens, so a short rephrasing of a long sentence scores high.
    public func weightedContainment(_ first: TextSignature, _ second: TextSignature) -> Double {
        overlap(first, second).containment
    }

    func overlap(_ first: TextSignature, _ second: TextSignature) -> Overlap {
        Overlap(
            first.tokenSet[...], weights(of: first)[...], second.tokenSet[...], weights(of: second)[...])
    }
}

/// Shared and total IDF weight of two token sets.
struct Overlap {
    var shared = 0.0
    var firstTotal = 0.0
    var secondTotal = 0.0

    /// Shared weight over the union's weight; 0 when both sets are empty.
    var jaccard: Double {
        let union = firstTotal + secondTotal - shared
        return union > 0 ? shared / union : 0
    }

    /// Shared weight over the lighter set's weight; 0 when either set is empty.
    var containment: Double {
        let lighter = min(firstTotal, secondTotal)
        return lighter > 0 ? shared / lighter : 0
    }

    /// Merges sorted distinct token hashes with aligned weights (slices of flattened arrays;
    /// `firstWeights` shares `firstTokens`' indices, likewise the second pair).
    init(
        _ firstTokens: ArraySlice<UInt64>, _ firstWeights: ArraySlice<Double>,
        _ secondTokens: ArraySlice<UInt64>, _ secondWeights: ArraySlice<Double>
    ) {
        shared = Self.sharedWeight(firstTokens, firstWeights, secondTokens)
        for weight in firstWeights { firstTotal += weight }
        for weight in secondWeights { secondTotal += weight }
    }

    /// As `sharedWeight`, but gives up (nil) as soon as the first set's unread weight can no longer
    /// bring the shared weight to `needed`. The bound keeps a relative slack of 1e-9, far above the
    /// rounding of the sums, so a pair it gives up on would fail `needed` when summed in full.
    /// Tokens are anything ordered as the sets are sorted (hashes, or numbers given in hash order);
    /// `weight` gives a token of the first set its weight.
    static func sharedWeight<Tokens: RandomAccessCollection>(
        _ firstTokens: Tokens, total firstTotal: Double, _ secondTokens: Tokens, reaching needed: Double,
        weight: (Tokens.Element) -> Double
    ) -> Double? where Tokens.Index == Int, Tokens.Element: Comparable {
        let floor = needed * (1 - 1e-9)
        var left = firstTokens.startIndex
        var right = secondTokens.startIndex
        var shared = 0.0
        var unread = firstTotal
        while left < firstTokens.endIndex && right < secondTokens.endIndex {
            let leftToken = firstTokens[left]
            let rightToken = secondTokens[right]
            if leftToken == rightToken {
                let tokenWeight = weight(leftToken)
                shared += tokenWeight
                unread -= tokenWeight
                left += 1
                right += 1
            } else if leftToken < rightToken {
                unread -= weight(leftToken)
                if shared + unread < floor { return nil }
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }

    /// Weight of the tokens two sorted distinct hash slices share (weights from the first).
    /// Generic so that the clusterer can pass slices of buffers, which need no retain.
    static func sharedWeight<Tokens: RandomAccessCollection<UInt64>, Weights: RandomAccessCollection<Double>>(
        _ firstTokens: Tokens, _ firstWeights: Weights, _ secondTokens: Tokens
    ) -> Double where Tokens.Index == Int, Weights.Index == Int {
        var left = firstTokens.startIndex
        var right = secondTokens.startIndex
        var shared = 0.0
        while left < firstTokens.endIndex && right < secondTokens.endIndex {
            let leftToken = firstTokens[left]
            let rightToken = secondTokens[right]
            if leftToken == rightToken {
                shared += firstWeights[left]
                left += 1
                right += 1
            } else if leftToken < rightToken {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }
}
