/// Turns an article's body into facts; holds everything compiled once for the whole corpus.
public struct FactExtractor: Sendable {
    let vocabulary: VocabularyMatcher
    let splitter = SentenceSplitter()
    let dates = EventDateResolver()

    public init(entities: [Entity], topics: [Topic]) {
        vocabulary = VocabularyMatcher(entities: entities, topics: topics)
    }

    /// Every sentence of the article as a fact; `keep` decides which are worth holding on to.
    public func facts(of article: Article, index: Int, keep: (Fact) -> Bool = { _ in true }) -> [Fact] {
        var facts: [Fact] = []
        var namedPeople = Set<String>()
        var bodyOffset = 0
        let published = article.published?.date ?? CalendarDate(dayNumber: 0)
        for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
            for (sentenceIndex, range) in splitter.split(paragraph).enumerated() {
                let text = String(paragraph[range])
                let match = vocabulary.match(text, namedPeople: &namedPeople)
                let start = bodyOffset + paragraph.utf8.distance(from: paragraph.startIndex, to: range.lowerBound)
                let fact = Fact(
                    article: index, paragraph: paragraphIndex, sentence: sentenceIndex,
                    bodyRange: start..<(start + text.utf8.count), text: text,
                    entities: match.entityIDs, topics: match.topics,
                    eventDate: dates.resolve(text, published: published))
                if keep(fact) { facts.append(fact) }
            }
            bodyOffset += paragraph.utf8.count + 2
        }
        return facts
    }
}
