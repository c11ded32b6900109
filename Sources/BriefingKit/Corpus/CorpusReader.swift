import Foundation

/// Reads every source file once, in parallel, keeping only the facts some brief can use.
///
/// Articles stream through: each file is read, parsed and turned into facts, and only the
/// facts that pass `keep` and the article's metadata (without its body) are held.
public struct CorpusReader: Sendable {
    let reader = ArticleReader()

    public init() {}

    /// Reads `files` and extracts facts with `extract`; results are in path order whatever the scheduling.
    /// `progress`, when given, is told after each batch of files how far the reading has got. `people` are the
    /// ids of the configured people: reports naming none of the same people are not one report (`Corpus.index`).
    /// `afterReading` is called once every file is read, before the facts are indexed.
    public func read(_ files: [SourceFile], relativeTo root: String, people: Set<String> = [], progress: ReadProgress.Handler? = nil,
                     afterReading: () -> Void = {}, extract: @Sendable (Article, Int) -> [Fact]) -> Corpus {
        read(files, relativeTo: root, people: people, progress: progress, afterReading: afterReading,
             extract: { article, index in ExtractedFacts(facts: extract(article, index), named: []) }, named: false)
    }

    /// As `read(_:relativeTo:people:progress:afterReading:extract:)`, with each article learning what its sentences
    /// name (`Article.named`) when `named`.
    public func read(_ files: [SourceFile], relativeTo root: String, people: Set<String> = [], progress: ReadProgress.Handler? = nil,
                     afterReading: () -> Void = {}, extract: @Sendable (Article, Int) -> ExtractedFacts, named: Bool = true) -> Corpus {
        read(files, relativeTo: root, people: people, progress: progress, afterReading: afterReading,
             extract: { article, index, _ in extract(article, index) }, named: named)
    }

    /// As `read(_:relativeTo:people:progress:afterReading:extract:named:)`, with `extract` also given what the worker
    /// reading the article has read before (`KnownTexts`): wire copy repeats sentences word for word, and what
    /// depends on a sentence's words alone need not be worked out again.
    func read(_ files: [SourceFile], relativeTo root: String, people: Set<String> = [], progress: ReadProgress.Handler? = nil,
              afterReading: () -> Void = {}, extract: @Sendable (Article, Int, KnownTexts) -> ExtractedFacts, named: Bool = true) -> Corpus {
        var results = readFiles(files, relativeTo: root, progress: progress, named: named, extract: extract)
        var corpus = Corpus()
        // Where each file's article and facts land follows from the counts alone, so they are moved
        // there on all cores; copying them one by one would retain (and later release) every field.
        var places = [Place?](repeating: nil, count: files.count)
        var articleCount = 0, factCount = 0
        for index in results.indices {
            if !results[index].warnings.isEmpty { corpus.warnings += results[index].warnings }
            guard results[index].article != nil else {
                corpus.skipped += 1
                continue
            }
            places[index] = Place(article: articleCount, firstFact: factCount)
            articleCount += 1
            factCount += results[index].staged?.range.count ?? 0
        }
        // Sized once: growing by doubling would hold up to twice the facts at the peak.
        var facts: [Fact] = []
        corpus.articles = [Article](unsafeUninitializedCapacity: articleCount) { articleSlots, articlesMoved in
            facts = [Fact](unsafeUninitializedCapacity: factCount) { factSlots, factsMoved in
                results.withUnsafeMutableBufferPointer { results in
                    Self.move(results, to: places, articles: SendablePointer(articleSlots.baseAddress),
                              facts: SendablePointer(factSlots.baseAddress))
                }
                factsMoved = factCount
            }
            articlesMoved = articleCount
        }
        // Every slot has been emptied; the slots go before indexing, which is where memory peaks.
        results = []
        // Consumed, so that indexing, which rewrites texts, finds the array not shared and copies nothing.
        corpus.facts = consume facts
        afterReading()
        corpus.index(people: people)
        return corpus
    }

