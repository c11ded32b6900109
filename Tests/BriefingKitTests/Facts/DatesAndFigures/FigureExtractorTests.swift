import Testing
@testable import BriefingKit

private let extractor = FigureExtractor()

struct FigureCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var kind: FigureKind
    var text: String
    var value: Double
    var unit: String
    var qualifier: String? = nil
    var testDescription: String { sentence }
}

@Suite("FigureExtractor")
struct FigureExtractorTests {
    @Test("extracts a single figure", arguments: [
        // Money.
        FigureCase(sentence: "They set a trade target of US$150 billion by the end of the decade.", kind: .money, text: "US$150 billion", value: 150_000_000_000, unit: "USD"),
        FigureCase(sentence: "The project is worth $19.17 billion.", kind: .money, text: "$19.17 billion", value: 19_170_000_000, unit: "USD"),
        FigureCase(sentence: "Korea pledged 5 million USD in aid.", kind: .money, text: "5 million USD", value: 5_000_000, unit: "USD"),
        FigureCase(sentence: "The fund holds VND 10 trillion.", kind: .money, text: "VND 10 trillion", value: 10_000_000_000_000, unit: "VND"),
        FigureCase(sentence: "The EU offered €3bn in loans.", kind: .money, text: "€3bn", value: 3_000_000_000, unit: "EUR"),
        FigureCase(sentence: "Samsung invested 1.5bn in the plant.", kind: .money, text: "1.5bn", value: 1_500_000_000, unit: ""),
        FigureCase(sentence: "Seoul will spend nearly 2.5 trillion won on the line.", kind: .money, text: "nearly 2.5 trillion won", value: 2_500_000_000_000, unit: "KRW", qualifier: "nearly"),
        FigureCase(sentence: "Hanoi pledged 4,500 billion dong to the project.", kind: .money, text: "4,500 billion dong", value: 4_500_000_000_000, unit: "VND"),
        // Percentages.
        FigureCase(sentence: "Its current economic growth of over 7 per cent impressed Lee.", kind: .percent, text: "over 7 per cent", value: 7, unit: "percent", qualifier: "over"),
        FigureCase(sentence: "Growth hit 7% last quarter.", kind: .percent, text: "7%", value: 7, unit: "percent"),
        FigureCase(sentence: "Growth reached close to 7 percent.", kind: .percent, text: "close to 7 percent", value: 7, unit: "percent", qualifier: "close to"),
        FigureCase(sentence: "Exports were up 3.2 percent.", kind: .percent, text: "up 3.2 percent", value: 3.2, unit: "percent", qualifier: "up"),
        FigureCase(sentence: "Nearly 65% of Koreans believe the rivalry is the biggest threat.", kind: .percent, text: "Nearly 65%", value: 65, unit: "percent", qualifier: "nearly"),
        FigureCase(sentence: "Rates rose 0.25 percentage point.", kind: .percent, text: "0.25 percentage point", value: 0.25, unit: "percentage point"),
        // Durations.
        FigureCase(sentence: "During the 25-minute call, Cuong described Korea as a key partner.", kind: .duration, text: "25-minute", value: 25, unit: "minute"),
        FigureCase(sentence: "Lee spoke with Albanese for about 15 minutes.", kind: .duration, text: "about 15 minutes", value: 15, unit: "minute", qualifier: "about"),
        FigureCase(sentence: "Lee spoke with Cuong for approximately 25 minutes.", kind: .duration, text: "approximately 25 minutes", value: 25, unit: "minute", qualifier: "approximately"),
        FigureCase(sentence: "Lee begins a two-day visit.", kind: .duration, text: "two-day", value: 2, unit: "day"),
        FigureCase(sentence: "The talks ran twenty-five minutes.", kind: .duration, text: "twenty-five minutes", value: 25, unit: "minute"),
        FigureCase(sentence: "Negotiations lasted 3 hours.", kind: .duration, text: "3 hours", value: 3, unit: "hour"),
        // Counts.
        FigureCase(sentence: "Ties have grown over more than 30 years since diplomatic ties were set up.", kind: .count, text: "more than 30 years", value: 30, unit: "year", qualifier: "more than"),
        FigureCase(sentence: "The Association of Southeast Asian Nations is a bloc of 10 countries in the region.", kind: .count, text: "10 countries", value: 10, unit: "country"),
        FigureCase(sentence: "Upgrading ties on the 30th anniversary of diplomatic relations.", kind: .count, text: "30th anniversary", value: 30, unit: "anniversary"),
        FigureCase(sentence: "About 1.5 million people attended.", kind: .count, text: "About 1.5 million people", value: 1_500_000, unit: "person", qualifier: "about"),
        FigureCase(sentence: "It was their first call since the election.", kind: .count, text: "first call", value: 1, unit: "call"),
        // Years.
        FigureCase(sentence: "Diplomatic relations were established in 1992.", kind: .year, text: "1992", value: 1992, unit: "year"),
        FigureCase(sentence: "They set a target by 2030.", kind: .year, text: "by 2030", value: 2030, unit: "year", qualifier: "by"),
        FigureCase(sentence: "The 1982 United Nations Convention on the Law of the Sea applies.", kind: .year, text: "1982", value: 1982, unit: "year"),
    ])
    func single(_ example: FigureCase) throws {
        let figures = extractor.figures(in: example.sentence)
        try #require(figures.count == 1, "got \(figures.map(\.text))")
        let figure = figures[0]
        #expect(figure.kind == example.kind)
        #expect(figure.text == example.text)
        #expect(figure.value == example.value)
        #expect(figure.unit == example.unit)
        #expect(figure.qualifier == example.qualifier)
        #expect(figure.linkedTo == nil)
        #expect(String(example.sentence[figure.range]) == figure.text)
    }

