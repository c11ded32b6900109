/// One fact as `briefing facts --json` prints it: a documented, stable contract (README, "briefing facts").
public struct FactReport: Encodable, Sendable {
    public struct Offsets: Encodable, Sendable { public var start: Int; public var end: Int }
    public struct DateReport: Encodable, Sendable {
        public var date: String
        public var precision: String
        public var upcoming: Bool
        public var fallback: Bool
        public var expression: String
        public var method: String
    }
    public struct FigureReport: Encodable, Sendable {
        public var kind: String
        public var text: String
        public var value: Double
        public var unit: String
        public var qualifier: String?
        public var linked_to: Int?
    }
    public struct QuoteReport: Encodable, Sendable {
        public var text: String
        public var speaker: String?
        public var speaker_entity: String?
    }
    public struct StanceReport: Encodable, Sendable {
        public var actor: String
        public var act: String
        public var verb: String
    }
    public struct DecisionReport: Encodable, Sendable {
        public var chosen: Bool
        public var reason: String?
        public var score: Double
        public var reasons: [String]
    }

    /// `N.P.S`: article number (1-based, in path order), paragraph and sentence.
    public var id: String
    public var file: String
    public var paragraph: Int
    public var sentence: Int
    /// UTF-8 byte offsets in the body (paragraphs joined by a blank line).
    public var offsets: Offsets
    public var text: String
    public var entities: [String]
    /// The people "they" or "the two leaders" point to, when the sentence does not name them.
    public var implied: [String]
    /// The person an opening "He" or "She", or "The Vietnamese leader", stands for.
    public var referent: String?
    /// The organisation a closing "…, it noted." or an opening "It said …" stands for: the one the article last credited.
    public var credit_referent: String?
    public var topics: [String]
    public var event_date: DateReport
    public var dates: [DateReport]
    public var figures: [FigureReport]
    public var quotes: [QuoteReport]
    public var stances: [StanceReport]
    /// Only with `--brief`: whether the brief chose it, and why.
    public var decision: DecisionReport?

    public init(_ fact: Fact, article: Article, decision: FactDecision? = nil) {
        func report(_ date: EventDate) -> DateReport {
            DateReport(date: date.date.iso, precision: date.precision.rawValue, upcoming: date.isUpcoming,
                       fallback: date.isFallback, expression: date.expression, method: date.method(in: article))
        }
        id = fact.stableKey.description
        file = article.file
        paragraph = fact.paragraph + 1
        sentence = fact.sentence + 1
        offsets = Offsets(start: fact.bodyRange.lowerBound, end: fact.bodyRange.upperBound)
        text = fact.text
        entities = fact.entities
        implied = fact.impliedEntities
        referent = fact.referent
        credit_referent = fact.creditReferent
        topics = fact.topics
        event_date = report(fact.eventDate)
        dates = fact.dates.map(report)
        figures = fact.figures.map {
            FigureReport(kind: $0.kind.rawValue, text: $0.text, value: $0.value, unit: $0.unit, qualifier: $0.qualifier, linked_to: $0.linkedTo)
        }
        quotes = fact.quotes.map { QuoteReport(text: $0.text, speaker: $0.speakerName, speaker_entity: $0.speakerEntityID) }
        stances = fact.stances.map { StanceReport(actor: Self.actor($0.actor), act: $0.act.rawValue, verb: $0.verb) }
        self.decision = decision.map { decision in
            switch decision.outcome {
            case .chosen: return DecisionReport(chosen: true, reason: nil, score: decision.score, reasons: decision.reasons)
            case let .rejected(reason): return DecisionReport(chosen: false, reason: reason, score: decision.score, reasons: decision.reasons)
            }
        }
    }

    static func actor(_ actor: StanceActor) -> String {
        switch actor {
        case let .entity(id): return id
        case .bothSides: return "both sides"
        case .unknown: return "unknown"
        }
    }
}