    /// Each file's article and kept facts, in path order. The workers' line memos and interners go when it
    /// returns: they would otherwise be held while the facts are indexed, where memory peaks.
    private func readFiles(_ files: [SourceFile], relativeTo root: String, progress: ReadProgress.Handler?, named: Bool,
                           extract: @Sendable (Article, Int, KnownTexts) -> ExtractedFacts) -> [FileResult] {
        let chunk = max(1, min(64, files.count / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        let tally = ReadTally(total: files.count)
        let memos = ScratchPool { LineMemo() }
        let interners = ScratchPool { FactInterner() }
        let stages = ScratchPool { FactStage() }
        // Each worker fills the slots of its own files.
        return [FileResult](unsafeUninitializedCapacity: files.count) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress)
            concurrentChunks(of: files.count, chunk: chunk) { range in
                guard let slots = base.pointer else { return }
                var facts = 0
                memos.with { memo in
                    interners.with { interner in
                        stages.with { stage in
                            for index in range {
                                var result = readOne(files[index], index: index, root: root, memo: memo, named: named) {
                                    extract($0, $1, KnownTexts(interner: interner))
                                }
                                // Texts, and sets of entities, topics and dates, recur across thousands of facts: the
                                // worker's facts share one copy of each, and the others are freed while it reads on.
                                for position in result.facts.indices { interner.intern(&result.facts[position]) }
                                facts += result.facts.count
                                if !result.facts.isEmpty { result.staged = stage.stage(&result.facts) }
                                (slots + index).initialize(to: result)
                            }
                        }
                    }
                }
                let read = tally.add(files: range.count, facts: facts)
                if let progress { progress(read) }
            }
            initialized = files.count
        }
    }

    /// Where a file's article and its first fact go in the corpus.
    struct Place: Sendable {
        var article: Int
        var firstFact: Int
    }

    /// Moves each file's article and facts (which learn their article's index) to its place, on all cores.
    /// The buffers hold exactly as many articles and facts as the places name.
    private static func move(_ results: UnsafeMutableBufferPointer<FileResult>, to places: [Place?],
                             articles: SendablePointer<Article>, facts: SendablePointer<Fact>) {
        let base = SendablePointer(results.baseAddress)
        concurrentChunks(of: results.count, chunk: 256) { range in
            guard let results = base.pointer else { return }
            for index in range {
                guard let place = places[index], let article = results[index].article.take() else { continue }
                articles.pointer?.advanced(by: place.article).initialize(to: consume article)
                guard let staged = results[index].staged.take(), let slots = facts.pointer?.advanced(by: place.firstFact) else { continue }
                staged.slab.moveOut(staged.range, to: slots)
                for offset in 0..<staged.range.count { slots[offset].article = place.article }
            }
        }
    }

    /// The first words of the first sentence: "State President Lương Cường on Thursday held phone talks …".
    static func lede(of article: Article) -> String? {
        guard let paragraph = article.paragraphs.first else { return nil }
        let sentence = SentenceSplitter().firstSentence(paragraph).map { paragraph[$0] } ?? paragraph[...]
        // Lines are normalised (single spaces), so the twelfth space ends the twelfth word: found in the bytes.
        let twelfthSpace: Int? = UTF8Scalars.withBytes(of: sentence) { bytes in
            var spaces = 0
            for offset in bytes.indices where bytes[offset] == 0x20 {
                spaces += 1
                if spaces == 12 { return offset }
            }
            return nil
        }
        guard let twelfthSpace else { return String(sentence) }
        return String(sentence[..<sentence.utf8.index(sentence.startIndex, offsetBy: twelfthSpace)]) + " …"
    }

    private func readOne(_ file: SourceFile, index: Int, root: String, memo: LineMemo, named: Bool,
                         extract: (Article, Int) -> ExtractedFacts) -> FileResult {
        guard let data = FileBytes.read(file.path) else {
            return FileResult(article: nil, facts: [], warnings: [ReadWarning(file: Paths.relative(file.path, to: root), message: "cannot be read")])
        }
        switch reader.read(data, file: Paths.relative(file.path, to: root), memo: memo) {
        case let .skipped(warning):
            return FileResult(article: nil, facts: [], warnings: [warning])
        case let .article(article, warnings):
            var stated = SourceOverrides.apply(file.source, to: article)
            let (sidecar, sidecarWarnings) = file.hasSidecar == false ? (nil, [])
                : SidecarReader.read(beside: file.path, shownAs: stated.file)
            if let sidecar { stated = SourceOverrides.apply(sidecar, to: stated) }
            let extracted = extract(stated, index)
            if named { stated.named = extracted.named }
            let facts = extracted.facts
            // Only the metadata stays: the body is dropped as soon as its facts are out.
            stated.lede = Self.lede(of: stated)
            stated.paragraphs = []
            stated.captions = []
            return FileResult(article: stated, facts: facts, warnings: warnings + sidecarWarnings)
        }
    }

