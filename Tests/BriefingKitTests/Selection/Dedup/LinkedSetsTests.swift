import Testing
@testable import BriefingKit

@Suite("Pairs of sets found not to be one report")
struct LinkedSetsTests {
    @Test("a rejected pair is remembered either way round, through the table's growth; other pairs are not")
    func remembersRejections() {
        var sets = LinkedSets(count: 5_000, rank: (0..<5_000).map { Int32($0) })
        #expect(!sets.isRejected(1, 2))
        for first in stride(from: 0, to: 4_000, by: 2) { sets.reject(first + 1, first) }
        for first in stride(from: 0, to: 4_000, by: 2) {
            #expect(sets.isRejected(first, first + 1) && sets.isRejected(first + 1, first))
            #expect(!sets.isRejected(first + 1, first + 2))
        }
        // Position 0 with 0 would be the empty key without the `+ 1`.
        #expect(!sets.isRejected(0, 0) && !sets.isRejected(0, 2))
    }
}
