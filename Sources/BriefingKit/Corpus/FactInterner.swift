extension CorpusReader {
    /// Equal texts and lists of facts made to share one copy: the same content, in a fraction of the memory.
    /// Not thread-safe: each worker has its own.
    final class FactInterner {
        /// Lists of ids (entities, topics) seen, found by a hash of their ids' bytes: `Set<[String]>` ran
        /// `Hasher` over every id of every list, three lists a fact.
        private var idSlots = HashCounter(capacity: 1_024)
        private var idLists: [[String]] = []
        private var dates: Set<[EventDate]> = []
        /// Longer words of event dates ("on Thursday afternoon"); shorter ones are stored inline.
        private var expressions: Set<String> = []
        private var stances: Set<[Stance]> = []
        private var figures: Set<[Figure]> = []
        /// Texts seen, found by `LineSet.hash`: a text is hashed eight bytes a step, not through `Hasher`.
        private var textSlots = HashCounter(capacity: 4_096)
        private var texts: [String] = []
        /// What the first fact with each text of `texts` found in it: a copy of the sentence mostly finds the same.
        private var yields: [Yield] = []

        struct Yield {
            var figures: [Figure]
            var stances: [Stance]
            var quotes: [Quote]
        }

        /// The figures of the first fact the worker kept with this text, if any: figures depend on a sentence's words alone.
        func figures(of text: String) -> [Figure]? {
            guard let slot = textSlots.value(for: LineSet.hash(text)).map(Int.init), slot < yields.count, texts[slot] == text else { return nil }
            return yields[slot].figures
        }

        func intern(_ list: inout [String]) {
            guard !list.isEmpty else { return }
            var hash = UInt64(list.count)
            for id in list { hash = StableHash.combine(hash, LineSet.hash(id)) }
            let slot = Int(idSlots.insertIfAbsent(Int32(idLists.count), for: hash))
            if slot == idLists.count {
                idLists.append(list)
            } else if idLists[slot] == list {
                list = idLists[slot]
            }
            // A different list with the same hash keeps its own copy.
        }

        func intern(_ list: inout [EventDate]) {
            Self.intern(&list, in: &dates)
        }

        /// What recurs in a fact: its text (wire copy repeats sentences word for word), entities, topics and
        /// dates, and what a copy of a sentence yields again: its figures, stances, quotes and date's words.
        /// A copy's are compared with those of the text's first fact, not hashed; a new text's stances and
        /// figures are looked up among all seen, as "The two leaders agreed" finds the same in many sentences.
        /// With 50 briefs at 100,000 articles this is an eighth of the peak memory.
        func intern(_ fact: inout Fact) {
            intern(&fact.entities)
            intern(&fact.impliedEntities)
            intern(&fact.topics)
            intern(&fact.dates)
            if fact.eventDate.expression.utf8.count > 15 {
                let (inserted, member) = expressions.insert(fact.eventDate.expression)
                if !inserted { fact.eventDate.expression = member }
            }
            guard let slot = intern(text: &fact.text) else { return }
            if slot == yields.count {
                Self.intern(&fact.stances, in: &stances)
                Self.intern(&fact.figures, in: &figures)
                yields.append(Yield(figures: fact.figures, stances: fact.stances, quotes: fact.quotes))
                return
            }
            Self.share(&fact.figures, with: yields[slot].figures)
            Self.share(&fact.stances, with: yields[slot].stances)
            Self.share(&fact.quotes, with: yields[slot].quotes)
        }

        /// The first text seen with this one's hash, if equal, and its place in `texts`; a different text with the
        /// same hash keeps its own (nil).
        private func intern(text: inout String) -> Int? {
            let slot = Int(textSlots.insertIfAbsent(Int32(texts.count), for: LineSet.hash(text)))
            if slot == texts.count {
                texts.append(text)
                return slot
            }
            guard texts[slot] == text else { return nil }
            text = texts[slot]
            return slot
        }

        private static func share<Element: Equatable>(_ list: inout [Element], with known: [Element]) {
            if !list.isEmpty && list == known { list = known }
        }

        private static func intern<Element: Hashable>(_ list: inout [Element], in known: inout Set<[Element]>) {
            guard !list.isEmpty else { return }
            let (inserted, member) = known.insert(list)
            if !inserted { list = member }
        }
    }
}

/// What a worker of `CorpusReader` has read before the article in hand: for extraction to take what depends on a
/// sentence's words alone from the first fact kept with the same words.
struct KnownTexts {
    let interner: CorpusReader.FactInterner

    /// The figures of a sentence read before word for word, or nil.
    func figures(of text: String) -> [Figure]? {
        interner.figures(of: text)
    }
}
