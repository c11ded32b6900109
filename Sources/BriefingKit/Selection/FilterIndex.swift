/// Several briefs' candidate filters, indexed by the entities they require, so that a fact is
/// tried only against the filters of the entities it names (plus those that require nothing).
struct FilterIndex: Sendable {
    private let filters: [CandidateFilter]
    /// Entity id → the filters that require it, in brief order.
    private let byEntity: [String: [Int]]
    /// The filters that require no entity: they are tried on every fact.
    private let unrestricted: [Int]

    init(specs: [BriefSpec]) {
        // Without outsiders: the read keeps a little more than the briefs take, which selection then leaves out.
        filters = specs.map { CandidateFilter(spec: $0) }
        var byEntity: [String: [Int]] = [:]
        var unrestricted: [Int] = []
        for (index, filter) in filters.enumerated() {
            if filter.required.isEmpty { unrestricted.append(index) }
            for entity in Set(filter.required) { byEntity[entity, default: []].append(index) }
        }
        self.byEntity = byEntity
        self.unrestricted = unrestricted
    }

    /// Whether some filter accepts `fact`: judged without the window while its event date is not known yet,
    /// and with it (`checkWindow`) once it is. A filter that requires entities can only accept a fact naming
    /// or implying one of them.
    func acceptsAny(_ fact: Fact, checkWindow: Bool = false) -> Bool {
        // Through buffers, so that neither the fact nor the filters are copied for each try.
        withUnsafePointer(to: fact) { pointer in
            filters.withUnsafeBufferPointer { filters in
                let fact = UnsafeBufferPointer(start: pointer, count: 1)
                // Each filter tried either requires nothing or was found through an entity the fact names.
                func accepts(_ index: Int) -> Bool {
                    filters[index].accepts(fact, at: 0, checkWindow: checkWindow, namesRequired: true)
                }
                for index in unrestricted where accepts(index) { return true }
                for entity in fact[0].entities {
                    for index in byEntity[entity] ?? [] where accepts(index) { return true }
                }
                for entity in fact[0].impliedEntities {
                    for index in byEntity[entity] ?? [] where accepts(index) { return true }
                }
                return false
            }
        }
    }
}
