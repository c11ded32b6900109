import Foundation

/// Reads every source file once, in parallel, keeping only the facts some brief can use.
///
/// Articles stream through: each file is read, parsed and turned into facts, and only the
/// facts that pass `keep` and the article's metadata (without its body) are held.
public struct CorpusReader: Sendable {
    let reader = ArticleReader()

    public init() {}

    /// Reads `files` and extracts facts with `extract`; results are in path order whatever the scheduling.
    public func read(_ files: [SourceFile], relativeTo root: String, extract: @Sendable (Article, Int) -> [Fact]) -> Corpus {
        let results = ResultSlots<FileResult>(count: files.count)
        let chunk = max(1, min(64, files.count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        let chunks = (files.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
            for index in (chunkIndex * chunk)..<min(files.count, (chunkIndex + 1) * chunk) {
                results[index] = readOne(files[index], index: index, root: root, extract: extract)
            }
        }
        var corpus = Corpus()
        for index in 0..<files.count {
            guard let result = results[index] else { continue }
            corpus.warnings += result.warnings
            guard var article = result.article else {
                corpus.skipped += 1
                continue
            }
            let articleIndex = corpus.articles.count
            article.lede = Self.lede(of: article)
            article.paragraphs = []
            article.captions = []
            corpus.articles.append(article)
            corpus.facts += result.facts.map { fact in
                var fact = fact
                fact.article = articleIndex
                return fact
            }
        }
        corpus.index()
        return corpus
    }

    /// The first words of the first sentence: "State President Lương Cường on Thursday held phone talks …".
    static func lede(of article: Article) -> String? {
        guard let paragraph = article.paragraphs.first else { return nil }
        let sentence = SentenceSplitter().split(paragraph).first.map { paragraph[$0] } ?? paragraph[...]
        let words = sentence.split(separator: " ")
        return words.count <= 12 ? String(sentence) : words.prefix(12).joined(separator: " ") + " …"
    }

    private func readOne(_ file: SourceFile, index: Int, root: String, extract: (Article, Int) -> [Fact]) -> FileResult {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return FileResult(article: nil, facts: [], warnings: [ReadWarning(file: Paths.relative(file.path, to: root), message: "cannot be read")])
        }
        switch reader.read([UInt8](data), file: Paths.relative(file.path, to: root)) {
        case let .skipped(warning):
            return FileResult(article: nil, facts: [], warnings: [warning])
        case let .article(article, warnings):
            var stated = SourceOverrides.apply(file.source, to: article)
            let (sidecar, sidecarWarnings) = SidecarReader.read(beside: file.path, shownAs: stated.file)
            if let sidecar { stated = SourceOverrides.apply(sidecar, to: stated) }
            return FileResult(article: stated, facts: extract(stated, index), warnings: warnings + sidecarWarnings)
        }
    }

    struct FileResult: Sendable {
        var article: Article?
        var facts: [Fact]
        var warnings: [ReadWarning]
    }
}

/// What the corpus holds after one pass: articles' metadata and the facts kept.
public struct Corpus: Sendable {
    /// In path order; bodies are dropped once facts are extracted.
    public var articles: [Article] = []
    public var facts: [Fact] = []
    /// `signatures[i]` is the near-duplicate signature of `facts[i]`.
    public var signatures: [TextSignature] = []
    /// Reports of the same fact, as indices into `facts`: clustered once for every brief.
    public var reports: [[Int]] = []
    /// `reportOf[i]` is the index in `reports` of the cluster holding `facts[i]`.
    var reportOf: [Int] = []
    /// The facts naming each entity (or implying it, as "the two leaders" does), ascending.
    var factsByEntity: [String: [Int]] = [:]
    public var warnings: [ReadWarning] = []
    /// Files that could not be read as articles.
    public var skipped = 0

    public init() {}

    /// A corpus of `facts` from `articles`, indexed for selection.
    public init(articles: [Article], facts: [Fact]) {
        self.articles = articles
        self.facts = facts
        index()
    }

    /// Computes the facts' signatures (in parallel) and clusters them into reports of the same fact.
    mutating func index() {
        let facts = self.facts
        let chunks = (facts.count + 255) / 256
        let slots = ResultSlots<[TextSignature]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots[chunk] = facts[(chunk * 256)..<min(facts.count, (chunk + 1) * 256)].map { TextSignature($0.text) }
        }
        signatures = (0..<chunks).flatMap { slots[$0] ?? [] }
        reports = ReportGrouper.clusters(facts, signatures: signatures)
        reportOf = Array(repeating: 0, count: facts.count)
        for (cluster, members) in reports.enumerated() {
            for member in members { reportOf[member] = cluster }
        }
        factsByEntity = [:]
        for (index, fact) in facts.enumerated() {
            for entity in Set(fact.entities + fact.impliedEntities) { factsByEntity[entity, default: []].append(index) }
        }
    }

    /// The facts that name (or imply) any of `entities`, ascending.
    func facts(naming entities: [String]) -> [Int] {
        Array(Set(entities.flatMap { factsByEntity[$0] ?? [] })).sorted()
    }
}

/// What the user states about a source wins over what the page seems to say.
enum SourceOverrides {
    static func apply(_ source: SourceSpec, to article: Article) -> Article {
        var article = article
        if let outlet = source.outlet { article.outlet = outlet }
        if let url = source.url { article.url = url }
        if let title = source.title { article.title = title }
        if let published = source.published { article.published = ArticleTimestamp(date: published) }
        return article
    }
}

/// Fixed slots that concurrent workers fill, each slot written by exactly one worker.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }
}
