import Testing
@testable import BriefingKit

@Suite("A sentence telling more of a contact is dated when the contact was")
struct EventReferenceTests {
    static func phrase(_ text: String) -> String? {
        EventReference.phrase(in: text, tokens: WordTokens(text).tokens)
    }

    @Test("the words that point back to the contact are found, as written")
    func phrases() {
        #expect(Self.phrase("During the 25-minute call, Cuong invited Lee to Vietnam.") == "During the 25-minute call")
        #expect(Self.phrase("At the talks, Lee said the RoK considers Việt Nam a key partner.") == "At the talks")
        #expect(Self.phrase("In their first conversation, Lee praised the ties.") == "In their first conversation")
        #expect(Self.phrase("Lee raised the issue during the phone call with Cuong.") == "during the phone call")
    }

    @Test("other uses of the nouns and openers are not references to a contact")
    func notReferences() {
        #expect(Self.phrase("The call for reform grew louder.") == nil)
        #expect(Self.phrase("Trade in the region rose during the week.") == nil)
        #expect(Self.phrase("Lee will visit Hanoi in the autumn to discuss rail and energy.") == nil)
    }

    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: nil, aliases: [])
    static let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: nil, aliases: ["Luong Cuong"])

    static func facts(_ paragraphs: [String], published: String = "2025-06-13", keep: (Fact) -> Bool = { _ in true },
                      keepDated: (Fact) -> Bool = { _ in true }) -> [Fact] {
        let extractor = FactExtractor(entities: [lee, cuong], topics: [])
        let date = CalendarDate(iso: published).map { ArticleTimestamp(date: $0) }
        return extractor.facts(of: Article(file: "a.txt", outlet: "A", published: date, paragraphs: paragraphs), index: 0,
                               keep: keep, keepDated: keepDated)
    }

    @Test("a fact whose event no brief's window holds is not kept; the call it reports still dates what follows")
    func outsideEveryWindow() throws {
        let published = try #require(CalendarDate(year: 2025, month: 6, day: 13))
        let facts = Self.facts([
            "Lee Jae-myung first met Luong Cuong in 2019.",
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday.",
            "During the call, Cuong invited Lee to Vietnam.",
            "Lee Jae-myung will visit Hanoi on June 20.",
        ], keepDated: { $0.eventDate.date >= published })
        // The 2019 meeting and Thursday's call (12 June) are left out, and so is the invitation: dated by the call,
        // not by the day of publication, which the window would have held.
        #expect(facts.map(\.text) == ["Lee Jae-myung will visit Hanoi on June 20."])
        #expect(facts.first?.eventDate.date == CalendarDate(year: 2025, month: 6, day: 20))
    }

    @Test("the call is dated even when no brief keeps it, so that what follows of it is dated the same")
    func contactNotKept() throws {
        let facts = Self.facts([
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday.",
            "During the call, Cuong invited Lee to Vietnam.",
        ], keep: { !$0.text.hasPrefix("President Lee") })
        #expect(facts.count == 1)
        let during = try #require(facts.first)
        #expect(during.eventDate.date == CalendarDate(year: 2025, month: 6, day: 12) && during.eventDate.isFromContact)
    }

    @Test("after a dated call, \"during the call\" is dated that day, not on the day of publication")
    func inheritsTheContactDate() throws {
        let facts = Self.facts([
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday.",
            "During the 25-minute call, Cuong invited Lee to Vietnam.",
            "Bilateral trade has grown every year.",
            "In their first conversation on Wednesday, Lee praised Cuong.",
        ])
        let call = try #require(facts.first { $0.text.hasPrefix("President Lee") })
        let during = try #require(facts.first { $0.text.hasPrefix("During") })
        #expect(call.eventDate.date == CalendarDate(year: 2025, month: 6, day: 12) && !call.eventDate.isFallback)
        #expect(during.eventDate.date == call.eventDate.date && during.eventDate.isFromContact)
        #expect(during.eventDate.expression == "During the 25-minute call")
        // Without a reference, or an act of the call's people, the publication date stands; a date of its own wins over the call's.
        #expect(try #require(facts.first { $0.text.hasPrefix("Bilateral") }).eventDate.isFallback)
        let own = try #require(facts.first { $0.text.hasPrefix("In their") }).eventDate
        #expect(own.date == CalendarDate(year: 2025, month: 6, day: 11) && !own.isFromContact)
    }

    @Test("an invitation to reach a target by a year starts no contact: \"during the talks\" after it is the talks reported")
    func aTargetYearIsNoContact() throws {
        let facts = Self.facts([
            "President Lee Jae-myung and Vietnamese State President Luong Cuong held talks in Hanoi on Thursday.",
            "Cuong invited Lee to pay an official visit to Vietnam to raise bilateral trade to $200 billion by 2030.",
            "“We can achieve a great deal together,” President Lee said during the talks.",
        ])
        let talks = try #require(facts.first { $0.text.hasPrefix("President Lee") })
        let invitation = try #require(facts.first { $0.text.hasPrefix("Cuong invited") })
        let said = try #require(facts.first { $0.text.contains("during the talks") })
        #expect(invitation.eventDate.isUpcoming && invitation.eventDate.precision == .year)
        #expect(talks.eventDate.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(said.eventDate.date == talks.eventDate.date && said.eventDate.isFromContact, "\(said.eventDate)")
    }

    @Test("a piece that states only when it was updated is read from that day, not from day 0")
    func anUpdatedStampStandsInForPublication() throws {
        let extractor = FactExtractor(entities: [Self.lee, Self.cuong], topics: [])
        let updated = ArticleTimestamp(date: try #require(CalendarDate(iso: "2025-06-13")))
        let article = Article(file: "a.txt", outlet: "A", updated: updated, paragraphs: [
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday.",
            "Bilateral trade has grown every year.",
        ])
        #expect(article.referenceDate == CalendarDate(iso: "2025-06-13"))
        let facts = extractor.facts(of: article, index: 0)
        #expect(facts.first?.eventDate.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(facts.last?.eventDate.date == CalendarDate(iso: "2025-06-13") && facts.last?.eventDate.isFallback == true)
        // `facts` says what the dates were read from.
        #expect(facts.first?.eventDate.method(in: article) == "weekday before update")
        #expect(facts.last?.eventDate.method(in: article) == "update date (no date in sentence)")
        let listing = FactListing.text(facts, articles: [article], decisions: nil)
        #expect(listing.contains("2025-06-12 (day, weekday before update: “on Thursday”)"), "\(listing)")
        #expect(FactReport(facts[0], article: article).event_date.method == "weekday before update")
        var published = article
        published.published = updated
        #expect(facts.first?.eventDate.method(in: published) == "weekday before publication")
    }

    @Test("with no dated contact before it, \"during the call\" keeps the publication date")
    func noContactBefore() throws {
        let facts = Self.facts([
            "During the call, Cuong invited Lee to Vietnam.",
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday.",
        ])
        let during = try #require(facts.first { $0.text.hasPrefix("During") })
        #expect(during.eventDate.isFallback)
    }

    @Test("what the call's people agreed, pledged or said after the call is reported is dated on the day of the call")
    func actsOfTheContactsPeople() throws {
        let facts = Self.facts([
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday.",
            "The two leaders agreed to deepen cooperation in high-speed rail.",
            "Cuong also thanked Lee for his support. \"I hope we can work closely,\" Lee said.",
            "Kang told reporters that the ties had grown.",
        ])
        let call = try #require(facts.first).eventDate
        #expect(call.date == CalendarDate(year: 2025, month: 6, day: 12) && !call.isFallback)
        for (start, words) in [("The two leaders", "agreed"), ("Cuong also", "thanked"), ("\"I hope", "Lee")] {
            let date = try #require(facts.first { $0.text.hasPrefix(start) }).eventDate
            #expect(date.date == call.date && date.isFromContact, "\(start)")
            #expect(date.expression == words, "\(start)")
        }
        // Nobody of the call acts in it: a sentence of the report, dated when the report was published.
        #expect(try #require(facts.first { $0.text.hasPrefix("Kang") }).eventDate.isFallback)
    }

    @Test("what the people agreed before any dated contact is reported keeps the publication date")
    func actsBeforeTheContact() throws {
        let facts = Self.facts([
            "The two leaders agreed to deepen cooperation in high-speed rail.",
            "Lee pledged to visit Hanoi. Lee Jae-myung talked over the phone with Luong Cuong on Thursday.",
        ])
        #expect(try #require(facts.first { $0.text.hasPrefix("The two") }).eventDate.isFallback)
        #expect(try #require(facts.first { $0.text.hasPrefix("Lee pledged") }).eventDate.isFallback)
    }
}