    @Test("reads written-out numbers", arguments: [
        ("one", 1.0), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
    ])
    func writtenNumbers(_ word: String, _ value: Double) throws {
        let noun = value == 1 ? "meeting" : "meetings"
        let figures = extractor.figures(in: "The ministry held \(word) \(noun) abroad.")
        try #require(figures.count == 1)
        #expect(figures[0].kind == .count && figures[0].value == value && figures[0].unit == "meeting")
    }

    @Test func convertedAmountsAreLinked() throws {
        let sentence = "South Korea won a 26 trillion won ($19.17 billion) nuclear power plant project in the country."
        let figures = extractor.figures(in: sentence)
        try #require(figures.count == 2)
        #expect(figures[0].text == "26 trillion won" && figures[0].unit == "KRW" && figures[0].value == 26e12)
        #expect(figures[1].text == "$19.17 billion" && figures[1].unit == "USD")
        #expect(figures[0].linkedTo == 1)
        #expect(figures[1].linkedTo == 0)
    }

    @Test func unrelatedAmountsAreNotLinked() {
        let figures = extractor.figures(in: "Korea gave $5 million and Japan gave $3 million.")
        #expect(figures.map(\.value) == [5e6, 3e6])
        #expect(figures.allSatisfy { $0.linkedTo == nil })
    }

    @Test func coordinatedOrdinalsShareTheirNoun() {
        let sentence = "Lee spoke with both leaders on Thursday, marking his fifth and sixth phone calls with foreign leaders."
        let figures = extractor.figures(in: sentence)
        #expect(figures.map(\.value) == [5, 6])
        #expect(figures.allSatisfy { $0.kind == .count && $0.unit == "phone call" })
    }

    @Test func coordinatedPercentages() {
        let figures = extractor.figures(in: "Growth will be between 5 and 7 percent.")
        #expect(figures.map(\.kind) == [.percent, .percent])
        #expect(figures.map(\.value) == [5, 7])
    }

    @Test func targetSentenceYieldsMoneyAndYear() {
        let sentence = "Cường suggested the two sides rapidly reach the bilateral trade target of US$150 billion by 2030."
        let figures = extractor.figures(in: sentence)
        #expect(figures.map(\.kind) == [.count, .money, .year])
        #expect(figures.map(\.text) == ["two sides", "US$150 billion", "by 2030"])
    }

    @Test("finds no figure", arguments: [
        "Lee spoke with Cuong at 9:30 a.m. in Seoul.",
        "Lee spoke with Albanese starting at 5 p.m. on the same day.",
        "Cuong congratulated Lee on his election as the 21st President of the RoK.",
        "Standards Board Policy (0/250자)",
        "Lee took office on June 4 and spoke with Trump on June 6.",
        "The call took place 12 June at the office.",
        "Supply chains were disrupted by COVID-19.",
        "Korea is Australia's fourth-largest trading partner.",
        "The two leaders agreed to deepen cooperation.",
        "Growth was strong in the 1990s.",
        "They held one-on-one talks.",
    ])
    func none(_ sentence: String) {
        let figures = extractor.figures(in: sentence).filter { $0.unit != "leader" }
        #expect(figures.isEmpty, "got \(figures.map(\.text))")
    }

    @Test func fourDigitCountsAreNotYears() throws {
        let figures = extractor.figures(in: "The bloc deployed 2000 troops.")
        try #require(figures.count == 1)
        #expect(figures[0].kind == .count && figures[0].value == 2000 && figures[0].unit == "troop")
    }

    @Test func rangesPointIntoNonASCIISentences() throws {
        let sentence = "Việt Nam–RoK trade reached US$86.1 billion in 2024, up 8.4 per cent."
        let figures = extractor.figures(in: sentence)
        #expect(figures.map(\.kind) == [.money, .year, .percent])
        for figure in figures { #expect(String(sentence[figure.range]) == figure.text) }
        #expect(figures.last?.value == 8.4)
    }
}
