import Testing
@testable import BriefingKit

@Suite struct TitleCountriesTests {
    static func person(_ id: String, _ title: String?) -> Entity {
        Entity(id: id, name: id, kind: .person, title: title, aliases: [])
    }

    static func country(_ id: String, _ name: String, _ aliases: [String]) -> Entity {
        Entity(id: id, name: name, kind: .country, title: nil, aliases: aliases)
    }

    static let entities = [
        person("lee", "President of the Republic of Korea"), person("cuong", "State President of Việt Nam"),
        person("lam", "General Secretary of the Communist Party of Viet Nam"), person("kang", "Spokesperson of the Korean presidential office"),
        person("albanese", "Prime Minister of Australia"), person("envoy", "Ambassador of Australia to Vietnam"), person("nobody", nil),
        country("korea", "Republic of Korea", ["Korea", "Korean"]), country("vietnam", "Việt Nam", ["Vietnam", "Viet Nam"]),
        country("australia", "Australia", ["Australian"]),
    ]

    /// A meeting's side is its people and their titles' countries, each once; it is complete only when every title names one.
    @Test func aSideIsItsPeopleAndTheirCountries() {
        let countries = TitleCountries.of(Self.entities)
        let both = TitleCountries.side(["cuong", "lam"], countries: countries)
        #expect(both.members == ["cuong", "vietnam", "lam"] && both.complete)
        let partly = TitleCountries.side(["albanese", "nobody"], countries: countries)
        #expect(partly.members == ["albanese", "australia", "nobody"] && !partly.complete)
        #expect(!TitleCountries.side([], countries: countries).complete)
    }

    /// By name or alias, folded as sentences are ("Viet Nam" is "Việt Nam"); a title naming two countries is of both.
    @Test func aTitleNamesItsCountries() {
        let countries = TitleCountries.of(Self.entities)
        #expect(countries["lee"] == ["korea"])
        #expect(countries["cuong"] == ["vietnam"])
        #expect(countries["lam"] == ["vietnam"])
        #expect(countries["kang"] == ["korea"])
        #expect(countries["envoy"] == ["vietnam", "australia"])
        #expect(countries["nobody"] == nil)
    }

    static func meeting(_ participants: [String]) -> BriefSpec {
        BriefSpec(id: "m", kind: .meeting, title: "Meeting",
                  meeting: .init(date: CalendarDate(dayNumber: 20_000), place: nil, format: nil, participants: participants), person: nil,
                  require: [], topics: [], window: .init(), formats: [.markdown], maxFacts: 10, template: nil, exclude: [], maxPerTopic: nil)
    }

    /// Of another country: a title naming countries, none of the participants'. An envoy to one of them is not.
    @Test func outsidersAreOfNoParticipantsCountry() {
        #expect(TitleCountries.outsiders(of: Self.meeting(["lee", "cuong"]), entities: Self.entities) == ["albanese"])
        #expect(TitleCountries.outsiders(of: Self.meeting(["lee", "albanese"]), entities: Self.entities) == ["cuong", "lam"])
    }

    /// Nobody is an outsider when a participant's country is not known, nor in a leader brief.
    @Test func noOutsidersWithoutEveryParticipantsCountry() {
        #expect(TitleCountries.outsiders(of: Self.meeting(["lee", "nobody"]), entities: Self.entities).isEmpty)
        var leader = Self.meeting([])
        leader.kind = .leader
        leader.meeting = nil
        leader.person = "lee"
        #expect(TitleCountries.outsiders(of: leader, entities: Self.entities).isEmpty)
    }
}
