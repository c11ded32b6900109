import Testing
@testable import BriefingKit

@Suite("Choosing diverse items")
struct DiversitySelectorTests {
    private static let texts = [
        "President Lee Jae-myung and State President Luong Cuong agreed to expand cooperation in nuclear power and high-speed rail.",
        "Lee Jae-myung and Luong Cuong agreed to expand cooperation in nuclear power and high-speed rail, the office said.",
        "Exports of Vietnamese farm products to Korea rose 12 percent in the first half of the year, customs data showed.",
    ]

    private func groups(scores: [Double]) -> ([ReportGroup], [TextSignature]) {
        let day = CalendarDate(dayNumber: 20_000)
        let facts = Self.texts.enumerated().map { index, text in
            Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                 entities: ["lee-jae-myung"], topics: ["trade"], eventDate: .fallback(day))
        }
        var groups = facts.indices.map { ReportGroup(members: ReportMembers(facts: facts, positions: [$0]), outlets: ["X"]) }
        for index in groups.indices { groups[index].score = scores[index] }
        return (groups, Self.texts.map(TextSignature.init))
    }

    /// A rephrasing of the first pick is left out in the same pass that picks the next item, which
    /// must still be the best remaining one, not the one that moved into its place.
    @Test func redundantGroupDoesNotHideTheNextPick() {
        let (groups, signatures) = groups(scores: [10, 9, 5])
        #expect(signatures[0].similarity(to: signatures[1]) >= DiversitySelector.redundancy)
        let picked = DiversitySelector(limit: 5, perTopic: nil, topics: ["trade"]).select(groups, signatures: signatures)
        #expect(picked.chosen == [0, 2])
        #expect(picked.rejected[1]?.hasPrefix("too similar to") == true)
    }

    @Test func limitCutsTheRest() {
        let (groups, signatures) = groups(scores: [10, 9, 5])
        let picked = DiversitySelector(limit: 1, perTopic: nil, topics: ["trade"]).select(groups, signatures: signatures)
        #expect(picked.chosen == [0])
        #expect(picked.rejected[2] == "below the cut (max_facts 1)")
    }
}
