/// Finds whole-word phrases in text, ignoring case and diacritics: compiled once, matched by word hashes.
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt64]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { WordTokens.hashes(of: $0, stemmed: false) }
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
