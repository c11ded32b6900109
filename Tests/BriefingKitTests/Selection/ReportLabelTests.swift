import Testing
@testable import BriefingKit

@Suite("Reports that name different people are not one report")
struct ReportLabelTests {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: "President", aliases: [])
    static let yoon = Entity(id: "yoon", name: "Yoon Suk Yeol", kind: .person, title: "President", aliases: [])
    static let vietnam = Entity(id: "vietnam", name: "Vietnam", kind: .country, title: nil, aliases: [])

    static func label(_ day: Int32, _ people: [String]) -> Int32 {
        ReportLabel.label(day: day, people: people, bits: ReportLabel.personBits(["lee", "yoon", "cuong"]))
    }

    @Test("the label keeps the event-date rule and adds the people: two reports are one only when one's people are all the other's")
    func veto() {
        let undated = Int32.min
        #expect(ReportLabel.mayBeOneReport(Self.label(20_000, ["lee"]), Self.label(20_003, ["lee", "vietnam"])))
        #expect(!ReportLabel.mayBeOneReport(Self.label(20_000, ["lee"]), Self.label(20_004, ["lee"])))
        #expect(ReportLabel.mayBeOneReport(Self.label(undated, ["lee"]), Self.label(20_004, ["lee"])))
        #expect(!ReportLabel.mayBeOneReport(Self.label(undated, ["lee"]), Self.label(undated, ["yoon"])))
        // Sharing one person is not enough: Lee's agreement with Cường and Yoon's with Cường are two.
        #expect(!ReportLabel.mayBeOneReport(Self.label(undated, ["lee", "cuong"]), Self.label(undated, ["yoon", "cuong"])))
        #expect(ReportLabel.mayBeOneReport(Self.label(undated, ["lee", "cuong"]), Self.label(undated, ["cuong"])))
        // A report that names nobody (or only a country) may be either's.
        #expect(ReportLabel.mayBeOneReport(Self.label(undated, ["vietnam"]), Self.label(undated, ["yoon"])))
        // Days far before and after 1970 keep their order.
        #expect(!ReportLabel.mayBeOneReport(Self.label(-25_000, []), Self.label(-24_990, [])))
        #expect(ReportLabel.mayBeOneReport(Self.label(80_000, []), Self.label(80_002, [])))
    }

    /// The report clusters of one sentence per article, with the configured people.
    static func reports(_ sentences: [String]) -> (reportOf: [Int], facts: [Fact]) {
        let extractor = FactExtractor(entities: [lee, yoon, vietnam], topics: [])
        let published = CalendarDate(year: 2025, month: 6, day: 13).map { ArticleTimestamp(date: $0) }
        let articles = sentences.indices.map { Article(file: "a\($0).txt", outlet: "Outlet \($0)", published: published, paragraphs: [sentences[$0]]) }
        let facts = articles.indices.flatMap { extractor.facts(of: articles[$0], index: $0) }
        let corpus = Corpus(articles: articles, facts: facts, people: ["lee", "yoon"])
        return (corpus.reportOf, corpus.facts)
    }

    @Test("one wire sentence with another leader's name is another report; one that names nobody joins one of them")
    func wireTemplates() throws {
        let (reportOf, facts) = Self.reports([
            "President Yoon Suk Yeol is expected to propose that the two sides open more places for Vietnamese workers under the Employment Permit System.",
            "President Lee Jae-myung is expected to propose that the two sides open more places for Vietnamese workers under the Employment Permit System.",
            "The Korean president is expected to propose that the two sides open more places for Vietnamese workers under the Employment Permit System.",
            "President Lee Jae-myung is expected to propose that both sides open more places for Vietnamese workers under the Employment Permit System.",
        ])
        try #require(facts.count == 4)
        #expect(reportOf[0] != reportOf[1])
        // Two outlets' wordings of Lee's are still one report.
        #expect(reportOf[1] == reportOf[3])
        #expect(reportOf[2] == reportOf[0] || reportOf[2] == reportOf[1])
    }

    @Test("a text that names nobody does not bridge two people's reports, whichever of them a set is compared by")
    func noBridge() {
        let tail = "is expected to propose that the two sides open more places for Vietnamese workers under the Employment Permit System."
        let yoon = Self.label(.min, ["yoon"]), lee = Self.label(.min, ["lee"])
        // The unnamed wordings differ in their first words, so that some come first in content order, some last.
        let openers = ["The Korean president", "Korea's president", "The president", "Seoul's leader", "The South Korean leader",
                       "Korea's leader", "The leader", "The head of state", "South Korea's president", "The Korean leader"]
        var bridged = 0, joined = 0
        for opener in openers {
            let texts = ["President Yoon Suk Yeol \(tail)", "President Lee Jae-myung \(tail)", "\(opener) \(tail)"]
            let labels = [yoon, lee, Self.label(.min, [])]
            let clusters = NearDuplicateClusterer().clusters(texts.map { TextSignature($0) }, labels: labels, copies: nil,
                                                             mayMerge: ReportLabel.mayBeOneReport, people: ReportLabel.people)
            let clusterOf = { (index: Int) in clusters.firstIndex { $0.contains(index) } }
            if clusterOf(0) == clusterOf(1) { bridged += 1 }
            if clusterOf(2) == clusterOf(0) || clusterOf(2) == clusterOf(1) { joined += 1 }
        }
        #expect(bridged == 0)
        // Most unnamed wordings are near-copies of both and join one of them.
        #expect(joined >= openers.count / 2)
    }

    /// Articles of two sentences each: who "the two leaders" are is read from the first.
    static func impliedReports(_ paragraphs: [[String]]) -> (reportOf: [Int], facts: [Fact]) {
        let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: "President", aliases: [])
        let trong = Entity(id: "trong", name: "Nguyễn Phú Trọng", kind: .person, title: "General Secretary", aliases: [])
        let extractor = FactExtractor(entities: [lee, yoon, cuong, trong], topics: [])
        let articles = paragraphs.indices.map { index in
            Article(file: "a\(index).txt", outlet: "Outlet \(index)",
                    published: CalendarDate(year: 2025, month: 6, day: 13).map { ArticleTimestamp(date: $0) }, paragraphs: [paragraphs[index].joined(separator: " ")])
        }
        let facts = articles.indices.flatMap { extractor.facts(of: articles[$0], index: $0) }
        let corpus = Corpus(articles: articles, facts: facts, people: ["lee", "yoon", "cuong", "trong"])
        return (corpus.reportOf, corpus.facts)
    }

    @Test("the same words of another pair are another report: \"The two leaders discussed …\" of Lee and Cường, and of Yoon and Trọng")
    func samePairWordsOfOtherPeople() throws {
        let template = "The two leaders discussed the employment of Vietnamese workers and regional issues of mutual concern."
        let (reportOf, facts) = Self.impliedReports([
            ["President Lee Jae-myung held talks with President Lương Cường in Seoul.", template],
            ["President Yoon Suk Yeol held talks with General Secretary Nguyễn Phú Trọng in Hanoi.", template],
            ["President Lee Jae-myung spoke with President Lương Cường by phone.", template],
        ])
        let copies = facts.indices.filter { facts[$0].text == template }
        try #require(copies.count == 3)
        #expect(Set(facts[copies[0]].impliedEntities) == ["lee", "cuong"] && Set(facts[copies[1]].impliedEntities) == ["yoon", "trong"])
        #expect(reportOf[copies[0]] != reportOf[copies[1]])
        // The same pair's copies are one report still.
        #expect(reportOf[copies[0]] == reportOf[copies[2]])
    }

    @Test("two pairs that share one leader are two reports of the same words: Lee's agreement with Cường and with Trọng")
    func pairsSharingOneLeader() throws {
        let tail = "agreed to expand cooperation in nuclear power and high-speed rail over the coming years."
        let (reportOf, facts) = Self.impliedReports([
            ["President Lee Jae-myung and President Lương Cường \(tail)"],
            ["President Lee Jae-myung and General Secretary Nguyễn Phú Trọng \(tail)"],
            ["President Lee Jae-myung \(tail)"],
        ])
        try #require(facts.count == 3)
        #expect(reportOf[0] != reportOf[1])
        // Lee's alone may be a report of either.
        #expect(reportOf[2] == reportOf[0] || reportOf[2] == reportOf[1])
    }
}
