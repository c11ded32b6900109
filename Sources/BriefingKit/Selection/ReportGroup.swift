/// One fact as reported by one or more outlets: near-duplicate sentences merged.
struct ReportGroup: Sendable {
    /// The reports, in corpus order.
    let members: ReportMembers
    /// Their indices into the fact list (for signatures).
    var indices: [Int] { members.positions }
    /// The most complete wording: the one shown, read in place from the fact list.
    var representative: Fact {
        _read { yield members.facts[representativeIndex] }
    }
    /// The index of `representative` in the fact list.
    let representativeIndex: Int
    let outlets: [String]
    /// All entities and topics any report mentions, in first-seen order.
    let entities: [String]
    let topics: [String]
    var score: Double = 0
    var reasons: [String] = []
    /// What the reports say together, when the group was built from the corpus's index: read instead of every report.
    var digest: Digest?

    struct Digest: Sendable {
        /// The acts of every report's stances (`SelectionIndex.Trait.acts`).
        var acts: UInt8
        var hasQuote: Bool
        var hasStance: Bool
        /// How many articles the reports come from.
        var articles: Int
    }

    var key: FactKey { representative.stableKey }

    /// A group of parts already worked out (`GroupRanking` does so from the corpus's index).
    init(members: ReportMembers, outlets: [String], representativeIndex: Int, entities: [String], topics: [String]) {
        self.members = members
        self.outlets = outlets
        self.representativeIndex = representativeIndex
        self.entities = entities
        self.topics = topics
    }

    init(members: ReportMembers, outlets: [String]) {
        self.members = members
        self.outlets = outlets
        let facts = members.facts
        // The fullest report, ties to the lowest key (what `max(by:)` picked), each
        // report's completeness worked out once.
        var best = members.positions[0], bestCompleteness = ReportGrouper.completeness(facts, at: best)
        for position in members.positions.dropFirst() {
            let completeness = ReportGrouper.completeness(facts, at: position)
            if bestCompleteness != completeness ? bestCompleteness < completeness : facts[best].stableKey > facts[position].stableKey {
                best = position
                bestCompleteness = completeness
            }
        }
        representativeIndex = best
        // A group names a handful of the config's entities and topics: a linear check beats hashing.
        var entities: [String] = [], topics: [String] = []
        for position in members.positions {
            for entity in facts[position].entities where !entities.contains(entity) { entities.append(entity) }
            for topic in facts[position].topics where !topics.contains(topic) { topics.append(topic) }
        }
        self.entities = entities
        self.topics = topics
    }
}

/// A group's reports, read in place from the corpus's facts rather than copied.
///
/// Iterating the members (`for member in members`, `map`, `contains`) copies each `Fact`; the
/// hot paths read fields through `positions` (`facts[position].article`) or `articles` instead.
struct ReportMembers: RandomAccessCollection, Sendable {
    let facts: [Fact]
    /// Indices into `facts`, ascending; never empty.
    let positions: [Int]
    /// Every fact's `stableKey`, when known apart from the facts (`SelectionIndex.keys`): read instead of them.
    var keys: [FactKey]?

    init(facts: [Fact], positions: [Int], keys: [FactKey]? = nil) {
        self.facts = facts
        self.positions = positions
        self.keys = keys
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(position: Int) -> Fact {
        _read { yield facts[positions[position]] }
    }

    /// The article of each report, in order.
    var articles: LazyMapSequence<[Int], Int> {
        if let keys { return positions.lazy.map { keys[$0].article } }
        let facts = self.facts
        return positions.lazy.map { facts[$0].article }
    }

    /// The key of each report, in order.
    var stableKeys: [FactKey] {
        if let keys { return positions.map { keys[$0] } }
        return positions.map { facts[$0].stableKey }
    }
}

/// Merges reports of the same fact: within one outlet and across outlets.
///
/// The whole corpus is clustered once (`clusters`), by `NearDuplicateClusterer` (IDF-weighted
/// containment ≥ 0.70 and weighted Jaccard ≥ 0.20 over normalised tokens, IDF over every kept
/// fact). Two reports are never merged when both give their own event dates more than three days
/// apart. Each brief then takes, from every cluster, the reports it can use (`groups`).
struct ReportGrouper: Sendable {
    let outletOf: @Sendable (Int) -> String

