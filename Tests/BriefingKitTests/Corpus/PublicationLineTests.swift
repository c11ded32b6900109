import Testing
@testable import BriefingKit

@Suite("Publication lines")
struct PublicationLineTests {
    static let forms: [(String, String)] = [
        ("Published: 13 Jun. 2025, 09:41", "2025-06-13T09:41"),
        ("Published : 13 Jun 2025, 00:06", "2025-06-13T00:06"),
        ("June 8, 2022 - 17:20", "2022-06-08T17:20"),
        ("2025-06-13 09:41 KST", "2025-06-13T09:41+09:00"),
        ("13 June 2025", "2025-06-13"),
        ("Jun 13, 2025 9:41 a.m.", "2025-06-13T09:41"),
        ("Jun. 13, 2025 9:41 p.m.", "2025-06-13T21:41"),
        ("Jun 13, 2025 12:05 AM", "2025-06-13T00:05"),
        ("Posted : 2025-06-12 17:03", "2025-06-12T17:03"),
        ("Thursday, June 12, 2025, 09:41 GMT+7", "2025-06-12T09:41+07:00"),
        ("2025-06-13T09:41:00+09:00", "2025-06-13T09:41+09:00"),
        ("2025-06-13T00:41:00Z", "2025-06-13T00:41+00:00"),
        ("2025-06-13", "2025-06-13"),
        ("2025.06.13 09:41", "2025-06-13T09:41"),
        ("06/13/2025", "2025-06-13"),
        ("13/06/2025", "2025-06-13"),
        ("June 13th, 2025 at 9 pm", "2025-06-13T21:00"),
        ("Sept. 3, 2025 14:00 UTC+09:00", "2025-09-03T14:00+09:00"),
        ("Friday, 13 June 2025 09:41 (ICT)", "2025-06-13T09:41+07:00"),
        ("Updated: June 12, 2025 17:20 -0500", "2025-06-12T17:20-05:00"),
    ]

    @Test(arguments: forms)
    func parsesDateForm(_ form: (String, String)) throws {
        let line = try #require(PublicationLineParser.parse(form.0, hint: nil), "\(form.0)")
        let stamp = line.published ?? line.updated
        #expect(stamp?.iso == form.1, "\(form.0)")
    }

    @Test func ambiguousNumericDateFollowsHint() throws {
        let hint = CalendarDate(year: 2025, month: 3, day: 4)
        #expect(PublicationLineParser.parse("04/03/2025", hint: hint)?.published?.iso == "2025-03-04")
        #expect(PublicationLineParser.parse("04/03/2025", hint: nil)?.published?.iso == "2025-04-03")
        #expect(PublicationLineParser.parse("04.03.2025", hint: nil)?.published?.iso == "2025-03-04")
    }

    @Test func labelsChooseTheSlot() throws {
        let line = try #require(PublicationLineParser.parse("Posted : 2025-06-12 17:03 Updated : 2025-06-12 19:20", hint: nil))
        #expect(line.published?.iso == "2025-06-12T17:03")
        #expect(line.updated?.iso == "2025-06-12T19:20")
        #expect(line.publishedIsLabelled)
        let updatedOnly = try #require(PublicationLineParser.parse("Last updated: 13 June 2025", hint: nil))
        #expect(updatedOnly.published == nil)
        #expect(updatedOnly.updated?.iso == "2025-06-13")
    }

    @Test func keepsBylineTextAroundTheStamp() throws {
        let after = try #require(PublicationLineParser.parse("June 8, 2022 - 17:20 By Shin Ji-hye", hint: nil))
        #expect(after.trailing == "By Shin Ji-hye")
        let before = try #require(PublicationLineParser.parse("By Shin Ji-hye Published : June 8, 2022 - 17:20", hint: nil))
        #expect(before.leading == "By Shin Ji-hye")
        #expect(before.published?.iso == "2022-06-08T17:20")
    }

    @Test(arguments: [
        "Published on June 12, the report says the economy grew faster than expected in May.",
        "June 8, 2022 was the day the two leaders first spoke by video link from their offices.",
        "Lee spoke with Cuong at 9:30 a.m. for approximately 25 minutes.",
        "2025 budget",
        "Published: 31 Feb. 2025",
        "Published: soon",
    ])
    func rejectsProseAndImpossibleDates(_ line: String) {
        #expect(PublicationLineParser.parse(line, hint: nil) == nil)
    }

