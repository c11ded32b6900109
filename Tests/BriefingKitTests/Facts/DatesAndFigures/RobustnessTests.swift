import Testing
@testable import BriefingKit

@Suite("Robustness")
struct RobustnessTests {
    /// Deterministic pseudo-random generator (SplitMix64) so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            defer { state &+= 0x9E37_79B9_7F4A_7C15 }
            return StableHash.mix(state)
        }
    }

    private static let pieces = [
        "on", "Thursday", "June", "12", ",", "2025", "the", "11th", "$", "US", "19.17", "billion", "won", "(", ")",
        "-", "minute", "%", "per", "cent", "by", "2030", "since", "1992", "in", "May", "last", "week", "9", ":", "30",
        "a.m.", "/", "자", "Việt", "’", "€", "3bn", "fifth", "and", "sixth", "phone", "calls", "more", "than", "ago",
        "will", "next", "month", "two", "-day", "twenty", "-five", "Jun.", "VND", "1,000", ".", "30th", "of",
    ]

    @Test func randomTokenSoupNeverCrashes() {
        var generator = SplitMix(state: 42)
        let resolver = EventDateResolver()
        let extractor = FigureExtractor()
        guard let published = CalendarDate(year: 2025, month: 6, day: 13) else { return }
        for _ in 0..<3000 {
            let count = Int.random(in: 0...14, using: &generator)
            var sentence = ""
            for _ in 0..<count {
                let piece = Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
                sentence += Bool.random(using: &generator) ? piece : " " + piece
            }
            _ = resolver.resolve(sentence, published: published)
            for figure in extractor.figures(in: sentence) {
                #expect(String(sentence[figure.range]) == figure.text)
            }
        }
    }

    @Test func longInputIsHandledInOnePass() {
        let sentence = String(repeating: "Lee spoke on Thursday for about 15 minutes about US$150 billion by 2030. ", count: 3000)
        guard let published = CalendarDate(year: 2025, month: 6, day: 13) else { return }
        #expect(EventDateResolver().expressions(in: sentence, published: published).count == 6000)
        #expect(FigureExtractor().figures(in: sentence).count == 9000)
    }

    @Test func sentencesWithoutDigitsOrDateWordsTakeTheFastPath() {
        #expect(!DateExpressionScanner.mayContainDate("The leaders agreed to deepen cooperation in energy."))
        #expect(DateExpressionScanner.mayContainDate("They met on Thursday."))
        #expect(FigureExtractor().figures(in: "The leaders agreed to deepen cooperation.").isEmpty)
    }
}

@Suite("Date expressions at the edges of a sentence")
struct DateEdgeTests {
    @Test("a day of the month as the very first word is read without looking before the sentence",
          arguments: ["11th of June was the day the talks began.", "12 June saw the leaders meet.", "June 12 was chosen for the call."])
    func dayFirst(sentence: String) throws {
        let published = try #require(CalendarDate(year: 2025, month: 6, day: 13))
        let date = EventDateResolver().resolve(sentence, published: published)
        #expect(date.date.month == 6 && date.date.year == 2025)
    }
}