    /// Clusters of indices into `facts`, each ascending, ordered by their first index: the clusters of
    /// `NearDuplicateClusterer` over every fact's signature, with the event-date veto, computed once per
    /// distinct text. `texts` are the first facts of the distinct texts, ascending; `textOf[i]` is the
    /// position in `texts` of `facts[i]`'s text, and `signatures[p]` the signature of the text at position p.
    /// Copies of a text have its token set, so they join its cluster, as identical token sets always
    /// do; unless the set is empty, which keeps every fact alone.
    static func clusters(_ facts: [Fact], texts: [Int], textOf: [Int], signatures: [TextSignature], people: Set<String> = [],
                         clusterer: NearDuplicateClusterer = .init()) -> [[Int]] {
        var copies = [Int32](repeating: 0, count: texts.count)
        for position in textOf { copies[position] += 1 }
        let bits = ReportLabel.personBits(people)
        // The people a text names, and those its "the two leaders" or "they" stands for.
        let labels = texts.concurrentMap(chunk: 8_192) {
            ReportLabel.label(day: eventDay(facts[$0].eventDate), people: facts[$0].entities + facts[$0].impliedEntities, bits: bits)
        }
        let peopleOf: ((Int32) -> Int32)? = bits.isEmpty ? nil : { ReportLabel.people($0) }
        let textClusters = clusterer.clusters(signatures, labels: labels, copies: copies, mayMerge: ReportLabel.mayBeOneReport,
                                              people: peopleOf)
        var clusterOfText = [Int](repeating: 0, count: texts.count)
        for (cluster, members) in textClusters.enumerated() {
            for member in members { clusterOfText[member] = cluster }
        }
        // Numbered as facts reach them, the clusters come out ordered by their first fact. Each fact's cluster
        // is found first, then the facts are laid out cluster by cluster, and the clusters' arrays are made on
        // every core: a large corpus has hundreds of thousands of them.
        var slotOfCluster = [Int32](repeating: -1, count: textClusters.count)
        var slotOf = [Int32](repeating: 0, count: textOf.count)
        var sizes: [Int32] = []
        for (index, position) in textOf.enumerated() {
            let cluster = clusterOfText[position]
            if signatures[position].isEmpty || slotOfCluster[cluster] < 0 {
                if !signatures[position].isEmpty { slotOfCluster[cluster] = Int32(sizes.count) }
                slotOf[index] = Int32(sizes.count)
                sizes.append(1)
            } else {
                slotOf[index] = slotOfCluster[cluster]
                sizes[Int(slotOfCluster[cluster])] += 1
            }
        }
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for slot in sizes.indices { starts[slot + 1] = starts[slot] + Int(sizes[slot]) }
        var next = starts
        var members = [Int](repeating: 0, count: textOf.count)
        for index in textOf.indices {
            let slot = Int(slotOf[index])
            members[next[slot]] = index
            next[slot] += 1
        }
        let laidOut = members, bounds = starts
        let result = concurrentMap(indices: sizes.count, chunk: 8_192) { Array(laidOut[bounds[$0]..<bounds[$0 + 1]]) }
        return splitByEventDate(result, facts: facts)
    }

    /// Days after an event within which a report of it without a date of its own counts as reporting it.
    static let reportingDays: Int32 = 7

    /// `clusters` cut so that no two reports in one give their own event dates more than three days apart.
    ///
    /// The veto is asked of each pair, but union-find joins reports in chains: copies of one sentence
    /// with "on Thursday" in pieces of different weeks, or reports with no date of their own between
    /// two that have, can make one cluster of meetings years apart (at 10,000 articles, 4,594 reports of
    /// hundreds of meetings, shown as one with "and 4590 other reports"). Such a cluster's dated reports
    /// are cut, in date order, into runs that start a new one more than three days after the run's first.
    /// A report without a date of its own joins the last run to start on or before the day it was published,
    /// within `reportingDays`; the others, chained in by their wording alone, make one more cluster. A cluster
    /// of undated reports, such as background repeated across years, is left whole. Clusters stay ascending
    /// and ordered by their first index.
    static func splitByEventDate(_ clusters: [[Int]], facts: [Fact]) -> [[Int]] {
        // Each cluster is cut on its own, on every core; most are one report, or reports within days.
        let cuts = clusters.concurrentMap(chunk: 8_192) { $0.count > 1 ? runsByEventDate($0, facts: facts) : nil }
        guard cuts.contains(where: { $0 != nil }) else { return clusters }
        // The clusters left whole are in order already, and so are the runs once sorted: the two are merged.
        var whole: [[Int]] = []
        var runs: [[Int]] = []
        whole.reserveCapacity(clusters.count)
        for (cluster, cut) in zip(clusters, cuts) {
            if let cut { runs += cut } else { whole.append(cluster) }
        }
        runs.sort { $0[0] < $1[0] }
        var result: [[Int]] = []
        result.reserveCapacity(whole.count + runs.count)
        var run = 0
        for cluster in whole {
            while run < runs.count, runs[run][0] < cluster[0] {
                result.append(runs[run])
                run += 1
            }
            result.append(cluster)
        }
        result += runs[run...]
        return result
    }

