import Testing
@testable import BriefingKit

@Suite("What a key figure measures")
struct FigureDigestTests {
    /// The measures of each sentence's key figures, read as a brief reads them.
    private func measures(_ texts: [String], contact: String? = nil) -> [String: String] {
        let day = CalendarDate(dayNumber: 20_000)
        let facts = texts.enumerated().map { index, text in
            var fact = Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                            entities: [], topics: [], eventDate: .fallback(day))
            fact.figures = FigureExtractor().figures(in: text)
            fact.contactFormat = contact
            return fact
        }
        let groups = facts.indices.map { ReportGroup(members: ReportMembers(facts: facts, positions: [$0]), outlets: ["X"]) }
        let found = FigureDigest().figures(from: groups, cite: { _ in [1] })
        return Dictionary(found.map { ($0.figure.text, $0.measure) }, uniquingKeysWith: { first, _ in first })
    }

    /// The counted noun as the sentence writes it, not the unit with an "s": no "anniversarys" or "economys".
    @Test func aCountMeasuresItsNounAsWritten() {
        let found = measures([
            "The two leaders marked the 33rd anniversary of diplomatic ties in Hanoi on Monday.",
            "Ministers from the 21 member economies of APEC, meeting in Gyeongju, backed the plan.",
            "About 21,000 Vietnamese workers are employed in Korea under the Employment Permit System.",
            "The two countries have enjoyed more than 30 years of diplomatic relations.",
        ])
        #expect(found["33rd anniversary"] == "anniversary of diplomatic ties", "\(found)")
        #expect(found["21 member economies"] == "member economies of APEC", "\(found)")
        // A count that measures only its noun shows the number: the noun is not shown twice.
        #expect(found["About 21,000"] == "Vietnamese workers", "\(found)")
        #expect(found["more than 30 years"] == "years of diplomatic relations", "\(found)")
    }

    /// Years since an event are counted from it, when the sentence names it in a few words and no verb.
    @Test func yearsSinceAnEventMeasureTheTimeFromIt() {
        let found = measures([
            "Relations have grown over more than 30 years since the establishment of diplomatic ties, especially in trade.",
            "Ties have deepened in the 25 years since diplomatic ties were set up in 1992.",
            "About 400 companies since the crisis have moved production to Vietnam.",
        ])
        #expect(found["more than 30 years"] == "years since the establishment of diplomatic ties", "\(found)")
        // A phrase that goes on with a verb names no event: the count measures its noun alone.
        #expect(found["25"] == "years", "\(found)")
        // Only a count of time is counted since something.
        #expect(found["About 400"] == "companies", "\(found)")
    }

    /// In a report of a call, a duration it went on for is the call's; one that dates it is nothing's.
    @Test func aDurationIsTheContactsOnlyWhenTheContactWentOnForIt() {
        let found = measures([
            "Lee spoke with Albanese for about 15 minutes starting at 5 p.m.",
            "The call lasted 40 minutes.",
            "The meeting came 6 weeks after officials of the two countries met in Hanoi.",
        ], contact: "Phone call")
        #expect(found["about 15 minutes"] == "phone call", "\(found)")
        #expect(found["40 minutes"] == "phone call", "\(found)")
        #expect(found["6 weeks"] == nil, "\(found)")
    }

    /// A price the sentence puts after the thing ("a study worth $41.6 billion") measures the thing.
    @Test func worthIsNotPartOfTheMeasure() {
        let found = measures(["Cuong called on Korea to cooperate on a feasibility study for high-speed rail worth $41.6 billion."])
        #expect(found["$41.6 billion"] == "feasibility study for high-speed rail", "\(found)")
    }

    /// Words before a figure that run through a verb measure what follows the verb, not the clause.
    @Test func aMeasureStartsAfterItsVerb() {
        let found = measures([
            "President Lee met To Lam in Incheon, and the two agreed to raise bilateral trade to $150 billion by 2030.",
            "Cuong suggested the two countries promote economic cooperation worth $76.2 billion in new projects.",
            "Fiala invited Yoon to visit at an early date to boost two-way investment to $20 billion.",
            "They announced a government support package worth $5 billion.",
            "They backed the plan to raise $7 billion.",
            "The two sides promised to pursue nuclear power plant projects worth about $58.5 billion as a new pillar of ties.",
            "Officials signed deals worth $3.2 billion as part of the visit.",
            "Lee said he hopes to lift two-way trade to $300 billion.",
        ])
        #expect(found["$150 billion"] == "bilateral trade", "\(found)")
        #expect(found["$76.2 billion"] == "economic cooperation", "\(found)")
        #expect(found["$20 billion"] == "two-way investment", "\(found)")
        #expect(found["$5 billion"] == "government support package", "\(found)")
        #expect(found["$7 billion"] == "plan to raise", "\(found)")
        #expect(found["about $58.5 billion"] == "nuclear power plant projects", "\(found)")
        #expect(found["$3.2 billion"] == nil, "\(found)")
        #expect(found["$300 billion"] == "two-way trade", "\(found)")
    }

    /// "growth of 32.4 percent" measures growth; "last year" after a figure is when, not what.
    @Test func theNounBeforeOfIsTheMeasure() {
        let found = measures([
            "The Prime Minister congratulated Korea on its achievements, including economic growth of 32.4 percent last year.",
            "Exports rose 12.5 percent last year.",
        ])
        #expect(found["32.4 percent"] == "economic growth", "\(found)")
        #expect(found["12.5 percent"] == nil, "\(found)")
    }

    @Test func aNounTheUnitDoesNotEndIsLeftToTheUnit() {
        let figure = Figure(kind: .count, text: "12 men", range: "12 men".startIndex..<"12 men".endIndex, value: 12, unit: "man")
        #expect(FigureDigest.countedNoun(of: figure) == nil)
        let written = Figure(kind: .count, text: "about 21,000 Vietnamese workers", range: figure.range, value: 21_000,
                             unit: "vietnamese worker")
        #expect(FigureDigest.countedNoun(of: written) == "Vietnamese workers")
    }
}
