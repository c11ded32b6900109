import Testing
@testable import BriefingKit

/// Whole paragraphs from /work/shared/seeds, split and matched as the pipeline would.
@Suite struct SeedArticleTests {
    func describe(_ stance: Stance) -> String {
        let actor = switch stance.actor {
        case .entity(let id): id
        case .bothSides: "both"
        case .unknown: "?"
        }
        return "\(actor) \(stance.act.rawValue)"
    }

    @Test func koreaHeraldVideoCall() {
        let article = """
        Yoon said, “We will further strengthen cooperation with ASEAN, which is the key to freedom, peace and prosperity in the Indo-Pacific region.” In response, Trong replied, “As the Korea-ASEAN dialogue coordinator, we will play a necessary role in promoting cooperation between the two sides.”
        The Association of Southeast Asian Nations is a bloc of 10 countries in the region.
        After expressing serious concerns about North Korea’s recent series of provocations, President Yoon said, “We will keep the door for dialogue with North Korea open, but we will respond firmly to illegal acts such as provocations.”
        He urged Vietnam to work together so that North Korea can come to the table of dialogue rather than provocation.
        After the video call, an official from the spokesperson’s office told reporters, “The two leaders emphasized intimacy by calling each other ‘countries in-laws.’ saying that young men and women from both countries get married a lot.”
        """
        let (quotes, stances) = analyse(article)
        #expect(quotes.map(\.speakerName) == ["Yoon", "Trong", "President Yoon", "an official from the spokesperson’s office"])
        #expect(quotes.map(\.speakerEntityID) == ["yoon-suk-yeol", "nguyen-phu-trong", "yoon-suk-yeol", nil])
        #expect(stances.map { describe($0.1) } == ["yoon-suk-yeol expressedConcern", "yoon-suk-yeol requested"])
    }

    @Test func joongAngDailyCall() {
        let article = """
        The back-to-back calls with two key economic partners signaled what is being described as a shift toward "pragmatic diplomacy," after laying the groundwork with major powers.
        "I hope we can work closely to further advance the comprehensive strategic partnership between South Korea and Vietnam," Lee said.
        The two leaders agreed to deepen strategic cooperation in areas such as high-speed rail and nuclear energy. Lee also asked for the Vietnamese government’s support to ensure smooth operations for South Korean companies active in the country. Cuong extended an invitation for Lee to visit Vietnam.
        A senior presidential official said Thursday that there are “no plans” yet for a call with Putin.
        """
        let (quotes, stances) = analyse(article)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speakerEntityID == "lee-jae-myung")
        #expect(stances.map { describe($0.1) } == ["both agreed", "lee-jae-myung requested", "luong-cuong invited"])
    }

    @Test func vietnamNewsTalks() {
        let article = """
        They also consented to promote mutually beneficial economic cooperation, in line with the development goals of both sides, creating a major and substantive shift in cooperation.
        President Cường suggested the two sides coordinate on measures to rapidly reach the bilateral trade target of US$150 billion by 2030 in a balanced and sustainable manner. He confirmed that Việt Nam will create favourable conditions for RoK enterprises to confidently invest long term in the country.
        Meanwhile, Lee said that the RoK continues to consider Việt Nam an important strategic partner in economic, trade and investment cooperation, and pledged to increase quotas and expand the industries receiving Vietnamese workers.
        He agreed to cooperate in technology transfer and the development of supporting industries in Việt Nam.
        The two leaders discussed international and regional issues of mutual concern. The Vietnamese President congratulated the RoK on successfully organising APEC Economic Leaders’ Week 2025.
        """
        let (quotes, stances) = analyse(article)
        #expect(quotes.isEmpty)
        #expect(stances.map { describe($0.1) } == [
            "both agreed", "luong-cuong proposed", "luong-cuong pledged", "lee-jae-myung pledged", "lee-jae-myung agreed",
            "? congratulated",
        ])
    }
}
