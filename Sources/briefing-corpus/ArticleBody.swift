/// The words of one article, before an outlet's layout puts chrome around them.
struct ArticleBody {
    var headline: String
    /// Photo captions, without credit.
    var captions: [String]
    /// Paragraphs; the first is the lead.
    var paragraphs: [String]
}

/// Writes the body of an article about a story: a lead, the story's facts in
/// this outlet's words, facts of its own about the same meeting, and context
/// sentences, in 6-20 paragraphs of 1-3 sentences.
enum BodyWriter {
    /// `shared`: the story has other reports, and some facts reuse the story's wording.
    static func write(story: Story, composer: inout Composer, shared: Bool) -> ArticleBody {
        var headlineRNG = SeededRandom(seed: composer.rng.next())
        let headline = Headlines.headline(for: story, spelling: composer.spelling, rng: &headlineRNG)

        composer.topic = story.topics.count > 1 ? story.topics[1] : story.topics[0]
        composer.speaker = 0
        var captionComposer = composer // captions name people in full, independently of the text
        captionComposer.rng = SeededRandom(seed: composer.rng.next())
        var captions = [captionComposer.sentence(BackgroundBank.captions)]
        if composer.rng.chance(0.4) { captions.append(captionComposer.sentence(BackgroundBank.captions)) }

        let lead = shared && composer.rng.chance(0.3)
            ? composer.sharedSentence(SentenceBank.leads(story.kind), seed: story.wording)
            : composer.sentence(SentenceBank.leads(story.kind))

        let paragraphCount = composer.rng.chance(0.8) ? composer.rng.int(6...12) : composer.rng.int(13...20)
        var sizes: [Int] = []
        for _ in 0..<paragraphCount { sizes.append([1, 2, 3][composer.rng.weighted([40, 45, 15])]) }
        let sentenceCount = sizes.reduce(0, +)
        // About a quarter context, the rest facts about the story.
        let contextCount = max(1, sentenceCount / 4 + composer.rng.int(-1...1))

        var facts: [String] = []
        for fact in story.facts where composer.rng.chance(0.85) {
            composer.speaker = fact.speaker
            composer.topic = fact.topic
            let templates = story.kind == .preview ? SentenceBank.expected : SentenceBank.facts(fact.stance)
            facts.append(shared && composer.rng.chance(0.45)
                ? composer.sharedSentence(templates, seed: fact.wording)
                : composer.sentence(templates))
        }
        while facts.count < sentenceCount - 1 - contextCount {
            composer.speaker = composer.rng.below(2)
            composer.topic = composer.rng.pick(story.topics)
            let templates = story.kind == .preview ? SentenceBank.expected : SentenceBank.facts(composer.rng.pick(Stance.allCases))
            facts.append(composer.sentence(templates))
        }
        var context = ContextPicker(story: story, rng: &composer.rng)
        var sentences = [lead]
        var remainingFacts = facts[...]
        while sentences.count < sentenceCount {
            let contextLeft = sentenceCount - sentences.count - remainingFacts.count
            if let fact = remainingFacts.first, contextLeft <= 0 || composer.rng.chance(0.7) {
                sentences.append(fact)
                remainingFacts = remainingFacts.dropFirst()
            } else {
                composer.topic = composer.rng.pick(story.topics)
                composer.speaker = composer.rng.below(2)
                sentences.append(composer.sentence([context.next(&composer.rng)]))
            }
        }

        var paragraphs: [String] = []
        var cursor = 0
        for size in sizes where cursor < sentences.count {
            let end = min(cursor + size, sentences.count)
            paragraphs.append(sentences[cursor..<end].joined(separator: " "))
            cursor = end
        }
        return ArticleBody(headline: headline, captions: captions, paragraphs: paragraphs)
    }
}

/// Hands out context templates without repeating one within an article.
struct ContextPicker {
    private var order: [Template]
    private var position = 0

    init(story: Story, rng: inout SeededRandom) {
        var bank = BackgroundBank.context + BackgroundBank.aside
        if story.b.country == .vietnam { bank += BackgroundBank.vietnamContext }
        order = rng.sample(bank, count: bank.count)
    }

    mutating func next(_ rng: inout SeededRandom) -> Template {
        guard position < order.count else { return rng.pick(order) }
        position += 1
        return order[position - 1]
    }
}
