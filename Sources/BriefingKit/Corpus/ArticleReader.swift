/// Why a file could not be read, or was read with a caveat.
public struct ReadWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): warning: \(message)" }
}

/// The result of reading one file.
public enum ReadOutcome: Sendable {
    case article(Article, warnings: [ReadWarning])
    case skipped(ReadWarning)
}

/// Turns a file's bytes into an `Article`. Pure: no file-system access.
public struct ArticleReader: Sendable {
    public init() {}

    public func read(_ data: [UInt8], file: String) -> ReadOutcome {
        guard !data.isEmpty else { return .skipped(ReadWarning(file: file, message: "empty file")) }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .skipped(ReadWarning(file: file, message: "not UTF-8 text"))
        }
        var article = Article(file: file)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
        if let first = lines.first, first.hasPrefix("date "), let date = CalendarDate(iso: first.dropFirst(5).prefix(10)) {
            article.published = ArticleTimestamp(date: date)
            let rest = first.dropFirst(15).trimmingWhitespace()
            lines[0] = rest
        }
        article.paragraphs = lines.filter { line in
            line.utf8.count > 60 && (line.hasSuffix(".") || line.hasSuffix("\"") || line.hasSuffix("\u{201D}"))
        }
        guard !article.paragraphs.isEmpty else { return .skipped(ReadWarning(file: file, message: "no article text")) }
        return .article(article, warnings: [])
    }
}
