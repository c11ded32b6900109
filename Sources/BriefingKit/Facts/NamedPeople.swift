extension VocabularyMatcher {
    /// The people an article has named in full so far, and in how many of its sentences, and which last, it has
    /// mentioned each (`LeaderReferences`), by `Term.entityNumber`.
    struct NamedPeople {
        /// Likelier to be meant by "the Vietnamese leader" when higher: more sentences, then a later one.
        struct Rank: Comparable {
            var sentences: Int32
            var last: Int32

            static func < (lhs: Rank, rhs: Rank) -> Bool { (lhs.sentences, lhs.last) < (rhs.sentences, rhs.last) }
        }

        private var named: [Bool]
        private var ranks: [Rank]
        /// The sentence being matched, from 1.
        private var sentence: Int32 = 0

        init(entityCount: Int) {
            named = [Bool](repeating: false, count: entityCount)
            ranks = [Rank](repeating: Rank(sentences: 0, last: 0), count: entityCount)
        }

        func contains(_ number: Int) -> Bool { named.indices.contains(number) && named[number] }
        mutating func insert(_ number: Int) { if named.indices.contains(number) { named[number] = true } }
        /// Their bare name stands for someone else now: it counts again once they are named in full.
        mutating func remove(_ number: Int) { if named.indices.contains(number) { named[number] = false } }

        mutating func startSentence() { sentence += 1 }

        /// Counts a mention of the person in the sentence being matched (once a sentence).
        mutating func mention(_ number: Int) {
            guard ranks.indices.contains(number), ranks[number].last != sentence else { return }
            ranks[number].sentences += 1
            ranks[number].last = sentence
        }

        /// How the article has mentioned the person so far; nil if it has not, or not in its last `within` sentences.
        func rank(_ number: Int, within: Int32) -> Rank? {
            guard ranks.indices.contains(number), ranks[number].sentences > 0, sentence - ranks[number].last <= within else { return nil }
            return ranks[number]
        }
    }
}
