/// "The two leaders", "both sides", "they": a reference to the pair of people an article last named together.
///
/// A sentence with such a reference also mentions those people, so "The two leaders agreed to
/// deepen cooperation in high-speed rail" counts for a brief about either of them.
enum PluralReference {
    static let matcher = PhraseMatcher([
        "the two leaders", "both leaders", "the two presidents", "the two sides", "both sides",
        "the two heads of state", "the leaders", "they", "the two", "the pair",
    ])

    static func contains(_ text: String) -> Bool {
        matcher.firstMatch(in: text.prefix(160)) != nil
    }
}
