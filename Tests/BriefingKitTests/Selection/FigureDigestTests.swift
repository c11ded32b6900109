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
        #expect(found["About 21,000 Vietnamese workers"] == "Vietnamese workers", "\(found)")
        #expect(found["more than 30 years"] == "years of diplomatic relations", "\(found)")
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

    @Test func aNounTheUnitDoesNotEndIsLeftToTheUnit() {
        let figure = Figure(kind: .count, text: "12 men", range: "12 men".startIndex..<"12 men".endIndex, value: 12, unit: "man")
        #expect(FigureDigest.countedNoun(of: figure) == nil)
        let written = Figure(kind: .count, text: "about 21,000 Vietnamese workers", range: figure.range, value: 21_000,
                             unit: "vietnamese worker")
        #expect(FigureDigest.countedNoun(of: written) == "Vietnamese workers")
    }
}
