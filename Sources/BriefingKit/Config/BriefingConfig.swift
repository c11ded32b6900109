/// A validated `briefings.yaml`: what to read, the vocabulary to look for, and the briefs to write.
///
/// Paths are absolute, resolved from the config file's folder so cron can run from anywhere.
public struct BriefingConfig: Sendable {
    public var file: String
    /// The folder holding the config: relative paths, and the paths shown in briefs, start here.
    public var directory: String
    public var version: Int
    public var sources: [SourceSpec]
    public var output: String
    /// The user's template folder, whose files override the defaults by name.
    public var templates: String?
    public var entities: [Entity]
    public var topics: [Topic]
    public var briefs: [BriefSpec]

    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
    public func brief(_ id: String) -> BriefSpec? { briefs.first { $0.id == id } }
}

/// Where articles come from, and what the user states about them.
public struct SourceSpec: Hashable, Sendable {
    /// A folder, a file, or a glob (`*`, `?`), absolute.
    public var path: String
    /// Overrides what the page says; the user's word wins over detection.
    public var outlet: String?
    public var url: String?
    public var published: CalendarDate?
    public var title: String?
    public var location: SourceLocation?
}

/// A person, country or organisation that facts can mention.
public struct Entity: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case person, country, organisation
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var title: String?
    public var aliases: [String]
    public var location: SourceLocation?
}

/// A subject a brief is organised by, found through its keywords.
public struct Topic: Hashable, Sendable {
    public var id: String
    public var label: String
    public var keywords: [String]
    public var location: SourceLocation?
}

/// One brief to write: what it is about and how it is laid out.
public struct BriefSpec: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case meeting, leader
    }

    public struct Meeting: Hashable, Sendable {
        public var date: CalendarDate
        public var place: String?
        /// "state visit", "phone call", "bilateral talks" …
        public var format: String?
        public var participants: [String]
    }

    public struct Window: Hashable, Sendable {
        public var from: CalendarDate?
        public var to: CalendarDate?

        public func contains(_ date: CalendarDate) -> Bool {
            if let from, date < from { return false }
            if let to, date > to { return false }
            return true
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var meeting: Meeting?
    /// The leader a leader brief is about.
    public var person: String?
    /// A fact must mention at least one of these entities.
    public var require: [String]
    public var topics: [String]
    public var window: Window
    public var formats: [OutputFormat]
    public var maxFacts: Int
    /// A template name; nil means the default for the kind.
    public var template: String?
    /// Facts containing any of these keywords are left out.
    public var exclude: [String]
    /// At most this many items per topic.
    public var maxPerTopic: Int?
    /// Only articles from these outlets or paths (globs, relative to the config); all when empty.
    public var includeSources: [String] = []
    /// Never articles from these outlets or paths.
    public var excludeSources: [String] = []
    public var location: SourceLocation?

    /// The people a brief is about: the meeting's participants, or the leader.
    public var principals: [String] {
        meeting?.participants ?? person.map { [$0] } ?? []
    }
}

/// The formats a brief can be written in.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    case markdown, text

    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .text: return "txt"
        }
    }
}
