import Foundation
import Testing
@testable import BriefingKit

/// The line rules that read bytes give the answers of the rules they replaced (`ReferenceRules`).
@Suite("Line rules read from bytes")
struct ByteRulesTests {
    /// Short lines near every rule's edge: outlet names in wrappers, credits, chrome, emails, symbols.
    static let shortLines: [String] = [
        "Korea JoongAng Daily", "KOREA JOONGANG DAILY", "joongang daily", "(Yonhap)", "[YONHAP]", "Yonhap:", "- Yonhap -",
        "— VNA/VNS", "VNA/VNS", "(Reuters)", "Reuters.", "ap", "AP", "A P", "AFP/Getty Images", "EPA-Yonhap",
        "Yonhap Photo Pool", "yonhap news agency yonhap", "Nhân Dân", "NHÂN DÂN", "nhân dân online", "Nha\u{0302}n Da\u{0302}n",
        "\u{212A}orea Herald", "vietnamplus.vn", "E.VNEXPRESS.NET", "(Photo courtesy of the Ministry)",
        "[JOINT PRESS CORPS]", "(Presidential office)", "[Photo by Kim]", "(AFP)", "[\u{0301}YONHAP]", "(Yonhap)\u{0301}",
        "ⓒ Korea JoongAng Daily", "© The Korea Herald", "Copyright © Yonhap", "copyright (c) 2025 korea times",
        "All rights reserved.", "ALL RIGHTS RESERVED", "print dictionary print", "Share:", "share :", "Related Stories:",
        "More in Politics", "Home > National > Diplomacy", "Home › World", "News » Asia", "Tags: Korea, Vietnam",
        "reporter@joongang.co.kr", "email: kim@yna.co.kr", "[email protected]", "••", "··", "a", "12", "1", "",
        " ", "—", "— —", "x", "ab", "a+ a-", "한국어", "Tiếng Việt", "TIẾNG VIỆT", "Follow us on Twitter",
        "Listen to this article", "Sign up for our newsletter", "Download the app", "With the Korea JoongAng Daily",
        "Edited by Korea JoongAng Daily staff", "By Kim Gyu-tae", "Published: 13 Jun. 2025, 00:06",
        "Reporting by Kim; Editing by Lee", "Translated from the Korean", "(END)", "(End)", "Yonhap News",
        "yna.co.kr yna.co.kr yna.co.kr yna.co.kr yna.co.kr yna.co.kr", "AP AP AP AP AP", "AP/AP/AP/AP",
        "getty images pool photo", "getty images pool photo afp", "BLOOMBERG", "bloomberg1", "Xinhua-", "-/ /-",
    ]

    static var allLines: [String] {
        get throws {
            var lines = shortLines + RunningTextTests.trickyLines
            let folders = [TestPaths.seeds, TestPaths.packageRoot + "/Tests/BriefingKitTests/Fixtures/Corpus"]
            for folder in folders {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".txt") {
                    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
                    guard case .text(let bytes, _) = TextDecoder.decode(data) else { continue }
                    lines += PageLines.split(bytes).lines
                }
            }
            return lines
        }
    }

    @Test func shapeHelpersAgree() throws {
        for line in try Self.allLines {
            #expect(TextShape.wordCount(line) == ReferenceRules.wordCount(line), "\(line)")
            #expect(TextShape.asciiLowercased(line) == ReferenceRules.asciiLowercased(line))
            for affix in ["all rights reserved.", "by ", "BY", ")", "yonhap", "", line] {
                #expect(TextShape.ends(line, with: affix) == ReferenceRules.ends(line, with: affix), "\(line) / \(affix)")
                #expect(TextShape.hasPrefixIgnoringCase(line, affix) == ReferenceRules.hasPrefixIgnoringCase(line, affix))
            }
            for needle in ["](", " > ", "rights reserved", "©", "a", "\u{2014}", String(line.suffix(3))] where !needle.isEmpty {
                #expect(TextShape.contains(line, needle) == ReferenceRules.contains(line, needle), "\(line) / \(needle)")
            }
        }
    }

    @Test func caseAndLetterTestsAgree() throws {
        let extra = ["\r\n", "ABC\r\nDEF", "abc\r", "É", "Émile", "ÉCOLE", "1234", "x2025y", "Seoul 2025", "\u{212A}", ""]
        for line in try Self.allLines + extra {
            #expect(TextShape.hasLowercase(line) == ReferenceRules.hasLowercase(line), "\(line)")
            #expect(TextShape.isAllCaps(line) == ReferenceRules.isAllCaps(line), "\(line)")
            #expect(TextShape.isTitleLike(line) == ReferenceRules.isTitleLike(line), "\(line)")
            #expect(PublicationLineParser.hasYear(line) == ReferenceRules.hasYear(line), "\(line)")
        }
    }

    @Test func outletsAgree() throws {
        for line in try Self.allLines {
            #expect(OutletDetector.outlet(named: line) == ReferenceRules.outlet(named: line), "\(line)")
            let lower = TextShape.asciiLowercased(line)
            #expect(OutletDetector.longestAlias(in: lower) == ReferenceRules.longestAlias(in: lower), "\(line)")
        }
    }

    @Test func chromeAndCreditsAgree() throws {
        for line in try Self.allLines {
            let lower = TextShape.asciiLowercased(line)
            #expect(PageChrome.isStrongChrome(lower) == ReferenceRules.isStrongChrome(lower), "\(line)")
            #expect(PageChrome.isWeakChrome(lower) == ReferenceRules.isWeakChrome(lower), "\(line)")
            #expect(PageChrome.isCreditLine(line) == ReferenceRules.isCreditLine(line), "\(line)")
        }
    }

    @Test func theShortLinesCoverEveryAnswer() {
        let lines = Self.shortLines
        #expect(lines.contains { OutletDetector.outlet(named: $0) != nil })
        #expect(lines.contains { PageChrome.isCreditLine($0) && OutletDetector.outlet(named: $0) == nil })
        #expect(lines.contains { PageChrome.isWeakChrome(TextShape.asciiLowercased($0)) })
        #expect(lines.contains { PageChrome.isStrongChrome(TextShape.asciiLowercased($0)) })
    }
}
