/// Numbers a brief's sources in the order the brief first cites them, so footnotes read [1], [2] … down the page.
struct SourceNumbering {
    let articles: [Article]
    /// Each article's outlet (`Article.outletKey`) as a number: equal when the names are (`SelectionIndex.outlets(of:)`).
    let outletOf: [Int32]
    private(set) var entries: [SourceEntry] = []
    private var numbers: [Int: Int] = [:]

    init(articles: [Article], outletOf: [Int32]? = nil) {
        self.articles = articles
        self.outletOf = outletOf ?? SelectionIndex.outlets(of: articles).ids
    }

    /// At most this many sources are cited for one line; the rest are counted ("and 70 other reports").
    static let citationLimit = 4

    /// The source numbers of a group's reports, ascending: the shown wording's article, then one
    /// article per other outlet in corpus order, then further articles, at most `limit`. Only the
    /// articles cited get numbers, so every source listed is cited somewhere.
    mutating func cite(_ group: ReportGroup, limit: Int = citationLimit) -> [Int] {
        guard limit > 0 else { return [] }
        var chosen = [group.representative.article]
        var outlets: Set<Int32> = [outletOf[group.representative.article]]
        // A large group has thousands of reports: each loop stops once nothing more can be chosen.
        for article in group.members.articles {
            guard chosen.count < limit, outlets.count < group.outlets.count else { break }
            if !chosen.contains(article), outlets.insert(outletOf[article]).inserted { chosen.append(article) }
        }
        for article in group.members.articles {
            guard chosen.count < limit else { break }
            if !chosen.contains(article) { chosen.append(article) }
        }
        return chosen.map { cite(article: $0) }.sorted()
    }

    /// `citations` with a further group's sources, up to `citationLimit` in all.
    mutating func cite(_ group: ReportGroup, adding citations: [Int]) -> [Int] {
        Array(Set(citations + cite(group, limit: Self.citationLimit - citations.count))).sorted()
    }

    /// How many articles report a group.
    static func reportCount(_ group: ReportGroup) -> Int {
        if let digest = group.digest { return digest.articles }
        // A corpus's facts come article by article: then each new article is a change from the last.
        var count = 0, last = -1
        for article in group.members.articles {
            guard article >= last else { return Set(group.members.articles).count }
            if article != last { count += 1 }
            last = article
        }
        return count
    }

    mutating func cite(article index: Int) -> Int {
        if let number = numbers[index] { return number }
        let article = articles[index]
        let number = entries.count + 1
        entries.append(SourceEntry(number: number, outlet: article.outlet, published: article.published,
                                   updated: article.updated, title: article.title, lede: article.lede, url: article.url,
                                   file: article.file))
        numbers[index] = number
        return number
    }
}
