import Testing
@testable import BriefingKit

@Suite("Facts read from the sample corpus")
struct SampleFactTests {
    let facts = SampleCorpus.everyFact()

    func fact(_ prefix: String) throws -> Fact {
        try #require(facts.first { $0.text.hasPrefix(prefix) }, "no fact starting '\(prefix)'")
    }

    @Test("the JoongAng piece of 13 June 2025 dates its first event to Thursday 12 June")
    func thursday() throws {
        let first = try fact("President Lee Jae-myung talked over the phone")
        #expect(first.eventDate.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(first.eventDate.precision == .day)
        #expect(!first.eventDate.isFallback)
        #expect(first.paragraph == 0 && first.sentence == 0)
    }

    @Test("'by 2030' is an upcoming target of US$150 billion")
    func target() throws {
        let target = try fact("President Cường suggested the two sides coordinate")
        #expect(target.dates.contains { $0.date.year == 2030 && $0.precision == .year && $0.isUpcoming })
        let money = try #require(target.figures.first { $0.kind == .money })
        #expect(money.value == 150_000_000_000 && money.unit == "USD")
    }

    @Test("Cường's suggestion about the trade target is a proposal by Lương Cường")
    func proposal() throws {
        let target = try fact("President Cường suggested the two sides coordinate")
        #expect(target.stances.contains { $0.act == .proposed && $0.actor == .entity("luong-cuong") })
    }

    @Test("Lee's quote in the second JoongAng piece has speaker Lee Jae-myung")
    func leeQuote() throws {
        let quoted = try fact("\"I hope we can work closely")
        #expect(quoted.quotes.first?.speakerEntityID == "lee-jae-myung")
    }

    @Test("'Cuong' alone in the first JoongAng piece is Lương Cường")
    func bareCuong() throws {
        let call = try fact("During the 25-minute call, Cuong described Korea")
        #expect(call.entities.contains("luong-cuong"))
    }

    @Test("'the two leaders' points to the pair the article last named")
    func pluralReference() throws {
        let agreement = try fact("The two leaders agreed to deepen strategic cooperation")
        #expect(Set(agreement.impliedEntities) == ["lee-jae-myung", "luong-cuong"])
        let albanese = try fact("The two leaders also agreed to enhance communication")
        #expect(Set(albanese.impliedEntities).isSuperset(of: ["anthony-albanese"]))
    }

    @Test("entities match on word boundaries, ignoring case and diacritics")
    func matching() {
        var named = Set<String>()
        let matcher = VocabularyMatcher(
            entities: [Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: nil, aliases: []),
                       Entity(id: "vn", name: "Việt Nam", kind: .country, title: nil, aliases: ["Vietnam"]),
                       Entity(id: "to-lam", name: "Tô Lâm", kind: .person, title: nil, aliases: [])],
            topics: [Topic(id: "nuclear", label: "Nuclear", keywords: ["nuclear power plant"])])
        #expect(matcher.match("Lee went to Leeds.", namedPeople: &named).entityIDs.isEmpty)
        #expect(matcher.match("LEE JAE MYUNG met To Lam in Viet Nam.", namedPeople: &named).entityIDs == ["lee", "to-lam", "vn"])
        #expect(matcher.match("Lee spoke later.", namedPeople: &named).entityIDs == ["lee"])
        #expect(matcher.match("two nuclear power plants", namedPeople: &named).topics == ["nuclear"])
    }

    @Test("a mention runs to the end of the name when an alias stops inside it: \"President Lee\" of \"President Lee Jae-myung\"")
    func aliasInsideAName() {
        var named = Set<String>()
        let matcher = VocabularyMatcher(
            entities: [Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: nil, aliases: ["President Lee", "Lee Jae Myung"])],
            topics: [])
        func mentioned(_ text: String) -> [String] {
            matcher.match(text, namedPeople: &named).entities.map { String(text[$0.range]) }
        }
        #expect(mentioned("President Lee Jae-myung proposed a visit.") == ["President Lee Jae-myung"])
        #expect(mentioned("President Lee Jae Myung proposed a visit.") == ["President Lee Jae Myung"])
        #expect(mentioned("President Lee proposed a visit.") == ["President Lee"])
        #expect(mentioned("Lee Jae-myung and President Lee met.") == ["Lee Jae-myung", "President Lee"])
    }

    @Test("a bare name shared by two configured people matches neither")
    func ambiguousSurname() {
        var named: Set<String> = ["lee-a", "lee-b"]
        let matcher = VocabularyMatcher(
            entities: [Entity(id: "lee-a", name: "Lee Jae-myung", kind: .person, title: nil, aliases: []),
                       Entity(id: "lee-b", name: "Lee Nak-yon", kind: .person, title: nil, aliases: [])],
            topics: [])
        #expect(matcher.match("Lee said so.", namedPeople: &named).entityIDs.isEmpty)
    }
}
