import Testing
@testable import BriefingKit

@Suite("Who a bare name, \"he\" and \"the two leaders\" stand for")
struct PersonReferenceTests {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: "President", aliases: ["President Lee"])
    static let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: "President", aliases: ["President Cường"])
    static let toLam = Entity(id: "to-lam", name: "Tô Lâm", kind: .person, title: "General Secretary", aliases: ["To Lam"])
    static let kang = Entity(id: "kang", name: "Kang Yu-jung", kind: .person, title: "Spokesperson of the presidential office", aliases: [])
    static let cho = Entity(id: "cho", name: "Cho Hyun", kind: .person, title: "Minister of Foreign Affairs", aliases: [])
    static let son = Entity(id: "son", name: "Bùi Thanh Sơn", kind: .person, title: "Minister of Foreign Affairs", aliases: [])

    static func facts(_ paragraphs: [String]) -> [Fact] {
        ArticleFacts.facts(paragraphs, entities: [lee, cuong, toLam, kang, cho, son])
    }

    @Test("a short name that is also an English word (Tô of Tô Lâm is \"to\") is the person only after a title")
    func functionWordNames() throws {
        let facts = Self.facts([
            "General Secretary Tô Lâm met President Lee Jae-myung in Hanoi on Thursday.",
            "Vietnam will continue to create favourable conditions for Korean businesses to invest.",
            "To boost trade, Korea will open a new office.",
            "Lâm said the visit was a success.",
        ])
        #expect(try ArticleFacts.fact(facts, "Vietnam will").entities.isEmpty)
        #expect(try ArticleFacts.fact(facts, "To boost").entities.isEmpty)
        // A surname that is no English word still stands for the person once named in full.
        #expect(try ArticleFacts.fact(facts, "Lâm said").entities == ["to-lam"])
    }

    @Test("a bare name that opens someone else's full name is not the person, nor is the bare name after it")
    func anotherPersonOfTheSameName() throws {
        let facts = Self.facts([
            "President Lee Jae-myung spoke with President Lương Cường on Thursday.",
            "Lee said the talks went well, the Lee Administration said.",
            "Samsung Electronics Chairman Lee Jae-yong met Cường in Hanoi on Sunday evening and pledged to expand investment.",
            "Lee said the company would build two more plants.",
            "On Monday, President Lee thanked Cường; Lee Tuesday said more.",
            "Cường visited Lâm Đồng province with Minister Lương Tam Quang.",
        ])
        #expect(try ArticleFacts.fact(facts, "Lee said the talks").entities == ["lee"])
        #expect(try ArticleFacts.fact(facts, "Samsung Electronics").entities == ["cuong"])
        #expect(try ArticleFacts.fact(facts, "Samsung Electronics").stances.map(\.actor) != [.entity("lee")])
        // After another Lee, a bare "Lee" may be either; a title names the president again.
        #expect(try ArticleFacts.fact(facts, "Lee said the company").entities.isEmpty)
        #expect(try ArticleFacts.fact(facts, "On Monday").entities == ["lee", "cuong"])
        #expect(try ArticleFacts.fact(facts, "Cường visited").entities == ["cuong"])
    }

    @Test("a short name written in lower case is a word, not the person")
    func lowerCaseNames() throws {
        let facts = Self.facts([
            "President Lee Jae-myung spoke with President Lương Cường on Thursday.",
            "Under the lee of the mountain, the cuong fields lay fallow.",
            "Cường thanked Lee for the call.",
        ])
        #expect(try ArticleFacts.fact(facts, "Under the lee").entities.isEmpty)
        #expect(try ArticleFacts.fact(facts, "Cường thanked").entities == ["cuong", "lee"])
    }

    @Test("\"He\" is the person the sentence before names first, its subject, not the last one it names")
    func pronounIsTheSubject() throws {
        let facts = Self.facts([
            "President Lương Cường on Thursday held phone talks with President Lee Jae-myung.",
            "For his part, President Lee expressed his thanks to General Secretary Tô Lâm and President Cường.",
            "He also proposed that Vietnam ease visas for Korean workers.",
            "He pledged to expand the quota for Vietnamese workers.",
        ])
        let proposed = try ArticleFacts.fact(facts, "He also proposed")
        #expect(proposed.stances.map(\.actor) == [.entity("lee")])
        #expect(proposed.referent == "lee")
        #expect(try ArticleFacts.fact(facts, "For his part").referent == nil)
        // A sentence opening with "He" keeps the person it refers to for the next one.
        #expect(try ArticleFacts.fact(facts, "He pledged").stances.map(\.actor) == [.entity("lee")])
    }

    @Test("an opening \"He\" counts as mentioning the person it stands for, so that a brief requiring them takes the sentence")
    func pronounIsAMention() throws {
        let facts = Self.facts([
            "President Lương Cường on Thursday held phone talks with President Lee Jae-myung.",
            "For his part, President Lee expressed his thanks to General Secretary Tô Lâm and President Cường.",
            "He also proposed that Vietnam ease visas for Korean workers.",
            "He held talks with Cường again in Hanoi on Friday.",
        ])
        #expect(try ArticleFacts.fact(facts, "He also proposed").impliedEntities == ["lee"])
        // With the person it stands for, a sentence naming one other reports a contact of two.
        let talks = try ArticleFacts.fact(facts, "He held talks")
        #expect(talks.impliedEntities == ["lee"])
        #expect(talks.contactFormat != nil)
    }

    @Test("an opening \"He\" in a sentence that names the person before is not that person: no referent, no stance of theirs")
    func pronounNamingThePersonBefore() throws {
        let facts = Self.facts([
            "Vietnam backs the policies of President Lee Jae-myung.",
            "He affirmed the wish to work closely with President Lee on rail.",
            "He agreed with President Lee to expand the rail link.",
        ])
        #expect(try ArticleFacts.fact(facts, "He affirmed").referent == nil)
        // Nor is the stance of such a "He" Lee's.
        #expect(try ArticleFacts.fact(facts, "He agreed").stances.map(\.actor) == [.unknown])
    }

    @Test("\"the two leaders\" after three people named together are the two of the contact reported")
    func twoLeadersOfTheContact() throws {
        let facts = Self.facts([
            "President Lương Cường on Thursday held phone talks with President Lee Jae-myung.",
            "For his part, President Lee expressed his thanks to General Secretary Tô Lâm and President Cường.",
            "The two leaders agreed to deepen the partnership.",
        ])
        #expect(Set(try ArticleFacts.fact(facts, "The two leaders").impliedEntities) == ["lee", "cuong"])
    }

    @Test("a leader named with an aide is not a new pair for \"the two leaders\"; two ministers are")
    func aLeaderAndAnAideAreNoPair() throws {
        let facts = Self.facts([
            "President Lee Jae-myung held talks with President Lương Cường on Wednesday.",
            "\"We will expand defence cooperation,\" Lee was quoted as saying by presidential spokesperson Kang Yu-jung.",
            "The two leaders also agreed to deepen cooperation in rail.",
            "Foreign Minister Cho Hyun met his counterpart Bùi Thanh Sơn on Thursday.",
            "The two sides agreed to prepare the next visit.",
        ])
        #expect(Set(try ArticleFacts.fact(facts, "The two leaders").impliedEntities) == ["lee", "cuong"])
        #expect(Set(try ArticleFacts.fact(facts, "The two sides").impliedEntities) == ["cho", "son"])
    }

    @Test("a person named by title and full name is the subject of the verb after the name: \"President Lee Jae-myung proposed\"")
    func titledFullNameIsTheSubject() throws {
        let facts = Self.facts([
            "President Lee Jae-myung proposed that the two sides expand cooperation in nuclear power.",
            "President Lee Jae-myung talked with President Lương Cường on Thursday and agreed to elevate ties.",
            "President Lee Jae-myung and Vietnamese State President Lương Cường promised to deepen bilateral ties.",
        ])
        func actors(_ opening: String) throws -> [StanceActor] { try ArticleFacts.fact(facts, opening).stances.map(\.actor) }
        #expect(try actors("President Lee Jae-myung proposed") == [.entity("lee")])
        #expect(try actors("President Lee Jae-myung talked") == [.entity("lee")])
        #expect(try actors("President Lee Jae-myung and") == [.bothSides])
    }
}
