/// What selection reads of each fact of a corpus, worked out once for every brief of a run and
/// held without reference-counted fields: a brief tries tens of thousands of facts, and reading
/// a `Fact`'s strings and arrays (or copying one) costs more than the test itself.
///
/// Entities and topics are bits over the ids the config and the briefs name (`IDTable`): an id
/// no brief names can never decide a test, so it is left out.
struct SelectionIndex: Sendable {
    /// One fact's fields as selection tests and ranks them.
    /// Narrow fields: one per fact, over a million with 50 briefs at 100,000 articles.
    struct Trait: Sendable {
        /// The event date as year, month and day packed in that order (compares as `CalendarDate` does).
        var date: Int32
        /// The event date's day number (for recency).
        var day: Int32
        /// `ReportGrouper.completeness`.
        var completeness: Int32
        /// The article's outlet (`Article.outletKey`), as an index.
        var outlet: Int32
        /// How many entities the fact names.
        var entityCount: Int32
        /// How many kinds of figure other than years the fact gives.
        var figureKinds: Int32
        var flags: Flags
        /// The acts of the fact's stances, as bits in `StanceAct.allCases` order.
        var acts: UInt8
    }

    /// A figure other than a year: its kind and unit as an index into `unitNames`, its place among the fact's figures, its value.
    struct FigureEntry: Sendable {
        var unit: Int32
        var position: Int32
        var value: Double
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let contact = Flags(rawValue: 1)
        static let quote = Flags(rawValue: 2)
        static let stance = Flags(rawValue: 4)
        static let lead = Flags(rawValue: 8)
        static let implied = Flags(rawValue: 16)
        /// The fact names an entity or topic without an id: its names must be read to list them all.
        static let untabled = Flags(rawValue: 32)
    }

    let entities: IDTable
    let topics: IDTable
    let traits: [Trait]
    /// Each fact's `stableKey` (and so its article), read without touching the fact.
    let keys: [FactKey]
    /// Each fact's entities, implied entities and topics.
    let entityRows: BitRows
    let impliedRows: BitRows
    let topicRows: BitRows
    /// The excluded keywords of the briefs the index was built for, and those briefs.
    let keywords: IDTable
    let excluding: Set<BriefSpec>
    /// For each fact one of `excluding` would take but for its keywords, which `keywords` it holds (empty rows for the others).
    private(set) var keywordRows: BitRows
    /// The outlet of each article (`Article.outletKey`) as an index into `outletNames`.
    let outletOfArticle: [Int32]
    let outletNames: [String]
    /// Each fact's figures other than years: fact `i`'s are `figures[figureStarts[i]..<figureStarts[i + 1]]`.
    let figures: [FigureEntry]
    let figureStarts: [Int]
    /// "kind|unit" of each unit of `figures`.
    let unitNames: [String]
    var outletCount: Int { outletNames.count }

