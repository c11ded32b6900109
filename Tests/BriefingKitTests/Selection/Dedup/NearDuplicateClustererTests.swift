import Testing
@testable import BriefingKit

@Suite struct NearDuplicateClustererTests {
    /// Whether `first` and `second` end up in one cluster of `batch + [first, second]`.
    private func merged(_ first: String, _ second: String, in batch: [String], clusterer: NearDuplicateClusterer) -> Bool {
        let texts = batch + [first, second]
        let clusters = clusterer.clusters(texts.map(TextSignature.init))
        return clusters.contains { $0.contains(texts.count - 2) && $0.contains(texts.count - 1) }
    }

    /// The batches IDF is computed over: the pair alone, all case sentences, the whole sample corpus.
    private static let batches: [[String]] = [[], SampleCases.all, corpusSentences]

    @Test(arguments: batches.indices, [false, true])
    func sameFactMerges(batch: Int, forceLSH: Bool) {
        let clusterer = NearDuplicateClusterer(exhaustiveLimit: forceLSH ? 0 : 1_000)
        for (first, second) in SampleCases.mustMerge {
            #expect(merged(first, second, in: Self.batches[batch], clusterer: clusterer), "\(first) | \(second)")
        }
    }

    @Test(arguments: batches.indices, [false, true])
    func differentEventsStayApart(batch: Int, forceLSH: Bool) {
        let clusterer = NearDuplicateClusterer(exhaustiveLimit: forceLSH ? 0 : 1_000)
        for (first, second) in SampleCases.mustStayApart {
            #expect(!merged(first, second, in: Self.batches[batch], clusterer: clusterer), "\(first) | \(second)")
        }
    }

    @Test func scoresOfTheTuningCasesInCorpus() {
        let signatures = (corpusSentences + SampleCases.all).map(TextSignature.init)
        let weights = TokenWeights(signatures)
        let containment = { (first: String, second: String) in
            weights.weightedContainment(TextSignature(first), TextSignature(second))
        }
        #expect(containment(SampleCases.quoteFromKang, SampleCases.rephrasedByJoongAng) > 0.75)
        for (first, second) in SampleCases.mustStayApart {
            #expect(containment(first, second) < 0.45)
        }
    }

    @Test func resultIsIndependentOfInputOrder() {
        let texts = corpusSentences + SampleCases.all
        let signatures = texts.map(TextSignature.init)
        let permutation = Array((0..<texts.count).reversed()).enumerated().map { ($0.offset * 37 + 11) % texts.count }
        #expect(Set(permutation).count == texts.count)
        for limit in [0, 1_000] {
            let clusterer = NearDuplicateClusterer(exhaustiveLimit: limit)
            let direct = clusterer.clusters(signatures)
            let shuffled = clusterer.clusters(permutation.map { signatures[$0] })
            let mappedBack = shuffled.map { $0.map { permutation[$0] }.sorted() }.sorted { $0[0] < $1[0] }
            #expect(direct == mappedBack)
        }
    }

    /// LSH only drops candidates, and a cluster takes a sentence only if it is a near-duplicate of the
    /// cluster's first wording, so the banded clusters can differ from the exhaustive ones where the pairs
    /// are met in another order. On the corpus they place at least nine sentences in ten alike (all but 10 of 109).
    @Test func lshAgreesWithExhaustiveOnTheCorpus() {
        let signatures = (corpusSentences + SampleCases.all).map(TextSignature.init)
        let exact = NearDuplicateClusterer().clusters(signatures)
        let banded = NearDuplicateClusterer(exhaustiveLimit: 0).clusters(signatures)
        func clusterOf(_ clusters: [[Int]]) -> [Int: Set<Int>] {
            var result: [Int: Set<Int>] = [:]
            for cluster in clusters { for member in cluster { result[member] = Set(cluster) } }
            return result
        }
        let (inExact, inBanded) = (clusterOf(exact), clusterOf(banded))
        let placedApart = signatures.indices.filter { inExact[$0] != inBanded[$0] }
        #expect(placedApart.count * 10 <= signatures.count, "\(placedApart)")
        #expect(abs(banded.count - exact.count) <= 2)
    }

    /// The exhaustive clusters are those of the rule written plainly: identical token sets join; the other
    /// pairs are met in content order (lexicographic token sets), and a pair joins two sets only when it and
    /// the sets' first members (in that order) both pass. The clusterer scores the first members before
    /// the pair and remembers their failures; that must change what it scores, never what it joins.
    @Test func exhaustiveClustersFollowThePlainRule() {
        let wire = (0..<40).map { "The two leaders agreed to deepen cooperation in trade and investment, officials in city\($0 % 7) said on day \($0 % 5)." }
        // Chains of near-duplicates whose ends share little: here the first members' test decides.
        let segments = ["Yoon met Fiala in Seoul", "to discuss nuclear energy", "and high-speed rail projects", "while pledging semiconductor investment",
                        "with critical minerals supply", "alongside defence industry exports", "plus vocational training programmes",
                        "and a visa waiver for students", "before a state dinner"]
        let chains = (0..<5).map { segments[$0..<($0 + 5)].joined(separator: " ") + "." }
        for texts in [corpusSentences + SampleCases.all, wire + corpusSentences, chains + wire + corpusSentences] {
            let signatures = texts.map(TextSignature.init)
            #expect(NearDuplicateClusterer().clusters(signatures) == plainRuleClusters(signatures))
        }
    }