    struct FileResult: Sendable {
        var article: Article?
        /// The facts as read; the worker moves them to `staged`.
        var facts: [Fact]
        var warnings: [ReadWarning]
        var staged: StagedFacts?
    }
}

/// What the corpus holds after one pass: articles' metadata and the facts kept.
public struct Corpus: Sendable {
    /// In path order; bodies are dropped once facts are extracted.
    public var articles: [Article] = []
    public var facts: [Fact] = []
    /// `signatures[i]` is the near-duplicate signature of `facts[i]`, as selection compares it (`TextSignature.comparable`).
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
    /// `people` as `CorpusReader.read` takes them.
    public init(articles: [Article], facts: [Fact], people: Set<String> = []) {
        self.articles = articles
        self.facts = facts
        index(people: people)
    }

    /// Computes the facts' signatures (in parallel) and clusters them into reports of the same fact; two texts
    /// that name different ones of `people`, and none the same, are not one report.
    mutating func index(people: Set<String>) {
        // Wire copy repeats sentences word for word: each distinct text is kept once (its copies share
        // the string's storage; each worker already shared those it read) and signed once (they share
        // the signature's too).
        // Texts are hashed on every core and matched in one pass; copies are confirmed by comparing the
        // texts, and take the first one's storage, on every core again. The rare text whose hash an earlier,
        // different text has is looked up by its text instead.
        let hashes: [UInt64]
        do {
            // Scoped, so that the array is not shared when its texts are rewritten below (no copy).
            let facts = self.facts
            hashes = concurrentMap(indices: facts.count) { Self.textKey(facts[$0]) }
        }
        var original = HashCounter.firstOccurrences(of: hashes)
        let collision = -1
        let count = original.count
        self.facts.withUnsafeMutableBufferPointer { facts in
            original.withUnsafeMutableBufferPointer { original in
                let facts = SendablePointer(facts.baseAddress), original = SendablePointer(original.baseAddress)
                // Only copies are written, and only firsts are read besides them: no fact is both.
                concurrentChunks(of: count, chunk: 1_024) { range in
                    guard let facts = facts.pointer, let original = original.pointer else { return }
                    for index in range where original[index] != index {
                        let first = original[index]
                        if facts[first].text == facts[index].text, facts[first].impliedEntities == facts[index].impliedEntities {
                            facts[index].text = facts[first].text
                        } else {
                            original[index] = collision
                        }
                    }
                }
            }
        }
        var collided: [String: Int] = [:]
        var distinct: [Int] = []
        for index in original.indices {
            if original[index] == collision {
                let text = self.facts[index].text, key = ([text] + self.facts[index].impliedEntities).joined(separator: "\u{1}")
                let first = collided[key, default: index]
                if first == index { collided[key] = index } else { self.facts[index].text = self.facts[first].text }
                original[index] = first
            }
            if original[index] == index { distinct.append(index) }
        }
        let facts = self.facts
        let textOf: [Int] = {
            var positions = [Int](repeating: 0, count: facts.count)
            for (position, index) in distinct.enumerated() { positions[index] = position }
            return original.map { positions[$0] }
        }()
        let comparable: [TextSignature]
        do {
            let signed = distinct.concurrentMap(chunk: 256) { TextSignature(facts[$0].text) }
            // Each distinct text is clustered once (its copies count in the IDF) and its copies join its cluster.
            reports = ReportGrouper.clusters(facts, texts: distinct, textOf: textOf, signatures: signed, people: people)
            // Selection only compares MinHashes: the token sets go (scoped, so they are freed here).
            comparable = signed.map(\.comparable)
        }
        // Each fact takes its text's signature on every core (wire copies share one).
        signatures = textOf.concurrentMap { comparable[$0] }
        reportOf = Array(repeating: 0, count: facts.count)
        for (cluster, members) in reports.enumerated() {
            for member in members { reportOf[member] = cluster }
        }
        factsByEntity = Self.factsByEntity(facts)
    }

