import Testing
@testable import BriefingKit

@Suite struct StanceDetectorTests {
    let detector = StanceDetector()
    let cuong = ("President Cường", "luong-cuong", EntityKind.person)
    let vietnam = ("Việt Nam", "vietnam", EntityKind.country)
    let rok = ("RoK", "south-korea", EntityKind.country)

    func stances(_ sentence: String, _ entries: [(String, String, EntityKind)] = [],
                 previousPerson: String? = nil) -> [Stance] {
        detector.stances(in: sentence, mentions: mentions(in: sentence, entries), previousPerson: previousPerson)
    }

    func summary(_ sentence: String, _ entries: [(String, String, EntityKind)] = [],
                 previousPerson: String? = nil) -> [String] {
        stances(sentence, entries, previousPerson: previousPerson).map { stance in
            let actor = switch stance.actor {
            case .entity(let id): id
            case .bothSides: "both"
            case .unknown: "?"
            }
            return "\(actor) \(stance.act.rawValue) \(stance.verb)"
        }
    }

    @Test func noTriggerWordMeansNoStances() {
        #expect(stances("Lee spoke with Albanese for about 15 minutes starting at 5 p.m.", [lee]).isEmpty)
    }

    @Test func saidAloneIsNotAStance() {
        #expect(stances("Lee said the talks were productive, his office said.", [lee]).isEmpty)
    }

