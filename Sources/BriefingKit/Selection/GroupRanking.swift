/// A brief's candidates merged into groups of reports, as `ReportGrouper.groups` merges them, and
/// ranked by score without building a `ReportGroup` for each: a brief shows and picks from the best
/// few hundred only, so only those are built (`group(_:)`).
struct GroupRanking {
    /// Group `g` holds `members[starts[g]..<starts[g + 1]]`, ascending, all of cluster `clusters[g]`.
    private(set) var members: [Int] = []
    private(set) var starts: [Int] = [0]
    private(set) var clusters: [Int] = []
    /// The best groups (at most `BriefAssembler.groupLimit`), best first.
    private(set) var best: [TopRanked.Entry] = []
    /// The best groups with a topic of the brief (at most `DiversitySelector.candidateCount`, and as many as a plan
    /// may exclude, `BriefAssembler.maxExcluded`), best first.
    private(set) var bestEligible: [TopRanked.Entry] = []
    /// How many groups touch each topic (of the brief's, or every topic when it names none).
    private(set) var topicCounts: [String: Int] = [:]
    /// The newest groups that report a contact of a principal before the meeting (at most `contactLimit`), newest first, with
    /// their scores: the last contact and the engagements are looked for among them whatever their score,
    /// as a call two days before the meeting may rank below the best few hundred groups.
    private(set) var recentContacts: [(entry: TopRanked.Entry, score: Double)] = []
    static let contactLimit = 32

