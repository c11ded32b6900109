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
        /// The entity's place among the configured ones, which `NamedPeople` marks; -1 for a topic.
        var entityNumber: Int = -1
    }

    /// Terms that start with the same word, and where to find them by the hash of that word
    /// (exact words for entities, stems for topics).
    struct TermTable: Sendable {
        /// Every term, those with the same first word side by side.
        let terms: [Term]
        /// For each first word, where its terms start in `terms` and how many there are.
        let runs: [(start: Int32, count: Int32)]
        let index: WordHashTable

        init(_ terms: [UInt64: [Term]]) {
            let keys = terms.keys.sorted()
            var flat: [Term] = []
            var runs: [(start: Int32, count: Int32)] = []
            for key in keys {
                let list = terms[key] ?? []
                runs.append((Int32(flat.count), Int32(list.count)))
                flat += list
            }
            self.terms = flat
            self.runs = runs
            index = WordHashTable(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        }

        /// Where the terms starting with `word` lie in `terms`.
        @inline(__always)
        func run(startingWith word: UInt64) -> Range<Int>? {
            index.value(for: word).map { Int(runs[$0].start)..<Int(runs[$0].start + runs[$0].count) }
        }
    }

    private let entityTerms: TermTable
    private let topicTerms: TermTable
    private let titleWords: WordHashTable
    /// The configured entities' ids, by `Term.entityNumber`.
    private let entityIDs: [String]
    /// Who "the Vietnamese leader" may be.
    private let leaders: LeaderReferences
    /// Whether any leader phrase can stand for someone: asked at every country mention, so kept apart from `leaders`.
    private let looksForLeaders: Bool

    /// `leaderIDs` are the people whose titles are a leader's: "the Vietnamese leader" can mean them (`LeaderReferences`).
    public init(entities: [Entity], topics: [Topic], leaderIDs: Set<String> = []) {
        var entityTerms: [UInt64: [Term]] = [:]
        var topicTerms: [UInt64: [Term]] = [:]
        var shortNames: [UInt64: Set<String>] = [:]
        var numbers: [String: Int] = [:]
        for entity in entities where numbers[entity.id] == nil { numbers[entity.id] = numbers.count }
        for entity in entities {
            let phrases = [entity.name] + entity.aliases
            for phrase in phrases {
                let words = WordTokens.hashes(of: phrase, stemmed: false)
                guard !words.isEmpty else { continue }
                Self.add(Term(words: words, target: .entity(entity.id, entity.kind), isShortName: false,
                              entityNumber: numbers[entity.id] ?? -1), to: &entityTerms)
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
                Self.add(Term(words: [word], target: .entity(owner, .person), isShortName: true, entityNumber: numbers[owner] ?? -1),
                         to: &entityTerms)
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
        entityIDs = numbers.sorted { $0.value < $1.value }.map(\.key)
        leaders = LeaderReferences(entities: entities, leaderIDs: leaderIDs, numbers: numbers)
        looksForLeaders = !leaders.isEmpty
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
        var named = noPeopleNamed()
        for (number, id) in entityIDs.enumerated() where namedPeople.contains(id) { named.insert(number) }
        let result = match(text, tokens: WordTokens(text).tokens, namedPeople: &named)
        for (number, id) in entityIDs.enumerated() where named.contains(number) { namedPeople.insert(id) }
        return result
    }

    /// The state of an article before its first sentence: nobody named yet.
    func noPeopleNamed() -> NamedPeople {
        NamedPeople(entityCount: entityIDs.count)
    }

    /// As `match(_:namedPeople:)`, with the words of `text` already scanned.
    func match(_ text: String, tokens: [WordTokens.Token], namedPeople: inout NamedPeople) -> VocabularyMatch {
        var result = VocabularyMatch()
        namedPeople.startSentence()
        var index = 0
        while index < tokens.count {
            var consumed = 1
            if let found = longest(in: entityTerms, tokens: tokens, at: index, stemmed: false) {
                let term = entityTerms.terms[found]
                guard case let .entity(id, kind) = term.target else { index += 1; continue }
                if term.isShortName, startsAnotherName(tokens, at: index, in: text) {
                    // "Samsung Electronics Chairman Lee Jae-yong": another Lee, whom a later bare "Lee" may mean too.
                    namedPeople.remove(term.entityNumber)
                } else if !term.isShortName || isShortNameUse(tokens, at: index, in: text, of: term, namedPeople: namedPeople) {
                    if !term.isShortName { namedPeople.insert(term.entityNumber) }
                    if kind == .person { namedPeople.mention(term.entityNumber) }
                    consumed = extent(of: id, matching: term.words.count, at: index, tokens: tokens)
                    let first = tokens[index].range.lowerBound, last = tokens[index + consumed - 1].range.upperBound
                    let start = text.utf8.index(text.utf8.startIndex, offsetBy: first)
                    let end = text.utf8.index(start, offsetBy: last - first)
                    result.entities.append(EntityMention(entityID: id, kind: kind, range: start..<end))
                    if kind == .country, looksForLeaders, let phrase = leaderPhrase(around: result.entities.count - 1, at: index,
                                                                   length: consumed, tokens: tokens, in: text) {
                        result.leaderPhrases.append(phrase)
                    }
                }
            }
            if let found = longest(in: topicTerms, tokens: tokens, at: index, stemmed: true),
               case let .topic(id) = topicTerms.terms[found].target, !result.topics.contains(id) {
                result.topics.append(id)
            }
            index += consumed
        }
        if !result.leaderPhrases.isEmpty { result.resolveLeaderPhrases(leaders, people: &namedPeople) }
        return result
    }

    /// How many words from `tokens[index]` a mention of `id` covers, its matched term having `length`: more when
    /// another name of the same entity starts inside it and goes on past it, as "Lee Jae-myung" does in
    /// "President Lee Jae-myung" after the alias "President Lee". Read as one, the name ends where the person's
    /// name does, which is where the stance and quote rules look for it ("President Lee Jae-myung proposed …").
    private func extent(of id: String, matching length: Int, at index: Int, tokens: [WordTokens.Token]) -> Int {
        var end = index + length
        var start = index + 1
        while start < end {
            if let found = longest(in: entityTerms, tokens: tokens, at: start, stemmed: false),
               case let .entity(other, _) = entityTerms.terms[found].target, other == id {
                end = max(end, start + entityTerms.terms[found].words.count)
            }
            start += 1
        }
        return end - index
    }

    /// The leader phrase ("the Vietnamese leader", `LeaderReferences`) around the country mention `mention`, whose
    /// `length` words start at `tokens[index]`: after "the", "his" or "her", before an office that no name follows.
    private func leaderPhrase(around mention: Int, at index: Int, length: Int, tokens: [WordTokens.Token],
                              in text: String) -> LeaderPhrase? {
        guard index > 0, LeaderReferences.determiners.contains(tokens[index - 1].hash),
              let (office, officeLength) = LeaderReferences.office(at: index + length, in: tokens)
        else { return nil }
        let last = index + length + officeLength - 1
        if last + 1 < tokens.count, Self.isCapitalized(text, at: tokens[last + 1].range.lowerBound) { return nil }
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: tokens[last].range.upperBound)
        let opens = index == 1 && tokens[0].range.lowerBound == 0 && tokens[0].hash == LeaderReferences.the
        return LeaderPhrase(mention: mention, office: office, end: end, opensSentence: opens)
    }

    /// Whether a bare surname or given name at `tokens[index]` stands for its person: written with a capital,
    /// and either after a title or in an article that has named the person in full. A name that is also an
    /// English function word ("Tô" of Tô Lâm folds to "to") counts only after a title: "continue to create",
    /// or "To boost trade" at the start of a sentence, is not Tô Lâm.
    private func isShortNameUse(_ tokens: [WordTokens.Token], at index: Int, in text: String, of term: Term,
                                namedPeople: NamedPeople) -> Bool {
        guard Self.isCapitalized(text, at: tokens[index].range.lowerBound) else { return false }
        if index > 0 && titleWords.contains(tokens[index - 1].hash) { return true }
        return namedPeople.contains(term.entityNumber) && !StopWords.table.contains(tokens[index].hash)
    }

    /// Whether the bare name at `tokens[index]` is the first word of someone else's full name: a capitalized word
    /// follows it after a single space ("Lee Jae-yong", "Lương Tam Quang", "Lâm Đồng" province), one that starts
    /// no configured name and is neither a day or month ("Lee Tuesday said") nor the person's office ("the Lee
    /// Administration"). The person's own full name was matched before a bare name is tried.
    private func startsAnotherName(_ tokens: [WordTokens.Token], at index: Int, in text: String) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let (name, next) = (tokens[index].range, tokens[index + 1].range)
        guard next.lowerBound == name.upperBound + 1, Self.isCapitalized(text, at: next.lowerBound) else { return false }
        guard text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: name.upperBound)] == UInt8(ascii: " ") else { return false }
        let word = tokens[index + 1].hash
        return entityTerms.run(startingWith: word) == nil && !titleWords.contains(word) && !Self.notNames.contains(word)
    }

    /// Capitalized words that may follow a bare name without being part of a name: days and months ("Lee Tuesday
    /// said"), and the offices a leader's name is put before ("the Lee Administration").
    private static let notNames = WordHashTable(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
         "may", "june", "july", "august", "september", "october", "november", "december", "administration", "government",
         "cabinet"].flatMap { WordTokens.hashes(of: $0, stemmed: false) })

    /// Whether the word starting at UTF-8 offset `offset` (a scalar's first byte) opens with a capital letter.
    static func isCapitalized(_ text: String, at offset: Int) -> Bool {
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        let byte = utf8[index]
        if byte < 0x80 { return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        return text.unicodeScalars[index].properties.isUppercase
    }

    /// The place in `table.terms` of the longest term starting at `tokens[index]`. Terms are read in
    /// place: a copy would retain a term's words and id for every try.
    private func longest(in table: TermTable, tokens: [WordTokens.Token], at index: Int, stemmed: Bool) -> Int? {
        let key = stemmed ? tokens[index].stemHash : tokens[index].hash
        guard let run = table.run(startingWith: key) else { return nil }
        var best: Int?
        var bestLength = 0
        for candidate in run {
            let length = table.terms[candidate].words.count
            guard length > bestLength, index + length <= tokens.count else { continue }
            var matches = true
            for offset in 1..<max(1, length) {
                let token = tokens[index + offset]
                if (stemmed ? token.stemHash : token.hash) != table.terms[candidate].words[offset] { matches = false; break }
            }
            if matches { best = candidate; bestLength = length }
        }
        return best
    }
}

/// What one sentence mentions.
public struct VocabularyMatch: Sendable, Hashable {
    public var entities: [EntityMention] = []
    public var topics: [String] = []
    /// Phrases such as "the Vietnamese leader" around country mentions, in order (`LeaderReferences`).
    var leaderPhrases: [LeaderPhrase] = []
    /// The person a sentence opening with a leader phrase ("The Vietnamese leader said …") stands for, when known.
    var openingLeader: String?

    /// Entity ids in order of first mention, each once; a leader phrase that stands for its person names its country too.
    public var entityIDs: [String] {
        guard leaderPhrases.contains(where: { $0.country != nil }) else { return distinctIDs(entities) }
        var ids: [String] = []
        for (index, mention) in entities.enumerated() {
            if let country = leaderPhrases.first(where: { $0.mention == index })?.country, !ids.contains(country) { ids.append(country) }
            if !ids.contains(mention.entityID) { ids.append(mention.entityID) }
        }
        return ids
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
