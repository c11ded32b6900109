/// The countries a person's configured title names, by a country's name or any of its aliases, matched as
/// sentences are: "State President of Việt Nam" is of Việt Nam, "Spokesperson of the Korean presidential office"
/// of the Republic of Korea. A title that names no configured country (or no title) says nothing.
enum TitleCountries {
    /// By person id, the ids of the countries their title names, in config order; people whose title names none are absent.
    static func of(_ entities: [Entity]) -> [String: [String]] {
        let countries = entities.filter { $0.kind == .country }.map { (id: $0.id, names: PhraseMatcher([$0.name] + $0.aliases)) }
        var result: [String: [String]] = [:]
        for person in entities where person.kind == .person {
            let title = WordTokens.hashes(of: person.title ?? "", stemmed: false)
            let named = countries.filter { $0.names.firstMatch(inWords: title) != nil }.map(\.id)
            if !named.isEmpty { result[person.id] = named }
        }
        return result
    }

    /// One side of a meeting: `people` and the countries their titles name (`countries`, from `of(_:)`), each once, in
    /// order; `complete` is false when some title names none.
    static func side(_ people: [String], countries: [String: [String]]) -> (members: [String], complete: Bool) {
        var members: [String] = []
        var complete = !people.isEmpty
        for person in people {
            if countries[person] == nil { complete = false }
            for id in [person] + (countries[person] ?? []) where !members.contains(id) { members.append(id) }
        }
        return (members, complete)
    }

    /// The configured people a meeting brief counts as another country's: those whose title names a country, and
    /// none that a participant's title names ("Prime Minister of Australia" in a brief for the presidents of Korea
    /// and Việt Nam). None for a leader brief, or when a participant's title names no country.
    static func outsiders(of spec: BriefSpec, entities: [Entity]) -> [String] {
        guard spec.kind == .meeting else { return [] }
        let countries = of(entities)
        var sides = Set<String>()
        for participant in spec.principals {
            guard let theirs = countries[participant] else { return [] }
            sides.formUnion(theirs)
        }
        return entities.filter { person in
            !spec.principals.contains(person.id) && countries[person.id].map { !$0.contains(where: sides.contains) } == true
        }.map(\.id)
    }
}