    @Test func suggestedByMentionedPresident() {
        let sentence = "President Cường suggested the two sides coordinate on measures to rapidly reach the bilateral trade target of US$150 billion by 2030 in a balanced and sustainable manner."
        let result = stances(sentence, [cuong])
        #expect(result.count == 1)
        #expect(result.first?.actor == .entity("luong-cuong"))
        #expect(result.first?.act == .proposed)
        #expect(result.first?.verb == "suggested")
        if let range = result.first?.range { #expect(sentence[range] == "suggested") }
    }

    @Test func askedForTakesTheSubjectNotTheLaterCountry() {
        let sentence = "Lee also asked for the Vietnamese government’s support to ensure smooth operations for South Korean companies active in the country."
        #expect(summary(sentence, [lee, ("Vietnamese", "vietnam", .country)]) == ["lee-jae-myung requested asked for"])
    }

    @Test func twoLeadersAreBothSides() {
        #expect(summary("The two leaders agreed to deepen strategic cooperation in areas such as high-speed rail and nuclear energy.")
            == ["both agreed agreed"])
        #expect(summary("The two sides agreed to closely cooperate and support each other in regional forums.")
            == ["both agreed agreed"])
        #expect(summary("Later in the day, Lee spoke with Albanese for about 15 minutes, during which the two agreed to strengthen cooperation.", [lee])
            == ["both agreed agreed"])
        #expect(summary("Korea and Vietnam will seek to elevate bilateral relations, the two sides’ leaders agreed in a videoconference, Seoul officials said Wednesday.")
            == ["both agreed agreed"])
        #expect(summary("The two leaders promised to implement cooperation in science and technology.")
            == ["both pledged promised"])
    }

    @Test func aTitleBetweenTheTwoNamesKeepsThemBothSides() {
        let people = [("Lee Jae Myung", "lee-jae-myung", EntityKind.person), ("Lương Cường", "luong-cuong", .person)]
        #expect(summary("RoK President Lee Jae Myung and State President Lương Cường agreed to make science a new pillar of bilateral relations.", people)
            == ["both agreed agreed"])
        #expect(summary("RoK President Lee Jae Myung and State President Lương Cường held talks in Busan, pledging to raise bilateral trade.", people)
            == ["both pledged pledging"])
        // A lone name after its title is still the one actor.
        #expect(summary("The talks went well, and State President Lương Cường agreed to visit.", people) == ["luong-cuong agreed agreed"])
    }

    @Test func extendedAnInvitation() {
        #expect(summary("Cuong extended an invitation for Lee to visit Vietnam.",
                        [("Cuong", "luong-cuong", .person), ("Lee#2", "lee-jae-myung", .person), ("Vietnam", "vietnam", .country)])
            == ["luong-cuong invited extended an invitation"])
    }

    @Test func proposedWithObjectClause() {
        #expect(summary("President Cường proposed the RoK side continue to protect the legitimate rights and create favourable conditions for the Vietnamese community in the country.", [cuong, rok])
            == ["luong-cuong proposed proposed"])
    }

    @Test func coordinatedVerbTakesMainClauseSubject() {
        let sentence = "Meanwhile, Lee said that the RoK continues to consider Việt Nam an important strategic partner in economic, trade and investment cooperation, and pledged to increase quotas and expand the industries receiving Vietnamese workers."
        #expect(summary(sentence, [lee, rok, vietnam]) == ["lee-jae-myung pledged pledged"])
        let other = "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday and agreed to elevate bilateral ties, Lee's office said."
        #expect(summary(other, [("President Lee Jae-myung", "lee-jae-myung", .person), ("Luong Cuong", "luong-cuong", .person)])
            == ["lee-jae-myung agreed agreed"])
        let invited = "During the 25-minute call, Cuong described Korea as a \"key partner\" in Vietnam's economic cooperation and invited Lee to Vietnam, the office said."
        #expect(summary(invited, [("Cuong", "luong-cuong", .person), ("Korea", "south-korea", .country), ("Lee", "lee-jae-myung", .person)])
            == ["luong-cuong invited invited"])
    }

    @Test func pronounUsesPreviousPerson() {
        #expect(summary("He urged Vietnam to work together so that North Korea can come to the table of dialogue rather than provocation.",
                        [("Vietnam", "vietnam", .country)], previousPerson: "yoon-suk-yeol")
            == ["yoon-suk-yeol requested urged"])
        #expect(summary("He urged Vietnam to work together.") == ["? requested urged"])
    }

    @Test func theyIsBothSides() {
        #expect(summary("They also consented to promote mutually beneficial economic cooperation, in line with the development goals of both sides.")
            == ["both agreed consented"])
    }

    @Test func leadingParticipleTakesSubjectAfterComma() {
        let sentence = "After expressing serious concerns about North Korea’s recent series of provocations, President Yoon said, “We will keep the door for dialogue with North Korea open.”"
        #expect(summary(sentence, [("North Korea", "north-korea", .country), ("President Yoon", "yoon-suk-yeol", .person)])
            == ["yoon-suk-yeol expressedConcern expressing serious concerns"])
    }

    @Test func trailingParticipleTakesMainSubject() {
        let sentence = "On Tuesday, he spoke with Czech Prime Minister Petr Fiala, days after South Korea won a nuclear power plant project in the country, pledging to deepen bilateral economic ties."
        #expect(summary(sentence, [("Petr Fiala", "petr-fiala", .person), ("South Korea", "south-korea", .country)], previousPerson: "lee-jae-myung")
            == ["lee-jae-myung pledged pledging"])
    }

    @Test func nounPhraseSubjectWithoutMentionIsUnknown() {
        let sentence = "The Vietnamese President congratulated the RoK on successfully organising APEC Economic Leaders’ Week 2025."
        #expect(summary(sentence, [("Vietnamese", "vietnam", .country), rok]) == ["? congratulated congratulated"])
        #expect(summary(sentence, [("The Vietnamese President", "luong-cuong", .person), rok])
            == ["luong-cuong congratulated congratulated"])
    }

    @Test func nounsAdjectivesPassivesAndNegationsAreNotStances() {
        #expect(stances("They also promoted the substantive implementation of the agreements reached during the State visit.").isEmpty)
        #expect(stances("The proposed plan covers rail and the agreed framework covers energy.").isEmpty)
        #expect(stances("Lee was invited to Hanoi by the Vietnamese side.", [lee]).isEmpty)
        #expect(stances("The measures proposed by Vietnam were discussed.").isEmpty)
        #expect(stances("Lee did not agree to the timetable.", [lee]).isEmpty)
        #expect(stances("The leaders hope to agree on a plan.").isEmpty)
        #expect(stances("Lee thanks to the support of Vietnam had a good call.", [lee]).isEmpty)
        #expect(stances("“Why now?” he asked.", previousPerson: "lee-jae-myung").isEmpty)
        #expect(stances("The phone call for about 25 minutes went well.").isEmpty)
    }

    @Test func expressedThanksAndConcern() {
        #expect(summary("For his part, President Lee expressed his sincere thanks to Party General Secretary Tô Lâm and President Cường for their congratulatory messages.",
                        [("President Lee", "lee-jae-myung", .person), ("Tô Lâm", "to-lam", .person), cuong])
            == ["lee-jae-myung thanked expressed his sincere thanks"])
        #expect(summary("Vietnam expressed concern over the tensions.", [("Vietnam", "vietnam", .country)])
            == ["vietnam expressedConcern expressed concern"])
    }

    @Test func conveyedCongratulations() {
        #expect(summary("He also conveyed congratulations from Party General Secretary Tô Lâm and other Vietnamese leaders to the Korean President.",
                        [("Tô Lâm", "to-lam", .person), ("Vietnamese", "vietnam", .country)], previousPerson: "luong-cuong")
            == ["luong-cuong congratulated conveyed congratulations"])
    }

    @Test func adverbBetweenSubjectAndVerb() {
        #expect(summary("For his part, President Cường sincerely thanked Lee, the government and the people of the RoK for their warm reception.",
                        [cuong, ("Lee", "lee-jae-myung", .person), rok])
            == ["luong-cuong thanked thanked"])
    }

    @Test func congratulatedAfterIntroductoryPhrase() {
        #expect(summary("On behalf of the State and people of Việt Nam, President Cường congratulated Lee on his election as the 21st President of the RoK.",
                        [vietnam, cuong, ("Lee", "lee-jae-myung", .person), rok])
            == ["luong-cuong congratulated congratulated"])
    }

    @Test func confirmedWithFutureIsPledge() {
        #expect(summary("He confirmed that Việt Nam will create favourable conditions for RoK enterprises.", [vietnam, rok], previousPerson: "luong-cuong")
            == ["luong-cuong pledged confirmed"])
        #expect(summary("He also confirmed that the RoK is ready to continue accompanying Việt Nam.", [rok, vietnam], previousPerson: "lee-jae-myung")
            == ["lee-jae-myung pledged confirmed"])
        #expect(stances("He confirmed the call took place on Thursday.", previousPerson: "lee-jae-myung").isEmpty)
    }

    @Test func prepositionalPhraseBetweenSubjectAndVerbIsSkipped() {
        #expect(summary("Lee in talks with Cuong agreed to expand trade.", [lee, ("Cuong", "luong-cuong", .person)])
            == ["lee-jae-myung agreed agreed"])
        #expect(summary("Lee on Thursday proposed a new rail link.", [lee]) == ["lee-jae-myung proposed proposed"])
    }

    @Test func twoEntitiesJoinedAreBothSides() {
        #expect(summary("Lee and Cuong agreed to expand trade.", [lee, ("Cuong", "luong-cuong", .person)]) == ["both agreed agreed"])
        #expect(summary("Lee, Vietnamese President agree to deepen economic ties", [lee, ("Vietnamese President", "luong-cuong", .person)])
            == ["both agreed agree"])
    }

    @Test func sideFollowingACountry() {
        #expect(summary("The RoK side requested more flights.", [rok]) == ["south-korea requested requested"])
    }

    @Test func multiWordVerbsAndMultipleStances() {
        let sentence = "Lee put forward a plan for rail, called on Vietnam to join and invited Cuong to Seoul."
        #expect(summary(sentence, [lee, ("Vietnam", "vietnam", .country), ("Cuong", "luong-cuong", .person)])
            == ["lee-jae-myung proposed put forward", "lee-jae-myung requested called on", "lee-jae-myung invited invited"])
        #expect(summary("The two sides reached consensus on trade.") == ["both agreed reached consensus"])
        #expect(summary("Vietnam is committed to the partnership.", [("Vietnam", "vietnam", .country)])
            == ["vietnam pledged committed to"])
        #expect(summary("The ministers expressed readiness to cooperate.") == ["? pledged expressed readiness"])
    }
}
