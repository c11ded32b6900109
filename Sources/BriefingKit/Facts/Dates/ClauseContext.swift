/// What precedes a token within its sentence and clause: tense markers and subordinating words.
struct ClauseContext: Sendable {
    /// A future marker occurs earlier in the sentence, with no reporting verb since.
    var isFuture = false
    /// A future marker occurs earlier in the same clause.
    var isFutureInClause = false
    /// A subordinating word ("who", "after", "while") opens the clause.
    var isSubordinate = false
    /// "since" occurs earlier in the clause.
    var isBackground = false

    /// The context before each token, computed in one forward pass.
    static func contexts(for tokens: [SentenceToken]) -> [ClauseContext] {
        var result: [ClauseContext] = []
        result.reserveCapacity(tokens.count)
        var state = ClauseContext()
        for position in tokens.indices {
            result.append(state)
            // Tokens are read in place, not copied; a word is looked up once, for all its roles.
            switch tokens[position].kind {
            case .number:
                continue
            case .symbol:
                if boundarySymbols.contains(tokens, position) { state = ClauseContext(isFuture: state.isFuture) }
                continue
            case .word:
                break
            }
            guard let roles = wordRoles[tokens, position] else { continue }
            if roles.contains(.boundary) {
                state = ClauseContext(isFuture: state.isFuture)
                continue
            }
            if roles.contains(.reporting) { state.isFuture = false }
            if roles.contains(.future), DateWords.isFutureMarker(tokens, at: position) {
                state.isFuture = true
                state.isFutureInClause = true
            }
            if roles.contains(.subordinator) { state.isSubordinate = true }
            if roles.contains(.since) { state.isBackground = true }
        }
        return result
    }

    /// What a word does to the clause context; most words do nothing and are in no table.
    private struct WordRoles: OptionSet, Sendable {
        let rawValue: UInt8
        static let boundary = WordRoles(rawValue: 1)
        static let reporting = WordRoles(rawValue: 2)
        static let future = WordRoles(rawValue: 4)
        static let subordinator = WordRoles(rawValue: 8)
        static let since = WordRoles(rawValue: 16)
    }

    /// The words with a role, gathered from the word lists that define them.
    private static let wordRoles: WordTable<WordRoles> = {
        var roles: [String: WordRoles] = ["since": .since]
        for word in ["and", "but"] { roles[word, default: []].insert(.boundary) }
        for word in DateWords.reportingVerbs.members { roles[word, default: []].insert(.reporting) }
        for word in DateWords.futureMarkers.members { roles[word, default: []].insert(.future) }
        for word in DateWords.subordinators.members { roles[word, default: []].insert(.subordinator) }
        return WordTable(roles)
    }()

    private static let boundarySymbols = WordTable([",", ";", ":", "(", ")", "—", "–"])
}
