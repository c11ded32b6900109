import Testing
@testable import BriefingKit

@Suite("A sentence that opens with \"They\" or \"The two leaders\" names the pair in brackets")
struct NamedReferentsTests {
    static let names = ["lee": "Lee Jae-myung", "cuong": "Lương Cường", "albanese": "Anthony Albanese"]

    static func fact(_ text: String, entities: [String] = [], implied: [String]) -> Fact {
        var fact = Fact(article: 0, paragraph: 0, sentence: 0, bodyRange: 0..<text.utf8.count, text: text,
                        entities: entities, topics: [], eventDate: .fallback(CalendarDate(year: 2025, month: 6, day: 13)!))
        fact.impliedEntities = implied
        return fact
    }

    static func insertion(_ fact: Fact, principals: [String] = []) -> BriefItem.Insertion? {
        NamedReferents.insertion(for: fact, principals: principals) { names[$0] }
    }

    @Test("the pair is named after the opening words, the brief's principal first")
    func namesThePair() throws {
        let they = try #require(Self.insertion(Self.fact("They also consented to promote trade.", implied: ["cuong", "lee"]), principals: ["lee"]))
        #expect(they == BriefItem.Insertion(offset: 4, names: "Lee Jae-myung and Lương Cường"))
        let leaders = try #require(Self.insertion(Self.fact("The two leaders, meeting in Hanoi, agreed.", implied: ["lee", "cuong"]),
                                                  principals: ["cuong"]))
        #expect(leaders == BriefItem.Insertion(offset: 15, names: "Lương Cường and Lee Jae-myung"))
    }

    @Test("in a quote that opens the sentence, the pair is named inside the quote, as an editor brackets it")
    func namesThePairInAQuote() throws {
        let curly = "“The two leaders agreed to expand cooperation,” Kang told reporters."
        #expect(Self.insertion(Self.fact(curly, implied: ["cuong", "lee"]), principals: ["lee"])
            == BriefItem.Insertion(offset: 3 + 15, names: "Lee Jae-myung and Lương Cường"))
        let straight = "\"They agreed to meet again,\" Kang said."
        #expect(Self.insertion(Self.fact(straight, implied: ["lee", "cuong"])) == BriefItem.Insertion(offset: 1 + 4, names: "Lee Jae-myung and Lương Cường"))
        // The quote mark alone is no opening: "“Theyre" is no "They".
        #expect(Self.insertion(Self.fact("“Theyre here,” Kang said.", implied: ["lee", "cuong"])) == nil)
    }

    @Test("a quotation shown on its own that opens with \"The two leaders\" names the pair its sentence implies")
    func bracketsThePairInAQuotation() {
        let fact = Self.fact("“The two leaders agreed to expand cooperation,” Kang told reporters.", implied: ["cuong", "lee"])
        let bracketed = NamedReferents.bracketingPair(in: "The two leaders agreed to expand cooperation.", of: fact, principals: ["lee"]) {
            Self.names[$0]
        }
        #expect(bracketed == "The two leaders [Lee Jae-myung and Lương Cường] agreed to expand cooperation.")
        let named = Self.fact("“The two leaders agreed,” Lee said.", entities: ["lee"], implied: ["lee", "cuong"])
        #expect(NamedReferents.bracketingPair(in: "The two leaders agreed.", of: named, principals: []) { Self.names[$0] } == "The two leaders agreed.")
        #expect(NamedReferents.bracketingPair(in: "We agreed.", of: fact, principals: []) { Self.names[$0] } == "We agreed.")
    }

    @Test("no names when the opening is not a reference to two people the sentence leaves unnamed",
          arguments: [
            ("The two countries agreed to expand trade.", ["lee", "cuong"], [String]()),
            ("Both sides agreed to expand trade.", ["lee", "cuong"], []),
            ("Lee said they would meet again.", ["lee", "cuong"], []),
            ("Theyre not here.", ["lee", "cuong"], []),
            ("They also discussed rail.", ["lee", "cuong", "albanese"], []),
            ("They also discussed rail.", ["lee"], []),
            ("They and Cuong discussed rail.", ["lee", "cuong"], ["cuong"]),
          ])
    func leftAlone(text: String, implied: [String], entities: [String]) {
        #expect(Self.insertion(Self.fact(text, entities: entities, implied: implied)) == nil)
    }

    @Test("an opening \"He\" or \"She\" is followed by the name of the person it stands for, unless the sentence names them")
    func namesThePerson() throws {
        var he = Self.fact("He also proposed that Vietnam ease visas.", implied: [])
        he.referent = "lee"
        #expect(Self.insertion(he) == BriefItem.Insertion(offset: 2, names: "Lee Jae-myung"))
        var she = Self.fact("She, too, welcomed the deal.", implied: [])
        she.referent = "cuong"
        #expect(Self.insertion(she) == BriefItem.Insertion(offset: 3, names: "Lương Cường"))
        var naming = Self.fact("He thanked Lee for the call.", entities: ["lee"], implied: [])
        naming.referent = "lee"
        #expect(Self.insertion(naming) == nil)
        var hence = Self.fact("Hence the two sides agreed.", implied: [])
        hence.referent = "lee"
        #expect(Self.insertion(hence) == nil)
        #expect(Self.insertion(Self.fact("He also proposed a visit.", implied: [])) == nil)
    }

    @Test("a sentence opening with the call it tells more of shows that call's day; not one dated otherwise, or referring later on")
    func contactDay() throws {
        func fact(_ text: String, expression: String, method: String = EventDate.contactMethod, precision: DatePrecision = .day) -> Fact {
            var fact = Self.fact(text, implied: [])
            fact.eventDate = EventDate(date: CalendarDate(year: 2025, month: 6, day: 12)!, precision: precision, isUpcoming: false,
                                       expression: expression, method: method)
            return fact
        }
        let during = fact("During the 25-minute call, Lee emphasized the ties.", expression: "During the 25-minute call")
        #expect(NamedReferents.contactDay(for: during) == BriefItem.Insertion(offset: 25, names: "12 June 2025"))
        #expect(NamedReferents.contactDay(for: fact("Lee said during the call that ties grew.", expression: "during the call")) == nil)
        #expect(NamedReferents.contactDay(for: fact("During the call, Lee spoke.", expression: "During the call", method: "weekday")) == nil)
        #expect(NamedReferents.contactDay(for: fact("During the call, Lee spoke.", expression: "During the call", precision: .month)) == nil)
        // Dated by what the contact's people did in it, not by a reference to it.
        #expect(NamedReferents.contactDay(for: fact("Lee agreed to visit.", expression: "Lee agreed")) == nil)
    }

    @Test("a rendered brief shows the names in brackets, escaped in Markdown like any text, the source's words untouched")
    func rendered() throws {
        let insertion = BriefItem.Insertion(offset: 4, names: "Lee *Jae-myung* and Cường")
        let brief = RenderingFixture.brief(text: "They also agreed on a [US$150 billion] target.", insertion: insertion)
        let markdown = try RenderingFixture.render(brief)
        #expect(markdown.contains("- They [Lee \\*Jae-myung\\* and Cường] also agreed on a \\[US$150 billion\\] target. [1]"))
        // Plain text is wrapped: compared with its lines joined.
        let text = try RenderingFixture.render(brief, format: .text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("They [Lee *Jae-myung* and Cường] also agreed on a [US$150 billion] target. [1]"))
        #expect(brief.items[0].text == "They also agreed on a [US$150 billion] target.")
    }
}
