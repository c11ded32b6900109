/// The two shapes of Korea JoongAng Daily pages in the crawl.
enum JoongAngLayout {
    private static let nbspLine = "\u{00A0}"
    private static let commentBox = """
        Log in to Twitter or Facebook account to connect
        with the Korea JoongAng Daily
        help-image Social comment?
        s
        lock icon

        To write comments, please log in to one of the accounts.

        Standards Board Policy (0/250\u{C790})
        """
    private static let credits = ["[JOINT PRESS CORPS]", "[PRESIDENTIAL OFFICE]", "[YONHAP]", "[NEWS1]", "[EPA/YONHAP]"]
    private static let sections = ["National > Diplomacy", "National > Politics", "Business > Economy",
                                   "Business > Industry", "National > North Korea"]

    /// Masthead, breadcrumb, duplicated caption, NBSP-separated paragraphs, tags, related lists, comment box.
    static func fullPage(_ body: ArticleBody, story: Story, published: CivilDate, rng: inout SeededRandom) -> String {
        var page = rng.chance(0.85) ? ArticleLayouts.crawlerHeader(published, body.headline) : ""
        let section = rng.pick(sections)
        page += "Korea JoongAng Daily\n\nHome > \(section)\n\nprint dictionary print\n\n\(body.headline)\n\n"
        page += "Published: \(published.joongAng), \(ArticleLayouts.clock(&rng))\n"
        for caption in body.captions.prefix(1) {
            let credited = "\(caption) \(rng.pick(credits))"
            page += "\(credited)\n\n\(credited)\n\n"
        }
        page += "\(nbspLine)\n"
        for (index, paragraph) in body.paragraphs.enumerated() {
            page += "\(paragraph)\n\(nbspLine)\n"
            if index == 1, rng.chance(0.6) { page += "\nRelated Article\n\n" }
        }
        page += "\n"
        if rng.chance(0.5) { page += "Yonhap\n" }
        let tags = [story.b.country.name(.plain), story.a.plain, story.b.plain, "Korea", "Southeast Asia", "Diplomacy"]
        page += "tags \(rng.sample(tags, count: rng.int(3...5)).joined(separator: " "))\n\n"
        page += "More in \(section.split(separator: ">").last.map { $0.trimmingSpaces } ?? "Diplomacy")\n\n"
        page += "\(body.headline)\n\n\(ArticleLayouts.headlineList(4, rng: &rng))\n\n"
        page += "Related Stories\n\n\(ArticleLayouts.headlineList(rng.int(3...5), rng: &rng))\n"
        page += commentBox
        return page
    }

    /// Headline, Markdown images with their captions, paragraphs on consecutive lines, byline, comment box.
    static func compactPage(_ body: ArticleBody, story: Story, published: CivilDate, rng: inout SeededRandom) -> String {
        var page = rng.chance(0.4) ? ArticleLayouts.crawlerHeader(published, body.headline) : ""
        page += "\(body.headline)\nPublished: \(published.joongAng), \(ArticleLayouts.clock(&rng))\n"
        let captions = body.captions.map { "\($0) \(rng.pick(credits))" }
        if let first = captions.first { page += image(first, published, &rng) }
        let middle = body.paragraphs.count / 2
        for (index, paragraph) in body.paragraphs.enumerated() {
            page += "\(paragraph)\n"
            if index == middle, captions.count > 1 { page += image(captions[1], published, &rng) }
        }
        if rng.chance(0.5) {
            page += "Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff.\n"
        }
        let reporter = rng.pick(Roster.reporters)
        let mail = rng.chance(0.6) ? "[email protected]" : email(reporter)
        page += "BY \(reporter.uppercased()) [\(mail)]\n"
        page += "with the Korea JoongAng Daily\nTo write comments, please log in to one of the accounts.\n"
        page += "Standards Board Policy (0/250\u{C790})"
        return page
    }

    private static func image(_ caption: String, _ published: CivilDate, _ rng: inout SeededRandom) -> String {
        let hex = String(rng.next(), radix: 16)
        let url = "https://koreajoongangdaily.joins.com/data/photo/\(published.year)/\(CivilDate.pad(published.month))/"
            + "\(CivilDate.pad(published.day))/\(hex).jpg"
        return "![\(caption)](\(url))\n\(caption)\n"
    }

    /// "kim.gyutae@joongang.co.kr"
    private static func email(_ name: String) -> String {
        let parts = name.lowercased().split(separator: " ")
        let family = parts.first.map(String.init) ?? "desk"
        let given = parts.dropFirst().joined().replacingFirst("-", with: "")
        return "\(family).\(given)@joongang.co.kr"
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
