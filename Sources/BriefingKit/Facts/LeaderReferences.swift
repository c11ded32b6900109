/// "The Vietnamese leader said …", "Lee held talks with his Korean counterpart": a leader named by country and office.
///
/// `VocabularyMatcher` finds the phrases: "the", "his" or "her", a configured country ("Vietnamese", "Korean"), and an
/// office, not followed by a name ("the Vietnamese President Võ Văn Thưởng" names its person itself). Such a phrase
/// stands for a configured leader (a person whose title is a leader's) whose title names that country: for "president",
/// "prime minister" and the other offices, one whose title holds that office too; for "leader" and "counterpart", any.
/// A counterpart is one only of a leader the sentence names before it ("Lee held talks with his Vietnamese counterpart";
/// a minister's counterpart is a minister).
/// Of those, it is the one the article has mentioned in the most sentences so far, the last mentioned of equals (an
/// article on a state visit mentions its visitor throughout, and the party chief once); when it has mentioned none
/// of them in its last `reach` sentences, nobody (the article may have gone on to a leader the config lacks).
struct LeaderReferences: Sendable {
    /// The offices a phrase can name, as word hashes; the first `anyOfficeCount` stand for any leader.
    static let officeNames = ["leader", "counterpart", "president", "prime minister", "premier", "general secretary", "chancellor"]
    static let offices = officeNames.map { WordTokens.hashes(of: $0, stemmed: false) }
    static let anyOfficeCount = 2
    /// How many sentences back a leader must have been mentioned for a phrase to mean them.
    static let reach: Int32 = 8
    /// The place of "counterpart" in `offices`.
    static let counterpart = 1
    /// The words before the country: "the", "his", "her".
    static let determiners = WordHashTable(["the", "his", "her"].flatMap { WordTokens.hashes(of: $0, stemmed: false) })
    static let the = WordTokens.hashes(of: "the", stemmed: false)[0]

    /// A leader who may be meant: their id, their place among the configured entities (`NamedPeople`), and the offices
    /// (by place in `offices`) their title holds.
    private struct Candidate: Sendable {
        var id: String
        var number: Int
        var offices: [Int]
    }

    /// By country id, the leaders whose title names that country, in config order.
    private let candidates: [String: [Candidate]]
    /// Every configured leader, whose counterpart a phrase can name.
    private let leaderIDs: Set<String>

    /// Whether no phrase can stand for anyone: no leader's title names a configured country.
    var isEmpty: Bool { candidates.isEmpty }

    /// `numbers` gives each entity's place among the configured ones.
    init(entities: [Entity], leaderIDs: Set<String>, numbers: [String: Int]) {
        let countries = TitleCountries.of(entities)
        let officeNames = PhraseMatcher(Self.officeNames)
        var candidates: [String: [Candidate]] = [:]
        for person in entities where person.kind == .person && leaderIDs.contains(person.id) {
            guard let theirs = countries[person.id] else { continue }
            var held: [Int] = []
            officeNames.forEachMatch(inWords: WordTokens.hashes(of: person.title ?? "", stemmed: false)) { office in
                if office >= Self.anyOfficeCount && !held.contains(office) { held.append(office) }
            }
            for country in theirs {
                candidates[country, default: []].append(Candidate(id: person.id, number: numbers[person.id] ?? -1, offices: held))
            }
        }
        self.candidates = candidates
        self.leaderIDs = leaderIDs
    }

    /// Whether `mentions`, those before a phrase naming `office`, allow it: a counterpart needs a leader named before it.
    func allows(office: Int, after mentions: ArraySlice<EntityMention>) -> Bool {
        office != Self.counterpart || mentions.contains { $0.kind == .person && leaderIDs.contains($0.entityID) }
    }

    /// The leader a phrase naming `country` and the office at `office` stands for, with their place among the
    /// configured entities: of those it may mean, the one the article has mentioned in most sentences, then last.
    func person(country: String, office: Int, people: VocabularyMatcher.NamedPeople) -> (id: String, number: Int)? {
        guard let possible = candidates[country] else { return nil }
        var best: (candidate: Candidate, rank: VocabularyMatcher.NamedPeople.Rank)?
        for candidate in possible where office < Self.anyOfficeCount || candidate.offices.contains(office) {
            guard let rank = people.rank(candidate.number, within: Self.reach) else { continue }
            if best.map({ rank > $0.rank }) ?? true { best = (candidate, rank) }
        }
        return best.map { ($0.candidate.id, $0.candidate.number) }
    }

    /// The office in `offices` whose words start at `tokens[start]`, and how many words it has; the longest.
    static func office(at start: Int, in tokens: [WordTokens.Token]) -> (office: Int, length: Int)? {
        var found: (office: Int, length: Int)?
        for (index, office) in offices.enumerated() where office.count > found?.length ?? 0 && start + office.count <= tokens.count {
            var matches = true
            for offset in office.indices where tokens[start + offset].hash != office[offset] {
                matches = false
                break
            }
            if matches { found = (index, office.count) }
        }
        return found
    }

    /// Where, in UTF-8 bytes, the phrase a sentence opens with ends ("The Vietnamese leader"): "The", one to three
    /// words of a country, and an office. Read again from the text when a brief shows the person's name after it.
    static func openingEnd(of text: String) -> Int? {
        guard text.hasPrefix("The ") else { return nil }
        let words = WordTokens(text).tokens
        guard words.first?.hash == the else { return nil }
        for start in 2...4 where start < words.count {
            if let (_, length) = office(at: start, in: words) { return words[start + length - 1].range.upperBound }
        }
        return nil
    }
}

/// "the Vietnamese leader" in a sentence: around which country mention, naming which office (`LeaderReferences`).
struct LeaderPhrase: Sendable, Hashable {
    /// The country's place in `VocabularyMatch.entities`.
    var mention: Int
    /// The office's place in `LeaderReferences.offices`.
    var office: Int
    /// Where the office's last word ends.
    var end: String.Index
    /// Whether the sentence opens with the phrase, with "The".
    var opensSentence: Bool
    /// The country named, once the mention is the person's.
    var country: String?
}

extension VocabularyMatch {
    /// Makes each leader phrase that stands for a person (`LeaderReferences.person`) a mention of that person, from
    /// the country to the office, counted in `people`.
    mutating func resolveLeaderPhrases(_ references: LeaderReferences, people: inout VocabularyMatcher.NamedPeople) {
        for (place, phrase) in leaderPhrases.enumerated() {
            let country = entities[phrase.mention]
            guard references.allows(office: phrase.office, after: entities[..<phrase.mention]),
                  let person = references.person(country: country.entityID, office: phrase.office, people: people) else { continue }
            leaderPhrases[place].country = country.entityID
            entities[phrase.mention] = EntityMention(entityID: person.id, kind: .person, range: country.range.lowerBound..<phrase.end)
            people.mention(person.number)
            if phrase.opensSentence { openingLeader = person.id }
        }
    }
}
