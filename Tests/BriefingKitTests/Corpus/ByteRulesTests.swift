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
        let spaced = (0..<40).map { width in
            String(repeating: " ", count: width % 3) + String(repeating: "ab" + String(repeating: " ", count: width % 4 + 1), count: width)
                + String(repeating: "x", count: width % 9)
        }
        for line in try Self.allLines + spaced {
            #expect(TextShape.wordCount(line) == ReferenceRules.wordCount(line), "\(line)")
            for limit in [0, 1, 5, 16, 24, 30] {
                #expect(TextShape.wordCount(line, stoppingAfter: limit) == min(ReferenceRules.wordCount(line), limit + 1))
            }
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

    @Test func sentenceEndsAgree() throws {
        let endings = ["said.\u{201D}", "said?\u{2019}\u{201D}", "said.\")", "said\u{201D}", "\u{201D}\u{201D}", "\u{00BB}",
                       "fin.\u{00BB}", "said\u{2026}\u{201D}", "Hà Nội.\u{201D}", "é.\u{201D}", "e\u{0301}.\u{201D}",
                       ".\u{0301}\u{201D}", "\u{0600}.\u{201D}", "\u{0600}\u{201D}", "x\u{0600}\"", "said. (Yonhap)",
                       "said (Yonhap)", "[Photo]", "*", "_emphasis_", "a.*", "\r\n\"", "\r.\"", "\u{009D}", "x\u{0099}", "  "]
        for line in try Self.allLines + endings + endings.map({ "He " + $0 }) {
            #expect(TextShape.endsSentence(line) == ReferenceRules.endsSentence(line), "\(line)")
            #expect(line.trimmingSpaces() == ReferenceRules.trimmingSpaces(line[...]), "\(line)")
        }
    }

    @Test func placesAgree() throws {
        let places = ["SEOUL", "Seoul", "HÀ NỘI", "Hà Nội", "SEOUL KOREA", "New York", "new York", "NEW york", "BREAKING",
                      "Breaking", "ST. LOUIS", "O'HARE", "WINSTON-SALEM", "A", "AB", "A B", "A.", "X-", "SEOUL 2", "  SEOUL  ",
                      "ONE TWO THREE FOUR FIVE", "ONE TWO THREE FOUR FIVE SIX", String(repeating: "A", count: 41),
                      "SEOUL\r\nBUSAN", "D\u{2019}ARCY", "e\u{0301}", "UPDATE", "update", "Update", ""]
        var candidates = places
        for line in try Self.allLines {
            candidates += line.split(separator: " ").prefix(4).map(String.init)
            candidates.append(String(line.prefix(30)))
        }
        for place in candidates {
            for needsCapitals in [true, false] {
                #expect(DatelineParser.isPlace(place[...], needsCapitals: needsCapitals)
                        == ReferenceRules.isPlace(place[...], needsCapitals: needsCapitals), "\(place)")
            }
        }
    }

    @Test func datelinePiecesAgree() throws {
        let heads = ["SEOUL, June 12 (Yonhap) -- President", "HANOI (Reuters) - Vietnam", "HÀ NỘI — Việt Nam", "A —B", "A—B",
                     "A - - B", "A -- B", "A --B", "A-- B", "A-B", "— lead", "trail —", "x \u{2013} y", "x \u{2013}y", "- -",
                     "KIM GYU-TAE", "(KIM) LEE", "ST. LOUIS", "o'hare", "ĐÀ NẴNG", "ABC\r\nDEF", "e\u{0301} ABC", ""]
        for line in try Self.allLines + heads {
            let head = String(TextShape.prefix(line, characters: 120))
            #expect(head == String(line.prefix(120)), "\(line)")
            let found = DatelineParser.firstDash(in: head), expected = ReferenceRules.firstDash(in: head)
            #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(head)")
            #expect(TextShape.titleCased(line) == ReferenceRules.titleCased(line), "\(line)")
        }
    }

    @Test func outletsAgree() throws {
        for line in try Self.allLines {
            #expect(OutletDetector.outlet(named: line) == ReferenceRules.outlet(named: line), "\(line)")
            let lower = TextShape.asciiLowercased(line)
            #expect(OutletDetector.longestAlias(in: lower) == ReferenceRules.longestAlias(in: lower), "\(line)")
            for text in [line, lower] {
                #expect(OutletDetector.selfReference(in: text) == ReferenceRules.selfReference(in: text), "\(text)")
            }
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

    @Test func captionEndingsAgree() throws {
        var lines = try Self.allLines
        let leads = ["President Lee speaks in Seoul", "Hà Nội thủ đô nước", "Cafe\u{0301} cafe\u{0301} cafe\u{0301}", "\u{0600} one two three"]
        let credits = ["(Yonhap)", "[YONHAP]", "(Presidential office)", "[JOINT PRESS CORPS]", "(Việt Nam News)", "(Yonhap\u{0301})",
                       "(\u{0301}Yonhap)", "[Photo by Kim]", "(AFP-Yonhap)", "(END)", "()", "[]", ")", "]"]
        for lead in leads {
            for credit in credits {
                lines.append(lead + " " + credit)
                lines.append(lead + credit)
                // The opener at, inside and past the 80 characters (and 81 bytes) read by bytes.
                for width in 76...84 {
                    let opener = credit.first == "[" ? "[" : "("
                    let closer = credit.last.map(String.init) ?? ")"
                    lines.append(lead + " " + opener + "AB " + String(repeating: "C", count: width - 4) + closer)
                    lines.append(lead + " " + opener + "é" + String(repeating: "D", count: width - 2) + closer)
                    lines.append(lead + " é" + opener + String(repeating: "E", count: width - 1) + closer)
                }
            }
        }
        for line in lines {
            #expect(CaptionRules.ending(of: line) == ReferenceRules.captionEnding(of: line), "\(line)")
        }
    }

    @Test func trimmedSpacesAgree() {
        let texts = [" ", "  ", " a ", "  a  b  ", " \u{0301}a ", "a \u{0301}", "a \u{0301} ", " \u{0301} ", "\u{0600} ", " \u{0600} x",
                     "é ", " é", "  é  ", "\r\n ", " \r\n", "a\u{00A0} ", "", "x"]
        for text in texts {
            #expect(Array(text.trimmingSpaces().utf8) == Array(ReferenceRules.trimmingSpaces(text[...]).utf8), "\(text)")
            let slice = ("." + text + ".").dropFirst().dropLast()
            #expect(Array(slice.trimmingSpaces().utf8) == Array(ReferenceRules.trimmingSpaces(slice).utf8), "\(text)")
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
