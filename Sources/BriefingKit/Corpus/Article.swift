/// An article as an analyst reads it: who published it, when, and its clean body.
public struct Article: Hashable, Sendable {
    public var file: String
    /// nil when the page does not say and the user has not stated it: never guessed.
    public var outlet: String?
    public var title: String?
    public var published: ArticleTimestamp?
    public var updated: ArticleTimestamp?
    /// Names only.
    public var byline: [String]
    public var dateline: String?
    public var language: String
    public var url: String?
    public var paragraphs: [String]
    public var captions: [String]

    public init(file: String, outlet: String? = nil, title: String? = nil, published: ArticleTimestamp? = nil,
                updated: ArticleTimestamp? = nil, byline: [String] = [], dateline: String? = nil,
                language: String = "en", url: String? = nil, paragraphs: [String] = [], captions: [String] = []) {
        self.file = file
        self.outlet = outlet
        self.title = title
        self.published = published
        self.updated = updated
        self.byline = byline
        self.dateline = dateline
        self.language = language
        self.url = url
        self.paragraphs = paragraphs
        self.captions = captions
    }
}

/// A publication timestamp as the page states it.
public struct ArticleTimestamp: Hashable, Sendable {
    public var date: CalendarDate
    public var hour: Int?
    public var minute: Int?
    public var utcOffsetMinutes: Int?

    public init(date: CalendarDate, hour: Int? = nil, minute: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// `2025-06-13`, `2025-06-13T09:41` or `2025-06-13T09:41+09:00`.
    public var iso: String {
        guard let hour, let minute else { return date.iso }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = "\(date.iso)T\(two(hour)):\(two(minute))"
        if let offset = utcOffsetMinutes {
            text += (offset < 0 ? "-" : "+") + "\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
        }
        return text
    }
}
