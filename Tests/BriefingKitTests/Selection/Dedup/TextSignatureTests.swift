import Testing
@testable import BriefingKit

@Suite struct TextSignatureTests {
    @Test func hashesAreStableAcrossProcesses() {
        // Pinned values: fail if anything starts using the per-process seeded `Hasher`.
        // Published FNV-1a 64 test vectors.
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        let signature = TextSignature("The two leaders agreed to deepen strategic cooperation.")
        #expect(signature.minHash.count == TextSignature.hashCount)
        #expect(signature.minHash.prefix(2) == [pinnedMinHash0, pinnedMinHash1])
    }

    @Test func identicalTextIsFullySimilar() {
        let first = TextSignature("Lee spoke with Cuong at 9:30 a.m. for approximately 25 minutes.")
        let second = TextSignature("LEE SPOKE WITH CUONG AT 9:30 A.M. FOR APPROXIMATELY 25 MINUTES")
        #expect(first == second)
        #expect(first.similarity(to: second) == 1)
        #expect(first.tokenJaccard(to: second) == 1)
    }

    @Test func tokenJaccardIsExact() {
        let first = TextSignature("rail nuclear energy")
        let second = TextSignature("rail nuclear power plant")
        #expect(first.tokenJaccard(to: second) == 2.0 / 5.0)
    }

    @Test func minHashEstimatesShingleJaccard() {
        let first = TextSignature(SampleCases.quoteFromKang)
        let second = TextSignature(SampleCases.rephrasedByJoongAng)
        // Exact shingle Jaccard is 15/52 ≈ 0.29; 64 functions give a standard error near 0.06.
        #expect(abs(first.similarity(to: second) - 15.0 / 52.0) < 0.12)
    }

    @Test("without its token set a signature compares as before, and an empty one stays empty")
    func comparableKeepsTheEstimate() {
        let first = TextSignature(SampleCases.quoteFromKang)
        let second = TextSignature(SampleCases.rephrasedByJoongAng)
        let empty = TextSignature("— the, and; of!")
        #expect(first.comparable.similarity(to: second.comparable) == first.similarity(to: second))
        #expect(first.comparable.similarity(to: first.comparable) == 1)
        #expect(first.comparable.minHash == first.minHash)
        #expect(!first.comparable.isEmpty)
        #expect(empty.comparable.isEmpty)
        #expect(first.comparable.similarity(to: empty.comparable) == 0)
        // The exact comparison needs the token sets: without them it finds nothing in common.
        #expect(first.comparable.tokenJaccard(to: first) == 0)
    }
}

private let pinnedMinHash0: UInt16 = 0xdc98
private let pinnedMinHash1: UInt16 = 0x61e8
