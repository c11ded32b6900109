/// What a brief says, before any template lays it out: the model templates are written against.
public struct Brief: Sendable {
    public var spec: BriefSpec
    /// "Today" for this run: recency and "prepared on" use it.
    public var asOf: CalendarDate
    public var participants: [Entity]
    /// Our principal: the first participant, or the leader of a leader brief.
    public var principal: Entity?
    /// The other participants.
    public var counterparts: [Entity]
    /// The chosen items, best first (at most `max_facts`).
    public var items: [BriefItem]
    /// The top items, the brief's summary.
    public var keyPoints: [BriefItem]
    /// The most recent meeting or call between the participants before the meeting (or before today).
    public var lastContact: Contact?
    /// Meetings and calls, newest first (leader briefs: the leader's engagements).
    public var engagements: [Contact]
    public var agreements: [BriefItem]
    /// What the counterparts proposed, asked for or invited.
    public var counterpartAsks: [BriefItem]
    /// What our principal proposed or asked for.
    public var principalAsks: [BriefItem]
    /// What either side pledged.
    public var commitments: [BriefItem]
    /// The chosen items that are not key points, by topic in config order; empty sections left out.
    public var sections: [BriefSection]
    /// Dated events, oldest first.
    public var timeline: [TimelineEntry]
    public var figures: [KeyFigure]
    public var quotes: [BriefQuote]
    /// The topics the brief's facts touch, most frequent first (leader briefs: what they speak about).
    public var topicCounts: [(topic: Topic, count: Int)]
    /// Numbered sources: citations index into this list (1-based).
    public var sources: [SourceEntry]
    /// Every fact considered and what happened to it, for `briefing facts --explain`.
    public var decisions: [FactDecision]
}

/// One line of a brief: a fact, or several outlets' reports of one fact, with its sources.
public struct BriefItem: Hashable, Sendable {
    public var text: String
    /// When it was said or done: the event's day when the sentence gives one, else the day it was published.
    public var reportedOn: CalendarDate
    public var eventDate: EventDate
    public var topics: [String]
    public var entities: [String]
    /// Source numbers, ascending: at most four.
    public var citations: [Int]
    /// How many articles report it; more than `citations.count` when some are not cited.
    public var reports: Int
    public var score: Double
    public var reasons: [String]
    /// The facts this item stands for; the first is the wording shown.
    public var facts: [FactKey]
    /// Who did what, when the item reports a stance ("Proposal by Lương Cường").
    public var attribution: String?
    /// Set when outlets disagree on a figure: "Korea JoongAng Daily [2]: 25 minutes; Viet Nam News [3]: 30 minutes".
    public var discrepancy: String?
    /// Names shown in brackets inside `text`, which stays as the source wrote it (`NamedReferents`).
    public var insertion: Insertion?
    /// The source a closing "…, it noted." stands for, in brackets after "it"; its offset counts back from the
    /// end of `text` (`NamedReferents.closingInsertion`).
    public var closingInsertion: Insertion? = nil

    /// Words put into a sentence for the reader: "They [Lee Jae-myung and Lương Cường] also …".
    public struct Insertion: Hashable, Sendable {
        /// Where in the text, as a UTF-8 offset: after the words they explain.
        public var offset: Int
        /// What goes inside the brackets.
        public var names: String
    }
}

/// The items of one topic.
public struct BriefSection: Hashable, Sendable {
    public var topic: Topic
    public var items: [BriefItem]
}

/// A meeting, call or visit between principals.
public struct Contact: Hashable, Sendable {
    public var date: EventDate
    /// "Phone call", "Talks", "State visit" …
    public var format: String
    public var counterparts: [Entity]
    public var text: String
    public var citations: [Int]
}

/// A dated event for the timeline.
public struct TimelineEntry: Hashable, Sendable {
    public var date: EventDate
    public var text: String
    public var citations: [Int]
    /// Names in brackets inside `text`, as an item's (`BriefItem.insertion`), when the entry is a fact's own wording.
    public var insertion: BriefItem.Insertion? = nil
    public var closingInsertion: BriefItem.Insertion? = nil
}

/// A number worth remembering, with what it measures.
public struct KeyFigure: Hashable, Sendable {
    public var figure: Figure
    /// What it measures: "bilateral trade target", "economic growth", "call".
    public var measure: String
    public var date: EventDate
    public var citations: [Int]
}

/// A quotation with its speaker.
public struct BriefQuote: Hashable, Sendable {
    public var text: String
    public var speaker: String
    public var speakerTitle: String?
    public var date: EventDate
    public var citations: [Int]
}

/// A numbered source of a brief.
public struct SourceEntry: Hashable, Sendable {
    public var number: Int
    public var outlet: String?
    public var published: ArticleTimestamp?
    /// When the page says it was updated; shown in place of `published` when that is missing.
    public var updated: ArticleTimestamp?
    public var title: String?
    /// The opening words, for an article without a title.
    public var lede: String?
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
