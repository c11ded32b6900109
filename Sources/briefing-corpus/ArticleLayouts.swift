/// The news outlets whose page dumps the corpus imitates.
enum Outlet: CaseIterable, Sendable {
    /// Korea JoongAng Daily: masthead, breadcrumb, chrome, duplicated captions, NBSP lines, comment box.
    case joongAng
    /// Viet Nam News / VNA: ` date` header with a "HÀ NỘI —" dateline, "— VNA/VNS" signature.
    case vnaVns
    /// The Korea Herald: "Send to", headline, "June 8, 2022 - 17:20 By Name".
    case koreaHerald
    /// Yonhap: "Updated:" line and a "SEOUL, June 12 (Yonhap) -- " dateline.
    case yonhap

    var spelling: Spelling { self == .vnaVns ? .vietnamese : .plain }
    var home: Country { self == .vnaVns ? .vietnam : .korea }

    /// Days between the event and publication.
    func publicationDelay(_ rng: inout SeededRandom) -> Int {
        switch self {
        case .yonhap: return rng.weighted([80, 20])
        case .vnaVns, .koreaHerald: return rng.weighted([55, 45])
        case .joongAng: return rng.weighted([35, 65])
        }
    }
}

/// Lays out an article body as the page dump of its outlet.
enum ArticleLayouts {
    static func render(_ outlet: Outlet, body: ArticleBody, story: Story, published: CivilDate,
                       rng: inout SeededRandom) -> String {
        var page: String
        switch outlet {
        case .joongAng:
            page = rng.chance(0.55)
                ? JoongAngLayout.fullPage(body, story: story, published: published, rng: &rng)
                : JoongAngLayout.compactPage(body, story: story, published: published, rng: &rng)
        case .vnaVns: page = WireLayouts.vnaVns(body, story: story, published: published, rng: &rng)
        case .koreaHerald: page = heraldPage(body, story: story, published: published, rng: &rng)
        case .yonhap: page = WireLayouts.yonhap(body, story: story, published: published, rng: &rng)
        }
        if rng.chance(0.3) { page += "\n" }
        return page
    }

    /// The crawler's first line: ` date 2025-06-13  Headline`.
    static func crawlerHeader(_ published: CivilDate, _ rest: String) -> String {
        " date \(published.iso)  \(rest)\n"
    }

    static func clock(_ rng: inout SeededRandom) -> String {
        "\(CivilDate.pad(rng.int(0...23))):\(CivilDate.pad(rng.int(0...59)))"
    }

    static func heraldPage(_ body: ArticleBody, story: Story, published: CivilDate, rng: inout SeededRandom) -> String {
        var page = rng.chance(0.3) ? crawlerHeader(published, body.headline) : ""
        page += "Send to\n\n\(body.headline)\n\n"
        page += "\(published.american) - \(clock(&rng)) By \(rng.pick(Roster.reporters))\n"
        for caption in body.captions.prefix(1) {
            page += "\(caption) (\(rng.pick(["Presidential office", "Yonhap", "Joint Press Corps", "AP-Yonhap"])))\n"
        }
        page += "\n" + body.paragraphs.joined(separator: "\n\n")
        return page
    }

    /// A related-headlines list, one a line with blank lines between.
    static func headlineList(_ count: Int, rng: inout SeededRandom) -> String {
        (0..<count).map { _ in Headlines.unrelated(&rng) }.joined(separator: "\n\n")
    }
}
