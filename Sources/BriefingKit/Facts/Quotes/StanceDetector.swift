/// Finds who agreed, proposed, requested, pledged, invited, congratulated, thanked or expressed concern in a sentence.
///
/// Only verb forms count ("agreed", "asked for", "expressed serious concerns"), not nouns ("the agreements reached"),
/// adjectives ("the proposed plan"), infinitives ("to agree"), passives ("was invited", "proposed by") or negations
/// ("did not agree"). "said" alone is never a stance.
///
/// The actor is the verb's subject:
/// - the entity mention just before the verb (adverbs skipped), or before a prepositional phrase that sits between
///   them ("Lee in talks with Cuong agreed" → Lee); "X and Y agreed" with two entities → both sides;
/// - "the two leaders", "both sides", "the two sides’ leaders", "the two", "They" → both sides;
///   "He"/"She" → `previousPerson`; "the RoK side" → the RoK mention;
/// - a verb joined to an earlier one ("…, and pledged") or a participle ("…, pledging") → the main clause's subject;
///   a leading participle ("After expressing concerns …, President Yoon said") → the subject after its comma;
/// - otherwise unknown (including a plain noun phrase such as "The RoK President" with no mention covering it).
public struct StanceDetector: Sendable {
    private static let subjectScanLimit = 8
    private static let prepositionReach = 6
    /// Capitalized words of a title before a name ("State President", "Vietnamese Prime Minister").
    private static let titleReach = 3

    public init() {}

    /// The stances in one sentence. `previousPerson` is the last person mentioned before this sentence in the article.
    public func stances(in sentence: String, mentions: [EntityMention], previousPerson: String?) -> [Stance] {
        stances(in: sentence, tokenized: TokenizedSentence(sentence, mentions: mentions), previousPerson: previousPerson)
    }

