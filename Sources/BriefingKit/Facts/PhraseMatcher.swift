/// Finds whole-word phrases in text, ignoring case and diacritics: compiled once, matched by word hashes.
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt64]]
    /// For each distinct first word, the phrases (by index) that start with it, in order.
    private let phrasesStarting: [[Int]]
    /// A first word's hash → its place in `phrasesStarting`.
    private let firstWords: WordHashTable

    init(_ phrases: [String]) {
        let phrases = phrases.map { WordTokens.hashes(of: $0, stemmed: false) }
        var starting: [UInt64: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() {
            if let first = phrase.first { starting[first, default: []].append(index) }
        }
        let firsts = starting.keys.sorted()
        self.phrases = phrases
        phrasesStarting = firsts.map { starting[$0] ?? [] }
        firstWords = WordHashTable(Dictionary(uniqueKeysWithValues: firsts.enumerated().map { ($1, $0) }))
    }

    /// Calls `body` with the index of each phrase that occurs in words already hashed, each time it
    /// occurs, in one pass over the words (only a word that starts some phrase is looked at further).
    func forEachMatch(inWords hashes: [UInt64], _ body: (Int) -> Void) {
        for start in hashes.indices {
            guard let slot = firstWords.value(for: hashes[start]) else { continue }
            for index in phrasesStarting[slot] where occurs(index, at: start, in: hashes) { body(index) }
        }
    }

    /// The word position where the earliest occurrence of any phrase starts, in words already hashed.
    func firstPosition(inWords hashes: [UInt64]) -> Int? {
        for start in hashes.indices {
            guard let slot = firstWords.value(for: hashes[start]) else { continue }
            if phrasesStarting[slot].contains(where: { occurs($0, at: start, in: hashes) }) { return start }
        }
        return nil
    }

    /// Whether phrase `index` occurs in `hashes` from word `start` on.
    @inline(__always)
    private func occurs(_ index: Int, at start: Int, in hashes: [UInt64]) -> Bool {
        start + phrases[index].count <= hashes.count && hashes[start..<(start + phrases[index].count)].elementsEqual(phrases[index])
    }

    /// The index of the first phrase (in the order given) that occurs in `text`.
    func firstMatch(in text: some StringProtocol) -> Int? {
        firstMatch(inWords: WordTokens(text).tokens.map(\.hash))
    }

    /// The index of the first phrase that occurs in words already hashed (`WordTokens.Token.hash`).
    func firstMatch(inWords hashes: [UInt64]) -> Int? {
        for (index, phrase) in phrases.enumerated() {
            guard let first = phrase.first else { continue }
            for start in hashes.indices where hashes[start] == first && start + phrase.count <= hashes.count {
                if hashes[start..<(start + phrase.count)].elementsEqual(phrase) { return index }
            }
        }
        return nil
    }
}
