/// "During the 25-minute call", "at the talks", "in their conversation": a sentence telling more of a
/// contact the article has already reported, so that it happened when that contact did, not on the
/// day the article was published.
///
/// The rule: one of `openers`, then "the", "their", "this" or "that", then a contact noun within
/// `reach` words ("the 25-minute call", "the phone call"). A sentence with a date of its own keeps it.
enum EventReference {
    static let openers = table(["during", "at", "in", "on"])
    static let determiners = table(["the", "their", "this", "that"])
    static let nouns = table(["call", "calls", "talks", "meeting", "conversation", "summit", "videoconference", "visit"])
    /// Words a noun may be from its determiner: "the" · "25" · "minute" · "call".
    static let reach = 3

    /// The words that refer back to the contact ("During the 25-minute call"), or nil.
    static func phrase(in text: String, tokens: [WordTokens.Token]) -> String? {
        for start in tokens.indices.dropLast() where openers.contains(tokens[start].hash) && determiners.contains(tokens[start + 1].hash) {
            let limit = min(tokens.count, start + 2 + reach)
            guard let noun = (start + 2..<limit).first(where: { nouns.contains(tokens[$0].hash) }) else { continue }
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: tokens[start].range.lowerBound)
            let to = utf8.index(from, offsetBy: tokens[noun].range.upperBound - tokens[start].range.lowerBound)
            return String(text[from..<to])
        }
        return nil
    }

    private static func table(_ words: [String]) -> WordHashTable {
        WordHashTable(words.flatMap { WordTokens.hashes(of: $0, stemmed: false) })
    }
}
