/// "The two leaders", "both sides", "they": a reference to the pair of people an article last named together.
///
/// A sentence with such a reference also mentions those people, so "The two leaders agreed to
/// deepen cooperation in high-speed rail" counts for a brief about either of them.
enum PluralReference {
    static let matcher = PhraseMatcher([
        "the two leaders", "both leaders", "the two presidents", "the two sides", "both sides",
        "the two heads of state", "the leaders", "they", "the two", "the pair",
    ])

    /// Only the opening of a sentence is searched: a reference further on is seldom to the pair.
    static let reach = 160

    static func contains(_ text: String) -> Bool {
        matcher.firstMatch(in: TextShape.prefix(text, characters: reach)) != nil
    }

    /// As `contains(_:)`, with the words of `text` already scanned.
    static func contains(_ text: String, tokens: [WordTokens.Token]) -> Bool {
        let limit = TextShape.prefix(text, characters: reach).utf8.count
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        for token in tokens {
            if token.range.upperBound <= limit {
                hashes.append(token.hash)
                continue
            }
            // A word cut by the reach counts as the part before the cut, as a scan of the opening sees it.
            if token.range.lowerBound < limit {
                let utf8 = text.utf8
                let cut = utf8[utf8.index(utf8.startIndex, offsetBy: token.range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: limit)]
                hashes += WordTokens(Substring(cut)).tokens.map(\.hash)
            }
            break
        }
        return matcher.firstMatch(inWords: hashes) != nil
    }
}
