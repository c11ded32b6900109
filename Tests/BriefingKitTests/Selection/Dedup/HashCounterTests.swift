import Testing
@testable import BriefingKit

@Suite struct HashCounterTests {
    @Test func agreesWithADictionaryThroughGrowth() {
        var counter = HashCounter(capacity: 4)
        var reference: [UInt64: Int32] = [:]
        var state: UInt64 = 7
        for step in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Few distinct keys, so most steps find one already there; 0 is a key like any other.
            let key = (state >> 40) % 3_000
            if step % 3 == 0 {
                let stored = counter.insertIfAbsent(Int32(step), for: key)
                #expect(stored == reference[key, default: Int32(step)])
                if reference[key] == nil { reference[key] = Int32(step) }
            } else {
                let total = counter.add(2, to: key)
                reference[key, default: 0] += 2
                #expect(total == reference[key])
            }
        }
        for (key, value) in reference { #expect(counter.value(for: key) == value) }
        #expect(counter.value(for: 1 << 40) == nil)
        var seen: [UInt64: Int32] = [:]
        counter.forEach { key, value in seen[key] = value }
        #expect(seen == reference)
    }

    @Test(arguments: [1_000, 200_000])
    func firstOccurrencesOfHashesMatchOnePass(count: Int) {
        var state: UInt64 = 5
        // Few distinct values, spread over every top bit, so most hashes repeat an earlier one.
        let hashes = (0..<count).map { _ -> UInt64 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return StableHash.mix((state >> 33) % 5_000)
        }
        var seen: [UInt64: Int] = [:]
        let expected = hashes.indices.map { index in
            if let first = seen[hashes[index]] { return first }
            seen[hashes[index]] = index
            return index
        }
        #expect(HashCounter.firstOccurrences(of: hashes) == expected)
    }
}
