import Testing
@testable import BriefingKit

@Suite("Who \"the Vietnamese leader\" and \"his Korean counterpart\" stand for")
struct LeaderReferenceTests {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: "President of the Republic of Korea",
                            aliases: ["President Lee"])
    static let yoon = Entity(id: "yoon", name: "Yoon Suk Yeol", kind: .person, title: "Former President of the Republic of Korea",
                             aliases: ["President Yoon"])
    static let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: "State President of Việt Nam",
                              aliases: ["President Cường"])
    static let toLam = Entity(id: "to-lam", name: "Tô Lâm", kind: .person,
                              title: "General Secretary of the Communist Party of Việt Nam", aliases: ["To Lam"])
    static let cho = Entity(id: "cho", name: "Cho Hyun", kind: .person, title: "Minister of Foreign Affairs of the Republic of Korea",
                            aliases: [])
    static let kang = Entity(id: "kang", name: "Kang Yu-jung", kind: .person, title: "Spokesperson of the Korean presidential office",
                             aliases: [])
    static let vietnam = Entity(id: "vietnam", name: "Việt Nam", kind: .country, aliases: ["Vietnam", "Vietnamese"])
    static let korea = Entity(id: "korea", name: "Republic of Korea", kind: .country, aliases: ["Korea", "Korean", "RoK"])
    static let party = Entity(id: "party", name: "Communist Party of Việt Nam", kind: .organisation, aliases: [])

    static func facts(_ paragraphs: [String]) -> [Fact] {
        ArticleFacts.facts(paragraphs, entities: [lee, yoon, cuong, toLam, cho, kang, vietnam, korea, party])
    }

    @Test("an opening \"The Vietnamese leader\" is the Vietnamese leader the article named: mentioned, the referent, the subject")
    func openingPhrase() throws {
        let facts = Self.facts([
            "President Lee Jae-myung held talks with State President Lương Cường in Gyeongju on Thursday.",
            "The Vietnamese leader proposed that the two sides raise trade to US$150 billion by 2030.",
            "He also invited Lee to visit Hà Nội.",
        ])
        let proposed = try ArticleFacts.fact(facts, "The Vietnamese leader")
        #expect(proposed.entities == ["vietnam", "cuong"])
        #expect(proposed.referent == "cuong")
        #expect(proposed.stances.map(\.actor) == [.entity("cuong")])
        // The next "He" is the person the phrase stood for.
        #expect(try ArticleFacts.fact(facts, "He also invited").referent == "cuong")
    }

    @Test("\"the Korean President\" further on is a mention of him, and \"his Vietnamese counterpart\" makes a contact of two")
    func phraseFurtherOn() throws {
        let facts = Self.facts([
            "State President Lương Cường spoke by phone with President Lee Jae-myung on Thursday.",
            "Cường conveyed the congratulations of the Vietnamese people to the Korean President.",
            "Lee held talks with his Vietnamese counterpart in Hà Nội on Friday.",
        ])
        let conveyed = try ArticleFacts.fact(facts, "Cường conveyed")
        #expect(conveyed.entities == ["cuong", "vietnam", "korea", "lee"])
        // Not an opening: the sentence keeps its own words in a brief.
        #expect(conveyed.referent == nil)
        let call = try ArticleFacts.fact(facts, "Lee held talks")
        #expect(call.entities == ["lee", "vietnam", "cuong"])
        #expect(call.contactFormat != nil)
    }

    @Test("the leader the article mentions most is meant, not the one it named last; an office must be the person's")
    func whichLeader() throws {
        let facts = Self.facts([
            "State President Lương Cường held talks with President Lee Jae-myung in Gyeongju.",
            "President Cường said the partnership had grown in the past year.",
            "The visit by General Secretary Tô Lâm in August was a success.",
            "The Vietnamese leader said he was pleased with the ties.",
            "The Vietnamese general secretary had proposed the visit.",
            "The Vietnamese prime minister will visit Seoul in December.",
        ])
        #expect(try ArticleFacts.fact(facts, "The Vietnamese leader").referent == "cuong")
        // Tô Lâm's title holds "general secretary"; Cường's does not.
        #expect(try ArticleFacts.fact(facts, "The Vietnamese general secretary").referent == "to-lam")
        // No configured person is Việt Nam's prime minister.
        let minister = try ArticleFacts.fact(facts, "The Vietnamese prime minister")
        #expect(minister.referent == nil)
        #expect(minister.entities == ["vietnam"])
    }

    @Test("of two Korean presidents, the one the article is about")
    func formerPresident() throws {
        let facts = Self.facts([
            "President Yoon Suk Yeol met State President Lương Cường in Seoul in 2023.",
            "The Korean president thanked Cường for the visit.",
        ])
        #expect(try ArticleFacts.fact(facts, "The Korean president").referent == "yoon")
    }

    @Test("left as written: nobody named yet, a name after the office, plural leaders, \"a\" leader, a spokesperson",
          arguments: [
            ["The Vietnamese leader arrived in Seoul on Thursday."],
            ["President Lương Cường arrived.", "The Vietnamese President Võ Văn Thưởng was also there."],
            ["President Lương Cường arrived.", "The Vietnamese leaders met the delegation."],
            ["President Lương Cường arrived.", "A Vietnamese leader met the delegation."],
            ["President Lee Jae-myung arrived.", "The Korean spokesperson met the delegation."],
            // A minister's counterpart is no leader; nor is one whose "his" the sentence does not name.
            ["President Lương Cường arrived.", "Foreign Minister Cho Hyun met his Vietnamese counterpart in Hanoi."],
            ["President Lương Cường arrived.", "Officials said he met his Vietnamese counterpart in Hanoi."],
            // Named too long before: the article may have gone on to a leader the config does not know.
            ["President Lương Cường arrived."] + (1...8).map { "Officials discussed item \($0) of the trade agenda." }
                + ["The Vietnamese leader said the talks went well."],
          ])
    func leftAlone(paragraphs: [String]) throws {
        let last = try #require(Self.facts(paragraphs).last)
        #expect(last.referent == nil)
        #expect(!last.entities.contains { ["lee", "cuong"].contains($0) })
    }

    @Test("a quotation attributed to \"the Vietnamese leader\" is the leader's")
    func quotedLeader() throws {
        let facts = Self.facts([
            "State President Lương Cường held talks with President Lee Jae-myung.",
            "“Việt Nam values its partnership with the Republic of Korea,” the Vietnamese leader said.",
        ])
        let quote = try #require(facts.flatMap(\.quotes).first)
        #expect(quote.speakerEntityID == "cuong")
    }

    @Test("a brief names the leader in brackets after the opening phrase")
    func namedInBrief() throws {
        #expect(LeaderReferences.openingEnd(of: "The Vietnamese leader said he was pleased.") == 21)
        #expect(LeaderReferences.openingEnd(of: "The RoK President congratulated Việt Nam.") == 17)
        #expect(LeaderReferences.openingEnd(of: "The Republic of Korea prime minister spoke.") == 36)
        #expect(LeaderReferences.openingEnd(of: "The two leaders agreed.") == nil)
        var fact = Fact(article: 0, paragraph: 0, sentence: 0, bodyRange: 0..<40, text: "The Vietnamese leader said he was pleased.",
                        entities: ["vietnam", "cuong"], topics: [], eventDate: .fallback(CalendarDate(year: 2025, month: 6, day: 13)!))
        fact.referent = "cuong"
        let insertion = NamedReferents.insertion(for: fact, principals: []) { $0 == "cuong" ? "Lương Cường" : nil }
        #expect(insertion == BriefItem.Insertion(offset: 21, names: "Lương Cường"))
    }
}