    @Test func timestampIsoForms() throws {
        let date = try #require(CalendarDate(year: 2025, month: 6, day: 13))
        #expect(ArticleTimestamp(date: date).iso == "2025-06-13")
        #expect(ArticleTimestamp(date: date, hour: 9, minute: 41).iso == "2025-06-13T09:41")
        #expect(ArticleTimestamp(date: date, hour: 9, minute: 41, utcOffsetMinutes: 540).iso == "2025-06-13T09:41+09:00")
        #expect(ArticleTimestamp(date: date, hour: 9, minute: 41, utcOffsetMinutes: -330).iso == "2025-06-13T09:41-05:30")
    }

    @Test("stamps written digit by digit read as the ones joined from strings")
    func timestampFormsAgree() throws {
        func reference(_ date: CalendarDate, _ hour: Int?, _ minute: Int?, _ offset: Int?) -> String {
            func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
            guard let hour else { return date.iso }
            var text = date.iso + "T" + twoDigits(hour) + ":" + twoDigits(minute ?? 0)
            if let offset {
                text += (offset < 0 ? "-" : "+") + twoDigits(abs(offset) / 60) + ":" + twoDigits(abs(offset) % 60)
            }
            return text
        }
        let dates = try [(2025, 6, 13), (1, 1, 1), (999, 12, 31), (9999, 2, 28), (10000, 1, 1)].map { year, month, day in
            try #require(CalendarDate(year: year, month: month, day: day))
        }
        for date in dates {
            for hour in [nil, 0, 9, 23, 99, 100] as [Int?] {
                for minute in [nil, 0, 5, 59, 100] as [Int?] {
                    for offset in [nil, 0, 540, -330, -5, 5_999, 6_000, -6_000] as [Int?] {
                        #expect(ArticleTimestamp.format(date: date, hour: hour, minute: minute, offset: offset)
                                == reference(date, hour, minute, offset))
                    }
                }
            }
        }
    }

    @Test func pageDateWinsOverCrawlerDateWithWarning() throws {
        let text = " date 2025-06-20  Lee meets Cuong\nPublished: 13 Jun. 2025, 09:41\n\(Fixture.prose)"
        guard case .article(let article, let warnings) = ArticleReader().read(Array(text.utf8), file: "f.txt") else {
            Issue.record("expected an article")
            return
        }
        #expect(article.published?.iso == "2025-06-13T09:41")
        #expect(warnings.map(\.message) == ["page date 2025-06-13 differs from crawler date 2025-06-20; using the page date"])
    }

    @Test func crawlerDateIsTheFallback() throws {
        let article = try Fixture.article(" date 2025-06-20  Lee meets Cuong\n\(Fixture.prose)")
        #expect(article.published?.iso == "2025-06-20")
        #expect(article.title == "Lee meets Cuong")
    }
}

@Suite("Date tokens")
struct DateTokenTests {
    private func kinds(_ text: String) -> [DateToken.Kind] { DateToken.tokenize(text).map(\.kind) }

    @Test func asciiAndNonASCIILinesTokenizeAlike() {
        let expected: [DateToken.Kind] = [.word("published"), .mark(":"), .number(13, digits: 2), .word("jun"), .mark("."),
                                          .number(2025, digits: 4), .mark(","), .number(0, digits: 2), .mark(":"), .number(6, digits: 2)]
        #expect(kinds("Published: 13 Jun. 2025, 00:06") == expected)
        // A non-ASCII character elsewhere takes the character-by-character path; the tokens are the same.
        #expect(kinds("Published: 13 Jun. 2025, 00:06 ·") == expected + [.mark("·")])
        #expect(kinds("1234567890 x") == [.mark("#"), .word("x")])
    }

    @Test func rangesCoverTheTokenText() {
        let line = "Posted : 2025-06-13 10:20 KST"
        for token in DateToken.tokenize(line) where token.word != nil {
            #expect(line[token.range].lowercased() == token.word)
        }
    }
}
