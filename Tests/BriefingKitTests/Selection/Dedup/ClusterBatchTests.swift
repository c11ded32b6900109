import Testing
@testable import BriefingKit

@Suite struct ClusterBatchTests {
    /// Short texts over a few words: many token sets share their first tokens, some are prefixes
    /// of others, and some repeat (as representatives they may, after a hash collision).
    private static func smallVocabularyTexts() -> [String] {
        let words = ["trade", "summit", "nuclear", "energy", "ports", "rice", "visa"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<400).map { _ in (0...next(4)).map { _ in words[next(words.count)] }.joined(separator: " ") }
    }

    /// Positions sorted as the clusterer has always ordered a bucket: by token set, lexicographically
    /// (token numbers follow the hashes' order), equal sets by position, with a stable sort.
    private func referenceOrder(_ signatures: [TextSignature], representatives: [Int]) -> [Int32] {
        let sets = representatives.map { signatures[$0].tokenSet }
        var order = Array(sets.indices)
        // Insertion sort: stable whatever the standard library's sort guarantees.
        for index in order.indices.dropFirst() {
            var slot = index
            let moving = order[index]
            while slot > 0, sets[moving].lexicographicallyPrecedes(sets[order[slot - 1]]) {
                order[slot] = order[slot - 1]
                slot -= 1
            }
            order[slot] = moving
        }
        return order.map { Int32($0) }
    }

    @Test(arguments: [false, true])
    func contentOrderIsLexicographicWithTiesByPosition(withCorpus: Bool) {
        let texts = Self.smallVocabularyTexts() + (withCorpus ? corpusSentences : [])
        let signatures = texts.map(TextSignature.init)
        // Every non-empty signature, repeats included, as representatives.
        let representatives = signatures.indices.filter { !signatures[$0].isEmpty }
        let batch = ClusterBatch(signatures, representatives: representatives,
                                 labels: signatures.indices.map { Int32($0) }, banded: true)
        let sets = representatives.map { signatures[$0].tokenSet }
        #expect(Set(sets.map { $0.first }).count < sets.count, "the test needs token sets sharing a first token")
        #expect(sets.contains { set in sets.contains { $0.count > set.count && $0.starts(with: set) } },
                "the test needs a token set that is a prefix of another")
        #expect(batch.contentOrder == referenceOrder(signatures, representatives: representatives))
    }
}
