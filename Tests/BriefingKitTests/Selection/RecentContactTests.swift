import Foundation
import Testing
@testable import BriefingKit

@Suite("The last contact is found however low it ranks")
struct RecentContactTests {
    /// Four hundred and fifty agreements of the two leaders on the brief's topic, a call two days before
    /// the meeting on no topic of the brief, and forty visits planned after the meeting: the call ranks
    /// below the few hundred groups a brief shows, and the newest contacts reported are the planned ones.
    @Test func callBelowTheBestGroupsIsTheLastContact() throws {
        let setup = try #require(SampleCorpus.setup)
        let spec = try #require(setup.config.brief("lee-cuong-gyeongju-2025"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("contacts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let count = 491, call = 450
        for number in 0..<count {
            try Data("Talks\n\nLee and Cường met again in Seoul for talks.".utf8).write(to: URL(fileURLWithPath: root + String(format: "/%04d.txt", number)))
        }
        let files = try SourceScanner().files(for: [SourceSpec(path: root, location: nil)])
        let people = ["lee-jae-myung", "luong-cuong"]
        let topic = try #require(spec.topics.first)
        let corpus = CorpusReader().read(files, relativeTo: root) { _, index in
            let day = { (offset: Int) in CalendarDate(year: 2025, month: 1, day: 1).map { $0.adding(days: offset) } ?? CalendarDate(dayNumber: 0) }
            let (isCall, isPlanned) = (index == call, index > call)
            let text = isCall ? "Lee spoke by phone with Cường on Tuesday."
                : isPlanned ? "Lee will visit Cường in Hanoi, trip v\(index)a v\(index)b v\(index)c."
                : "Lee and Cường agreed on plan w\(index)a, w\(index)b and w\(index)c for the \(index)th time."
            let when = isCall ? day(300) : isPlanned ? day(310 + index - call) : day(index % 250)
            let date = EventDate(date: when, precision: .day, isUpcoming: isPlanned, expression: "on Tuesday", method: "weekday before publication")
            var fact = Fact(article: -1, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                            entities: people, topics: isCall || isPlanned ? [] : [topic], eventDate: date)
            if isCall { fact.contactFormat = "Phone call" }
            if isPlanned { fact.contactFormat = "Visit" }
            return [fact]
        }
        #expect(corpus.facts.count == count)
        // Both ways of selecting: the one `generate` takes, and the one that records every decision (`facts --explain`).
        for explain in [false, true] {
            let brief = try #require(BriefingPipeline().select([spec], config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf,
                                                               explain: explain).first)
            let last = try #require(brief.lastContact, "explain: \(explain)")
            #expect(last.format == "Phone call" && last.date.date == CalendarDate(year: 2025, month: 10, day: 28), "explain: \(explain)")
        }
    }

    /// A brief prepared on 29 October 2025 for a call in June 2026: an invitation to visit "in 2026" and a visit
    /// "next week" are contacts their articles look ahead to, not ones held, so the last contact is the September call.
    @Test func aContactLookedAheadToIsNotTheLastOne() throws {
        let setup = try #require(SampleCorpus.setup)
        var meeting = try #require(setup.config.brief("lee-cuong-gyeongju-2025"))
        meeting.meeting?.date = try #require(CalendarDate(year: 2026, month: 6, day: 8))
        let leader = try #require(setup.config.brief("lee-jae-myung"))
        let people = ["lee-jae-myung", "luong-cuong"]
        let reports: [(text: String, date: EventDate, format: String)] = [
            ("Lee spoke by phone with Cường on Tuesday.",
             EventDate(date: try #require(CalendarDate(year: 2025, month: 9, day: 2)), precision: .day, expression: "on Tuesday",
                       method: "weekday before publication"), "Phone call"),
            ("Cường invited Lee to pay an official visit to Vietnam in 2026.",
             EventDate(date: try #require(CalendarDate(year: 2026, month: 1, day: 1)), precision: .year, isUpcoming: true, expression: "in 2026",
                       method: "explicit year"), "Official visit"),
            ("Lee will visit Cường in Hanoi next week.",
             EventDate(date: try #require(CalendarDate(year: 2025, month: 10, day: 6)), precision: .day, isUpcoming: true, expression: "next week",
                       method: "next week"), "Visit"),
        ]
        let articles = reports.indices.map { Article(file: "\($0).txt", outlet: "A", paragraphs: [reports[$0].text]) }
        let facts = reports.indices.map { index in
            var fact = Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<reports[index].text.utf8.count, text: reports[index].text,
                            entities: people, topics: [], eventDate: reports[index].date)
            fact.contactFormat = reports[index].format
            return fact
        }
        let corpus = Corpus(articles: articles, facts: facts)
        for explain in [false, true] {
            let briefs = BriefingPipeline().select([meeting, leader], config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf, explain: explain)
            try #require(briefs.count == 2)
            let last = try #require(briefs[0].lastContact, "explain: \(explain)")
            #expect(last.format == "Phone call" && last.date.date == CalendarDate(year: 2025, month: 9, day: 2), "explain: \(explain)")
            #expect(briefs[0].engagements.isEmpty && briefs[1].engagements.map(\.format) == ["Phone call"], "explain: \(explain)")
        }
    }
}
