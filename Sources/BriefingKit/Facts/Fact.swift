/// One sentence of an article, with what it mentions and when its event happened: the unit of every brief.
public struct Fact: Hashable, Sendable {
    // Positions in twenty bytes rather than five words: a run with 50 briefs holds over a million facts.
    // A position past two billion, or an offset past four billion bytes (no article has one), is held at the largest.
    private var storedArticle: Int32
    private let storedParagraph: Int32
    private let storedSentence: Int32
    private let bodyStart: UInt32
    private let bodyEnd: UInt32

    /// Index of the article in the corpus (sorted by path).
    public var article: Int {
        get { Int(storedArticle) }
        set { storedArticle = Int32(clamping: newValue) }
    }
    public var paragraph: Int { Int(storedParagraph) }
    public var sentence: Int { Int(storedSentence) }
    /// UTF-8 offsets in the body (paragraphs joined by a blank line).
    public var bodyRange: Range<Int> { Int(bodyStart)..<Int(bodyEnd) }
    public var text: String
    /// Entity ids, in order of first mention.
    public var entities: [String]
    /// People the sentence means without naming them: the pair a plural reference ("the two leaders") points to, and
    /// the person an opening "He" or "She" stands for (`referent`). A brief that requires them takes the sentence.
    public var impliedEntities: [String] = []
    /// The person an opening "He" or "She" stands for (the subject of the sentence before), or an opening
    /// "The Vietnamese leader" (`LeaderReferences`; then among `entities` too).
    public var referent: String?
    /// The organisation a closing "…, it noted." or an opening "It said …" stands for: the one the article last
    /// credited at the end of a sentence ("…, Lee's office said."), as written there (`CreditReferences`).
    public var creditReferent: String?
    /// "Phone call", "Talks" …: set when the sentence reports a contact between two or more people.
    public var contactFormat: String?
    public var topics: [String]
    /// When the sentence's own event happened (or is due).
    public var eventDate: EventDate
    /// Every date the sentence mentions, including background years ("since 1992") and targets ("by 2030").
    public var dates: [EventDate] = []
    public var figures: [Figure] = []
    /// Quotations that start in this sentence (one may run over the next sentences).
    public var quotes: [Quote] = []
    /// Who agreed, proposed, asked, pledged … in this sentence.
    public var stances: [Stance] = []

    public init(article: Int, paragraph: Int, sentence: Int, bodyRange: Range<Int>, text: String, entities: [String],
                topics: [String], eventDate: EventDate) {
        storedArticle = Int32(clamping: article)
        storedParagraph = Int32(clamping: paragraph)
        storedSentence = Int32(clamping: sentence)
        bodyStart = UInt32(clamping: bodyRange.lowerBound)
        bodyEnd = UInt32(clamping: bodyRange.upperBound)
        self.text = text
        self.entities = entities
        self.topics = topics
        self.eventDate = eventDate
    }

    /// A key that orders facts the same way in every run.
    public var stableKey: FactKey { FactKey(article: article, paragraph: paragraph, sentence: sentence) }
}

/// Article, paragraph, sentence: the position of a fact in the corpus.
public struct FactKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Twelve bytes rather than three words: selection keeps one for every fact of the corpus. A position past
    // two billion (no article has one) is held at the largest.
    private let storedArticle: Int32
    private let storedParagraph: Int32
    private let storedSentence: Int32

    public var article: Int { Int(storedArticle) }
    public var paragraph: Int { Int(storedParagraph) }
    public var sentence: Int { Int(storedSentence) }

    public init(article: Int, paragraph: Int, sentence: Int) {
        storedArticle = Int32(clamping: article)
        storedParagraph = Int32(clamping: paragraph)
        storedSentence = Int32(clamping: sentence)
    }

    public static func < (lhs: FactKey, rhs: FactKey) -> Bool {
        (lhs.storedArticle, lhs.storedParagraph, lhs.storedSentence) < (rhs.storedArticle, rhs.storedParagraph, rhs.storedSentence)
    }

    public var description: String { "\(article + 1).\(paragraph + 1).\(sentence + 1)" }
}
