/// "They also highlighted …" says nothing of who once it stands alone in a brief. When a sentence opens
/// with a reference to the pair of people its article last named together (`PluralReference`), an item
/// names them in brackets after it, as an editor does inside a quotation:
/// "They [Lee Jae-myung and Lương Cường] also highlighted …". The item's text stays the source's;
/// the names go in when it is rendered (`BriefContext`).
///
/// Only references to people at the very start of a sentence, and only to a pair: "the two countries" and
/// "both sides" may mean governments, and a reference further on is seldom to the pair. A sentence opening
/// with "He" or "She" names, the same way, the person the sentence before is about (`Fact.referent`), and one opening
/// with a leader named by country and office, the leader it stands for: "The Vietnamese leader [Lương Cường] said …".
/// An "it" that speaks for an organisation names the one the article credited ("…, it [Lee's office] noted."), and a
/// key point that opens with the call it tells more of, that call's day ("During the call [12 June 2025], …").
enum NamedReferents {
    /// Openings that refer to the pair, longest first so that "The two leaders" wins over "The leaders".
    static let openings = ["The two heads of state", "The two presidents", "The two leaders", "Both leaders", "The leaders", "They"]

    /// Where in `fact`'s text the pair it opens with is named, and their names, principals of the brief first;
    /// nil when it does not open with a reference to exactly two people, or when it names one of them itself.
    static func insertion(for fact: Fact, principals: [String], name: (String) -> String?) -> BriefItem.Insertion? {
        if let referent = fact.referent, let shown = name(referent) {
            if !fact.entities.contains(referent), let opening = PersonalPronoun.subject(opening: fact.text) {
                return BriefItem.Insertion(offset: opening.utf8.count, names: shown)
            }
            if let end = LeaderReferences.openingEnd(of: fact.text) { return BriefItem.Insertion(offset: end, names: shown) }
        }
        // "It [Lee's office] said the talks …": the organisation the article last credited, as a closing "it" names it.
        if let source = fact.creditReferent, CreditReferences.opensWithPronoun(fact.text) {
            return BriefItem.Insertion(offset: 2, names: source)
        }
        // In a quote that opens the sentence the pair is named inside it, as an editor brackets a quote:
        // "“The two leaders [Lee Jae-myung and Lương Cường] agreed to …,” Kang told reporters."
        let quote = openingQuoteLength(fact.text)
        let text = quote == 0 ? fact.text : String(decoding: fact.text.utf8.dropFirst(quote), as: UTF8.self)
        guard let (opening, names) = pair(opening: text, of: fact, principals: principals, name: name) else { return nil }
        return BriefItem.Insertion(offset: quote + opening.utf8.count, names: names)
    }

    /// The reference to the pair `text` opens with, and the pair's names, principals first, when `fact` implies
    /// exactly two people it does not name.
    private static func pair(opening text: String, of fact: Fact, principals: [String],
                             name: (String) -> String?) -> (opening: String, names: String)? {
        guard fact.impliedEntities.count == 2, !fact.impliedEntities.contains(where: fact.entities.contains),
              let opening = openings.first(where: { PersonalPronoun.opens(text, withWords: $0) }) else { return nil }
        let pair = principalsFirst(fact.impliedEntities, principals: principals)
        guard let first = name(pair[0]), let second = name(pair[1]) else { return nil }
        return (opening, "\(first) and \(second)")
    }

    /// A quotation of `fact` that opens with a reference to the pair the sentence implies, the pair named in brackets
    /// after it ("The two leaders [Lee Jae-myung and Lương Cường] agreed to …"), as `insertion(for:principals:name:)`
    /// names them in the sentence; the quotation as it is otherwise.
    static func bracketingPair(in quote: String, of fact: Fact, principals: [String], name: (String) -> String?) -> String {
        guard let (opening, names) = pair(opening: quote, of: fact, principals: principals, name: name) else { return quote }
        return opening + " [\(names)]" + String(decoding: quote.utf8.dropFirst(opening.utf8.count), as: UTF8.self)
    }

    /// The UTF-8 length of the quotation mark a text opens with (" or “), or 0.
    private static func openingQuoteLength(_ text: String) -> Int {
        if text.utf8.first == UInt8(ascii: "\"") { return 1 }
        return text.hasPrefix("\u{201C}") ? 3 : 0
    }

    /// Where a fact closing with "…, it noted." names the organisation the article last credited, and the name as the
    /// article gave it: "…, it [Lee's office] noted.". The offset counts back from the end of the text.
    static func closingInsertion(for fact: Fact) -> BriefItem.Insertion? {
        guard let source = fact.creditReferent, !CreditReferences.opensWithPronoun(fact.text),
              case let .pronoun(bytesAfter) = CreditReferences.closing(of: fact.text) else { return nil }
        return BriefItem.Insertion(offset: bytesAfter, names: source)
    }

    /// The day of the contact a fact opens by referring to ("During the call, Lee emphasized …"), in brackets after
    /// the reference: "During the call [12 June 2025], …". For a key point, which shows no date of its own; only when
    /// the sentence was dated by that contact, to the day, and opens with the words that tie it to it.
    static func contactDay(for fact: Fact) -> BriefItem.Insertion? {
        let event = fact.eventDate
        guard event.isFromContact, event.precision == .day, !event.expression.isEmpty, fact.text.hasPrefix(event.expression),
              EventReference.phrase(in: event.expression, tokens: WordTokens(event.expression).tokens) == event.expression else {
            return nil
        }
        return BriefItem.Insertion(offset: event.expression.utf8.count, names: event.date.longText)
    }

    /// `ids` with the brief's principals first, in the brief's order, and everyone else after them in the fact's order.
    static func principalsFirst(_ ids: [String], principals: [String]) -> [String] {
        ids.enumerated().sorted { left, right in
            (principals.firstIndex(of: left.element) ?? principals.count, left.offset)
                < (principals.firstIndex(of: right.element) ?? principals.count, right.offset)
        }.map(\.element)
    }
}
