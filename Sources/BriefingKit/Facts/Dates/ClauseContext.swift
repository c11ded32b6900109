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
            let token = tokens[position]
            if isClauseBoundary(token) {
                state = ClauseContext(isFuture: state.isFuture)
                continue
            }
            guard token.isWord else { continue }
            if DateWords.isReportingVerb(token) { state.isFuture = false }
            if DateWords.isFutureMarker(tokens, at: position) {
                state.isFuture = true
                state.isFutureInClause = true
            }
            if DateWords.isSubordinator(token) { state.isSubordinate = true }
            if token.is(since) { state.isBackground = true }
        }
        return result
    }

    private static let since: KnownWord = "since"
    private static let boundaryWords = WordTable(["and", "but"])
    private static let boundarySymbols = WordTable([",", ";", ":", "(", ")", "—", "–"])

    private static func isClauseBoundary(_ token: SentenceToken) -> Bool {
        switch token.kind {
        case .symbol: return boundarySymbols.contains(token)
        case .word: return boundaryWords.contains(token)
        case .number: return false
        }
    }
}