    /// The index of `corpus` for `specs`, built on all cores.
    init(corpus: Corpus, config: BriefingConfig, specs: [BriefSpec]) {
        let entities = IDTable(config.entities.map(\.id) + specs.flatMap { $0.require + $0.principals })
        let topics = IDTable(config.topics.map(\.id) + specs.flatMap(\.topics))
        (outletOfArticle, outletNames) = Self.outlets(of: corpus.articles)
        let outletOf = outletOfArticle
        let facts = corpus.facts, count = facts.count
        let entityWidth = entities.width, topicWidth = topics.width
        var entityWords = [UInt64](repeating: 0, count: count * entityWidth), impliedWords = entityWords
        var topicWords = [UInt64](repeating: 0, count: count * topicWidth)
        // One pass over the facts fills every column: each fact is read once, and each column is
        // written in place (a list of pairs split in two would hold both columns twice at the peak).
        var traits: [Trait] = [], keys: [FactKey] = []
        entityWords.withUnsafeMutableBufferPointer { entityBuffer in
            impliedWords.withUnsafeMutableBufferPointer { impliedBuffer in
                topicWords.withUnsafeMutableBufferPointer { topicBuffer in
                    let rows = (SendablePointer(entityBuffer.baseAddress), SendablePointer(impliedBuffer.baseAddress), SendablePointer(topicBuffer.baseAddress))
                    Self.fill(&traits, &keys, count: count) { index in
                        var trait = Self.trait(facts, at: index, outletOf: outletOf)
                        func insert(_ names: [String], _ table: IDTable, _ row: UnsafeMutablePointer<UInt64>?, width: Int) {
                            for name in names {
                                if let id = table[name] {
                                    row?[index * width + id / 64] |= 1 << UInt64(id % 64)
                                } else {
                                    trait.flags.insert(.untabled)
                                }
                            }
                        }
                        insert(facts[index].entities, entities, rows.0.pointer, width: entityWidth)
                        insert(facts[index].topics, topics, rows.2.pointer, width: topicWidth)
                        let untabled = trait.flags.contains(.untabled)
                        insert(facts[index].impliedEntities, entities, rows.1.pointer, width: entityWidth)
                        // An implied entity without an id is never listed: it leaves the flag as it was.
                        if !untabled { trait.flags.remove(.untabled) }
                        return (trait, facts[index].stableKey)
                    }
                }
            }
        }
        entityRows = BitRows(width: entityWidth, words: entityWords)
        impliedRows = BitRows(width: entityWidth, words: impliedWords)
        topicRows = BitRows(width: topicWidth, words: topicWords)
        self.traits = traits
        self.keys = keys
        self.entities = entities
        self.topics = topics
        (figures, figureStarts, unitNames) = Self.figures(facts)
        keywords = IDTable(specs.flatMap(\.exclude))
        excluding = Set(specs.filter { !$0.exclude.isEmpty })
        keywordRows = BitRows(width: 1, count: 0)
        keywordRows = findKeywords(facts, specs: excluding)
    }

    /// `traits` and `keys` of `count` facts, `row(i)` giving fact `i`'s, on all cores.
    private static func fill(_ traits: inout [Trait], _ keys: inout [FactKey], count: Int,
                             row: @Sendable (Int) -> (Trait, FactKey)) {
        traits = [Trait](unsafeUninitializedCapacity: count) { traitBuffer, traitsMade in
            keys = [FactKey](unsafeUninitializedCapacity: count) { keyBuffer, keysMade in
                let traitBase = SendablePointer(traitBuffer.baseAddress), keyBase = SendablePointer(keyBuffer.baseAddress)
                concurrentChunks(of: count, chunk: 4_096) { range in
                    guard let traits = traitBase.pointer, let keys = keyBase.pointer else { return }
                    for index in range {
                        let (trait, key) = row(index)
                        (traits + index).initialize(to: trait)
                        (keys + index).initialize(to: key)
                    }
                }
                keysMade = count
            }
            traitsMade = count
        }
    }

    /// Which of `keywords` each fact holds, for the facts that some brief of `specs` (each excluding
    /// keywords) would take but for its keywords: each such text is read once for all those briefs.
    private func findKeywords(_ facts: [Fact], specs: Set<BriefSpec>) -> BitRows {
        guard !specs.isEmpty else { return BitRows(width: 1, count: 0) }
        let filters = specs.map { IndexedFilter(CandidateFilter(spec: $0), index: self) }
        let matcher = PhraseMatcher(keywords.names)
        return .concurrent(count: facts.count, width: keywords.width) { index, insert in
            guard filters.contains(where: { $0.acceptsBeforeKeywords(at: index) }) else { return }
            matcher.forEachMatch(inWords: WordTokens(facts[index].text).tokens.map(\.hash)) { insert($0) }
        }
    }

    /// The bit of `act` in `Trait.acts`.
    static func bit(of act: StanceAct) -> UInt8 { 1 << UInt8(stanceActs.firstIndex(of: act) ?? 0) }
    static let stanceActs = StanceAct.allCases

