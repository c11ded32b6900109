import Testing
@testable import BriefingKit

private func day(_ iso: String) -> CalendarDate {
    guard let date = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// Friday.
private let friday = day("2025-06-13")
private let resolver = EventDateResolver()

struct DateCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var published: String = "2025-06-13"
    var date: String
    var precision: DatePrecision
    var upcoming = false
    var expression: String? = nil
    var testDescription: String { sentence }
}

@Suite("EventDateResolver")
struct EventDateResolverTests {
    @Test("resolves the event date", arguments: [
        // Weekdays: most recent on or before publication.
        DateCase(sentence: "Lee talked over the phone with Cuong on Thursday.", date: "2025-06-12", precision: .day, expression: "on Thursday"),
        DateCase(sentence: "Cuong on Thursday held phone talks with Lee.", published: "2025-06-12", date: "2025-06-12", precision: .day),
        DateCase(sentence: "The two sides' leaders agreed in a videoconference, Seoul officials said Wednesday.", published: "2022-06-08", date: "2022-06-08", precision: .day, expression: "Wednesday"),
        DateCase(sentence: "On Tuesday, he spoke with Czech Prime Minister Petr Fiala.", date: "2025-06-10", precision: .day, expression: "On Tuesday"),
        DateCase(sentence: "They met last Friday in Seoul.", date: "2025-06-06", precision: .day),
        DateCase(sentence: "They will meet next Monday.", date: "2025-06-16", precision: .day, upcoming: true),
        DateCase(sentence: "The summit will open on Monday.", date: "2025-06-16", precision: .day, upcoming: true),
        DateCase(sentence: "Lee said on Thursday he will visit Hanoi.", date: "2025-06-12", precision: .day),
        DateCase(sentence: "Lee, who will visit Hanoi next month, spoke with Cuong on Thursday.", date: "2025-06-12", precision: .day),
        // Explicit days.
        DateCase(sentence: "Lee speaks by phone at his office on June 12 in this photo.", date: "2025-06-12", precision: .day, expression: "on June 12"),
        DateCase(sentence: "The call took place June 12 at the office.", date: "2025-06-12", precision: .day),
        DateCase(sentence: "The call took place 12 June at the office.", date: "2025-06-12", precision: .day, expression: "12 June"),
        DateCase(sentence: "The call took place on June 12, 2025.", date: "2025-06-12", precision: .day, expression: "on June 12, 2025"),
        DateCase(sentence: "Published: 13 Jun. 2025, 00:06", date: "2025-06-13", precision: .day, expression: "13 Jun. 2025"),
        DateCase(sentence: "The call took place on Jun. 12 in Seoul.", date: "2025-06-12", precision: .day, expression: "on Jun. 12"),
        DateCase(sentence: "The plant opened on June 20 after years of work.", date: "2024-06-20", precision: .day),
        DateCase(sentence: "Lee will visit Hanoi on June 20.", date: "2025-06-20", precision: .day, upcoming: true),
        DateCase(sentence: "Lee will visit Hanoi on January 5.", published: "2025-12-20", date: "2026-01-05", precision: .day, upcoming: true),
        DateCase(sentence: "Lee will visit Hanoi, the office said on June 12.", date: "2025-06-12", precision: .day),
        DateCase(sentence: "The figures were released on 2025-06-10.", date: "2025-06-10", precision: .day),
        DateCase(sentence: "The deal was signed on the 11th.", date: "2025-06-11", precision: .day, expression: "on the 11th"),
        DateCase(sentence: "The deal was signed on the 20th.", date: "2025-05-20", precision: .day),
        DateCase(sentence: "They met on the 1st of June.", date: "2025-06-01", precision: .day, expression: "on the 1st of June"),
        DateCase(sentence: "The law takes effect Jan. 1, 2026.", date: "2026-01-01", precision: .day, upcoming: true, expression: "Jan. 1, 2026"),
        DateCase(sentence: "Lee will visit Hanoi on Friday.", date: "2025-06-13", precision: .day),
        DateCase(sentence: "Growth slowed in mid-2025.", date: "2025-01-01", precision: .year, expression: "in mid-2025"),
        DateCase(sentence: "They met in early June.", date: "2025-06-01", precision: .month, expression: "in early June"),
        DateCase(sentence: "The deal will be signed on the 20th.", date: "2025-06-20", precision: .day, upcoming: true),
        // Relative references.
        DateCase(sentence: "The ministry said yesterday that talks had stalled.", date: "2025-06-12", precision: .day),
        DateCase(sentence: "The ministry announced the plan today.", date: "2025-06-13", precision: .day),
        DateCase(sentence: "Lee took office last week.", date: "2025-06-06", precision: .day, expression: "last week"),
        DateCase(sentence: "The agency was founded three days ago.", date: "2025-06-10", precision: .day),
        DateCase(sentence: "Exports rose earlier this month.", date: "2025-06-01", precision: .month, expression: "earlier this month"),
        DateCase(sentence: "Exports rose this month.", date: "2025-06-01", precision: .month),
        DateCase(sentence: "Exports fell last month.", date: "2025-05-01", precision: .month),
        DateCase(sentence: "Exports fell last year.", date: "2024-01-01", precision: .year),
        DateCase(sentence: "Exports rose this year.", date: "2025-01-01", precision: .year),
        // Months.
        DateCase(sentence: "The agreements reached during the State visit to the RoK by General Secretary Tô Lâm in August.", published: "2025-10-30", date: "2025-08-01", precision: .month, expression: "in August"),
        DateCase(sentence: "Tô Lâm visited Seoul earlier in August.", published: "2025-10-30", date: "2025-08-01", precision: .month, expression: "earlier in August"),
        DateCase(sentence: "Tô Lâm visited Seoul in August.", date: "2024-08-01", precision: .month),
        DateCase(sentence: "Yoon, after being elected in March 2022, first spoke with the leaders of the United States.", date: "2022-03-01", precision: .month, expression: "in March 2022"),
        DateCase(sentence: "Prices rose in May.", date: "2025-05-01", precision: .month),
        // Years.
        DateCase(sentence: "Former President Moon called the Chinese leader second in 2017.", date: "2017-01-01", precision: .year, expression: "in 2017"),
        DateCase(sentence: "The 1982 United Nations Convention on the Law of the Sea applies.", date: "1982-01-01", precision: .year, expression: "1982"),
        // Future references.
        DateCase(sentence: "They aim to rapidly reach the bilateral trade target of US$150 billion by 2030.", published: "2025-10-30", date: "2030-01-01", precision: .year, upcoming: true, expression: "by 2030"),
        DateCase(sentence: "He hoped Korea would support Việt Nam to successfully organise APEC Economic Leaders’ Week 2027.", published: "2025-10-30", date: "2027-01-01", precision: .year, upcoming: true, expression: "2027"),
        DateCase(sentence: "Việt Nam hosts the meeting in 2027.", date: "2027-01-01", precision: .year, upcoming: true),
        DateCase(sentence: "Tariffs rise next month.", date: "2025-07-01", precision: .month, upcoming: true),
        DateCase(sentence: "Tariffs rise next year.", date: "2026-01-01", precision: .year, upcoming: true),
        DateCase(sentence: "The treaty is to be ratified later this year.", date: "2025-01-01", precision: .year, upcoming: true, expression: "later this year"),
        DateCase(sentence: "Lee hopes to visit Vietnam ahead of the APEC summit in Korea in November.", date: "2025-11-01", precision: .month, upcoming: true),
        DateCase(sentence: "Lee will travel to Hanoi, Da Nang and Hue in November.", date: "2025-11-01", precision: .month, upcoming: true),
        DateCase(sentence: "Lee travelled to Hanoi in November.", date: "2024-11-01", precision: .month),
        DateCase(sentence: "Lee will travel to Hanoi in March.", date: "2026-03-01", precision: .month, upcoming: true),
    ])
    func resolves(_ example: DateCase) {
        let result = resolver.resolve(example.sentence, published: day(example.published))
        #expect(result.date == day(example.date))
        #expect(result.precision == example.precision)
        #expect(result.isUpcoming == example.upcoming)
        #expect(!result.isFallback)
        #expect(!result.method.isEmpty)
        if let expression = example.expression { #expect(result.expression == expression) }
    }

    @Test func weekdayMethodNamesTheRule() {
        #expect(resolver.resolve("They spoke on Thursday.", published: friday).method == "weekday before publication")
        #expect(resolver.resolve("Lee took office last week.", published: friday).method == "last week")
    }

    @Test("falls back to the publication date", arguments: [
        "The two leaders agreed to deepen strategic cooperation.",
        "During the 25-minute call, Cuong described Korea as a key partner.",
        "South Korea won a 26 trillion won ($19.17 billion) nuclear power plant project.",
        "The ties have grown over more than 30 years.",
        "Cuong congratulated Lee on his election as the 21st President of the RoK.",
        "The deal may collapse if talks march on without progress.",
        "Theresa May spoke at Mar-a-Lago.",
        "Standards Board Policy (0/250자)",
    ])
    func fallback(_ sentence: String) {
        let result = resolver.resolve(sentence, published: friday)
        #expect(result == .fallback(friday))
        #expect(result.isFallback && result.precision == .day && result.expression.isEmpty)
        #expect(resolver.expressions(in: sentence, published: friday).isEmpty)
    }

    @Test func mainClauseDayBeatsBackgroundYear() {
        let sentence = "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday "
            + "and agreed to elevate ties, noting relations since the establishment of diplomatic ties in 1992."
        let result = resolver.resolve(sentence, published: friday)
        #expect(result.date == day("2025-06-12") && result.precision == .day)
        #expect(resolver.expressions(in: sentence, published: friday).map(\.date) == [day("2025-06-12"), day("1992-01-01")])
    }

    @Test func backgroundYearIsListedButNotTheEventDate() {
        let sentence = "Lee praised the development of bilateral relations since the establishment of diplomatic ties in 1992."
        let all = resolver.expressions(in: sentence, published: friday)
        #expect(all.count == 1)
        #expect(all.first?.date == day("1992-01-01") && all.first?.precision == .year && all.first?.isUpcoming == false)
        let result = resolver.resolve(sentence, published: friday)
        #expect(result.isFallback && result.date == friday)
    }

    @Test func sinceYearIsAnExpression() {
        let all = resolver.expressions(in: "Trade has tripled since 1992.", published: friday)
        #expect(all.map(\.expression) == ["since 1992"])
        #expect(all.first?.precision == .year)
    }

    @Test func mainClauseWeekdayBeatsRelativeClauseDate() {
        let sentence = "State President Lương Cường on Thursday held phone talks with President Lee Jae-myung, "
            + "who officially took office on June 4."
        let published = day("2025-06-12")
        #expect(resolver.resolve(sentence, published: published).date == published)
        #expect(resolver.expressions(in: sentence, published: published).map(\.date) == [published, day("2025-06-04")])
    }

    @Test func pastEventBeatsTargetOfSamePrecision() {
        let sentence = "In 2023 the two sides set a trade target of US$150 billion by 2030."
        let result = resolver.resolve(sentence, published: friday)
        #expect(result.date == day("2023-01-01") && !result.isUpcoming)
    }

    @Test func expressionsListEveryDate() {
        let sentence = "Lee's first call was with Trump on June 6, followed by calls with Ishiba on June 9 and Xi on June 10."
        let dates = resolver.expressions(in: sentence, published: friday).map(\.date)
        #expect(dates == [day("2025-06-06"), day("2025-06-09"), day("2025-06-10")])
    }

    @Test("ignores numbers that are not dates", arguments: [
        "During the 25-minute call, Cuong spoke.",
        "The project is worth $19.17 billion.",
        "Relations span 30 years.",
        "He is the 21st President.",
        "They met at 9:30 a.m. for 15 minutes.",
        "The bloc has 2000 members.",
    ])
    func notDates(_ sentence: String) {
        #expect(resolver.expressions(in: sentence, published: friday).isEmpty)
    }

    @Test func neverReadsTheClock() {
        let old = day("1999-03-10")   // a Wednesday
        #expect(resolver.resolve("They met on Monday.", published: old).date == day("1999-03-08"))
        #expect(resolver.resolve("They met yesterday.", published: old).date == day("1999-03-09"))
    }

    @Test func yearBoundaries() {
        #expect(resolver.resolve("They met last month.", published: day("2025-01-15")).date == day("2024-12-01"))
        #expect(resolver.resolve("They met on the 28th.", published: day("2025-01-05")).date == day("2024-12-28"))
        #expect(resolver.resolve("They met on December 30.", published: day("2025-01-02")).date == day("2024-12-30"))
    }
}
