/// Reads a news page dump into an `Article`: decodes (character references too), drops site chrome, finds headline, dates,
/// byline, dateline, outlet, captions and body paragraphs.
public struct ArticleReader: Sendable {
    public init() {}

    /// Reads one file's bytes. Pure: no file-system access.
    public func read(_ data: [UInt8], file: String) -> ReadOutcome {
        read(data, file: file, memo: LineMemo())
    }

    /// Reads one file's bytes, taking the kinds of lines seen before from `memo`.
    func read(_ data: [UInt8], file: String, memo: LineMemo) -> ReadOutcome {
        func skip(_ message: String) -> ReadOutcome { .skipped(ReadWarning(file: file, message: message)) }
        let decodedBytes: [UInt8]
        var warnings: [ReadWarning] = []
        switch TextDecoder.decode(data) {
        case .empty: return skip("empty file")
        case .binary: return skip("binary file")
        case .text(let bytes, let notes):
            decodedBytes = bytes
            warnings += notes.map { ReadWarning(file: file, message: $0) }
        }
        let split = PageLines.split(CharacterReferences.decoded(decodedBytes))
        if split.truncatedLines > 0 {
            warnings.append(ReadWarning(file: file, message:
                "\(split.truncatedLines) line(s) longer than \(PageLines.maxLineBytes) bytes truncated"))
        }
        var lines = split.lines
        guard lines.contains(where: { !$0.isEmpty }) else { return skip("empty file") }

        let header = lines.first.flatMap(CrawlerHeader.parse)
        if header != nil { lines[0] = "" }
        lines = HardWraps.joined(lines)
        var kinds: [LineKind] = []
        kinds.reserveCapacity(lines.count)
        var nonBlank = 0
        for line in lines {
            kinds.append(memo.kind(of: line, nonBlankIndex: nonBlank, hint: header?.date))
            if !line.isEmpty { nonBlank += 1 }
        }

        var headerTitle: String?
        var headerBody: String?
        if let rest = header?.rest, !rest.isEmpty {
            if DatelineParser.parse(rest) == nil, !TextShape.isParagraph(rest), TextShape.isTitleLike(rest) {
                headerTitle = rest
            } else {
                headerBody = rest
            }
        }
        let layout = PageLayout(lines: lines, kinds: kinds, headerTitle: headerTitle, headerBody: headerBody)
        var paragraphs = layout.body
        var outlets = OutletEvidence()

        var dateline: String?
        if let first = paragraphs.first, let found = DatelineParser.parse(first) {
            dateline = found.place
            paragraphs[0] = found.rest
            if let agency = found.agency, let outlet = OutletDetector.outlet(named: agency) {
                outlets.add(outlet, rank: .signature)
            }
        }
        if let last = paragraphs.last, let closing = DatelineParser.stripClosing(last) {
            if closing.text.isEmpty { paragraphs.removeLast() } else { paragraphs[paragraphs.count - 1] = closing.text }
            if let outlet = OutletDetector.outlet(named: closing.signature) {
                outlets.add(outlet, rank: OutletDetector.isWire(closing.signature) ? .credit : .signature)
            }
        }
        paragraphs.removeAll { $0.isEmpty }
        guard !paragraphs.isEmpty else { return skip("no article text") }

        let language: String
        switch LanguageDetector.judge(paragraphs, stoppingWhenEnglish: true) {
        case .notEnglish(let share, let tokens):
            let percent = Int((share * 100).rounded())
            return skip("not English (\(percent)% English function words in \(tokens) words)")
        case .english: language = "en"
        case .undetermined: language = "und"
        }

        var stamps = StampEvidence()
        var byline: [String] = []
        func addNames(_ names: [String]) {
            for name in names where !byline.contains(name) { byline.append(name) }
        }
        for (index, kind) in kinds.enumerated() where !layout.relatedLines.contains(index) {
            switch kind {
            case .masthead(let outlet): outlets.add(outlet, rank: .masthead)
            case .selfReference(let outlet): outlets.add(outlet, rank: .selfReference)
            case .credit(let outlet?): outlets.add(outlet, rank: .credit)
            case .byline(let names): addNames(names)
            case .publication(let line):
                stamps.add(line)
                for text in [line.leading, line.trailing] where !text.isEmpty {
                    addNames(BylineParser.names(in: text) ?? [])
                }
            default: continue
            }
        }
        let published = stamps.published ?? header.map { ArticleTimestamp(date: $0.date) }
        if let headerDate = header?.date, let stated = stamps.published?.date,
           abs(stated.dayNumber - headerDate.dayNumber) > 1 {
            warnings.append(ReadWarning(file: file, message:
                "page date \(stated.iso) differs from crawler date \(headerDate.iso); using the page date"))
        }
        let article = Article(file: file, outlet: outlets.best, title: layout.title, published: published,
                              updated: stamps.updated, byline: byline, dateline: dateline, language: language,
                              url: nil, paragraphs: paragraphs, captions: layout.captions)
        return .article(article, warnings: warnings)
    }
}

/// Outlet clues ranked by how directly the page names itself; the first clue of the best rank wins.
struct OutletEvidence {
    enum Rank: Int, Comparable {
        case masthead, selfReference, signature, credit
        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private(set) var bestRank: Rank?
    private(set) var best: String?

    mutating func add(_ outlet: String, rank: Rank) {
        if let bestRank, bestRank <= rank { return }
        bestRank = rank
        best = outlet
    }
}

/// Publication stamps in page order: a labelled "Published" beats an unlabelled date; the first of each wins.
struct StampEvidence {
    private(set) var published: ArticleTimestamp?
    private(set) var updated: ArticleTimestamp?
    private var publishedIsLabelled = false

    mutating func add(_ line: PublicationLineParser.Line) {
        if let stamp = line.published, published == nil || (line.publishedIsLabelled && !publishedIsLabelled) {
            published = stamp
            publishedIsLabelled = line.publishedIsLabelled
        }
        if updated == nil { updated = line.updated }
    }
}
