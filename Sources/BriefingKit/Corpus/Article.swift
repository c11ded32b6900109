/// An article as an analyst reads it.
public struct Article: Hashable, Sendable {
    /// The path as given to the reader.
    public var file: String
    /// The outlet the page names itself (masthead, signature, credit); nil when it never says.
    public var outlet: String?
    public var title: String?
    public var published: ArticleTimestamp?
    public var updated: ArticleTimestamp?
    /// Author names only, e.g. `["Kim Gyu-tae"]`.
    public var byline: [String]
    /// The dateline place in title case, e.g. "Hà Nội", "Gyeongju", "Seoul".
    public var dateline: String?
    /// "en", or "und" when the text is too short to tell.
    public var language: String
    /// Nil from the reader; sidecar files set it later.
    public var url: String?
    /// Clean body paragraphs in reading order.
    public var paragraphs: [String]
    /// Photo captions, each once.
    public var captions: [String]
    /// The opening words of the body, kept after the body is dropped, to name an untitled article in a source list.
    public var lede: String? = nil
    /// The configured entities the article's sentences name, in the order it first names them (`ExtractedFacts`);
    /// nil for an article whose sentences were not matched against the config.
    public var named: [String]? = nil

    /// The day the piece speaks from: its publication, or its last update when it states no publication
    /// ("Updated: 2025-07-21 23:21" alone). "On Monday" and "last year" are read from it.
    public var referenceDate: CalendarDate? { published?.date ?? updated?.date }

    /// The outlet as reports are counted by outlet: its name, or "" for every article whose outlet is not known.
    /// Pages that name no outlet count as one, as they may well be one site's: a sentence on 234 such pages is not
    /// reported by 234 outlets.
    public var outletKey: String { outlet ?? "" }

    public init(file: String, outlet: String? = nil, title: String? = nil,
                published: ArticleTimestamp? = nil, updated: ArticleTimestamp? = nil,
                byline: [String] = [], dateline: String? = nil, language: String = "en",
                url: String? = nil, paragraphs: [String] = [], captions: [String] = []) {
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

/// Why a file could not be read (fully).
public struct ReadWarning: Hashable, Sendable {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
}

/// The result of reading one file: an article (perhaps with warnings) or a reason to skip it.
public enum ReadOutcome: Sendable {
    case article(Article, warnings: [ReadWarning])
    case skipped(ReadWarning)
}

extension ReadWarning: CustomStringConvertible {
    /// `file: warning: message`, as the command line prints it.
    public var description: String { "\(file): warning: \(message)" }
}
