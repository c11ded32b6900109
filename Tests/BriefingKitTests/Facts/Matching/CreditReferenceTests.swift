import Testing
@testable import BriefingKit

@Suite("A closing \"…, it noted.\" stands for the organisation the article last credited")
struct CreditReferenceTests {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: "President of the Republic of Korea", aliases: [])

    @Test("a closing attribution to an organisation is a credit, as written",
          arguments: [
            ("Lee talked with Cuong on Thursday, Lee's office said.", "Lee's office"),
            ("Cuong invited Lee to Vietnam, the presidential office said.", "the presidential office"),
            ("Trade grew 5 percent, the Ministry of Foreign Affairs said in a statement.", "the Ministry of Foreign Affairs"),
            ("Trade grew 5 percent, according to the trade ministry.", "the trade ministry"),
            ("Arrivals rose, the tourism authority announced.", "the tourism authority"),
            ("Cường thanked Lee, Việt Nam’s foreign ministry said.", "Việt Nam’s foreign ministry"),
          ])
    func credits(text: String, credit: String) {
        #expect(CreditReferences.closing(of: text) == .credit(credit))
    }

    @Test("a person, a pronoun other than \"it\", a long clause or an opening \"It\" is no credit",
          arguments: [
            "Lee vowed to work closely with Cuong, Kang said.",
            "The two sides will meet again, they said.",
            "It marks Lee's first call with a Southeast Asian leader since taking office last week.",
            "The leaders agreed, including in sectors such as rail, nuclear power and the energy office said.",
            "The call lasted 25 minutes, the office said",
            "Officials said the call lasted 25 minutes.",
          ])
    func noCredit(text: String) {
        #expect(CreditReferences.closing(of: text) == nil)
    }

    @Test("\"it\" closing a sentence takes the name after it: the bytes that follow it are counted")
    func pronoun() {
        #expect(CreditReferences.closing(of: "Lee hopes to visit Vietnam in November, it noted.") == .pronoun(bytesAfter: 7))
        #expect(CreditReferences.closing(of: "The talks went well, it said in a statement.") == .pronoun(bytesAfter: 21))
    }

    @Test("\"it\" stands for the last credit, or for the fuller name the article gave a bare \"the office\" before")
    func memory() {
        var credits = CreditMemory()
        #expect(credits.referent == nil)
        credits.read(crediting: "Lee's office")
        credits.read(crediting: nil)
        credits.read(crediting: "the office")
        #expect(credits.referent == "Lee's office")
        credits.read(crediting: "the trade ministry")
        #expect(credits.referent == "the trade ministry")
        credits.read(crediting: "the ministry")
        #expect(credits.referent == "the trade ministry")
        var bare = CreditMemory()
        bare.read(crediting: "the office")
        #expect(bare.referent == "the office")
    }

    @Test("an \"it\" more than three sentences after the last credit stands for nothing known")
    func reach() {
        var credits = CreditMemory()
        credits.read(crediting: "the trade ministry")
        for _ in 0..<CreditMemory.reach { credits.read(crediting: nil) }
        #expect(credits.referent == "the trade ministry")
        credits.read(crediting: nil)
        #expect(credits.referent == nil)
    }

    @Test("an article's \"it noted\" learns the office its earlier sentences credited; without one, nothing")
    func extracted() throws {
        let facts = ArticleFacts.facts([
            "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday, Lee's office said.",
            "Lee vowed to work closely with Cuong, according to presidential spokesperson Kang Yu-jung.",
            "During the 25-minute call, Cuong invited Lee to Vietnam, the office said.",
            "Lee responded that he hopes to visit Vietnam in November, it noted.",
        ], entities: [Self.lee])
        #expect(try ArticleFacts.fact(facts, "Lee responded").creditReferent == "Lee's office")
        #expect(try ArticleFacts.fact(facts, "During the").creditReferent == nil)
        let alone = ArticleFacts.facts(["Lee responded that he hopes to visit Vietnam in November, it noted."], entities: [Self.lee])
        #expect(try ArticleFacts.fact(alone, "Lee responded").creditReferent == nil)
    }

    @Test("on sentences made of attribution words at random, an \"it\" is always followed by the bytes it counts, and a credit is the sentence's own words")
    func randomSentences() {
        var generator = RobustnessTests.SplitMix(state: 7)
        let pieces = ["it", "said", "noted", "office", "Lee's", "ministry’s", "according", "to", "in", "a", "statement",
                      "the", "Cường", ",", "", " ", ".", "It", "they"]
        var pronouns = 0
        for _ in 0..<20_000 {
            var words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
            // Most with a comma a few words from the end, and a full stop: the shape of a closing attribution.
            if Bool.random(using: &generator) {
                let at = max(0, words.count - Int.random(in: 1...6, using: &generator))
                words[at] += ","
            }
            let text = words.joined(separator: " ") + (Int.random(in: 0..<4, using: &generator) > 0 ? "." : "")
            switch CreditReferences.closing(of: text) {
            case let .pronoun(bytesAfter):
                pronouns += 1
                let bytes = Array(text.utf8)
                #expect(bytesAfter < bytes.count && bytes[bytes.count - bytesAfter] == 0x20, "\(text)")
                #expect(String(decoding: bytes[(bytes.count - bytesAfter - 4)..<(bytes.count - bytesAfter)], as: UTF8.self) == ", it", "\(text)")
            case let .credit(credit):
                #expect(text.contains(credit) && !credit.isEmpty, "\(text)")
            case nil:
                break
            }
        }
        #expect(pronouns > 0)
    }

    @Test("an opening \"It said …\" is the office speaking again; \"It marks …\" is not, and an \"it\" keeps the office in reach")
    func openingIt() throws {
        #expect(CreditReferences.opensWithPronoun("It said the talks went well."))
        #expect(CreditReferences.opensWithPronoun("It added, without giving details, that more calls would follow."))
        #expect(!CreditReferences.opensWithPronoun("It marks Lee's first call with a Southeast Asian leader."))
        #expect(!CreditReferences.opensWithPronoun("Its statement said little."))
        // Not a verb of speech there: the "it" is an event or a company.
        #expect(!CreditReferences.opensWithPronoun("It added to tensions in the region."))
        #expect(!CreditReferences.opensWithPronoun("It continued to grow last year."))
        #expect(!CreditReferences.opensWithPronoun("It reported a loss."))
        let facts = ArticleFacts.facts([
            "Lee talked with Cuong on Thursday, Lee's office said.",
            "It said the two leaders agreed to meet again.",
            "It added that rail was discussed.",
            "Trade was on the agenda too.",
            "Nuclear energy was raised.",
            "Lee hopes to visit Vietnam in November, it noted.",
        ], entities: [Self.lee])
        #expect(try ArticleFacts.fact(facts, "It said").creditReferent == "Lee's office")
        #expect(try ArticleFacts.fact(facts, "It added").creditReferent == "Lee's office")
        // Four sentences after the last credit, but two after the last "it" that spoke for the office.
        #expect(try ArticleFacts.fact(facts, "Lee hopes").creditReferent == "Lee's office")
        let insertion = NamedReferents.insertion(for: try ArticleFacts.fact(facts, "It said"), principals: []) { _ in nil }
        #expect(insertion == BriefItem.Insertion(offset: 2, names: "Lee's office"))
    }

    @Test("a brief names the source after \"it\", escaped like any text, with an opening insertion too")
    func rendered() throws {
        let text = "He hopes to visit [Vietnam] in November, it noted."
        let brief = RenderingFixture.brief(text: text, insertion: BriefItem.Insertion(offset: 2, names: "Lee Jae-myung"),
                                           closingInsertion: BriefItem.Insertion(offset: 7, names: "Lee's *office*"))
        let markdown = try RenderingFixture.render(brief)
        #expect(markdown.contains("- He [Lee Jae-myung] hopes to visit \\[Vietnam\\] in November, it [Lee's \\*office\\*] noted. [1]"))
        let plain = try RenderingFixture.render(brief, format: .text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(plain.contains("He [Lee Jae-myung] hopes to visit [Vietnam] in November, it [Lee's *office*] noted. [1]"))
        #expect(brief.items[0].text == text)
    }
}
