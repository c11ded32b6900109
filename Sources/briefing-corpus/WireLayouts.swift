/// Pages of the two news agencies: Viet Nam News (VNA/VNS) and Yonhap.
enum WireLayouts {
    /// ` date 2025-06-12 HÀ NỘI — First paragraph.` then paragraphs separated by blank lines, ending "— VNA/VNS".
    static func vnaVns(_ body: ArticleBody, story: Story, published: CivilDate, rng: inout SeededRandom) -> String {
        let city = story.place.map { $0.name(.vietnamese) } ?? (rng.chance(0.8) ? "Hà Nội" : "Seoul")
        let dateline = city.uppercased()
        var paragraphs = body.paragraphs
        if let first = paragraphs.first { paragraphs[0] = "\(dateline) \u{2014} \(first)" }
        var page = " date \(published.iso) " + paragraphs.joined(separator: "\n\n")
        page += rng.chance(0.85) ? " \u{2014} VNA/VNS" : " \u{2014} VNS"
        return page
    }

    private static let footer = "Copyright (c) Yonhap News Agency prohibits its content from being redistributed or "
        + "reprinted without consent, and forbids the content from being used for AI learning and its related technologies."

    /// Headline, "Updated:" line, byline, "SEOUL, June 12 (Yonhap) -- " dateline, "(END)", keywords, most viewed, copyright.
    static func yonhap(_ body: ArticleBody, story: Story, published: CivilDate, rng: inout SeededRandom) -> String {
        var page = rng.chance(0.7) ? ArticleLayouts.crawlerHeader(published, body.headline) : ""
        page += "\(body.headline)\n\n"
        let posted = ArticleLayouts.clock(&rng)
        page += "Updated: \(published.iso) \(posted)\n\n"
        let reporter = rng.pick(Roster.reporters)
        page += "By \(reporter)\n\n"
        let city: String
        if let place = story.place, place.country == .korea || rng.chance(0.5) {
            city = place.plain.uppercased()
        } else {
            city = "SEOUL"
        }
        var paragraphs = body.paragraphs
        if let first = paragraphs.first {
            paragraphs[0] = "\(city), \(published.apMonthDay) (Yonhap) -- \(first)"
        }
        page += paragraphs.joined(separator: "\n\n")
        let handle = reporter.lowercased().split(separator: " ").joined().replacingFirst("-", with: "")
        page += "\n\n\(handle)@yna.co.kr\n(END)\n\nKeywords\n"
        page += "#\(story.a.plain)\n#\(story.b.country.name(.plain))\n#\(Headlines.shortTopic(rng.pick(story.topics)))\n\n"
        page += "Most Viewed\n\n" + (0..<rng.int(3...6)).map { _ in Headlines.unrelated(&rng) }.joined(separator: "\n") + "\n\n"
        page += footer
        return page
    }
}
