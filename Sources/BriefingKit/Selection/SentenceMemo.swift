import Foundation

/// What briefs work out from a sentence's text alone, kept for every brief of a run: briefs over
/// one corpus look at the same sentences: `PhraseExtractor`'s phrases (most read a sentence
/// Character by Character) and the signatures of those phrases.
///
/// Keyed by the arguments themselves (the sentence, the end of the span, the expression), so
/// an answer is the direct computation's for any corpus; shared by briefs selected in parallel.
final class SentenceMemo: @unchecked Sendable {
    private enum Query: Hashable {
        case measure(before: String.Index)
        case noun(after: String.Index)
        case ofPhrase(after: String.Index)
        case sincePhrase(after: String.Index)
        case clause(around: String)
    }

    private let lock = NSLock()
    private var answers: [Key: String?] = [:]
    private var signatures: [String: TextSignature] = [:]

    private struct Key: Hashable {
        let sentence: String
        let query: Query
    }

    /// `PhraseExtractor.measure(before:in:)`.
    func measure(before range: Range<String.Index>, in sentence: String) -> String? {
        answer(Key(sentence: sentence, query: .measure(before: range.lowerBound))) {
            PhraseExtractor.measure(before: range, in: sentence)
        }
    }

    /// `PhraseExtractor.noun(after:in:)`.
    func noun(after range: Range<String.Index>, in sentence: String) -> String? {
        answer(Key(sentence: sentence, query: .noun(after: range.upperBound))) {
            PhraseExtractor.noun(after: range, in: sentence)
        }
    }

    /// `PhraseExtractor.ofPhrase(after:in:)`.
    func ofPhrase(after range: Range<String.Index>, in sentence: String) -> String? {
        answer(Key(sentence: sentence, query: .ofPhrase(after: range.upperBound))) {
            PhraseExtractor.ofPhrase(after: range, in: sentence)
        }
    }

    /// `PhraseExtractor.sincePhrase(after:in:)`.
    func sincePhrase(after range: Range<String.Index>, in sentence: String) -> String? {
        answer(Key(sentence: sentence, query: .sincePhrase(after: range.upperBound))) {
            PhraseExtractor.sincePhrase(after: range, in: sentence)
        }
    }

    /// `PhraseExtractor.clause(around:in:)`.
    func clause(around expression: String, in sentence: String) -> String? {
        answer(Key(sentence: sentence, query: .clause(around: expression))) {
            PhraseExtractor.clause(around: expression, in: sentence)
        }
    }

    /// `TextSignature(phrase)`.
    func signature(of phrase: String) -> TextSignature {
        if let known = lock.withLock({ signatures[phrase] }) { return known }
        let signature = TextSignature(phrase)
        lock.withLock { signatures[phrase] = signature }
        return signature
    }

    private func answer(_ key: Key, _ find: () -> String?) -> String? {
        if let known = lock.withLock({ answers[key] }) { return known }
        let found = find()
        lock.withLock { answers[key] = found }
        return found
    }
}
