import Testing
@testable import BriefingKit

@Suite("Clustering reports of one event")
struct ReportGrouperTests {
    private static let texts = [
        "President Lee Jae-myung and State President Luong Cuong agreed to expand cooperation in nuclear power and high-speed rail.",
        "Lee Jae-myung and Luong Cuong agreed to expand cooperation in nuclear power and high-speed rail, the office said.",
        "Exports of Vietnamese farm products to Korea rose 12 percent in the first half of the year, customs data showed.",
    ]

    private func fact(_ index: Int, day: Int?) -> Fact {
        let text = Self.texts[index]
        let published = CalendarDate(dayNumber: 20_000)
        let date = day.map {
            EventDate(date: CalendarDate(dayNumber: $0), precision: .day, expression: "on Monday", method: "weekday before publication")
        } ?? .fallback(published)
        return Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                    entities: ["lee-jae-myung"], topics: ["trade"], eventDate: date)
    }

    @Test func reportsDatedMoreThanThreeDaysApartAreNotOneEvent() {
        func same(_ first: Int?, _ second: Int?) -> Bool {
            ReportGrouper.mayBeSameEvent(ReportGrouper.eventDay(fact(0, day: first).eventDate),
                                         ReportGrouper.eventDay(fact(1, day: second).eventDate))
        }
        #expect(same(19_990, 19_993) && same(19_993, 19_990) && same(20_000, 20_000))
        #expect(!same(19_990, 19_994) && !same(20_004, 20_000))
        // A report dated only by its publication says nothing against any date.
        #expect(same(nil, 19_990) && same(20_004, nil) && same(nil, nil))
    }

    @Test func rephrasingsMergeUnlessTheirOwnDatesAreMoreThanThreeDaysApart() {
        func clusters(_ firstDay: Int?, _ secondDay: Int?) -> [[Int]] {
            let facts = [fact(0, day: firstDay), fact(1, day: secondDay), fact(2, day: nil)]
            return ReportGrouper.clusters(facts, texts: [0, 1, 2], textOf: [0, 1, 2], signatures: facts.map { TextSignature($0.text) })
        }
        #expect(clusters(19_990, 19_993) == [[0, 1], [2]])
        #expect(clusters(nil, 19_993) == [[0, 1], [2]])
        #expect(clusters(19_990, 19_994) == [[0], [1], [2]])
    }

    /// Facts drawn from the sample sentences (and one with no tokens at all), many of them copies
    /// of an earlier text with a date of their own.
    private static func repeatingFacts() -> [Fact] {
        let texts = corpusSentences + ["—", "The."]
        let days: [Int?] = [nil, 20_000, 20_001, 20_010, 19_990]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<600).map { index in
            let text = texts[next(texts.count)]
            let published = CalendarDate(dayNumber: 20_000)
            let date = days[next(days.count)].map {
                EventDate(date: CalendarDate(dayNumber: $0), precision: .day, expression: "on Monday", method: "weekday before publication")
            } ?? .fallback(published)
            return Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                        entities: [], topics: [], eventDate: date)
        }
    }

    @Test(arguments: [0, 1_000])
    func clusteringEachDistinctTextOnceGivesTheClustersOfAllFacts(exhaustiveLimit: Int) {
        let facts = Self.repeatingFacts()
        let clusterer = NearDuplicateClusterer(exhaustiveLimit: exhaustiveLimit)
        var positionOfText: [String: Int] = [:]
        var texts: [Int] = []
        let textOf = facts.indices.map { index in
            if let known = positionOfText[facts[index].text] { return known }
            positionOfText[facts[index].text] = texts.count
            texts.append(index)
            return texts.count - 1
        }
        let signed = texts.map { TextSignature(facts[$0].text) }
        #expect(texts.count < facts.count / 2 && signed.contains(where: \.isEmpty), "the test needs copies and empty signatures")
        // The definition: every fact clustered with its own signature and event day, then cut by event date.
        let everyFact = ReportGrouper.splitByEventDate(
            clusterer.clusters(textOf.map { signed[$0] }, labels: facts.map { ReportGrouper.eventDay($0.eventDate) },
                               mayMerge: ReportGrouper.mayBeSameEvent),
            facts: facts)
        let eachText = ReportGrouper.clusters(facts, texts: texts, textOf: textOf, signatures: signed, clusterer: clusterer)
        #expect(eachText == everyFact)
        #expect(everyFact.count > 10 && everyFact.contains { $0.count > 5 }, "the test needs clusters of several reports")
    }

    /// Copies of one sentence, each with its own event day or none (published on `published`).
    private func copies(_ days: [(day: Int?, published: Int)]) -> [Fact] {
        days.enumerated().map { index, entry in
            let text = Self.texts[0]
            let date = entry.day.map {
                EventDate(date: CalendarDate(dayNumber: $0), precision: .day, expression: "on Thursday", method: "weekday before publication")
            } ?? .fallback(CalendarDate(dayNumber: entry.published))
            return Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                        entities: ["lee-jae-myung"], topics: ["trade"], eventDate: date)
        }
    }

    private func clusters(_ facts: [Fact]) -> [[Int]] {
        let texts = Array(facts.indices.prefix(1)), textOf = facts.map { _ in 0 }
        return ReportGrouper.clusters(facts, texts: texts, textOf: textOf, signatures: [TextSignature(facts[0].text)])
    }

    @Test("copies of one sentence about meetings months apart are not one report, however they chain")
    func chainsAreCut() {
        // "on Thursday" in pieces of different weeks: one text, so one cluster before the cut.
        let facts = copies([(20_000, 20_001), (20_002, 20_003), (20_100, 20_101), (nil, 20_001), (nil, 20_107),
                            (nil, 20_050), (nil, 19_000)])
        // Runs of three days from their first. An undated copy joins the last run begun by the day it was
        // published, within a week; the others, far from any dated report, are one report of their own.
        #expect(clusters(facts) == [[0, 1, 3], [2, 4], [5, 6]])
    }

    @Test("a run starts three days after the last one began, not after its last report")
    func runsDoNotDrift() {
        let facts = copies([(20_000, 20_000), (20_003, 20_003), (20_006, 20_006), (20_009, 20_009)])
        #expect(clusters(facts) == [[0, 1], [2, 3]])
    }

    @Test("undated reports of one sentence over years, such as background, stay one report")
    func undatedStayWhole() {
        let facts = copies([(nil, 19_000), (nil, 19_500), (nil, 20_000)])
        #expect(clusters(facts) == [[0, 1, 2]])
    }

    @Test("the runs of a cut cluster take their places among the clusters left whole, by first report")
    func cutRunsKeepTheOrder() {
        let facts = copies([(20_000, 20_000), (20_000, 20_000), (20_000, 20_000), (20_000, 20_000), (20_000, 20_000),
                            (20_200, 20_200), (20_001, 20_001), (20_400, 20_400)])
        // The first cluster is cut into [0, 6], [5] and [7]: [5] comes after the whole [2, 3], and [7] last.
        let cut = ReportGrouper.splitByEventDate([[0, 5, 6, 7], [1], [2, 3], [4]], facts: facts)
        #expect(cut == [[0, 6], [1], [2, 3], [4], [5], [7]])
        // Nothing cut: the clusters as they were.
        #expect(ReportGrouper.splitByEventDate([[0, 6], [1, 2]], facts: facts) == [[0, 6], [1, 2]])
    }

    @Test(arguments: [0, 1_000])
    func noClusterHoldsOwnDatesMoreThanThreeDaysApart(exhaustiveLimit: Int) {
        let facts = Self.repeatingFacts()
        let signatures = facts.map { TextSignature($0.text) }
        let found = ReportGrouper.clusters(facts, texts: Array(facts.indices), textOf: Array(facts.indices), signatures: signatures,
                                           clusterer: NearDuplicateClusterer(exhaustiveLimit: exhaustiveLimit))
        for cluster in found {
            let days = cluster.map { ReportGrouper.eventDay(facts[$0].eventDate) }.filter { $0 != .min }
            if let low = days.min(), let high = days.max() { #expect(high - low <= 3, "\(cluster)") }
        }
        #expect(Set(found.flatMap { $0 }).count == facts.count && found.map(\.count).reduce(0, +) == facts.count)
    }
}
