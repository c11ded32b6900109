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
            // Tokens are read in place, not copied.
            if isClauseBoundary(tokens, position) {
                state = ClauseContext(isFuture: state.isFuture)
                continue
            }
            guard tokens[position].isWord else { continue }
            if DateWords.isReportingVerb(tokens, position) { state.isFuture = false }
            if DateWords.isFutureMarker(tokens, at: position) {
                state.isFuture = true
                state.isFutureInClause = true
            }
            if DateWords.isSubordinator(tokens, position) { state.isSubordinate = true }
            if tokens[position].is(since) { state.isBackground = true }
        }
        return result
    }

    private static let since: KnownWord = "since"
    private static let boundaryWords = WordTable(["and", "but"])
    private static let boundarySymbols = WordTable([",", ";", ":", "(", ")", "—", "–"])

    private static func isClauseBoundary(_ tokens: [SentenceToken], _ index: Int) -> Bool {
        switch tokens[index].kind {
        case .symbol: return boundarySymbols.contains(tokens, index)
        case .word: return boundaryWords.contains(tokens, index)
        case .number: return false
        }
    }
}