    /// The runs of one cluster (each ascending), or nil when its dated reports lie within three days.
    private static func runsByEventDate(_ cluster: [Int], facts: [Fact]) -> [[Int]]? {
        var earliest = Int32.max, latest = Int32.min
        for index in cluster {
            let day = eventDay(facts[index].eventDate)
            guard day != .min else { continue }
            earliest = min(earliest, day)
            latest = max(latest, day)
        }
        guard earliest != .max, mayBeSameEvent(earliest, latest) == false else { return nil }
        let dated = cluster.filter { eventDay(facts[$0].eventDate) != .min }
            .sorted { (eventDay(facts[$0].eventDate), $0) < (eventDay(facts[$1].eventDate), $1) }
        var starts: [Int32] = []
        var runs: [[Int]] = []
        for index in dated {
            let day = eventDay(facts[index].eventDate)
            if let start = starts.last, mayBeSameEvent(start, day) {
                runs[runs.count - 1].append(index)
            } else {
                starts.append(day)
                runs.append([index])
            }
        }
        var undated: [Int] = []
        for index in cluster where eventDay(facts[index].eventDate) == .min {
            let published = Int32(facts[index].eventDate.date.dayNumber)
            if let run = starts.lastIndex(where: { $0 <= published }), published - starts[run] <= reportingDays {
                runs[run].append(index)
            } else {
                undated.append(index)
            }
        }
        if !undated.isEmpty { runs.append(undated) }
        return runs.map { $0.sorted() }
    }

    /// A fact's own event date as a day number, `Int32.min` when the date falls back to publication.
    /// The veto is asked of every candidate pair: it reads the two facts' days, gathered once per bucket member.
    static func eventDay(_ date: EventDate) -> Int32 {
        date.isFallback ? .min : Int32(date.date.dayNumber)
    }

    /// Whether two reports, by their `eventDay`s, may be of one event: not when both give their own
    /// dates and those are more than three days apart.
    @inline(__always)
    static func mayBeSameEvent(_ first: Int32, _ second: Int32) -> Bool {
        first == .min || second == .min || abs(Int(first) - Int(second)) <= 3
    }

    /// One group per cluster with a candidate in it, holding the candidates only, in order of
    /// their clusters; `candidates` are ascending indices into `corpus.facts`. A cluster whose
    /// reports are all candidates takes its group from `wholeClusters` (of this corpus) when given.
    func groups(_ candidates: [Int], of corpus: Corpus, wholeClusters: ClusterGroups? = nil) -> [ReportGroup] {
        var byCluster: [Int: [Int]] = [:]
        for index in candidates { byCluster[corpus.reportOf[index], default: []].append(index) }
        return byCluster.keys.sorted().compactMap { cluster in
            guard let indices = byCluster[cluster] else { return nil }
            // Candidates of a cluster are some of its reports, in the same order: as many are all of them.
            if let wholeClusters, indices.count == corpus.reports[cluster].count {
                return wholeClusters.group(cluster) { group(indices, of: corpus) }
            }
            return group(indices, of: corpus)
        }
    }

    /// The group of reports `indices` (ascending, of one cluster).
    func group(_ indices: [Int], of corpus: Corpus) -> ReportGroup {
        let members = ReportMembers(facts: corpus.facts, positions: indices)
        // Most groups come from a few outlets: a linear check beats hashing every report's outlet,
        // up to a point (an article without an outlet counts as its own).
        var outlets: [String] = []
        var seen = Set<String>()
        for article in members.articles {
            let outlet = outletOf(article)
            if outlets.count < Self.linearOutlets {
                if !outlets.contains(outlet) { outlets.append(outlet) }
            } else {
                if seen.isEmpty { seen = Set(outlets) }
                if seen.insert(outlet).inserted { outlets.append(outlet) }
            }
        }
        return ReportGroup(members: members, outlets: outlets)
    }

    /// Up to this many outlets, a group's outlets are told apart by a linear search.
    static let linearOutlets = 16

    /// More entities, figures and topics, then more words: the fuller report.
    /// Read in place: a Fact passed as an argument is copied.
    static func completeness(_ facts: [Fact], at index: Int) -> Int {
        (facts[index].entities.count + facts[index].figures.count + facts[index].topics.count) * 1000 + facts[index].text.utf8.count
    }
}
