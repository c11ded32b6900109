import Testing
@testable import BriefingKit

@Suite("Plural references and contact phrases from scanned words")
struct PhraseTests {
    private static let padding = String(repeating: "word ", count: 30)

    /// Sentences where "the two leaders" falls before, across and after the 160-character reach.
    static let sentences: [String] = [
        "The two leaders agreed to deepen cooperation in high-speed rail.",
        "Both sides said so.",
        "Nothing here refers to anyone.",
        padding + "and then they agreed.",
        String(repeating: "x", count: 150) + " and they agreed on trade.",
        String(repeating: "x", count: 154) + " they’re not here.",
        String(repeating: "x", count: 155) + " theyre agreed.",
        String(repeating: "x", count: 156) + " theyre agreed.",
        "Lương Cường và " + padding + "the two leaders met.",
        String(repeating: "é", count: 140) + " the two leaders " + padding,
    ]

    @Test(arguments: sentences)
    func scannedWordsGiveTheSameAnswer(_ sentence: String) {
        let tokens = WordTokens(sentence).tokens
        #expect(PluralReference.contains(sentence, tokens: tokens) == PluralReference.contains(sentence))
        #expect(ContactDetector.format(tokens: tokens) == ContactDetector.format(of: sentence))
    }

    @Test func referencePastTheReachIsIgnored() {
        #expect(PluralReference.contains("The two leaders met.", tokens: WordTokens("The two leaders met.").tokens))
        let late = Self.padding + "and then the two leaders agreed."
        #expect(!PluralReference.contains(late, tokens: WordTokens(late).tokens))
        // "theyre" cut to "they" at the reach reads as "they", as the opening alone does.
        let cut = String(repeating: "x", count: 155) + " theyre agreed."
        #expect(PluralReference.contains(cut, tokens: WordTokens(cut).tokens))
    }

    @Test func contactFormats() {
        #expect(ContactDetector.format(tokens: WordTokens("Lee held phone talks with Cường.").tokens) == "Phone call")
        #expect(ContactDetector.format(tokens: WordTokens("Lee met Cường in Gyeongju.").tokens) == "Meeting")
        #expect(ContactDetector.format(tokens: WordTokens("Lee praised Cường.").tokens) == nil)
    }

    @Test("all matches in one pass report exactly the phrases that occur, whatever their first words share")
    func everyMatchInOnePass() {
        let phrases = ["nuclear", "nuclear power", "power plant", "plant", "Đà Nẵng", "high-speed rail", "rail", "", "missing phrase"]
        let matcher = PhraseMatcher(phrases)
        for text in ["Two nuclear power plants near Da Nang.", "The high speed rail plant", "nothing here", "", "rail rail rail"] {
            let words = WordTokens(text).tokens.map(\.hash)
            var found = Set<Int>()
            matcher.forEachMatch(inWords: words) { found.insert($0) }
            let expected = Set(phrases.indices.filter { PhraseMatcher([phrases[$0]]).firstMatch(in: text) != nil })
            #expect(found == expected, "\(text)")
        }
    }
}

@Suite("Reports of a contact")
struct ContactReportTests {
    @Test(arguments: [
        "President Lee Jae-myung spoke with Vietnamese President Luong Cuong on Thursday.",
        "State President Lương Cường on Thursday held phone talks with President Lee Jae-myung, who took office on June 4.",
        "Lee and Cường met in Gyeongju.",
    ])
    func theContactAtTheHeadIsAReport(_ sentence: String) {
        #expect(ContactDetector.reportsContact(sentence))
    }

    @Test(arguments: [
        "President Cường appreciated the attention President Lee has paid to the region and said these early phone talks matter.",
        "During the phone call, Cuong invited Lee to Vietnam.",
        "After their meeting with reporters, the two leaders left.",
        "Lee praised the partnership.",
    ])
    func whatWasSaidInItIsNot(_ sentence: String) {
        #expect(!ContactDetector.reportsContact(sentence))
    }
}
