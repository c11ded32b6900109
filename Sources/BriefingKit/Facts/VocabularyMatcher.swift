/// Finds the config's entities and topics in text: names, aliases and keywords, compiled once.
///
/// Matching ignores case and diacritics, respects word boundaries, accepts plural keywords
/// ("nuclear power plants"), and treats a bare surname or given name as the person only in an
/// article that has already named them in full, or right after a title ("President Cường").
public struct VocabularyMatcher: Sendable {
    /// A phrase to look for, as word hashes.
    struct Term: Sendable {
        enum Target: Sendable, Hashable {
            case entity(String, EntityKind)
            case topic(String)
        }

        var words: [UInt64]
        var target: Target
        /// A single word from a person's name: counts only after the full name, or after a title.
        var isShortName: Bool
    }

    /// Terms that start with the same word, and where to find them by the hash of that word
    /// (exact words for entities, stems for topics).
    struct TermTable: Sendable {
        let lists: [[Term]]
        let index: WordHashTable

        init(_ terms: [UInt64: [Term]]) {
            let keys = terms.keys.sorted()
            lists = keys.map { terms[$0] ?? [] }
            index = WordHashTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        }

        @inline(__always)
        func terms(startingWith word: UInt64) -> [Term]? {
            index.value(for: word).map { lists[$0] }
        }
    }

    private let entityTerms: TermTable
    private let topicTerms: TermTable
    private let titleWords: WordHashTable

    public init(entities: [Entity], topics: [Topic]) {
        var entityTerms: [UInt64: [Term]] = [:]
        var topicTerms: [UInt64: [Term]] = [:]
        var shortNames: [UInt64: Set<String>] = [:]
        for entity in entities {
            let phrases = [entity.name] + entity.aliases
            for phrase in phrases {
                let words = WordTokens.hashes(of: phrase, stemmed: false)
                guard !words.isEmpty else { continue }
                Self.add(Term(words: words, target: .entity(entity.id, entity.kind), isShortName: false), to: &entityTerms)
            }
            guard entity.kind == .person else { continue }
            let nameWords = WordTokens.hashes(of: entity.name, stemmed: false)
            if nameWords.count > 1, let first = nameWords.first, let last = nameWords.last {
                shortNames[first, default: []].insert(entity.id)
                shortNames[last, default: []].insert(entity.id)
            }
        }
        for (word, owners) in shortNames where owners.count == 1 {
            guard let owner = owners.first else { continue }
            let alreadyFull = entityTerms[word]?.contains { $0.words == [word] && $0.target == .entity(owner, .person) } ?? false
            if !alreadyFull {
                Self.add(Term(words: [word], target: .entity(owner, .person), isShortName: true), to: &entityTerms)
            }
        }
        // A bare name shared by two people is ambiguous: drop single-word aliases that collide too.
        for (word, owners) in shortNames where owners.count > 1 {
            entityTerms[word]?.removeAll { $0.words.count == 1 }
        }
        for topic in topics {
            for keyword in topic.keywords {
                let words = WordTokens.hashes(of: keyword, stemmed: true)
                guard !words.isEmpty else { continue }
                Self.add(Term(words: words, target: .topic(topic.id), isShortName: false), to: &topicTerms)
            }
        }
        self.entityTerms = TermTable(entityTerms)
        self.topicTerms = TermTable(topicTerms)
        titleWords = WordHashTable(Self.titles.flatMap { WordTokens.hashes(of: $0, stemmed: false) })
    }

    private static func add(_ term: Term, to table: inout [UInt64: [Term]]) {
        guard let first = term.words.first else { return }
        table[first, default: []].append(term)
    }

    /// Words that, right before a bare name, make it a reference to the person.
    static let titles = ["President", "Prime Minister", "Minister", "Secretary", "General Secretary",
                         "Chairman", "Chairwoman", "Chancellor", "King", "Premier", "Chief", "Leader",
                         "Mr", "Mrs", "Ms", "Dr", "Ambassador", "Governor", "Mayor", "Speaker"]

    /// The entities and topics one sentence mentions; `namedPeople` carries the people an
    /// article has named in full so far, across its sentences.
    public func match(_ text: String, namedPeople: inout Set<String>) -> VocabularyMatch {
        match(text, tokens: WordTokens(text).tokens, namedPeople: &namedPeople)
    }

    /// As `match(_:namedPeople:)`, with the words of `text` already scanned.
    func match(_ text: String, tokens: [WordTokens.Token], namedPeople: inout Set<String>) -> VocabularyMatch {
        var result = VocabularyMatch()
        var index = 0
        while index < tokens.count {
            var consumed = 1
            if let term = longest(in: entityTerms, tokens: tokens, at: index, stemmed: false) {
                guard case let .entity(id, kind) = term.target else { index += 1; continue }
                let afterTitle = index > 0 && titleWords.contains(tokens[index - 1].hash)
                if !term.isShortName || namedPeople.contains(id) || afterTitle {
                    if !term.isShortName { namedPeople.insert(id) }
                    let first = tokens[index].range.lowerBound, last = tokens[index + term.words.count - 1].range.upperBound
                    let start = text.utf8.index(text.utf8.startIndex, offsetBy: first)
                    let end = text.utf8.index(start, offsetBy: last - first)
                    result.entities.append(EntityMention(entityID: id, kind: kind, range: start..<end))
                    consumed = term.words.count
                }
            }
            if let term = longest(in: topicTerms, tokens: tokens, at: index, stemmed: true),
               case let .topic(id) = term.target, !result.topics.contains(id) {
                result.topics.append(id)
            }
            index += consumed
        }
        return result
    }

    private func longest(in table: TermTable, tokens: [WordTokens.Token], at index: Int, stemmed: Bool) -> Term? {
        let key = stemmed ? tokens[index].stemHash : tokens[index].hash
        guard let candidates = table.terms(startingWith: key) else { return nil }
        var best: Term?
        for term in candidates where term.words.count > (best?.words.count ?? 0) {
            guard index + term.words.count <= tokens.count else { continue }
            var matches = true
            for offset in 1..<max(1, term.words.count) {
                let token = tokens[index + offset]
                if (stemmed ? token.stemHash : token.hash) != term.words[offset] { matches = false; break }
            }
            if matches { best = term }
        }
        return best
    }
}

/// What one sentence mentions.
public struct VocabularyMatch: Sendable, Hashable {
    public var entities: [EntityMention] = []
    public var topics: [String] = []

    /// Entity ids in order of first mention, each once.
    public var entityIDs: [String] {
        distinctIDs(entities)
    }

    /// The people mentioned, each once, in order of first mention.
    var personIDs: [String] {
        distinctIDs(entities.lazy.filter { $0.kind == .person })
    }

    /// A sentence names a handful of entities: a linear scan beats building a set.
    private func distinctIDs(_ mentions: some Sequence<EntityMention>) -> [String] {
        var ids: [String] = []
        for mention in mentions where !ids.contains(mention.entityID) { ids.append(mention.entityID) }
        return ids
    }
}

/// The kind of a configured entity, as the quote and stance rules see it.
public typealias EntityKind = Entity.Kind

/// A configured entity found in a sentence, and where.
public struct EntityMention: Hashable, Sendable {
    public var entityID: String
    public var kind: EntityKind
    public var range: Range<String.Index>

    public init(entityID: String, kind: EntityKind, range: Range<String.Index>) {
        self.entityID = entityID
        self.kind = kind
        self.range = range
    }
}
