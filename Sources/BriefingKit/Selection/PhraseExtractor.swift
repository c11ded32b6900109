/// Short noun phrases around a span of a sentence: what a figure measures, what a date refers to.
///
/// Heuristics over words, documented in README ("Key figures", "Timeline"): the phrase runs
/// from the last determiner ("the", "its", "a" …) within eight words before the span, stopping
/// at clause punctuation; a trailing preposition is dropped.
enum PhraseExtractor {
    static let determiners: Set<String> = ["the", "its", "their", "his", "her", "a", "an", "our", "this", "these"]
    static let trailing: Set<String> = ["of", "at", "to", "by", "in", "on", "for", "with", "from", "and", "than", "about", "over",
                                        "some", "nearly", "around", "approximately", "since", "after", "before", "during", "more", "less"]
    static let clauseBreaks: Set<Character> = [",", ";", ":", "(", ")", "—", "–", "\"", "“", "”"]

    /// The words before `range` that describe it, e.g. "bilateral trade target" before "US$150 billion".
    static func subject(before range: Range<String.Index>, in sentence: String) -> String? {
        let prefix = sentence[..<range.lowerBound]
        let clauseStart = prefix.lastIndex(where: clauseBreaks.contains).map { prefix.index(after: $0) } ?? prefix.startIndex
        var words = prefix[clauseStart...].split(separator: " ").map(String.init)
        while let last = words.last, trailing.contains(last.lowercased()) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        let window = words.suffix(8)
        guard let determiner = window.lastIndex(where: { determiners.contains($0.lowercased()) }) else { return nil }
        let phrase = window[(determiner + 1)...]
        guard !phrase.isEmpty, phrase.count <= 6, let last = phrase.last, !last.hasSuffix("ed"),
              phrase.allSatisfy({ !$0.contains(where: \.isNumber) }) else { return nil }
        return phrase.joined(separator: " ")
    }

    /// The noun right after a compound figure ("25-minute call" → "call").
    static func noun(after range: Range<String.Index>, in sentence: String) -> String? {
        let rest = sentence[range.upperBound...].split(separator: " ", maxSplits: 3)
        guard let first = rest.first else { return nil }
        let word = first.trimmingCharacters(in: .punctuationCharacters)
        guard !word.isEmpty, word.first?.isLowercase == true, !trailing.contains(word), !verbs.contains(word),
              !word.hasSuffix("ed") else { return nil }
        return word
    }

    /// "diplomatic relations" in "30 years of diplomatic relations, …": up to four words after "of".
    static func ofPhrase(after range: Range<String.Index>, in sentence: String) -> String? {
        let rest = sentence[range.upperBound...]
        guard rest.hasPrefix(" of ") else { return nil }
        let clause = rest.dropFirst(4).prefix { !clauseBreaks.contains($0) && $0 != "." }
        let words = clause.split(separator: " ").prefix(4).prefix { !verbs.contains(String($0)) && !trailing.contains(String($0)) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static let verbs: Set<String> = ["is", "was", "were", "are", "has", "have", "had", "will", "would", "said", "and", "or"]

    /// The clause of `sentence` holding `expression`, from its last determiner: "the establishment of diplomatic ties in 1992".
    static func clause(around expression: String, in sentence: String) -> String? {
        guard !expression.isEmpty, let range = sentence.range(of: expression) else { return nil }
        guard let subject = subject(before: range, in: sentence) else { return nil }
        let prefix = sentence[..<range.lowerBound]
        guard let start = prefix.range(of: subject, options: .backwards)?.lowerBound else { return nil }
        let text = sentence[start..<range.upperBound]
        guard text.split(separator: " ").count <= 14 else { return nil }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
