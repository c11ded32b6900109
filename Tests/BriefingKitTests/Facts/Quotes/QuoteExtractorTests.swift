import Testing
@testable import BriefingKit

@Suite struct QuoteExtractorTests {
    let extractor = QuoteExtractor()

    func quotes(_ sentences: [String], _ entries: [[(String, String, EntityKind)]] = []) -> [Quote] {
        let mentionLists = sentences.indices.map { index in
            index < entries.count ? mentions(in: sentences[index], entries[index]) : []
        }
        return extractor.quotes(in: sentences, mentions: mentionLists)
    }

    @Test func noQuoteMarksMeansNoQuotes() {
        #expect(quotes(["Lee said the talks went well.", "Lee’s office said so."], [[lee]]).isEmpty)
    }

    @Test func curlyQuoteWithTrailingAttributionResolvesEntity() {
        let sentence = "“I hope we can work closely to further advance the comprehensive strategic partnership between South Korea and Vietnam,” Lee said."
        let result = quotes([sentence], [[lee, ("South Korea", "south-korea", .country), ("Vietnam", "vietnam", .country)]])
        #expect(result == [Quote(
            text: "I hope we can work closely to further advance the comprehensive strategic partnership between South Korea and Vietnam.",
            speakerName: "Lee", speakerEntityID: "lee-jae-myung", sentenceIndices: 0...0)])
    }

    @Test func straightQuoteToldReportersWithoutEntity() {
        let sentence = "\"The two leaders agreed to expand and deepen bilateral cooperation to match the level of their comprehensive strategic partnership, including in strategic sectors, such as high-speed rail and nuclear power,\" Kang told reporters."
        let result = quotes([sentence])
        #expect(result.count == 1)
        #expect(result.first?.speakerName == "Kang")
        #expect(result.first?.speakerEntityID == nil)
        #expect(result.first?.text.hasPrefix("The two leaders agreed") == true)
        #expect(result.first?.text.hasSuffix("nuclear power.") == true)
    }

    @Test func twoQuotesInOneSentenceHaveTheirOwnSpeakers() {
        let sentence = "Yoon said, “We will further strengthen cooperation with ASEAN, which is the key to freedom, peace and prosperity in the Indo-Pacific region.” In response, Trong replied, “As the Korea-ASEAN dialogue coordinator, we will play a necessary role in promoting cooperation between the two sides.”"
        let result = quotes([sentence], [[("Yoon", "yoon-suk-yeol", .person), ("Trong", "nguyen-phu-trong", .person)]])
        #expect(result.map(\.speakerEntityID) == ["yoon-suk-yeol", "nguyen-phu-trong"])
        #expect(result.map(\.speakerName) == ["Yoon", "Trong"])
        #expect(result.first?.text == "We will further strengthen cooperation with ASEAN, which is the key to freedom, peace and prosperity in the Indo-Pacific region.")
    }

    @Test func twoQuotesInNeighbouringSentences() {
        let sentences = [
            "Yoon said, “We will further strengthen cooperation with ASEAN, which is the key to freedom, peace and prosperity in the Indo-Pacific region.”",
            "In response, Trong replied, “As the Korea-ASEAN dialogue coordinator, we will play a necessary role in promoting cooperation between the two sides.”",
        ]
        let result = quotes(sentences, [[("Yoon", "yoon-suk-yeol", .person)], [("Trong", "nguyen-phu-trong", .person)]])
        #expect(result.map(\.speakerEntityID) == ["yoon-suk-yeol", "nguyen-phu-trong"])
        #expect(result.map(\.sentenceIndices) == [0...0, 1...1])
    }

    @Test func attributionAfterLongIntroductoryClause() {
        let sentence = "After expressing serious concerns about North Korea’s recent series of provocations, President Yoon said, “We will keep the door for dialogue with North Korea open, but we will respond firmly to illegal acts such as provocations.”"
        let result = quotes([sentence], [[("President Yoon", "yoon-suk-yeol", .person), ("North Korea", "north-korea", .country)]])
        #expect(result.count == 1)
        #expect(result.first?.speakerName == "President Yoon")
        #expect(result.first?.speakerEntityID == "yoon-suk-yeol")
    }

    @Test func anonymousOfficialKeepsNounPhraseAndNestedScareQuoteStaysInside() {
        let sentence = "After the video call, an official from the spokesperson’s office told reporters, “The two leaders emphasized intimacy by calling each other ‘countries in-laws.’ saying that young men and women from both countries get married a lot.”"
        let result = quotes([sentence])
        #expect(result.count == 1)
        #expect(result.first?.speakerName == "an official from the spokesperson’s office")
        #expect(result.first?.speakerEntityID == nil)
        #expect(result.first?.text.contains("‘countries in-laws.’") == true)
    }

    @Test func scareQuotesAreNotSpeech() {
        let result = quotes([
            "During the 25-minute call, Cuong described Korea as a \"key partner\" in Vietnam's economic cooperation and invited Lee to Vietnam, the office said.",
            "It signaled what is being described as a shift toward \"pragmatic diplomacy,\" after laying the groundwork with major powers.",
            "A senior presidential official said Thursday that there are “no plans” yet for a call with Putin.",
            "Attention is now on Putin, the last of South Korea’s traditional “four major powers.”",
            "They called each other ‘countries in-laws.’ at the meeting.",
        ], [[("Cuong", "luong-cuong", .person)]])
        #expect(result.isEmpty)
    }

    @Test func apostrophesAreNotSingleQuotes() {
        let result = quotes(["Lee’s office said the leaders’ meeting went well and Lee's aides agreed, Kang's team added."])
        #expect(result.isEmpty)
    }

    @Test func singleQuotesWhenClearlyQuotation() {
        let result = quotes(["‘We will work together for the shared prosperity of both countries,’ Lee said."], [[lee]])
        #expect(result.first?.text == "We will work together for the shared prosperity of both countries.")
        #expect(result.first?.speakerEntityID == "lee-jae-myung")
    }

    @Test func speakerBeforeQuotationWithoutComma() {
        let result = quotes(["Lee said “the relationship has never been stronger than it is today.”"], [[lee]])
        #expect(result.first?.speakerEntityID == "lee-jae-myung")
    }

    @Test func invertedAttributionTakesTheNameWithoutTitles() {
        let result = quotes(["“The call lasted about 25 minutes and covered trade,” said presidential spokesperson Kang Yu-jung."])
        #expect(result.first?.speakerName == "Kang Yu-jung")
        #expect(result.first?.speakerEntityID == nil)
    }

    @Test func accordingToAttribution() {
        let result = quotes(["“The two leaders agreed to meet again in November,” according to presidential spokesperson Kang Yu-jung."])
        #expect(result.first?.speakerName == "Kang Yu-jung")
    }

    @Test func quotationSpanningSentencesIsOneQuote() {
        let sentences = [
            "“South Korea and Vietnam are close partners.",
            "We will work together on trade, energy and infrastructure,” Lee said.",
            "Cuong agreed.",
        ]
        let result = quotes(sentences, [[], [lee], [("Cuong", "luong-cuong", .person)]])
        #expect(result == [Quote(
            text: "South Korea and Vietnam are close partners. We will work together on trade, energy and infrastructure.",
            speakerName: "Lee", speakerEntityID: "lee-jae-myung", sentenceIndices: 0...1)])
    }

    @Test func pronounResolvesToLastPersonOfEarlierSentences() {
        let sentences = [
            "President Lee Jae-myung spoke with Vietnamese President Luong Cuong on Thursday.",
            "“We will deepen our partnership in every sector,” he said.",
        ]
        let result = quotes(sentences, [[
            ("President Lee Jae-myung", "lee-jae-myung", .person), ("Luong Cuong", "luong-cuong", .person),
        ]])
        #expect(result.first?.speakerEntityID == "luong-cuong")
        #expect(result.first?.speakerName == "Luong Cuong")
    }

    @Test func unresolvedPronounIsKeptAsWritten() {
        let result = quotes(["“We will deepen our partnership in every sector,” she said."])
        #expect(result.first?.speakerName == "she")
        #expect(result.first?.speakerEntityID == nil)
    }

    @Test func personPreferredOverCountryInSpeakerPhrase() {
        let sentence = "Vietnam’s Communist Party chief Nguyen Phu Trong said, “We will play a necessary role in the region.”"
        let result = quotes([sentence], [[("Vietnam", "vietnam", .country), ("Nguyen Phu Trong", "nguyen-phu-trong", .person)]])
        #expect(result.first?.speakerEntityID == "nguyen-phu-trong")
        #expect(result.first?.speakerName == "Nguyen Phu Trong")
    }

    @Test func possessiveMentionIsNotTheSpeaker() {
        let sentence = "“The two leaders agreed to elevate bilateral ties,” Lee’s office said."
        let result = quotes([sentence], [[lee]])
        #expect(result.first?.speakerName == "Lee’s office")
        #expect(result.first?.speakerEntityID == nil)
    }

    @Test func countryAsWholeSubjectIsTheSpeaker() {
        let result = quotes(["“We welcome the upgrade of bilateral relations,” Vietnam said."],
                            [[("Vietnam", "vietnam", .country)]])
        #expect(result.first?.speakerEntityID == "vietnam")
    }

    @Test func colonIntroducedQuotationInNextSentence() {
        let sentences = ["Lee told reporters:", "“We agreed to expand cooperation in nuclear power and rail.”"]
        let result = quotes(sentences, [[lee]])
        #expect(result.first?.speakerEntityID == "lee-jae-myung")
        #expect(result.first?.sentenceIndices == 1...1)
    }

    @Test func attributionInFollowingSentence() {
        let sentences = ["“We agreed to expand cooperation in nuclear power and rail.”", "Lee said."]
        let result = quotes(sentences, [[], [lee]])
        #expect(result.first?.speakerEntityID == "lee-jae-myung")
    }

    @Test func splitQuotationIsOneQuoteOfItsSpeaker() {
        let sentence = "“We agreed to expand cooperation,” Lee said, “and we will meet again in November this year.”"
        let result = quotes([sentence], [[lee]])
        #expect(result == [Quote(text: "We agreed to expand cooperation, and we will meet again in November this year.",
                                 speakerName: "Lee", speakerEntityID: "lee-jae-myung", sentenceIndices: 0...0)])
    }

    @Test func aQuotationAnsweredByAnotherSpeakerIsNotJoined() {
        let sentence = "“We agreed to expand cooperation in rail,” Lee said, and spokesperson Kang Yu-jung added, “and in nuclear power too.”"
        let result = quotes([sentence], [[lee]])
        #expect(result.map(\.text) == ["We agreed to expand cooperation in rail", "and in nuclear power too."])
        #expect(result.map(\.speakerName) == ["Lee", "Kang Yu-jung"])
    }

    @Test func aQuotationCutAtItsAttributionEndsInAFullStop() {
        let cases: [(String, String)] = [
            ("“We agreed to expand cooperation in rail,” Lee said.", "We agreed to expand cooperation in rail."),
            ("“Will the two sides agree on rail?” Lee asked.", "Will the two sides agree on rail?"),
            ("Lee called the deal “a pillar of our cooperation in rail,” officials said.", "a pillar of our cooperation in rail"),
            ("“We agreed to expand cooperation in rail” was the message Lee gave.", "We agreed to expand cooperation in rail"),
        ]
        for (sentence, text) in cases {
            #expect(quotes([sentence], [[lee]]).first?.text == text, "\(sentence)")
        }
    }

    @Test func unattributedQuotationHasNoSpeaker() {
        let result = quotes(["The slogan “peace and prosperity for all Asia” was printed on banners."])
        #expect(result.count == 1)
        #expect(result.first?.speakerName == nil)
    }

    @Test func unclosedQuotationRunsToParagraphEnd() {
        let result = quotes(["Lee said, “We will work closely with Vietnam.", "Our cooperation will grow."], [[lee]])
        #expect(result.first?.sentenceIndices == 0...1)
        #expect(result.first?.text == "We will work closely with Vietnam. Our cooperation will grow.")
    }

    @Test func reopenedQuotationEndsThePreviousOne() {
        let result = quotes(["“We will work hard on this “and we will succeed together in the end,” Lee said."], [[lee]])
        #expect(result.map(\.text) == ["We will work hard on this", "and we will succeed together in the end"])
        #expect(result.last?.speakerEntityID == "lee-jae-myung")
    }

    @Test func emptyAndMismatchedInputsAreSafe() {
        #expect(extractor.quotes(in: [], mentions: []).isEmpty)
        #expect(extractor.quotes(in: ["", "\"", "“"], mentions: []).isEmpty)
        #expect(extractor.quotes(in: ["“Lee", "said"], mentions: [[], [], []]).isEmpty)
    }

    @Test func personInsidePrepositionalModifierIsNotTheSpeaker() {
        let result = quotes(["“The visit will go ahead as planned next month,” an aide to Lee said."], [[lee]])
        #expect(result.first?.speakerName == "an aide to Lee")
        #expect(result.first?.speakerEntityID == nil)
    }
}
