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

    @Test func vetoOnDayNumbersIsTheVetoOnFacts() {
        let days: [Int?] = [nil, 19_990, 19_993, 19_994, 19_997, 20_000, 20_004]
        for first in days {
            for second in days {
                let (a, b) = (fact(0, day: first), fact(1, day: second))
                #expect(ReportGrouper.mayBeSameEvent(ReportGrouper.eventDay(a), ReportGrouper.eventDay(b))
                        == ReportGrouper.mayBeSameEvent(a, b), "\(String(describing: first)) \(String(describing: second))")
            }
        }
    }

    @Test func rephrasingsMergeUnlessTheirOwnDatesAreMoreThanThreeDaysApart() {
        func clusters(_ firstDay: Int?, _ secondDay: Int?) -> [[Int]] {
            let facts = [fact(0, day: firstDay), fact(1, day: secondDay), fact(2, day: nil)]
            return ReportGrouper.clusters(facts, signatures: facts.map { TextSignature($0.text) })
        }
        #expect(clusters(19_990, 19_993) == [[0, 1], [2]])
        #expect(clusters(nil, 19_993) == [[0, 1], [2]])
        #expect(clusters(19_990, 19_994) == [[0], [1], [2]])
    }
}
