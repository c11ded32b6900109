/// What selection reads of each fact of a corpus, worked out once for every brief of a run and
/// held without reference-counted fields: a brief tries tens of thousands of facts, and reading
/// a `Fact`'s strings and arrays (or copying one) costs more than the test itself.
///
/// Entities and topics are bits over the ids the config and the briefs name (`IDTable`): an id
/// no brief names can never decide a test, so it is left out.
struct SelectionIndex: Sendable {
    /// One fact's fields as selection tests and ranks them.
    struct Trait: Sendable {
        /// The event date as year, month and day packed in that order (compares as `CalendarDate` does).
        var date: Int
        /// The event date's day number (for recency).
        var day: Int
        /// `ReportGrouper.completeness`.
        var completeness: Int
        /// The article's outlet (or file, when it has none), as an index.
        var outlet: Int32
        /// How many entities the fact names.
        var entityCount: Int32
        /// How many kinds of figure other than years the fact gives.
        var figureKinds: Int32
        var flags: Flags
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
    /// Each fact's entities, implied entities and topics.
    let entityRows: BitRows
    let impliedRows: BitRows
    let topicRows: BitRows
    /// The outlet (or file) of each article as an index into `outletNames`.
    let outletOfArticle: [Int32]
    let outletNames: [String]
    var outletCount: Int { outletNames.count }

    /// The index of `corpus` for `specs`, built on all cores.
    init(corpus: Corpus, config: BriefingConfig, specs: [BriefSpec]) {
        let entities = IDTable(config.entities.map(\.id) + specs.flatMap { $0.require + $0.principals })
        let topics = IDTable(config.topics.map(\.id) + specs.flatMap(\.topics))
        (outletOfArticle, outletNames) = Self.outlets(of: corpus.articles)
        let outletOf = outletOfArticle
        let facts = corpus.facts
        entityRows = .concurrent(count: facts.count, width: entities.width) { index, insert in
            for entity in facts[index].entities { if let id = entities[entity] { insert(id) } }
        }
        impliedRows = .concurrent(count: facts.count, width: entities.width) { index, insert in
            for entity in facts[index].impliedEntities { if let id = entities[entity] { insert(id) } }
        }
        topicRows = .concurrent(count: facts.count, width: topics.width) { index, insert in
            for topic in facts[index].topics { if let id = topics[topic] { insert(id) } }
        }
        traits = Array(facts.indices).concurrentMap(chunk: 4_096) { index in
            var trait = Self.trait(facts, at: index, outletOf: outletOf)
            if facts[index].entities.contains(where: { entities[$0] == nil }) || facts[index].topics.contains(where: { topics[$0] == nil }) {
                trait.flags.insert(.untabled)
            }
            return trait
        }
        self.entities = entities
        self.topics = topics
    }

    /// Each article's outlet (or file, when it names none) as an index into the names, first seen first.
    static func outlets(of articles: [Article]) -> (ids: [Int32], names: [String]) {
        var ids: [String: Int32] = [:]
        var names: [String] = []
        let of = articles.map { article in
            let name = article.outlet ?? article.file
            if let id = ids[name] { return id }
            let id = Int32(names.count)
            ids[name] = id
            names.append(name)
            return id
        }
        return (of, names)
    }

    /// Whether every entity and topic `spec` names has an id here.
    func covers(_ spec: BriefSpec) -> Bool {
        (spec.require + spec.principals).allSatisfy { entities[$0] != nil } && spec.topics.allSatisfy { topics[$0] != nil }
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
        return Trait(date: packed(date), day: date.dayNumber, completeness: ReportGrouper.completeness(facts, at: index),
                     outlet: outletOf[facts[index].article], entityCount: Int32(facts[index].entities.count),
                     figureKinds: Int32(figureKinds(facts, at: index)), flags: flags)
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
