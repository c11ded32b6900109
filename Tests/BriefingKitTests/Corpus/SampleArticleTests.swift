import Testing
@testable import BriefingKit

@Suite("The five sample articles")
struct SampleArticleTests {
    @Test func joongAngMastheadAndRelatedLists() throws {
        let (article, warnings) = try Fixture.read("sample-000-joongang-masthead-related.txt")
        #expect(article.outlet == "Korea JoongAng Daily")
        #expect(article.title == "Lee, Vietnamese President agree to deepen economic ties")
        #expect(article.published?.iso == "2025-06-13T00:06")
        #expect(article.byline == [])
        #expect(article.dateline == nil)
        #expect(article.language == "en")
        #expect(warnings.isEmpty)
        #expect(article.paragraphs.count == 6)
        #expect(article.paragraphs.first?.hasPrefix("President Lee Jae-myung talked over the phone") == true)
        #expect(article.paragraphs.last?.hasPrefix("It marks Lee's first call") == true)
        #expect(!article.paragraphs.contains { $0.contains("Portuguese ambassador") || $0.contains("KakaoBank") })
    }

    @Test func vnaHeaderWithDateline() throws {
        let (article, _) = try Fixture.read("sample-001-vna-header-dateline.txt")
        #expect(article.outlet == "Viet Nam News")
        #expect(article.title == nil)
        #expect(article.published?.iso == "2025-06-12")
        #expect(article.byline == [])
        #expect(article.dateline == "Hà Nội")
        #expect(article.paragraphs.count == 11)
        #expect(article.paragraphs.first?.hasPrefix("State President Lương Cường on Thursday held phone talks") == true)
        #expect(article.paragraphs.last?.hasSuffix("co-chairing the Mekong–RoK Cooperation mechanism.") == true)
    }

    @Test func joongAngImagesAndCapitalByline() throws {
        let (article, _) = try Fixture.read("sample-002-joongang-images-byline.txt")
        #expect(article.outlet == "Korea JoongAng Daily")
        #expect(article.title == "President Lee holds talks with Vietnamese and Australian leaders in diplomatic push")
        #expect(article.published?.iso == "2025-06-13T09:41")
        #expect(article.byline == ["Kim Gyu-tae"])
        #expect(article.dateline == nil)
        #expect(article.paragraphs.count == 12)
        #expect(article.paragraphs.last?.hasPrefix("Attention is now on whether Lee") == true)
    }

    @Test func vnaGyeongjuDateline() throws {
        let (article, _) = try Fixture.read("sample-003-vna-gyeongju.txt")
        #expect(article.outlet == "Viet Nam News")
        #expect(article.title == nil)
        #expect(article.published?.iso == "2025-10-30")
        #expect(article.byline == [])
        #expect(article.dateline == "Gyeongju")
        #expect(article.paragraphs.first?.hasPrefix("Vietnamese State President Lương Cường held talks") == true)
        #expect(article.paragraphs.last?.hasSuffix("(New Village) Movement.") == true)
    }

    @Test func heraldWithoutMasthead() throws {
        let (article, _) = try Fixture.read("sample-004-herald-send-to.txt")
        #expect(article.outlet == nil)
        #expect(article.title == "Korean, Vietnamese leaders agree to upgrade bilateral relations")
        #expect(article.published?.iso == "2022-06-08T17:20")
        #expect(article.byline == ["Shin Ji-hye"])
        #expect(article.dateline == nil)
        #expect(article.paragraphs.count == 9)
        #expect(article.paragraphs.first?.hasPrefix("Korea and Vietnam will seek") == true)
    }

    static let chromeLines = [
        "Korea JoongAng Daily", "Home > National > Diplomacy", "print dictionary print",
        "Log in to Twitter or Facebook account to connect", "with the Korea JoongAng Daily", "More in Diplomacy",
        "Related Stories", "Related Article", "Standards Board Policy", "To write comments, please log in",
        "Send to", "help-image Social comment?", "lock icon", "tags Vietnam", "Yonhap",
        "Translated from the JoongAng Ilbo", "BY KIM GYU-TAE", "Published:", "June 8, 2022 - 17:20",
        "[JOINT PRESS CORPS]", "[PRESIDENTIAL OFFICE]", "(Presidential office)", "![", "VNA/VNS", "HÀ NỘI —",
        "GYEONGJU —", "Vietnam's top leader congratulates Lee on inauguration", "\u{00A0}",
    ]

    @Test(arguments: Fixture.samples)
    func noChromeSurvives(_ name: String) throws {
        let (article, _) = try Fixture.read(name)
        for paragraph in article.paragraphs {
            #expect(!paragraph.isEmpty)
            #expect(paragraph.count > 40, "short paragraph \(paragraph)")
            for chrome in Self.chromeLines {
                #expect(!paragraph.contains(chrome), "\(name): “\(chrome)” in “\(paragraph)”")
            }
            if let title = article.title { #expect(paragraph != title) }
        }
        #expect(article.paragraphs.filter { $0 == "s" }.isEmpty)
    }

    @Test func captionsOf000AppearOnce() throws {
        let (article, _) = try Fixture.read("sample-000-joongang-masthead-related.txt")
        let caption = "President Lee Jae-myung speaks by phone with Vietnamese President Luong Cuong at his office in Seoul on June 12 in this photo provided by the presidential office. [JOINT PRESS CORPS]"
        #expect(article.captions == [caption])
        #expect(!article.paragraphs.contains { $0.contains("in this photo provided") })
    }

    @Test func captionsOf002AppearOnce() throws {
        let (article, _) = try Fixture.read("sample-002-joongang-images-byline.txt")
        #expect(article.captions.count == 2)
        #expect(article.captions.allSatisfy { $0.hasSuffix("[PRESIDENTIAL OFFICE]") })
        #expect(article.captions.first?.contains("Vietnamese President Luong Cuong") == true)
        #expect(article.captions.last?.contains("Anthony Albanese") == true)
        #expect(!article.paragraphs.contains { $0.contains("[PRESIDENTIAL OFFICE]") || $0.contains("speaks on the phone") })
    }

    @Test func captionOf004IsKeptApart() throws {
        let (article, _) = try Fixture.read("sample-004-herald-send-to.txt")
        #expect(article.captions.count == 1)
        #expect(article.captions.first?.hasSuffix("(Presidential office)") == true)
    }
}