    private func plainRuleClusters(_ signatures: [TextSignature]) -> [[Int]] {
        let weights = TokenWeights(signatures)
        func passes(_ first: Int, _ second: Int) -> Bool {
            weights.weightedContainment(signatures[first], signatures[second]) >= NearDuplicateClusterer.defaultThreshold
                && weights.weightedJaccard(signatures[first], signatures[second]) >= NearDuplicateClusterer.defaultMinimumJaccard
        }
        var parent = Array(signatures.indices)
        func find(_ index: Int) -> Int { parent[index] == index ? index : find(parent[index]) }
        var representatives: [Int] = []
        for index in signatures.indices where !signatures[index].isEmpty {
            if let same = representatives.first(where: { signatures[$0].tokenSet == signatures[index].tokenSet }) {
                parent[index] = same
            } else {
                representatives.append(index)
            }
        }
        let order = representatives.sorted { left, right in
            signatures[left].tokenSet == signatures[right].tokenSet ? left < right
                : signatures[left].tokenSet.lexicographicallyPrecedes(signatures[right].tokenSet)
        }
        var firstOfRoot = Dictionary(uniqueKeysWithValues: order.map { ($0, $0) })
        for second in order.indices.dropFirst() {
            for first in 0..<second {
                let (one, other) = (find(order[first]), find(order[second]))
                guard one != other, let firstOne = firstOfRoot[one], let firstOther = firstOfRoot[other] else { continue }
                guard passes(order[first], order[second]), passes(firstOne, firstOther) else { continue }
                // The first member of the joined set is whichever comes first in content order.
                let joinedFirst = order.firstIndex(of: firstOne)! < order.firstIndex(of: firstOther)! ? firstOne : firstOther
                parent[other] = one
                firstOfRoot[one] = joinedFirst
            }
        }
        var clusters: [Int: [Int]] = [:]
        for index in signatures.indices { clusters[find(index), default: []].append(index) }
        return clusters.values.sorted { $0[0] < $1[0] }
    }

    /// Three sentences, each a near-duplicate of the next, the first and last not: union-find alone made
    /// them one report, and over wire copy such chains made one cluster of nine texts in ten.
    @Test(arguments: [0, 1_000])
    func chainsDoNotJoinSentencesThatShareLittle(exhaustiveLimit: Int) {
        let segments = ["Yoon met Fiala in Seoul", "to discuss nuclear energy", "and high-speed rail projects", "while pledging semiconductor investment",
                        "with critical minerals supply", "alongside defence industry exports", "plus vocational training programmes"]
        let chain = (0..<3).map { segments[$0..<($0 + 5)].joined(separator: " ") + "." }
        let signatures = (chain + corpusSentences).map(TextSignature.init)
        let weights = TokenWeights(signatures)
        #expect(weights.weightedContainment(signatures[0], signatures[1]) > 0.70)
        #expect(weights.weightedContainment(signatures[1], signatures[2]) > 0.70)
        #expect(weights.weightedContainment(signatures[0], signatures[2]) < 0.60)
        let clusters = NearDuplicateClusterer(exhaustiveLimit: exhaustiveLimit).clusters(signatures)
        #expect(clusters.contains { $0.contains(0) && $0.contains(1) })
        #expect(!clusters.contains { $0.contains(0) && $0.contains(2) })
    }

    /// Sixty wordings of one report and sixty of another share band keys in large buckets (the sliding
    /// window, each pair scored once however many bands it collides in); each report is one cluster.
    @Test func largeBucketsOfWireCopiesCluster() {
        let cities = (0..<60).map { "city\($0)" }
        let first = cities.map { "The two leaders agreed to deepen cooperation in trade, investment and high-speed rail, officials in \($0) said." }
        let second = cities.map { "Exports of farm products to the region rose sharply over the first half of the year, customs data from \($0) showed." }
        let signatures = (first + second).map(TextSignature.init)
        let banded = NearDuplicateClusterer(exhaustiveLimit: 0).clusters(signatures)
        #expect(banded == [Array(0..<60), Array(60..<120)])
        #expect(NearDuplicateClusterer().clusters(signatures) == banded)
    }

    @Test func vetoKeepsPairsApart() {
        let signatures = [SampleCases.caption, SampleCases.caption, SampleCases.quoteFromKang, SampleCases.rephrasedByJoongAng]
            .map(TextSignature.init)
        let clusterer = NearDuplicateClusterer()
        #expect(clusterer.clusters(signatures) == [[0, 1], [2, 3]])
        #expect(clusterer.clusters(signatures, allowing: { first, _ in first != 2 }) == [[0, 1], [2], [3]])
    }

    @Test func emptyAndTrivialInputs() {
        let clusterer = NearDuplicateClusterer()
        #expect(clusterer.clusters([]).isEmpty)
        #expect(clusterer.clusters([TextSignature("One sentence.")]) == [[0]])
        let empties = ["...", "the and", "..."].map(TextSignature.init)
        #expect(clusterer.clusters(empties) == [[0], [1], [2]])
    }

