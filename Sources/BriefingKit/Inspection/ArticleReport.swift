/// How one file was read, as `briefing parse --json` prints it: a documented, stable contract (README, "briefing parse").
public struct ArticleReport: Encodable, Sendable {
    public var file: String
    public var outlet: String?
    public var title: String?
    /// ISO 8601: `yyyy-mm-dd`, or a full date-time when the time is known.
    public var published: String?
    public var updated: String?
    public var byline: [String]
    public var dateline: String?
    public var language: String?
    public var url: String?
    public var paragraphs: [String]
    public var captions: [String]
    public var sentences: [String]
    public var warnings: [String]
    /// False when the file was skipped (its warning says why).
    public var read: Bool

    /// Reads `data` as the pipeline does, without config overrides.
    public init(data: [UInt8], file: String) {
        switch ArticleReader().read(data, file: file) {
        case let .skipped(warning):
            self.init(file: file, warnings: [warning.message])
        case let .article(article, warnings):
            let splitter = SentenceSplitter()
            self.init(file: file, warnings: warnings.map(\.message))
            outlet = article.outlet
            title = article.title
            published = article.published?.iso
            updated = article.updated?.iso
            byline = article.byline
            dateline = article.dateline
            language = article.language
            url = article.url
            paragraphs = article.paragraphs
            captions = article.captions
            sentences = article.paragraphs.flatMap { paragraph in splitter.split(paragraph).map { String(paragraph[$0]) } }
            read = true
        }
    }

    private init(file: String, warnings: [String]) {
        self.file = file
        byline = []
        paragraphs = []
        captions = []
        sentences = []
        self.warnings = warnings
        read = false
    }

    enum CodingKeys: String, CodingKey {
        case file, outlet, title, published, updated, byline, dateline, language, url, paragraphs, captions, sentences, warnings, read
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(read, forKey: .read)
        for (key, value) in [(CodingKeys.outlet, outlet), (.title, title), (.published, published), (.updated, updated),
                             (.dateline, dateline), (.language, language), (.url, url)] {
            try container.encode(value, forKey: key)
        }
        try container.encode(byline, forKey: .byline)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(captions, forKey: .captions)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(warnings, forKey: .warnings)
    }
}
