import Foundation
import Testing
@testable import BriefingKit

@Suite("IDF weights")
struct TokenWeightsTests {
    @Test("a token's weight is ln(1 + N / df), with df counted over every signature of the batch")
    func weightFollowsTheDefinition() {
        let signatures = ["rail rail nuclear", "rail", "nuclear energy"].map(TextSignature.init)
        let weights = TokenWeights(signatures)
        #expect(weights.weight(of: "rail") == log(1 + 3.0 / 2))
        #expect(weights.weight(of: "energy") == log(1 + 3.0 / 1))
        // A token no signature has counts as if one had it.
        #expect(weights.weight(of: "tariff") == log(1 + 3.0 / 1))
    }

    @Test("a batch counted in parts on several cores gives each token the weight of one serial count")
    func partsAddUpToTheWholeCount() {
        // Enough signatures for the count to be split; each word's document frequency is known by construction.
        let words = (0..<40).map { "word\($0)" }
        let texts = (0..<12_000).map { index in
            words.indices.filter { index % ($0 + 1) == 0 }.map { words[$0] }.joined(separator: " ")
        }
        let weights = TokenWeights(texts.map(TextSignature.init))
        for (position, word) in words.enumerated() {
            let frequency = (0..<12_000).filter { $0 % (position + 1) == 0 }.count
            #expect(weights.weight(of: TokenNormalizer.tokens(word).first ?? word) == log(1 + 12_000.0 / Double(frequency)),
                    "\(word)")
        }
    }

    @Test("a signature counted with its copies weighs each token as counting every copy does")
    func copiesCountAsThatManySignatures() {
        let distinct = ["rail rail nuclear", "rail", "nuclear energy", "energy ports"].map(TextSignature.init)
        let copies: [Int32] = [3, 1, 2, 5]
        let everyCopy = distinct.indices.flatMap { Array(repeating: distinct[$0], count: Int(copies[$0])) }
        let counted = TokenWeights(distinct, copies: copies)
        let repeated = TokenWeights(everyCopy)
        #expect(counted.documentCount == 11)
        for word in ["rail", "nuclear", "energy", "ports", "tariff"] {
            #expect(counted.weight(of: word) == repeated.weight(of: word), "\(word)")
        }
        #expect(counted.weight(of: "rail") == log(1 + 11.0 / 4))
    }
}
