/// What a brief says, before any template lays it out: the model templates are written against.
public struct Brief: Sendable {
    public var spec: BriefSpec
    /// "Today" for this run: recency and "prepared on" use it.
    public var asOf: CalendarDate
    public var participants: [Entity]
    /// The chosen items, best first.
    public var items: [BriefItem]
    /// Items grouped by the brief's topics, in config order; empty sections are left out.
    public var sections: [BriefSection]
    /// Dated items, oldest first.
    public var timeline: [BriefItem]
    /// Numbered sources: an item's citations index into this list (1-based).
    public var sources: [SourceEntry]
    /// Every fact considered and what happened to it, for `briefing facts --explain`.
    public var decisions: [FactDecision]
}

/// One line of a brief: a fact, or several outlets' reports of one fact, with its sources.
public struct BriefItem: Hashable, Sendable {
    public var text: String
    public var eventDate: EventDate
    public var topics: [String]
    public var entities: [String]
    /// Source numbers, ascending.
    public var citations: [Int]
    public var score: Double
    public var reasons: [String]
    /// The facts this item stands for; the first is the wording shown.
    public var facts: [FactKey]
}

/// The items of one topic.
public struct BriefSection: Hashable, Sendable {
    public var topic: Topic
    public var items: [BriefItem]
}

/// A numbered source of a brief.
public struct SourceEntry: Hashable, Sendable {
    public var number: Int
    public var outlet: String?
    public var published: ArticleTimestamp?
    public var title: String?
    public var url: String?
    public var file: String
}

/// Whether a fact was chosen, and why.
public struct FactDecision: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case chosen
        case rejected(String)
    }

    public var fact: FactKey
    public var text: String
    public var score: Double
    public var reasons: [String]
    public var outcome: Outcome
}
