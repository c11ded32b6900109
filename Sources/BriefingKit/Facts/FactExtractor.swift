/// Turns an article's body into facts; holds everything compiled once for the whole corpus.
///
/// Cheap work first: every sentence is matched against the vocabulary, and only the
/// sentences some brief can use (`keep`) get dates, figures, quotes and stances.
public struct FactExtractor: Sendable {
    let vocabulary: VocabularyMatcher
    let splitter = SentenceSplitter()
    let dates = EventDateResolver()
    let figures = FigureExtractor()
    let quotes = QuoteExtractor()
    let stances = StanceDetector()

    /// People whose configured title marks a head of state or government: "the two leaders" means them first.
    let leaderIDs: Set<String>
    static let leaderTitles = PhraseMatcher(["president", "prime minister", "general secretary", "chancellor", "king",
                                             "premier", "chairman", "leader", "emperor", "queen", "head of state"])

    /// People whose configured title is not a leader's (a spokesperson, a minister): one of them named with a
    /// leader is not a new pair ("Lee was quoted by presidential spokesperson Kang Yu-jung").
    let aideIDs: Set<String>

    public init(entities: [Entity], topics: [Topic]) {
        (leaderIDs, aideIDs) = Self.roles(of: entities)
        vocabulary = VocabularyMatcher(entities: entities, topics: topics, leaderIDs: leaderIDs)
    }

    /// The people whose configured title is a leader's, and those whose title is another (aides); people with no
    /// title are neither.
    static func roles(of entities: [Entity]) -> (leaders: Set<String>, aides: Set<String>) {
        let titled = entities.filter { $0.kind == .person && $0.title != nil }
        let leaders = Set(titled.filter { leaderTitles.firstMatch(in: $0.title ?? "") != nil }.map(\.id))
        return (leaders, Set(titled.map(\.id)).subtracting(leaders))
    }

    /// The facts of an article that pass `keep`, which sees each fact's entities and topics, and then
    /// `keepDated`, which sees its event date too (dates are filled in only for facts that pass `keep`;
    /// figures, quotes and stances only for those that pass both).
    public func facts(of article: Article, index: Int, keep: (Fact) -> Bool = { _ in true },
                      keepDated: (Fact) -> Bool = { _ in true }) -> [Fact] {
        extract(from: article, index: index, keep: keep, keepDated: keepDated).facts
    }

    /// As `facts(of:index:keep:keepDated:)`, with the configured entities the article names in any sentence, kept or not.
    public func extract(from article: Article, index: Int, keep: (Fact) -> Bool = { _ in true },
                        keepDated: (Fact) -> Bool = { _ in true }) -> ExtractedFacts {
        extract(from: article, index: index, keep: keep, keepDated: keepDated, knownFigures: { _ in nil })
    }

