/// Makes article number `index` of a corpus: its file name and bytes.
///
/// Everything depends only on (seed, index, count), so articles can be made
/// in any order and on any thread, and a seed always gives the same corpus.
struct ArticleFactory: Sendable {
    let seed: UInt64
    let count: Int
    /// Stories numbered below this are shared: several articles report each.
    let sharedStories: UInt64

    /// Share of articles that are not readable English text.
    static let badShare = 0.005
    /// Share of articles that report a story other articles report too.
    static let sharedShare = 0.4

    init(seed: UInt64, count: Int) {
        self.seed = seed
        self.count = count
        // About 2.5 reports per shared story.
        sharedStories = UInt64(max(1, Int(Double(count) * ArticleFactory.sharedShare / 2.5)))
    }

    func article(_ index: Int) -> (name: String, bytes: [UInt8]) {
        var rng = SeededRandom(seed: seed, stream: UInt64(index), salt: 0xA271)
        let hex = String(rng.next(), radix: 16)
        let name = "\(ArticleFactory.zeroPadded(index, 6))_\(String(repeating: "0", count: 16 - hex.count))\(hex).txt"

        let shared = rng.chance(ArticleFactory.sharedShare)
        let storyNumber = shared ? rng.next() % sharedStories : sharedStories + UInt64(index)
        let story = Story(seed: seed, number: storyNumber)

        if rng.chance(ArticleFactory.badShare) {
            let kind = rng.pick(BadFiles.Kind.allCases)
            return (name, BadFiles.make(kind, story: story, rng: &rng))
        }

        let outlet: Outlet
        if story.b.country == .vietnam {
            outlet = [Outlet.vnaVns, .joongAng, .koreaHerald, .yonhap][rng.weighted([35, 25, 18, 22])]
        } else {
            outlet = [Outlet.vnaVns, .joongAng, .koreaHerald, .yonhap][rng.weighted([5, 35, 28, 32])]
        }
        let published = story.kind == .preview
            ? story.date.adding(days: -rng.int(2...20))
            : story.date.adding(days: outlet.publicationDelay(&rng))

        var composer = Composer(rng: SeededRandom(seed: rng.next()), story: story, spelling: outlet.spelling,
                                home: outlet.home, published: published)
        let body = BodyWriter.write(story: story, composer: &composer, shared: shared)
        let page = ArticleLayouts.render(outlet, body: body, story: story, published: published, rng: &rng)
        return (name, Array(page.utf8))
    }

    static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