    /// Reports of many wordings, each with a few of the report's words replaced: some pairs of a report pass and
    /// some fail, so sets meet again and again through their members, in buckets large and small. Remembering
    /// which sets were found apart must only save work: without it, every pair scored afresh, the clusters are the same.
    @Test(arguments: [0, 1_000])
    func rememberingSetsApartNeverChangesClusters(exhaustiveLimit: Int) {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = StableHash.mix(state)
            return Int(state % UInt64(bound))
        }
        let vocabulary = (0..<3_000).map { "w\(String($0, radix: 26))x" }
        var texts: [String] = []
        for _ in 0..<30 {
            let base = (0..<16).map { _ in vocabulary[next(vocabulary.count)] }
            for _ in 0..<20 {
                var words = base
                for _ in 0..<(1 + next(4)) { words[next(words.count)] = vocabulary[next(vocabulary.count)] }
                texts.append(words.joined(separator: " "))
            }
        }
        let signatures = texts.map(TextSignature.init)
        let remembering = NearDuplicateClusterer(exhaustiveLimit: exhaustiveLimit)
        var forgetting = remembering
        forgetting.remembersApartSets = false
        let clusters = remembering.clusters(signatures)
        #expect(clusters == forgetting.clusters(signatures))
        // Reports neither fall apart into single wordings nor become one cluster each.
        #expect(clusters.count > 30 && clusters.count < texts.count / 2, "\(clusters.count) clusters")
    }

    /// One bucket, in this order: r1, x, r2, s, with r0, r1 and r2 one set already (first r0) and the ranks
    /// making x come before s. In s's turn, r1's set is found apart from s (r0 and s share too little); then
    /// s joins x, which gives s's set the first member x; then r2 and s pass, and so do r0 and x: the sets
    /// join. A set found apart from s's before that union is not apart from it after.
    @Test func aSetFoundApartMayJoinOnceTheOtherSetHasAnEarlierFirstMember() {
        func words(_ prefix: String, _ count: Int) -> [String] { (0..<count).map { "\(prefix)\(String($0, radix: 26))q" } }
        let (a, b, c, d) = (words("ka", 2), words("kb", 2), words("kc", 12), words("kd", 8))
        let texts = [a + b + d, d + words("ke", 3), c + words("kf", 1), a + b, a + b + c].map { $0.joined(separator: " ") }
        let (r0, r1, r2, x, s) = (0, 1, 2, 3, 4)
        let signatures = texts.map(TextSignature.init)
        let weights = TokenWeights(signatures)
        func passes(_ first: Int, _ second: Int) -> Bool {
            weights.weightedContainment(signatures[first], signatures[second]) >= NearDuplicateClusterer.defaultThreshold
                && weights.weightedJaccard(signatures[first], signatures[second]) >= NearDuplicateClusterer.defaultMinimumJaccard
        }
        #expect(passes(r0, x) && passes(x, s) && passes(r2, s))
        #expect(!passes(r0, s) && !passes(r1, x) && !passes(x, r2))
        let batch = ClusterBatch(signatures, representatives: Array(0..<5), labels: [Int32](repeating: 0, count: 5), banded: true)
        var sets = LinkedSets(count: 5, rank: [0, 1, 2, 3, 4])
        sets.sets.union(r0, r1)
        sets.sets.union(r0, r2)
        var bucket = ClusterBucket()
        bucket.load([r1, x, r2, s].map { UInt64($0) }[...], labels: batch.labels, sets: &sets.sets)
        NearDuplicateClusterer().confirm(&bucket, in: batch, sets: &sets, mayMerge: { _, _ in true })
        #expect(sets.sets.find(r1) == sets.sets.find(s))
    }

    @Test func syntheticTwentyThousandHasTheRightShape() {
        var state: UInt64 = 7
        func next() -> Int {
            state = StableHash.mix(state)
            return Int(state % 1_000_000)
        }
        let vocabulary = (0..<5_000).map { "w\(String($0, radix: 26))x" }
        var texts: [String] = []
        for index in 0..<20_000 {
            if index % 10 == 9 {
                var words = texts[next() % index].split(separator: " ").map(String.init)
                words[next() % words.count] = vocabulary[next() % vocabulary.count]
                texts.append(words.joined(separator: " "))
            } else {
                texts.append((0..<(10 + next() % 10)).map { _ in vocabulary[next() % vocabulary.count] }.joined(separator: " "))
            }
        }
        let clusters = NearDuplicateClusterer().clusters(texts.map(TextSignature.init))
        let flattened = clusters.flatMap { $0 }
        #expect(flattened.count == texts.count)
        #expect(Set(flattened) == Set(0..<texts.count))
        #expect(clusters.allSatisfy { $0 == $0.sorted() })
        #expect(clusters.map { $0[0] } == clusters.map { $0[0] }.sorted())
        // 2,000 rephrasings (one word of 10–19 replaced) were planted.
        #expect(texts.count - clusters.count >= 1_900)
    }
}