    /// Groups of `candidates` (ascending indices into `corpus.facts`), scored by `scorer`.
    init(_ candidates: [Int], of corpus: Corpus, index: SelectionIndex, filter: IndexedFilter, scorer: FactScorer) {
        groupByCluster(candidates, reportOf: corpus.reportOf, clusterCount: corpus.reports.count)
        let spec = scorer.spec
        let traits = index.traits, keys = index.keys, facts = corpus.facts
        let principals = BitRows(width: index.entities.width, ids: filter.principals)
        let others = BitRows(width: index.entities.width, ids: spec.require.compactMap { index.entities[$0] }.filter { !filter.principals.contains($0) })
        let allTopics = BitRows(width: index.topics.width, ids: 0..<index.topics.names.count)
        let countedTopics = spec.topics.isEmpty ? allTopics : filter.topics
        var topicCounts = [Int](repeating: 0, count: index.topics.names.count)
        var outletSeen = [Int](repeating: -1, count: index.outletCount)
        var best = TopRanked(limit: BriefAssembler.groupLimit)
        var bestEligible = TopRanked(limit: DiversitySelector.candidateCount(limit: spec.maxFacts) + BriefAssembler.maxExcluded)
        var newestContacts = TopRanked(limit: Self.contactLimit)
        // As the assembler looks for them: before the meeting and up to the day the brief is prepared, held ones only.
        let contactsBefore = Int32(ContactFinder.contactsBefore(spec, asOf: scorer.asOf).dayNumber)
        var contactScores: [Int: Double] = [:]
        var entityWords = [UInt64](repeating: 0, count: index.entities.width)
        var topicWords = [UInt64](repeating: 0, count: index.topics.width)
        entityWords.withUnsafeMutableBufferPointer { entityWords in
            topicWords.withUnsafeMutableBufferPointer { topicWords in
                for group in clusters.indices {
                    entityWords.update(repeating: 0)
                    topicWords.update(repeating: 0)
                    var shown = members[starts[group]], flags: SelectionIndex.Flags = [], outlets = 0
                    for position in members[starts[group]..<starts[group + 1]] {
                        let trait = traits[position]
                        // The fullest report, ties to the lowest key (`ReportGroup`).
                        if traits[shown].completeness != trait.completeness ? traits[shown].completeness < trait.completeness
                            : keys[shown] > keys[position] {
                            shown = position
                        }
                        index.entityRows.formUnion(entityWords, row: position)
                        index.topicRows.formUnion(topicWords, row: position)
                        flags.formUnion(trait.flags)
                        if outletSeen[Int(trait.outlet)] != group {
                            outletSeen[Int(trait.outlet)] = group
                            outlets += 1
                        }
                    }
                    var tally = FactScorer.Tally()
                    let hasTopic = BitRows.intersectionCount(topicWords, filter.topics) > 0
                    tally.topics = Self.scoredTopics(topicWords, of: filter.topics, shown: shown,
                                                     members: members[starts[group]..<starts[group + 1]], rows: index.topicRows)
                    tally.principals = BitRows.intersectionCount(entityWords, principals)
                    if traits[shown].flags.contains(.implied) {
                        // Each participant once: one the reports name is not counted again for being implied.
                        tally.principals += facts[shown].impliedEntities.filter { id in
                            spec.principals.contains(id) && !(index.entities[id].map { entityWords[$0 / 64] & (1 << UInt64($0 % 64)) != 0 } ?? false)
                        }.count
                    }
                    tally.others = BitRows.intersectionCount(entityWords, others)
                    tally.figureKinds = Int(traits[shown].figureKinds)
                    tally.quote = flags.contains(.quote)
                    tally.stance = flags.contains(.stance)
                    tally.age = abs(scorer.reference.dayNumber - Int(traits[shown].day))
                    tally.lead = traits[shown].flags.contains(.lead)
                    tally.outlets = outlets
                    let entry = TopRanked.Entry(score: FactScorer.points(tally), key: keys[shown], group: group)
                    best.add(entry)
                    if spec.topics.isEmpty || hasTopic { bestEligible.add(entry) }
                    if flags.contains(.contact), tally.principals > 0, traits[shown].day < contactsBefore, ContactFinder.isHeld(facts[shown]) {
                        newestContacts.add(TopRanked.Entry(score: Double(traits[shown].day), key: keys[shown], group: group))
                        contactScores[group] = entry.score
                    }
                    for (word, bits) in topicWords.enumerated() {
                        var bits = bits & countedTopics.words[word]
                        while bits != 0 {
                            topicCounts[word * 64 + bits.trailingZeroBitCount] += 1
                            bits &= bits - 1
                        }
                    }
                }
            }
        }
        self.best = best.sorted
        self.bestEligible = bestEligible.sorted
        recentContacts = newestContacts.sorted.map { ($0, contactScores[$0.group] ?? 0) }
        for (id, count) in topicCounts.enumerated() where count > 0 { self.topicCounts[index.topics.names[id]] = count }
    }

    /// `FactScorer.scoredTopics` from bits: of the topics in `union` (the members' rows OR-ed) and `mask`, those
    /// the `shown` member has, and those at least half the members have.
    private static func scoredTopics(_ union: UnsafeMutableBufferPointer<UInt64>, of mask: BitRows, shown: Int,
                                     members: ArraySlice<Int>, rows: BitRows) -> Int {
        var scored = 0
        for word in union.indices {
            var bits = union[word] & mask.words[word]
            while bits != 0 {
                let topic = word * 64 + bits.trailingZeroBitCount
                bits &= bits - 1
                if members.count == 1 || rows.contains(topic, inRow: shown) {
                    scored += 1
                    continue
                }
                var count = 0
                for member in members where rows.contains(topic, inRow: member) { count += 1 }
                if count * 2 >= members.count { scored += 1 }
            }
        }
        return scored
    }

    /// Lays the candidates out by cluster, clusters in order of their first candidate.
    private mutating func groupByCluster(_ candidates: [Int], reportOf: [Int], clusterCount: Int) {
        var slot = [Int](repeating: -1, count: clusterCount)
        var counts: [Int] = []
        for candidate in candidates {
            let cluster = reportOf[candidate]
            if slot[cluster] < 0 {
                slot[cluster] = clusters.count
                clusters.append(cluster)
                counts.append(0)
            }
            counts[slot[cluster]] += 1
        }
        starts.reserveCapacity(clusters.count + 1)
        for count in counts { starts.append(starts[starts.count - 1] + count) }
        var next = Array(starts.dropLast())
        members = [Int](repeating: 0, count: candidates.count)
        for candidate in candidates {
            let group = slot[reportOf[candidate]]
            members[next[group]] = candidate
            next[group] += 1
        }
    }

