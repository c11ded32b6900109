import Testing
@testable import BriefingKit

@Suite("Article shapes beyond the samples")
struct FixtureArticleTests {
    @Test func yonhapDatelineAndTwoAuthors() throws {
        let (article, _) = try Fixture.read("article-yonhap-dateline.txt")
        #expect(article.outlet == "Yonhap News Agency")
        #expect(article.title == "S. Korea, Vietnam agree to boost cooperation in nuclear power")
        #expect(article.published?.iso == "2025-06-12T17:03+09:00")
        #expect(article.byline == ["Kim Eun-jung", "Park Boram"])
        #expect(article.dateline == "Seoul")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("South Korea and Vietnam agreed Thursday") == true)
        #expect(!article.paragraphs.contains { $0.contains("@") || $0.contains("(END)") || $0.contains("BTS") })
    }

    @Test func reutersDatelineUpdatedAndPublished() throws {
        let (article, _) = try Fixture.read("article-reuters-dateline.txt")
        #expect(article.outlet == "Reuters")
        #expect(article.title == "Vietnam's exports jump as firms rush shipments ahead of U.S. tariffs")
        #expect(article.published?.iso == "2025-06-12T23:05+07:00")
        #expect(article.updated?.iso == "2025-06-13T09:41")
        #expect(article.byline == ["Francesco Guarascio", "Phuong Nguyen"])
        #expect(article.dateline == "Hanoi")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("Vietnam's exports rose sharply") == true)
    }

    @Test func koreaTimesPostedAndUpdatedOnOneLine() throws {
        let (article, _) = try Fixture.read("article-korea-times-posted.txt")
        #expect(article.outlet == "The Korea Times")
        #expect(article.title == "Lee, Vietnamese leader discuss nuclear, rail cooperation")
        #expect(article.published?.iso == "2025-06-12T17:03")
        #expect(article.updated?.iso == "2025-06-12T19:20")
        #expect(article.byline == ["Nam Hyun-woo"])
        #expect(article.paragraphs.count == 2)
    }

    @Test func apDatelineWithWeekdayStamp() throws {
        let (article, _) = try Fixture.read("article-ap-dateline.txt")
        #expect(article.outlet == "AP")
        #expect(article.title == nil)
        #expect(article.published?.iso == "2025-06-12T09:41+07:00")
        #expect(article.dateline == "Washington")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("The United States and Vietnam") == true)
    }

    @Test func latin1FallsBackToWindows1252() throws {
        let (article, warnings) = try Fixture.read("article-latin1.txt")
        #expect(warnings.map(\.message) == ["not valid UTF-8; decoded as Windows-1252"])
        #expect(article.title == "Café chain expands in Seoul")
        #expect(article.outlet == "The Korea Herald")
        #expect(article.dateline == "Seoul")
        #expect(article.paragraphs.first == "A Vietnamese café chain opened its first store in Seoul on Friday, the company said in a statement.")
        #expect(article.paragraphs.last?.hasPrefix("\u{201C}We are proud") == true)
        #expect(article.language == "en")
    }

    @Test func onlyChromeIsSkipped() throws {
        #expect(Fixture.skipMessage(try Fixture.bytes("article-only-chrome.txt")) == "no article text")
    }

    @Test func vietnameseIsSkipped() throws {
        let message = Fixture.skipMessage(try Fixture.bytes("article-vietnamese.txt"))
        #expect(message?.hasPrefix("not English (") == true)
    }

    @Test func relatedListEndsAtRunningText() throws {
        let article = try Fixture.article("""
        Lee meets Vietnamese leader
        \(Fixture.prose)
        Related Stories
        Vietnam's top leader congratulates Lee on inauguration
        June 4, 2025
        Toward a win-win strategy with Asean
        Lee also discussed tariffs with the Vietnamese leader during the call, the presidential office said.
        More in Diplomacy
        Portuguese ambassador marks National Day
        """)
        #expect(article.title == "Lee meets Vietnamese leader")
        #expect(article.published == nil)
        #expect(article.paragraphs == [
            Fixture.prose,
            "Lee also discussed tariffs with the Vietnamese leader during the call, the presidential office said.",
        ])
    }

    @Test func paragraphWithChromeWordsStaysBody() throws {
        let line = "Share prices of Korean builders rose after the leaders agreed to cooperate on high-speed rail, traders said."
        let article = try Fixture.article("Builders rally on rail deal\n\(line)\nShare\n\(Fixture.prose)")
        #expect(article.paragraphs == [line, Fixture.prose])
    }

    @Test func inlineLinksAndImagesAreCleaned() throws {
        let article = try Fixture.article("""
        ![](https://example.com/logo.png)
        [Home](https://example.com) | [World](https://example.com/world)
        The leaders met in [Hanoi](https://example.com/hanoi) on Thursday to discuss trade and investment ties, officials said.
        ![Leaders shake hands in Hanoi. (Yonhap)](https://example.com/a.jpg)
        Leaders shake hands in Hanoi. (Yonhap)
        \(Fixture.prose)
        """)
        #expect(article.paragraphs.first == "The leaders met in Hanoi on Thursday to discuss trade and investment ties, officials said.")
        #expect(article.captions == ["Leaders shake hands in Hanoi. (Yonhap)"])
        #expect(article.paragraphs.count == 2)
    }

    @Test func closingWireCreditIsNotACaption() throws {
        let last = "The two countries will hold a summit later this year, the ministry said. (Yonhap)"
        let article = try Fixture.article("Korea, Vietnam plan summit\n\(Fixture.prose)\n\(last)")
        #expect(article.captions.isEmpty)
        #expect(article.paragraphs.last == "The two countries will hold a summit later this year, the ministry said.")
        #expect(article.outlet == "Yonhap News Agency")
    }

    @Test func mastheadBeatsCredit() throws {
        let article = try Fixture.article("Korea JoongAng Daily\nLee meets Cuong\n\(Fixture.prose)\nYonhap")
        #expect(article.outlet == "Korea JoongAng Daily")
    }

    @Test func pageNeverNamingItselfHasNoOutlet() throws {
        let article = try Fixture.article("Lee meets Cuong\n\(Fixture.prose)")
        #expect(article.outlet == nil)
    }
}
