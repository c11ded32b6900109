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
}