    /// The report group of group `group`, scored: what `ReportGrouper.group` builds, its parts read from the index.
    /// A whole cluster's is taken from `wholeClusters` when given.
    func group(_ group: Int, score: Double, of corpus: Corpus, index: SelectionIndex, wholeClusters: ClusterGroups?) -> ReportGroup {
        let indices = Array(members[starts[group]..<starts[group + 1]])
        var built: ReportGroup
        if let wholeClusters, indices.count == corpus.reports[clusters[group]].count {
            built = wholeClusters.group(clusters[group]) { Self.group(indices, of: corpus, index: index) }
        } else {
            built = Self.group(indices, of: corpus, index: index)
        }
        built.score = score
        return built
    }

    /// `ReportGrouper.group(indices, of: corpus)`, reading a report's names only when its bits hold one not seen yet.
    static func group(_ indices: [Int], of corpus: Corpus, index: SelectionIndex) -> ReportGroup {
        let facts = corpus.facts, traits = index.traits, keys = index.keys
        var shown = indices[0]
        var outlets: [String] = [], entities: [String] = [], topics: [String] = []
        // Most groups come from a few outlets: a linear check beats hashing, up to a point.
        var outletsSeen: [Int32] = [], manyOutlets = Set<Int32>()
        var digest = ReportGroup.Digest(acts: 0, hasQuote: false, hasStance: false, articles: 0)
        var lastArticle = -1, ordered = true
        var entitiesSeen = [UInt64](repeating: 0, count: index.entities.width), topicsSeen = [UInt64](repeating: 0, count: index.topics.width)
        for position in indices {
            let trait = traits[position]
            if traits[shown].completeness != trait.completeness ? traits[shown].completeness < trait.completeness
                : keys[shown] > keys[position] {
                shown = position
            }
            if outletsSeen.count < ReportGrouper.linearOutlets {
                if !outletsSeen.contains(trait.outlet) {
                    outletsSeen.append(trait.outlet)
                    outlets.append(index.outletNames[Int(trait.outlet)])
                }
            } else {
                if manyOutlets.isEmpty { manyOutlets = Set(outletsSeen) }
                if manyOutlets.insert(trait.outlet).inserted { outlets.append(index.outletNames[Int(trait.outlet)]) }
            }
            digest.acts |= trait.acts
            digest.hasQuote = digest.hasQuote || trait.flags.contains(.quote)
            digest.hasStance = digest.hasStance || trait.flags.contains(.stance)
            // Reports come article by article (a corpus's facts do): each new article is a change from the last.
            let article = keys[position].article
            if article < lastArticle { ordered = false }
            if article != lastArticle { digest.articles += 1 }
            lastArticle = article
            let untabled = trait.flags.contains(.untabled)
            if untabled || !index.entityRows.isSubset(row: position, of: entitiesSeen) {
                for entity in facts[position].entities where !entities.contains(entity) { entities.append(entity) }
                index.entityRows.formUnion(&entitiesSeen, row: position)
            }
            if untabled || !index.topicRows.isSubset(row: position, of: topicsSeen) {
                for topic in facts[position].topics where !topics.contains(topic) { topics.append(topic) }
                index.topicRows.formUnion(&topicsSeen, row: position)
            }
        }
        var group = ReportGroup(members: ReportMembers(facts: facts, positions: indices, keys: keys), outlets: outlets,
                                representativeIndex: shown, entities: entities, topics: topics)
        if !ordered { digest.articles = Set(group.members.articles).count }
        group.digest = digest
        return group
    }
}
