import Foundation
import Testing
@testable import BriefingKit

@Suite("Running-text shortcut of the line classifier")
struct RunningTextTests {
    static let paragraph = "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday, "
        + "agreeing to deepen economic ties."

    /// Long lines that look like running text but are something else, or nearly so.
    static let trickyLines: [String] = [
        paragraph,
        paragraph + " (Yonhap)",
        paragraph + " [YONHAP]",
        "Copyright 2025 Yonhap News Agency. The article may not be reproduced without permission. All rights reserved.",
        "COPYRIGHT (C) THE KOREA HERALD. ALL RIGHTS RESERVED. REDISTRIBUTION IS PROHIBITED WITHOUT CONSENT.",
        "© The Korea Herald. This material may not be published, broadcast, rewritten or redistributed.",
        "ⓒ Korea JoongAng Daily and JoongAng Ilbo. Unauthorized reproduction and redistribution prohibited.",
        "(c) 2025 Viet Nam News. Content may not be copied or republished without written permission.",
        "Reporting by Kim Gyu-tae and Lee Min-ji in Seoul; Editing by John Smith and Jane Doe at the desk.",
        "Translated from the Korean by the Korea JoongAng Daily staff, who also edited the final version.",
        "This article was translated from the original Korean version by an AI translator and edited.",
        "This story has been corrected to show that the ministry announced the measure on Thursday.",
        "The ministry said the measure, first announced in June, will take effect on March 1, 2026.",
        "Published: 13 Jun. 2025, 00:06 Updated: 13 Jun. 2025, 10:20 By Kim Gyu-tae and Lee Min-ji.",
        "Posted on June 8, 2022 at 17:20 and last updated on June 9, 2022 at 09:15 by the desk.",
        "By Kim Gyu-tae, Lee Min-ji and Park Soo-jin, reporters of the national desk in Seoul.",
        "BY KIM GYU-TAE AND LEE MIN-JI, SENIOR REPORTERS OF THE KOREA JOONGANG DAILY POLITICS DESK.",
        "Written by the editorial board of the Korea Times, with contributions from readers overseas.",
        "![President Lee Jae-myung speaks during a meeting with Vietnamese President Luong Cuong](photo.jpg)",
        "[![Lee and Cuong shake hands at the presidential office in Seoul](thumb.jpg)](https://example.com/a)",
        "[Related: Lee and Cuong agree to deepen ties](https://example.com/a) | [More](https://example.com/b)",
        "President Lee Jae-myung, left, shakes hands with Vietnamese President Luong Cuong in Seoul. (Presidential office)",
        "Home > National > Diplomacy > Lee and Cuong agree to deepen economic ties in phone talks today.",
        "Edited by Korea JoongAng Daily staff members who checked every quote in the story for accuracy.",
        "With the Korea JoongAng Daily, readers get news on North Korea, politics and the economy daily.",
        "Share this article on Facebook, Twitter and KakaoTalk with your friends and family members now.",
        "Subscribe to our newsletter to get the latest news on Korea delivered to your inbox every day.",
        "Nearly 65% of Koreans believe U.S.-China rivalry is the biggest threat to the country: Poll finds",
        "Lee, Vietnamese President agree to deepen economic ties during phone talks held on Thursday",
        "The exhibition runs through Dec. 31 at the National Museum of Korea in Yongsan District, Seoul.",
        "The exhibition runs through 2025 at the National Museum of Korea in Yongsan District, Seoul.",
        "Korea JoongAng Daily, Yonhap News Agency, The Korea Herald and The Korea Times all reported it.",
        String(repeating: "word ", count: 70) + "end.",
        String(repeating: "word ", count: 90) + "(Yonhap)",
        String(repeating: "x", count: 64),
        String(repeating: "x", count: 60) + " end.",
        String(repeating: "word ", count: 12) + "2025.",
        "SEOUL, June 12 (Yonhap) -- President Lee Jae-myung talked over the phone with Vietnamese President.",
        "HÀ NỘI — Việt Nam and South Korea agreed to deepen economic ties during phone talks on Thursday.",
    ]

    static let hints: [CalendarDate?] = [nil, CalendarDate(year: 2025, month: 6, day: 7), CalendarDate(year: 2022, month: 6, day: 8)]

    /// The shortcut only ever says `.text` where every rule says `.text`.
    static func expectAgreement(_ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for position in [0, 20] {
            for hint in hints {
                let full = LineClassifier.classifyInFull(line, nonBlankIndex: position, hint: hint)
                if LineClassifier.isPlainRunningText(line) {
                    #expect(full == .text, "shortcut says text: \(line)", sourceLocation: sourceLocation)
                }
                #expect(LineClassifier.classify(line, nonBlankIndex: position, hint: hint) == full,
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: trickyLines)
    func shortcutAgreesOnTrickyLines(_ line: String) {
        Self.expectAgreement(line)
    }

    @Test func shortcutAgreesOnEveryLineOfTheSamplesAndFixtures() throws {
        let folders = [TestPaths.seeds, TestPaths.packageRoot + "/Tests/BriefingKitTests/Fixtures/Corpus"]
        var checked = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".txt") {
                let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
                guard case .text(let bytes, _) = TextDecoder.decode(data) else { continue }
                for line in PageLines.split(bytes).lines {
                    Self.expectAgreement(line)
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    @Test func runningTextTakesTheShortcut() {
        #expect(LineClassifier.isPlainRunningText(Self.paragraph))
        #expect(LineClassifier.isPlainRunningText(String(repeating: "word ", count: 70) + "end."))
    }

    @Test func chromeDatesCreditsAndImagesDoNot() {
        let declined = [
            "Copyright 2025 Yonhap News Agency. The article may not be reproduced without permission. All rights reserved.",
            "Reporting by Kim Gyu-tae and Lee Min-ji in Seoul; Editing by John Smith and Jane Doe at the desk.",
            "Published: 13 Jun. 2025, 00:06 Updated: 13 Jun. 2025, 10:20 By Kim Gyu-tae and Lee Min-ji.",
            "![President Lee Jae-myung speaks during a meeting with Vietnamese President Luong Cuong](photo.jpg)",
            Self.paragraph + " (Yonhap)",
            "Lee, Vietnamese President agree to deepen economic ties during phone talks held on Thursday",
            String(repeating: "x", count: 64),
        ]
        for line in declined {
            #expect(!LineClassifier.isPlainRunningText(line), "\(line)")
        }
    }
}
