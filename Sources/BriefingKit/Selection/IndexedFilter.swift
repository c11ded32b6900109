/// A brief's `CandidateFilter` read from a `SelectionIndex`: the same decisions, taken from
/// bits and numbers rather than from each fact's strings (only the excluded keywords read text).
///
/// A class, immutable: it is handed to every group a brief ranks, and each copy of a struct
/// retained and released every array of the index.
final class IndexedFilter: Sendable {
    let filter: CandidateFilter
    let index: SelectionIndex
    /// The entities of which a fact must name or imply one, the brief's topics, its principals (in order).
    let required: BitRows
    let topics: BitRows
    let principals: [Int]
    /// `filter.outsiders` and the counterparts (`CandidateFilter.outsiders`).
    let outsiders: BitRows
    let counterparts: BitRows
    /// The brief's excluded keywords, as ids of `SelectionIndex.keywords`.
    let keywords: BitRows
    /// The window as packed dates (`SelectionIndex.packed`).
    let from: Int?
    let to: Int?

    /// `index` must cover the brief (`SelectionIndex.covers`).
    init(_ filter: CandidateFilter, index: SelectionIndex) {
        let spec = filter.spec
        let required = filter.required.compactMap { index.entities[$0] }
        let topics = spec.topics.compactMap { index.topics[$0] }
        let principals = spec.principals.compactMap { index.entities[$0] }
        self.filter = filter
        self.index = index
        self.required = BitRows(width: index.entities.width, ids: required)
        self.topics = BitRows(width: index.topics.width, ids: topics)
        self.principals = principals
        outsiders = BitRows(width: index.entities.width, ids: filter.outsiders.compactMap { index.entities[$0] })
        counterparts = BitRows(width: index.entities.width, ids: filter.counterparts.compactMap { index.entities[$0] })
        keywords = BitRows(width: index.keywords.width, ids: spec.exclude.compactMap { index.keywords[$0] })
        from = spec.window.from.map(SelectionIndex.packed)
        to = spec.window.to.map(SelectionIndex.packed)
    }

    /// `filter.accepts(facts, at: fact, checkWindow: true)`, `facts` being the indexed corpus's.
    func accepts(at fact: Int) -> Bool {
        acceptsBeforeKeywords(at: fact) && (filter.spec.exclude.isEmpty || !index.keywordRows.intersects(row: fact, keywords))
    }

    /// Whether the fact passes every test but the excluded keywords (which read the text).
    func acceptsBeforeKeywords(at fact: Int) -> Bool {
        let trait = index.traits[fact]
        if let from, trait.date < from { return false }
        if let to, trait.date > to { return false }
        if !filter.required.isEmpty, !names(fact, trait, any: required) { return false }
        if !filter.outsiders.isEmpty, names(fact, trait, any: outsiders), !names(fact, trait, any: counterparts) { return false }
        if !filter.spec.topics.isEmpty, !index.topicRows.intersects(row: fact, topics), !isContactOfPrincipals(fact, trait) {
            return false
        }
        return true
    }

    /// Whether the fact names or implies an entity of `mask`.
    private func names(_ fact: Int, _ trait: SelectionIndex.Trait, any mask: BitRows) -> Bool {
        index.entityRows.intersects(row: fact, mask) || (trait.flags.contains(.implied) && index.impliedRows.intersects(row: fact, mask))
    }

    /// `CandidateFilter.isContactOfPrincipals`.
    private func isContactOfPrincipals(_ fact: Int, _ trait: SelectionIndex.Trait) -> Bool {
        guard trait.flags.contains(.contact) else { return false }
        var present = 0
        for id in principals where index.entityRows.contains(id, inRow: fact) || index.impliedRows.contains(id, inRow: fact) {
            present += 1
        }
        return filter.contactCounts(principalsPresent: present, entityCount: Int(trait.entityCount))
    }
}
