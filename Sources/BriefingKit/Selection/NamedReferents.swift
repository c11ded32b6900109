/// "They also highlighted …" says nothing of who once it stands alone in a brief. When a sentence opens
/// with a reference to the pair of people its article last named together (`PluralReference`), an item
/// names them in brackets after it, as an editor does inside a quotation:
/// "They [Lee Jae-myung and Lương Cường] also highlighted …". The item's text stays the source's;
/// the names go in when it is rendered (`BriefContext`).
///
/// Only references to people at the very start of a sentence, and only to a pair: "the two countries" and
/// "both sides" may mean governments, and a reference further on is seldom to the pair. A sentence opening
/// with "He" or "She" names, the same way, the person the sentence before is about (`Fact.referent`).
enum NamedReferents {
    /// Openings that refer to the pair, longest first so that "The two leaders" wins over "The leaders".
    static let openings = ["The two heads of state", "The two presidents", "The two leaders", "Both leaders", "The leaders", "They"]

    /// Where in `fact`'s text the pair it opens with is named, and their names, principals of the brief first;
    /// nil when it does not open with a reference to exactly two people, or when it names one of them itself.
    static func insertion(for fact: Fact, principals: [String], name: (String) -> String?) -> BriefItem.Insertion? {
        if let referent = fact.referent, !fact.entities.contains(referent), let opening = personalPronouns.first(where: { opens(fact.text, with: $0) }),
           let shown = name(referent) {
            return BriefItem.Insertion(offset: opening.utf8.count, names: shown)
        }
        guard fact.impliedEntities.count == 2, !fact.impliedEntities.contains(where: fact.entities.contains),
              let opening = openings.first(where: { opens(fact.text, with: $0) }) else { return nil }
        let pair = fact.impliedEntities.sorted { rank($0, principals) < rank($1, principals) }
        guard let first = name(pair[0]), let second = name(pair[1]) else { return nil }
        return BriefItem.Insertion(offset: opening.utf8.count, names: "\(first) and \(second)")
    }

    /// Openings that stand for the person the sentence before is about: "He [Lee Jae-myung] also proposed …".
    static let personalPronouns = ["He", "She"]

    /// Whether a sentence opens with "He" or "She": its person is the one the sentence before is about.
    static func opensWithPersonalPronoun(_ text: String) -> Bool {
        mayOpenWithPronoun(text) && personalPronouns.contains { opens(text, with: $0) }
    }

    /// Whether a sentence opens with a pronoun of one person ("He", "She", "His", "Her"), who is then the
    /// person of the sentence before, not one it names.
    static func opensWithPronoun(_ text: String) -> Bool {
        mayOpenWithPronoun(text) && pronouns.contains { opens(text, with: $0) }
    }

    private static let pronouns = personalPronouns + ["His", "Her"]

    /// Every pronoun opening starts with "H" or "S": asked of every sentence, so told by one byte first.
    private static func mayOpenWithPronoun(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "H") || text.utf8.first == UInt8(ascii: "S")
    }

    /// Whether `text` starts with `opening` as whole words: "They " or "They," but not "Theyre".
    private static func opens(_ text: String, with opening: String) -> Bool {
        guard text.hasPrefix(opening) else { return false }
        let next = text.utf8.dropFirst(opening.utf8.count).first
        return next == UInt8(ascii: " ") || next == UInt8(ascii: ",")
    }

    /// A principal's place in the brief's list; everyone else after them, in the fact's order.
    private static func rank(_ id: String, _ principals: [String]) -> Int {
        principals.firstIndex(of: id) ?? principals.count
    }
}