    /// What makes two facts one text for clustering: their words, and the people "the two leaders" or "they" stands for
    /// in them. "The two leaders discussed …" of Lee and Cường and the same words of Yoon and Trọng are two texts.
    static func textKey(_ fact: Fact) -> UInt64 {
        let words = LineSet.hash(fact.text)
        return fact.impliedEntities.reduce(words) { StableHash.combine($0, StableHash.fnv1a($1)) }
    }

    /// The facts naming or implying each entity, ascending. Each core lists a run of the facts; a later
    /// run's facts all come after an earlier one's, so the runs' lists are joined in order.
    /// Entities are distinct within a fact, and implied ones are never among them.
    static func factsByEntity(_ facts: [Fact]) -> [String: [Int]] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, facts.count / 16_384))
        let partSize = (facts.count + parts - 1) / parts
        let listed = ResultSlots<[String: [Int]]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var slotOf: [String: Int] = [:]
            var lists: [[Int]] = []
            func add(_ entity: String, _ index: Int) {
                if let slot = slotOf[entity] {
                    lists[slot].append(index)
                } else {
                    slotOf[entity] = lists.count
                    lists.append([index])
                }
            }
            // Each fact's lists are read in place: a copy of the fact would retain every field of it.
            for index in (part * partSize)..<min(facts.count, (part + 1) * partSize) {
                for entity in facts[index].entities { add(entity, index) }
                for entity in facts[index].impliedEntities { add(entity, index) }
            }
            listed[part] = slotOf.mapValues { lists[$0] }
        }
        var byEntity = listed.take(0) ?? [:]
        for part in 1..<max(1, parts) {
            for (entity, list) in listed.take(part) ?? [:] { byEntity[entity, default: []] += list }
        }
        return byEntity
    }

    /// The facts that name (or imply) any of `entities`, ascending.
    func facts(naming entities: [String]) -> [Int] {
        let lists = Set(entities).compactMap { factsByEntity[$0] }
        if lists.count == 1 { return lists[0] }
        // Each list is ascending: sorting their concatenation merges runs; then drop repeats.
        var all = lists.flatMap { $0 }
        all.sort()
        var unique = 0
        for index in all.indices where index == 0 || all[index] != all[index - 1] {
            all[unique] = all[index]
            unique += 1
        }
        all.removeLast(all.count - unique)
        return all
    }
}

/// How far a read has got: what `generate` shows on an interactive terminal.
public struct ReadProgress: Sendable {
    public typealias Handler = @Sendable (ReadProgress) -> Void
    public var filesRead: Int
    public var totalFiles: Int
    public var factsKept: Int
}

/// Counts files read and facts kept across workers.
final class ReadTally: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: ReadProgress

    init(total: Int) {
        progress = ReadProgress(filesRead: 0, totalFiles: total, factsKept: 0)
    }

    /// Facts kept so far (all of them once the workers are done).
    var factsKept: Int { lock.withLock { progress.factsKept } }

    func add(files: Int, facts: Int) -> ReadProgress {
        lock.withLock {
            progress.filesRead += files
            progress.factsKept += facts
            return progress
        }
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

    /// The value at `index`, leaving the slot empty so that its memory goes as soon as the caller is done.
    func take(_ index: Int) -> Value? {
        lock.withLock {
            defer { values[index] = nil }
            return values[index]
        }
    }
}

extension ReadProgress {
    /// "Reading 12,345 of 100,000 files · 98,765 facts kept · 3.2 s".
    public func line(elapsed seconds: Double) -> String {
        let verb = filesRead < totalFiles ? "Reading" : "Read"
        let time = String(Int(seconds)) + "." + String(Int(seconds * 10) % 10)
        return "\(verb) \(Self.grouped(filesRead)) of \(Self.grouped(totalFiles)) files · "
            + "\(Self.grouped(factsKept)) facts kept · \(time) s"
    }

    /// 1234567 → "1,234,567", whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