    /// As `extract(from:index:keep:keepDated:)`, with `knownFigures` giving the figures of a sentence read before word
    /// for word (`KnownTexts`), which are taken rather than read again: they depend on the sentence's words alone.
    func extract(from article: Article, index: Int, keep: (Fact) -> Bool, keepDated: (Fact) -> Bool,
                 knownFigures: (String) -> [Figure]?) -> ExtractedFacts {
        var named: [String] = []
        var facts: [Fact] = []
        var namedPeople = vocabulary.noPeopleNamed()
        var lastPerson: String?
        var lastPair: [String] = []
        // The two people of the last contact the article reported between exactly two: "the two leaders" are
        // they when the people last named together are more ("thanks to Tô Lâm and President Cường").
        var contactPair: [String] = []
        // The last contact the article reported with a date of its own: "during the call" is then.
        var contact: ReportedContact?
        // The organisations the article credited at the end of its sentences, for a later "…, it noted.".
        var credits = CreditMemory()
        var bodyOffset = 0
        let published = article.referenceDate ?? CalendarDate(dayNumber: 0)
        for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
            let ranges = splitter.split(paragraph)
            let sentences = ranges.map { String(paragraph[$0]) }
            // Each sentence is folded and split into words once, for the vocabulary and the phrase tests.
            let words = sentences.map { WordTokens($0).tokens }
            let matches = sentences.indices.map { vocabulary.match(sentences[$0], tokens: words[$0], namedPeople: &namedPeople) }
            for match in matches {
                for mention in match.entities where !named.contains(mention.entityID) { named.append(mention.entityID) }
            }
            // The stance detector and the quote extractor read a sentence's tokens the same way: scanned once for both.
            // Made on the first ask: most paragraphs have no sentence a brief keeps.
            var tokenizedSentences: [TokenizedSentence?] = []
            func tokenized(_ index: Int) -> TokenizedSentence {
                if tokenizedSentences.isEmpty { tokenizedSentences = Array(repeating: nil, count: sentences.count) }
                if let known = tokenizedSentences[index] { return known }
                let scanned = TokenizedSentence(sentences[index], mentions: matches[index].entities)
                tokenizedSentences[index] = scanned
                return scanned
            }
            // This paragraph's kept facts go straight to the end of `facts`; `keptSentences` holds their sentences.
            let firstKept = facts.count
            var keptSentences: [Int] = []
            // Kept facts with no date of their own after a dated contact: dated by it when its people act in them.
            var afterContact: [(fact: Int, contact: ReportedContact)] = []
            for (sentenceIndex, text) in sentences.enumerated() {
                let start = bodyOffset + paragraph.utf8.distance(from: paragraph.startIndex, to: ranges[sentenceIndex].lowerBound)
                let entities = matches[sentenceIndex].entityIDs
                var implied: [String] = []
                let people = matches[sentenceIndex].personIDs
                if people.count >= 2 {
                    let leaders = people.filter(leaderIDs.contains)
                    if leaders.count != 1 || !people.contains(where: aideIDs.contains) {
                        lastPair = (leaders.count >= 2 ? leaders : people).sorted()
                    }
                } else if !lastPair.isEmpty, PluralReference.contains(text, tokens: words[sentenceIndex]) {
                    let pair = lastPair.count > 2 && contactPair.count == 2 && contactPair.allSatisfy(lastPair.contains) ? contactPair : lastPair
                    implied = pair.filter { !entities.contains($0) }
                }
                var fact = Fact(
                    article: index, paragraph: paragraphIndex, sentence: sentenceIndex,
                    bodyRange: start..<(start + text.utf8.count), text: text,
                    entities: entities, topics: matches[sentenceIndex].topics,
                    eventDate: .fallback(published))
                let previousPerson = lastPerson
                // Whom a "he" or "she" stands for: the person before, unless the sentence names them itself
                // ("He … with President Lee" is not Lee), for the referent as for the stances. Such a sentence is
                // about that person, for the briefs that require them ("He also proposed …" in Lee's leader brief).
                let pronounPerson = previousPerson.flatMap { entities.contains($0) ? nil : $0 }
                if let pronounPerson, PersonalPronoun.subject(opening: text) != nil {
                    fact.referent = pronounPerson
                    if !implied.contains(pronounPerson) { implied.append(pronounPerson) }
                }
                if let person = matches[sentenceIndex].openingLeader { fact.referent = person }
                fact.impliedEntities = implied
                // What "it" of a closing "…, it noted." (or an opening "It said …") stands for; then what this sentence
                // credits, for the next.
                let closing = CreditReferences.closing(of: text)
                if case .pronoun = closing { fact.creditReferent = credits.referent }
                if CreditReferences.opensWithPronoun(text) { fact.creditReferent = credits.referent }
                if case let .credit(credit) = closing {
                    credits.read(crediting: credit)
                } else {
                    // An "it" that speaks for the office again credits it again: its reach starts over.
                    credits.read(crediting: fact.creditReferent)
                }
                if people.count + implied.count >= 2 { fact.contactFormat = ContactDetector.format(tokens: words[sentenceIndex]) }
                if fact.contactFormat != nil, people.count == 2 { contactPair = people.sorted() }
                // "He" of the next sentence is this one's subject: the person it names first ("President Lee thanked
                // Tô Lâm and President Cường. He affirmed …" is Lee), unless it opens with "He" or "She" itself.
                if let person = matches[sentenceIndex].entities.first(where: { $0.kind == .person }), !PersonalPronoun.opens(text) {
                    lastPerson = person.entityID
                }
                // A contact is dated even when no brief keeps it, so that what the article says of it later is dated the same.
                let kept = keep(fact)
                guard kept || fact.contactFormat != nil else { continue }
                var tokens: [SentenceToken]?
                func sentenceTokens() -> [SentenceToken] {
                    if let tokens { return tokens }
                    let scanned = WordTokenizer.tokens(in: text)
                    tokens = scanned
                    return scanned
                }
                (fact.eventDate, fact.dates) = dates.dates(in: text, tokens: sentenceTokens(), published: published)
                var awaitsActs = false
                if let contact, fact.eventDate.isFallback {
                    if let phrase = EventReference.phrase(in: text, tokens: words[sentenceIndex]) {
                        fact.eventDate = contact.date(expression: phrase)
                    } else {
                        awaitsActs = true
                    }
                }
                if fact.contactFormat != nil { contact = ReportedContact.after(contact, report: fact.eventDate, people: people + implied) }
                // A fact no brief's window holds is left here, unless a contact's acts may still date it.
                guard kept, awaitsActs || keepDated(fact) else { continue }
                if FigureExtractor.mayHoldFigures(text) {
                    fact.figures = knownFigures(text) ?? figures.figures(checked: text, tokens: sentenceTokens())
                }
                fact.stances = stances.stances(in: text, tokenized: tokenized(sentenceIndex), previousPerson: pronounPerson)
                if awaitsActs, let contact { afterContact.append((facts.count, contact)) }
                facts.append(fact)
                keptSentences.append(sentenceIndex)
            }
            if !keptSentences.isEmpty {
                let found = quotes.quotes(in: sentences, tokenized: tokenized)
                for (offset, sentenceIndex) in keptSentences.enumerated() {
                    facts[firstKept + offset].quotes = found.filter { $0.sentenceIndices.lowerBound == sentenceIndex }
                }
            }
            // Quotes are known only now: "Lee said" decides as much as "Lee agreed".
            for (position, contact) in afterContact {
                if let words = contact.act(in: facts[position]) { facts[position].eventDate = contact.date(expression: words) }
            }
            bodyOffset += paragraph.utf8.count + 2
        }
        return ExtractedFacts(facts: facts, named: named)
    }
}

/// What extraction makes of one article: the facts kept, and the configured entities its sentences name.
public struct ExtractedFacts: Sendable {
    public var facts: [Fact]
    /// In the order the article first names them (`Article.named`).
    public var named: [String]

    public init(facts: [Fact], named: [String]) {
        self.facts = facts
        self.named = named
    }
}
