import Foundation
import Testing
@testable import BriefingKit

/// Who "both sides" are: a brief never says it of a pair that is not the meeting's.
@Suite struct StanceSorterTests {
    static let day = CalendarDate(dayNumber: 20_251)
    static let names = ["lee": "Lee Jae-myung", "cuong": "Lương Cường", "albanese": "Anthony Albanese", "kang": "Kang Yu-jung",
                        "yoon": "Yoon Suk Yeol"]

    /// A one-sentence report whose stance is by both sides, naming `named` and implying `implied`.
    private func group(_ act: StanceAct, named: [String], implied: [String] = [], text: String = "The two agreed to cooperate.") -> ReportGroup {
        var fact = Fact(article: 0, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                        entities: named, topics: [], eventDate: .fallback(Self.day))
        fact.impliedEntities = implied
        let verb = text.range(of: act == .pledged ? "pledged" : "agreed") ?? text.startIndex..<text.startIndex
        fact.stances = [Stance(actor: .bothSides, act: act, verb: String(text[verb]), range: verb)]
        return ReportGroup(members: ReportMembers(facts: [fact], positions: [0]), outlets: ["X"])
    }

    private func meeting() -> StanceSorter {
        StanceSorter(principal: "lee", counterparts: ["cuong"], name: { Self.names[$0] ?? $0 }, isMeeting: true,
                     people: Set(Self.names.keys), aides: ["kang"])
    }

    private func leader() -> StanceSorter {
        StanceSorter(principal: "lee", counterparts: ["cuong", "albanese", "kang", "yoon"], name: { Self.names[$0] ?? $0 },
                     people: Set(Self.names.keys), aides: ["kang"])
    }

    /// A one-actor stance by "lee" or "cuong", as `text` words it, naming `named`.
    private func oneSided(_ act: StanceAct, by actor: String, named: [String], implied: [String] = [], text: String) -> ReportGroup {
        var fact = Fact(article: 0, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                        entities: named, topics: [], eventDate: .fallback(Self.day))
        fact.impliedEntities = implied
        fact.stances = [Stance(actor: .entity(actor), act: act, verb: "invited", range: text.startIndex..<text.startIndex)]
        return ReportGroup(members: ReportMembers(facts: [fact], positions: [0]), outlets: ["X"])
    }

    @Test("in a meeting brief, one side's stance has a place only when its wording names or implies the other side")
    func oneSideAddressesTheOther() {
        var sorter = meeting()
        sorter.principalSide = ["lee", "korea"]
        sorter.counterpartSide = ["cuong", "vietnam"]
        // Lee's invitation of someone the config does not know is not what Lee asked of Cường.
        #expect(sorter.sections(of: oneSided(.invited, by: "lee", named: ["lee"], text: "Lee invited Prime Minister Ishiba to visit.")).isEmpty)
        #expect(sorter.sections(of: oneSided(.invited, by: "lee", named: ["lee", "vietnam"], text: "Lee invited the Vietnamese leader to visit."))
            .map(\.section) == [.principalAsks])
        #expect(sorter.sections(of: oneSided(.proposed, by: "lee", named: [], implied: ["lee", "cuong"], text: "He proposed that both sides meet."))
            .map(\.section) == [.principalAsks])
        #expect(sorter.sections(of: oneSided(.invited, by: "cuong", named: ["cuong", "korea"], text: "Cuong invited Korean firms to invest."))
            .map(\.section) == [.counterpartAsks])
        #expect(sorter.sections(of: oneSided(.pledged, by: "cuong", named: ["cuong"], text: "Cuong pledged to curb inflation.")).isEmpty)
        // Without the sides' countries, the wording is not asked for them.
        #expect(meeting().sections(of: oneSided(.invited, by: "lee", named: ["lee"], text: "Lee invited Prime Minister Ishiba to visit."))
            .map(\.section) == [.principalAsks])
    }

    @Test func theMeetingsOwnSidesAreBothSides() {
        let placements = meeting().sections(of: group(.agreed, named: ["cuong", "lee", "vietnam"]))
        #expect(placements == [.init(section: .agreements, attribution: "Agreed by both sides")])
    }

    @Test func anotherPairIsNamedPrincipalFirstAndPlacedLate() {
        let placements = meeting().sections(of: group(.pledged, named: ["albanese", "lee"], text: "Albanese and Lee pledged to cooperate."))
        #expect(placements == [.init(section: .commitments, attribution: "Pledged by Lee Jae-myung and Anthony Albanese", byOthers: true)])
    }

    @Test func aPairWithoutEitherParticipantHasNoPlace() {
        #expect(meeting().sections(of: group(.agreed, named: ["yoon", "albanese"])).isEmpty)
    }

    /// "The two leaders agreed …, Kang told reporters": the pair the sentence implies, not the spokesperson who spoke.
    @Test func theImpliedPairWinsOverAnAideNamed() {
        let implied = group(.agreed, named: ["kang"], implied: ["lee", "albanese"])
        #expect(leader().sections(of: implied).map(\.attribution) == ["Agreed by Lee Jae-myung and Anthony Albanese"])
        let named = group(.agreed, named: ["lee", "kang", "cuong"])
        #expect(leader().sections(of: named).map(\.attribution) == ["Agreed by Lee Jae-myung and Lương Cường"])
    }

    /// A leader brief has no sides: it names the pair, even its leader's own with a counterpart, and places none late.
    @Test func aLeaderBriefNamesThePair() {
        let placements = leader().sections(of: group(.agreed, named: ["cuong", "lee"]))
        #expect(placements == [.init(section: .agreements, attribution: "Agreed by Lee Jae-myung and Lương Cường")])
        // Two others are named as the wording has them, not in the order the config lists people.
        #expect(leader().sections(of: group(.agreed, named: ["albanese", "cuong"])).map(\.attribution)
            == ["Agreed by Anthony Albanese and Lương Cường"])
    }

    /// When the wording does not tell who the two are, "both sides" is all that can be said.
    @Test func anUnknownPairStaysBothSides() {
        #expect(meeting().sections(of: group(.agreed, named: ["vietnam"])).map(\.attribution) == ["Agreed by both sides"])
        #expect(leader().sections(of: group(.agreed, named: ["lee", "cuong", "albanese"])).map(\.attribution) == ["Agreed by both sides"])
    }
}