    /// Every fact's figures other than years, in fact order, with their kinds and units numbered in
    /// the order first seen: each run of facts is read on its own core, then the numbers are joined.
    private static func figures(_ facts: [Fact]) -> ([FigureEntry], [Int], [String]) {
        struct Unit: Hashable { let kind: FigureKind, unit: String }
        struct Part: Sendable { var entries: [FigureEntry] = [], counts: [Int] = [], units: [Unit] = [] }
        let chunk = 8_192, chunks = (facts.count + chunk - 1) / chunk
        let parts = ResultSlots<Part>(count: chunks)
        concurrentChunks(of: facts.count, chunk: chunk) { range in
            var part = Part(), local: [Unit: Int32] = [:]
            part.counts.reserveCapacity(range.count)
            for index in range {
                let before = part.entries.count
                facts[index].figures.withUnsafeBufferPointer { figures in
                    for position in figures.indices where figures[position].kind != .year {
                        let unit = Unit(kind: figures[position].kind, unit: figures[position].unit)
                        let id: Int32
                        if let known = local[unit] {
                            id = known
                        } else {
                            id = Int32(part.units.count)
                            local[unit] = id
                            part.units.append(unit)
                        }
                        part.entries.append(FigureEntry(unit: id, position: Int32(position), value: figures[position].value))
                    }
                }
                part.counts.append(part.entries.count - before)
            }
            parts[range.lowerBound / chunk] = part
        }
        var ids: [Unit: Int32] = [:], names: [String] = []
        var entries: [FigureEntry] = [], starts = [0]
        starts.reserveCapacity(facts.count + 1)
        for chunk in 0..<chunks {
            guard let part = parts.take(chunk) else { continue }
            var global: [Int32] = []
            for unit in part.units {
                if let known = ids[unit] {
                    global.append(known)
                } else {
                    ids[unit] = Int32(names.count)
                    global.append(Int32(names.count))
                    names.append("\(unit.kind.rawValue)|\(unit.unit)")
                }
            }
            entries += part.entries.lazy.map { FigureEntry(unit: global[Int($0.unit)], position: $0.position, value: $0.value) }
            for count in part.counts { starts.append(starts[starts.count - 1] + count) }
        }
        return (entries, starts, names)
    }

    /// Each article's outlet (or file, when it names none) as an index into the names, first seen first.
    static func outlets(of articles: [Article]) -> (ids: [Int32], names: [String]) {
        var ids: [String: Int32] = [:]
        var names: [String] = []
        // Read in place: an Article passed to a closure is copied whole.
        let of = articles.indices.map { index in
            let name = articles[index].outletKey
            if let id = ids[name] { return id }
            let id = Int32(names.count)
            ids[name] = id
            names.append(name)
            return id
        }
        return (of, names)
    }

    /// Whether every entity and topic `spec` names has an id here, and its keywords were looked for.
    func covers(_ spec: BriefSpec) -> Bool {
        (spec.require + spec.principals).allSatisfy { entities[$0] != nil } && spec.topics.allSatisfy { topics[$0] != nil }
            && (spec.exclude.isEmpty || excluding.contains(spec))
    }

    /// Read in place: a Fact passed as an argument is copied.
    private static func trait(_ facts: [Fact], at index: Int, outletOf: [Int32]) -> Trait {
        let date = facts[index].eventDate.date
        var flags: Flags = []
        if facts[index].contactFormat != nil { flags.insert(.contact) }
        if !facts[index].quotes.isEmpty { flags.insert(.quote) }
        if !facts[index].stances.isEmpty { flags.insert(.stance) }
        if facts[index].paragraph == 0 { flags.insert(.lead) }
        if !facts[index].impliedEntities.isEmpty { flags.insert(.implied) }
        var acts: UInt8 = 0
        facts[index].stances.withUnsafeBufferPointer { stances in
            for stance in stances.indices { acts |= bit(of: stances[stance].act) }
        }
        return Trait(date: Int32(packed(date)), day: Int32(date.dayNumber), completeness: Int32(ReportGrouper.completeness(facts, at: index)),
                     outlet: outletOf[facts[index].article], entityCount: Int32(facts[index].entities.count),
                     figureKinds: Int32(figureKinds(facts, at: index)), flags: flags, acts: acts)
    }

    /// Year, month and day in one number that orders as the dates do.
    static func packed(_ date: CalendarDate) -> Int {
        (date.year * 16 + date.month) * 64 + date.day
    }

    /// `Set(figures.filter { $0.kind != .year }.map(\.kind)).count`, without building the set.
    private static func figureKinds(_ facts: [Fact], at index: Int) -> Int {
        let figures = facts[index].figures
        var count = 0
        for position in figures.indices where figures[position].kind != .year
            && !figures[..<position].contains(where: { $0.kind == figures[position].kind }) {
            count += 1
        }
        return count
    }
}
