/// Numbers a brief's sources in the order the brief first cites them, so footnotes read [1], [2] … down the page.
struct SourceNumbering {
    let articles: [Article]
    private(set) var entries: [SourceEntry] = []
    private var numbers: [Int: Int] = [:]

    init(articles: [Article]) {
        self.articles = articles
    }

    /// The source numbers of a group's reports, ascending.
    mutating func cite(_ group: ReportGroup) -> [Int] {
        Array(Set(group.members.map { cite(article: $0.article) })).sorted()
    }

    mutating func cite(article index: Int) -> Int {
        if let number = numbers[index] { return number }
        let article = articles[index]
        let number = entries.count + 1
        entries.append(SourceEntry(number: number, outlet: article.outlet, published: article.published,
                                   title: article.title, lede: article.lede, url: article.url, file: article.file))
        numbers[index] = number
        return number
    }
}