@Suite("A meeting brief is about its own two sides")
struct MeetingSidesTests {
    /// Three agreements of the principal with Tô Lâm (of the counterpart's country), each scored above the one agreement
    /// of the meeting's two participants (figures of four kinds), and one with Anthony Albanese (of another country)
    /// scored above them all: the participants' agreement comes first, Tô Lâm's are named after it, Albanese's is left out.
    @Test func theParticipantsAgreementLeadsAndAnotherCountrysIsLeftOut() throws {
        let setup = try #require(SampleCorpus.setup)
        let spec = try #require(setup.config.brief("lee-cuong-gyeongju-2025"))
        let topic = try #require(spec.topics.first)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sides-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for number in 0..<5 {
            try Data("Talks\n\nLee met leaders in Seoul for talks.".utf8).write(to: URL(fileURLWithPath: root + String(format: "/%04d.txt", number)))
        }
        let files = try SourceScanner().files(for: [SourceSpec(path: root, location: nil)])
        let day = try #require(CalendarDate(year: 2025, month: 10, day: 20))
        let corpus = CorpusReader().read(files, relativeTo: root) { _, index in
            let (own, outsider) = (index == 3, index == 4)
            let other = outsider ? "Albanese" : "Tô Lâm"
            let text = own ? "Lee and Cường agreed on plan x, y and z for the rail line."
                : "Lee and \(other) agreed in Vietnam on plan p\(index), q\(index) and r\(index), worth $\(index + 2) billion, 5%, 3 years, 4 ports."
            let people = own ? ["lee-jae-myung", "luong-cuong"] : ["lee-jae-myung", outsider ? "anthony-albanese" : "to-lam", "vietnam"]
            var fact = Fact(article: -1, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                            entities: people, topics: [topic], eventDate: EventDate(date: day, precision: .day, expression: "", method: "test"))
            if let verb = text.range(of: "agreed") { fact.stances = [Stance(actor: .bothSides, act: .agreed, verb: "agreed", range: verb)] }
            if !own {
                let whole = text.startIndex..<text.endIndex
                fact.figures = [Figure(kind: .money, text: "$\(index + 2) billion", range: whole, value: Double(index + 2) * 1e9, unit: "USD"),
                                Figure(kind: .percent, text: "5%", range: whole, value: 5, unit: "percent"),
                                Figure(kind: .duration, text: "3 years", range: whole, value: 3, unit: "year"),
                                Figure(kind: .count, text: "4 ports", range: whole, value: 4, unit: "port")]
            }
            return [fact]
        }
        for explain in [false, true] {
            let brief = try #require(BriefingPipeline().select([spec], config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf,
                                                               explain: explain).first)
            let agreements = brief.agreements
            #expect(agreements.count == 4, "explain: \(explain)")
            #expect(agreements.first?.text.hasPrefix("Lee and Cường") == true, "explain: \(explain)")
            #expect(agreements.first?.attribution == "Agreed by both sides", "explain: \(explain)")
            #expect(agreements.dropFirst().allSatisfy { $0.attribution == "Agreed by Lee Jae-myung and Tô Lâm" }, "explain: \(explain)")
            // The test needs the others to outrank it: otherwise it would lead the section anyway.
            let best = try #require(agreements.map(\.score).max())
            #expect((agreements.first?.score ?? best) < best, "explain: \(explain)")
            let everything = brief.items + brief.keyPoints + agreements + brief.commitments + brief.sections.flatMap(\.items)
            #expect(!everything.contains { $0.text.contains("Albanese") }, "explain: \(explain)")
            if explain {
                let decision = brief.decisions.first { $0.text.contains("Albanese") }
                #expect(decision?.outcome == .rejected("about anthony-albanese, of another country, and no counterpart"))
            }
        }
    }
}