    /// As `stances(in:mentions:previousPerson:)`, with the sentence's tokens and mentions taken only when it may
    /// hold a stance (the quote extractor may have tokenized it already).
    func stances(in sentence: String, tokenized: @autoclosure () -> TokenizedSentence, previousPerson: String?) -> [Stance] {
        guard StanceVerbs.mightContainTrigger(sentence) else { return [] }
        let tokenized = tokenized()
        let tokens = tokenized.tokens
        var stances: [Stance] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, let entries = StanceVerbs.table[tokens, index],
                  let (entry, last) = match(entries, at: index, in: tokens),
                  isVerbUse(at: index, last: last, entry: entry, in: tokens)
            else {
                index += 1
                continue
            }
            let range = tokens[index].range.lowerBound..<tokens[last].range.upperBound
            let actor = entry.form == .gerund
                ? participleActor(at: index, in: tokenized, previousPerson: previousPerson)
                : finiteActor(at: index, in: tokenized, previousPerson: previousPerson)
            stances.append(Stance(actor: actor, act: entry.act, verb: String(sentence[range]), range: range))
            index = last + 1
        }
        return stances
    }

    // MARK: Verb matching

    /// The first entry whose condition holds at `index`, with the last token of the verb phrase.
    private func match(_ entries: [VerbEntry], at index: Int, in tokens: [ScannedWord]) -> (VerbEntry, Int)? {
        for entry in entries {
            if let last = lastToken(of: entry.condition, at: index, in: tokens) { return (entry, last) }
        }
        return nil
    }

    private func lastToken(of condition: VerbCondition, at index: Int, in tokens: [ScannedWord]) -> Int? {
        let next = index + 1
        switch condition {
        case .none:
            return index
        case .followedBy(let words):
            guard next + words.count <= tokens.count else { return nil }
            for (offset, word) in words.enumerated() where tokens[next + offset].lower != word { return nil }
            return index + words.count
        case .objectWithin(let objects):
            var cursor = next
            while cursor < tokens.count, cursor <= index + 4, tokens[cursor].isWord {
                if objects.contains(tokens[cursor].lower) { return cursor }
                cursor += 1
            }
            return nil
        case .requestObject:
            guard next < tokens.count, tokens[next].isWord, !StanceVerbs.questionWords.contains(tokens, next)
            else { return nil }
            return index
        case .commitmentAhead:
            var cursor = next
            while cursor < tokens.count, cursor <= index + 16, !tokens[cursor].is("."), !tokens[cursor].is(";") {
                if StanceVerbs.commitmentWords.contains(tokens, cursor) { return index }
                cursor += 1
            }
            return nil
        case .notFollowedByTo:
            return next < tokens.count && tokens[next].lower == "to" ? nil : index
        }
    }

    /// Rejects adjectival, infinitive, passive and negated uses.
    private func isVerbUse(at index: Int, last: Int, entry: VerbEntry, in tokens: [ScannedWord]) -> Bool {
        if last + 1 < tokens.count, tokens[last + 1].lower == "by" { return false }
        guard index > 0 else { return true }
        if StanceVerbs.adjectivalPredecessors.contains(tokens, index - 1), entry.form == .finite { return false }
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].isWord {
            let word = tokens[cursor].lower
            if Lexicon.negations.contains(word) { return false }
            if Lexicon.beForms.contains(word) { return tokens[index].lower == "committed" }
            guard Lexicon.isAdverb(tokens[cursor]) else { break }
            cursor -= 1
        }
        return true
    }

    // MARK: Actors

    private func finiteActor(at index: Int, in sentence: TokenizedSentence, previousPerson: String?) -> StanceActor {
        let tokens = sentence.tokens
        var cursor = index - 1
        while cursor >= 0, Lexicon.isAdverb(tokens[cursor]) || Lexicon.beForms.contains(tokens, cursor) { cursor -= 1 }
        guard cursor >= 0 else { return .unknown }
        if tokens[cursor].lower == "and" || tokens[cursor].is(",") {
            return mainClauseActor(before: cursor, in: sentence, previousPerson: previousPerson)
        }
        return subjectEnding(at: cursor, in: sentence, previousPerson: previousPerson)
    }

    private func participleActor(at index: Int, in sentence: TokenizedSentence, previousPerson: String?) -> StanceActor {
        let tokens = sentence.tokens
        var cursor = index - 1
        while cursor >= 0, Lexicon.isAdverb(tokens[cursor]) { cursor -= 1 }
        let leads = cursor < 0 || (cursor == 0 && Lexicon.introducers.contains(tokens, 0))
        guard leads else { return mainClauseActor(before: index, in: sentence, previousPerson: previousPerson) }
        guard let comma = tokens[(index + 1)...].firstIndex(where: { $0.is(",") }) else { return .unknown }
        return subjectStarting(at: comma + 1, in: sentence, previousPerson: previousPerson) ?? .unknown
    }

    private func mainClauseActor(before limit: Int, in sentence: TokenizedSentence, previousPerson: String?) -> StanceActor {
        let start = Clauses.mainClauseStart(in: sentence.tokens)
        guard start < limit else { return .unknown }
        return subjectStarting(at: start, in: sentence, previousPerson: previousPerson) ?? .unknown
    }

    /// The subject reading forward from the start of a clause: "The two leaders …", "Lee …", "He …".
    private func subjectStarting(at start: Int, in sentence: TokenizedSentence, previousPerson: String?) -> StanceActor? {
        let tokens = sentence.tokens
        var cursor = start
        while cursor < tokens.count, cursor < start + Self.subjectScanLimit {
            let token = tokens[cursor]
            if Lexicon.isClauseBreak(token) { return nil }
            if let pronoun = pronounActor(token, previousPerson: previousPerson) { return pronoun }
            if Clauses.isBothSides(endingAt: cursor, in: tokens, from: start) { return .bothSides }
            if let span = sentence.span(startingAt: cursor), !span.isPossessive {
                let next = span.last + 1
                if next + 1 < tokens.count, tokens[next].lower == "and" {
                    // Past a title: "Lee Jae Myung and State President Lương Cường agreed".
                    var start = next + 1
                    while start < min(tokens.count, next + 1 + Self.titleReach), sentence.span(startingAt: start) == nil,
                          tokens[start].isWord, tokens[start].isCapitalized { start += 1 }
                    if let other = sentence.span(startingAt: start), other.mention.entityID != span.mention.entityID { return .bothSides }
                }
                if next >= tokens.count || !tokens[next].isWord || !tokens[next].isCapitalized {
                    return .entity(span.mention.entityID)
                }
                cursor = span.last
            } else if token.isWord, !token.isCapitalized, !Lexicon.determiners.contains(token) {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// The subject whose last word is at `end`, skipping prepositional phrases between it and the verb.
    private func subjectEnding(at end: Int, in sentence: TokenizedSentence, previousPerson: String?) -> StanceActor {
        let tokens = sentence.tokens
        var cursor = end
        while cursor >= 0 {
            let token = tokens[cursor]
            if Lexicon.isClauseBreak(token) { return .unknown }
            if let pronoun = pronounActor(token, previousPerson: previousPerson) { return pronoun }
            if let span = sentence.span(endingAt: cursor), !span.isPossessive {
                let before = span.first - 1
                if before >= 0, Lexicon.prepositions.contains(tokens, before) {
                    cursor = before - 1
                    continue
                }
                // A title may stand between the two: "RoK President Lee Jae Myung and State President Lương Cường agreed".
                var joiner = before
                while joiner >= 1, joiner > before - Self.titleReach, tokens[joiner].isWord, tokens[joiner].isCapitalized { joiner -= 1 }
                if joiner >= 1, let other = sentence.span(endingAt: joiner - 1),
                   other.mention.entityID != span.mention.entityID,
                   tokens[joiner].lower == "and" || (tokens[joiner].is(",") && other.first == 0) {
                    return .bothSides
                }
                return .entity(span.mention.entityID)
            }
            if Clauses.isBothSides(endingAt: cursor, in: tokens, from: 0) { return .bothSides }
            if token.lower == "side", let owner = sentence.span(endingAt: cursor - 1), !owner.isPossessive {
                return .entity(owner.mention.entityID)
            }
            guard let preposition = prepositionBefore(cursor, in: tokens) else { return .unknown }
            cursor = preposition - 1
        }
        return .unknown
    }

    private func prepositionBefore(_ index: Int, in tokens: [ScannedWord]) -> Int? {
        var cursor = index
        while cursor >= 0, cursor > index - Self.prepositionReach {
            let token = tokens[cursor]
            if Lexicon.isClauseBreak(token) { return nil }
            if token.isWord, Lexicon.prepositions.contains(token) { return cursor }
            cursor -= 1
        }
        return nil
    }

    private func pronounActor(_ token: ScannedWord, previousPerson: String?) -> StanceActor? {
        guard token.isWord else { return nil }
        if Lexicon.personPronouns.contains(token) { return previousPerson.map(StanceActor.entity) ?? .unknown }
        if token.lower == "they" { return .bothSides }
        if token.lower == "it" || token.lower == "we" || token.lower == "i" { return .unknown }
        return nil
    }
}
