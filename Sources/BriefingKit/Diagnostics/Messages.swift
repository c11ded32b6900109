/// Every message a user can read about their config or templates, in one place.
///
/// Tests assert against these same functions, so wording can change in one spot.
public enum Messages {
    public static func yamlSyntax(_ problem: String) -> String { "YAML syntax: \(problem)" }
    public static func emptyConfig() -> String { "the config is empty; it needs at least 'version', 'sources' and 'briefs'" }
    public static func unknownKey(_ key: String, in context: String, suggestion: String) -> String {
        "unknown key '\(key)' in \(context)\(suggestion)"
    }
    public static func duplicateKey(_ key: String) -> String { "duplicate key '\(key)'" }
    /// A source folder that exists but cannot be opened (permissions): a warning, and the rest is read.
    public static let unreadableFolder = "folder cannot be read; its articles are left out"

    public static func missingKey(_ key: String, in context: String) -> String { "\(context) is missing required key '\(key)'" }
    public static func emptyValue(_ key: String) -> String { "'\(key)' needs a value; it is empty" }
    public static func expected(_ what: String, for key: String) -> String { "'\(key)' must be \(what)" }
    public static func unsupportedVersion(_ version: String) -> String { "unsupported config version \(version); this briefing reads version 1" }
    public static func invalidDate(_ text: String, key: String) -> String {
        "'\(key)' is not a date in the form YYYY-MM-DD: '\(text)'"
    }
    public static func invalidChoice(_ text: String, key: String, choices: [String], suggestion: String) -> String {
        "'\(key)' must be one of \(choices.joined(separator: ", ")); found '\(text)'\(suggestion)"
    }
    public static func unknownEntity(_ id: String, suggestion: String) -> String {
        "unknown entity '\(id)'\(suggestion); entities are defined under 'entities:'"
    }
    public static func unknownTopic(_ id: String, suggestion: String) -> String {
        "unknown topic '\(id)'\(suggestion); topics are defined under 'topics:'"
    }
    public static func unknownTemplate(_ name: String, suggestion: String) -> String {
        "unknown template '\(name)'\(suggestion); `briefing templates` lists the names"
    }
    public static func duplicateBriefID(_ id: String, first: SourceLocation) -> String {
        "duplicate brief id '\(id)'; it is first used at \(first.line):\(first.column)"
    }
    public static func unsafeBriefID(_ id: String) -> String {
        "brief id '\(id)' cannot be a file name; use letters, digits, '-', '_' or '.', without '/', '..' or spaces"
    }
    public static func windowReversed(from: CalendarDate, to: CalendarDate) -> String {
        "window ends (\(to)) before it starts (\(from))"
    }
    public static func meetingNeeded() -> String { "a meeting brief needs 'meeting:' with a date and participants" }
    public static func personNeeded() -> String { "a leader brief needs 'person:', the id of the leader it is about" }
    public static func notAPerson(_ id: String, kind: String) -> String { "'\(id)' is a \(kind), not a person" }
    public static func notPositive(_ key: String) -> String { "'\(key)' must be a whole number of at least 1" }
    public static func noBriefs() -> String { "the config defines no briefs; add at least one under 'briefs:'" }
    public static func unknownBriefID(_ id: String, suggestion: String) -> String {
        "no brief with id '\(id)'\(suggestion); `briefing list` shows the ids"
    }
}
