import Testing
@testable import BriefingKit

@Suite("Which quotes a brief shows")
struct QuoteDigestTests {
    private static let day = CalendarDate(dayNumber: 20_000)

    private func fact(_ text: String, article: Int, quotes: [Quote]) -> Fact {
        var fact = Fact(article: article, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                        entities: [], topics: [], eventDate: .fallback(Self.day))
        fact.quotes = quotes
        return fact
    }

    private func quote(_ text: String, by speaker: String) -> Quote {
        Quote(text: text, speakerName: speaker, speakerEntityID: nil, sentenceIndices: 0...0)
    }

    /// Wire copies of one sentence, each with its quote worded a little differently and one with another
    /// speaker, are one report: it shows one quote, its fullest wording's. A second report shows its own.
    @Test func aReportShowsTheQuotesOfOneWording() {
        let wordings = ["digital transformation", "nuclear energy", "people-to-people exchanges"].enumerated().map { index, topic in
            fact("\"The two countries need each other more than ever, especially in \(topic),\" Trang said.", article: index,
                 quotes: [quote("The two countries need each other more than ever, especially in \(topic)",
                                by: index == 2 ? "Trong" : "Trang")])
        }
        let other = fact("\"We will keep supporting their investment,\" Son said.", article: 3,
                         quotes: [quote("We will keep supporting their investment", by: "Son")])
        let facts = wordings + [other]
        let report = ReportGroup(members: ReportMembers(facts: facts, positions: [0, 1, 2]), outlets: ["X"])
        let second = ReportGroup(members: ReportMembers(facts: facts, positions: [3]), outlets: ["Y"])
        let shown = QuoteDigest(entity: { _ in nil }).select(from: [report, second]).map(\.quote)
        #expect(shown.map(\.text) == [facts[report.representativeIndex].quotes[0].text, "We will keep supporting their investment"])
    }

    /// A quote is dated as an item is: "… by 2030," Lee said, and what he said "in May", are dated by their
    /// article (words are not said in the future, and a month is no day); a report of a day keeps that day.
    @Test func aQuoteIsDatedByItsDayOrItsArticle() throws {
        var target = fact("\"We will raise trade to $200 billion by 2030,\" Lee said.", article: 0,
                          quotes: [quote("We will raise trade to $200 billion by 2030", by: "Lee")])
        target.eventDate = EventDate(date: try #require(CalendarDate(iso: "2030-01-01")), precision: .year, isUpcoming: true,
                                     expression: "by 2030", method: "target year")
        var month = fact("\"We agreed on rail,\" Lee said in May.", article: 1, quotes: [quote("We agreed on rail", by: "Lee")])
        month.eventDate = EventDate(date: try #require(CalendarDate(iso: "2025-05-01")), precision: .month,
                                    expression: "in May", method: "month")
        let dated = fact("\"We agreed,\" Lee said on Monday.", article: 2, quotes: [quote("We agreed", by: "Lee")])
        let facts = [target, month, dated]
        let groups = facts.indices.map { ReportGroup(members: ReportMembers(facts: facts, positions: [$0]), outlets: ["X"]) }
        let digest = QuoteDigest(entity: { _ in nil })
        let published = try #require(CalendarDate(iso: "2025-06-12"))
        let quotes = digest.quotes(digest.select(from: groups), published: { _ in published }, cite: { _ in [1] })
        #expect(quotes.map(\.date.date) == [published, published, Self.day])
        #expect(quotes.allSatisfy { $0.date.precision == .day && !$0.date.isUpcoming })
        #expect(quotes[2].date == dated.eventDate)
    }

    /// A leader's own words: a report whose fullest wording quotes someone else shows the wording that quotes the leader.
    @Test func theLeadersWordsArePreferred() {
        let others = fact("\"We will act,\" Trang said in Hanoi on Monday after the talks with the delegation.", article: 0,
                          quotes: [quote("We will act", by: "Trang")])
        var lees = fact("\"We will act now,\" Lee said.", article: 1, quotes: [quote("We will act now", by: "Lee")])
        lees.quotes[0].speakerEntityID = "lee"
        let group = ReportGroup(members: ReportMembers(facts: [others, lees], positions: [0, 1]), outlets: ["X"])
        #expect(group.representativeIndex == 0, "the test needs the other speaker's wording to be the fullest")
        let digest = QuoteDigest(entity: { _ in nil })
        let shown = digest.select(from: [group], preferring: "lee").map(\.quote.text)
        #expect(shown == ["We will act now"])
        #expect(digest.select(from: [group]).count == 1)
    }

    /// "The two leaders agreed …," a spokesperson said: the quote names the pair its sentence implies, the brief's principals first.
    @Test func aQuoteOpeningWithTheTwoLeadersNamesThem() {
        var readout = fact("\"The two leaders agreed to expand trade,\" Kang told reporters.", article: 0,
                           quotes: [quote("The two leaders agreed to expand trade.", by: "Kang")])
        readout.impliedEntities = ["cuong", "lee"]
        let group = ReportGroup(members: ReportMembers(facts: [readout], positions: [0]), outlets: ["X"])
        let names = ["lee": "Lee Jae-myung", "cuong": "Lương Cường"]
        let digest = QuoteDigest(entity: { id in names[id].map { Entity(id: id, name: $0, kind: .person, title: nil, aliases: []) } })
        let quotes = digest.quotes(digest.select(from: [group]), principals: ["lee"], published: { _ in nil }, cite: { _ in [1] })
        #expect(quotes.map(\.text) == ["The two leaders [Lee Jae-myung and Lương Cường] agreed to expand trade."])
    }

    /// One sentence that quotes two people shows both.
    @Test func aWordingQuotingTwoSpeakersShowsBoth() {
        let text = "\"We agreed,\" Lee said, and Cuong added: \"We will act.\""
        let both = fact(text, article: 0, quotes: [quote("We agreed", by: "Lee"), quote("We will act", by: "Cuong")])
        let group = ReportGroup(members: ReportMembers(facts: [both], positions: [0]), outlets: ["X"])
        #expect(QuoteDigest(entity: { _ in nil }).select(from: [group]).map(\.quote.speakerName) == ["Lee", "Cuong"])
    }

    /// A speaker the tool cannot name is shown as written, but without the capital of a sentence's first word.
    @Test func aSpeakerAsWrittenReadsAfterADash() {
        let opening = fact("The Korean leader said: \"We will act.\"", article: 0, quotes: [quote("We will act.", by: "The Korean leader")])
        let named = fact("\"We agreed,\" Trang said.", article: 1, quotes: [quote("We agreed", by: "Trang")])
        let title = fact("\"We agreed,\" Thein said.", article: 2, quotes: [quote("We agreed on rail", by: "Theodore Lim")])
        let facts = [opening, named, title]
        let groups = facts.indices.map { ReportGroup(members: ReportMembers(facts: facts, positions: [$0]), outlets: ["X"]) }
        let digest = QuoteDigest(entity: { _ in nil })
        let quotes = digest.quotes(digest.select(from: groups), published: { _ in Self.day }, cite: { _ in [1] })
        #expect(quotes.map(\.speaker) == ["the Korean leader", "Trang", "Theodore Lim"])
    }
}
