import Foundation
import Testing
@testable import BriefingKit

@Suite("Prose wrapped at a fixed width reads as the same article")
struct HardWrapTests {
    /// `text` with every line wrapped at `width` characters on spaces, as a mail client or `fold -s`
    /// does; the crawler's header line and Markdown image or link lines are left as crawlers write them.
    static func wrapped(_ text: String, width: Int) -> String {
        var output: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number == 0 || line.hasPrefix("![") || line.hasPrefix("[") || line.count <= width {
                output.append(String(line))
                continue
            }
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    output.append(current)
                    current = ""
                }
                current += current.isEmpty ? String(word) : " " + word
            }
            output.append(current)
        }
        return output.joined(separator: "\n")
    }

    /// Everything a brief reads of an article: its metadata, captions and sentences.
    static func reading(_ article: Article) -> [String] {
        let splitter = SentenceSplitter()
        let sentences = article.paragraphs.flatMap { paragraph in splitter.split(paragraph).map { String(paragraph[$0]) } }
        return [article.title ?? "-", article.outlet ?? "-", article.dateline ?? "-", article.byline.joined(separator: ", "),
                article.published.map { "\($0)" } ?? "-", article.language] + article.captions.map { "caption: " + $0 } + sentences
    }

    @Test("each sample article wrapped at 60 to 80 columns gives the same metadata, captions and sentences",
          arguments: [60, 66, 72, 80])
    func samplesWrapped(width: Int) throws {
        for number in ["000", "001", "002", "003", "004"] {
            let text = String(decoding: try Fixture.bytes("sample-\(number)"), as: UTF8.self)
            let wrapped = Self.wrapped(text, width: width)
            #expect(wrapped != text)
            let original = try Fixture.article(text), rewrapped = try Fixture.article(wrapped)
            #expect(Self.reading(rewrapped) == Self.reading(original), "sample \(number) at \(width) columns")
        }
    }

    @Test("pages not wrapped are left as they are")
    func samplesUntouched() throws {
        for number in ["000", "001", "002", "003", "004"] {
            let lines = PageLines.split(try Fixture.bytes("sample-\(number)")).lines
            #expect(HardWraps.joined(lines) == lines, "sample \(number)")
        }
    }

    static let wire = """
        SEOUL, June 12 (Yonhap) -- President Lee Jae-myung held phone talks with \
        Vietnamese President Luong Cuong on Thursday and agreed to expand cooperation \
        in the long-term development of nuclear power, his office said.

        The two leaders agreed to deepen the comprehensive strategic partnership, \
        including in high-speed rail, and to raise bilateral trade to $150 billion by 2030.

        Lee also invited Cuong to the APEC summit in Gyeongju in November, the office said.
        """

    @Test("a wire story wrapped at 50 columns is its three paragraphs again, a wrapped hyphen one word")
    func wireStory() {
        let lines = Self.wrapped(Self.wire, width: 50).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expected = Self.wire.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > expected.count)
        #expect(HardWraps.joined(lines) == expected)
        // "long-" at the end of a line.
        let hyphen = ["The two sides agreed to pursue a programme of long-", "term cooperation in nuclear power and rail",
                      "projects, and to deepen their partnership across", "the region, officials from both sides said."]
        #expect(HardWraps.joined(hyphen) == [
            "The two sides agreed to pursue a programme of long-term cooperation in nuclear power and rail "
                + "projects, and to deepen their partnership across the region, officials from both sides said.",
        ])
    }

    @Test("on a wrapped page, headlines, a byline and short lines stay lines of their own")
    func headingsStay() {
        let page = [
            "Korea and Vietnam agree to deepen economic ties",
            "By Shin Ji-hye",
            "",
            "President Lee Jae-myung held phone talks with Vietnamese",
            "President Luong Cuong on Thursday and agreed to expand",
            "cooperation in nuclear power and high-speed rail, his",
            "office said. The call lasted 25 minutes, officials said.",
            "",
            "The two sides also agreed to raise bilateral trade and",
            "to work together at regional and international forums,",
            "the presidential office said.",
            "",
            "Related articles",
            "Samsung holds talks on critical minerals in the Philippines",
            "KakaoBank rises on perception of regional growth prospects",
            "Vietnam and Korea discuss nuclear power plant construction",
            "",
            "Yonhap",
            "tags Vietnam Lee Jae-myung Korea",
        ]
        #expect(HardWraps.joined(page) == [
            "Korea and Vietnam agree to deepen economic ties",
            "By Shin Ji-hye",
            "",
            "President Lee Jae-myung held phone talks with Vietnamese President Luong Cuong on Thursday and agreed to expand "
                + "cooperation in nuclear power and high-speed rail, his office said. The call lasted 25 minutes, officials said.",
            "",
            "The two sides also agreed to raise bilateral trade and to work together at regional and international forums, "
                + "the presidential office said.",
            "",
        ] + page[12...])
    }

    @Test("a page with fewer than three wraps is not rejoined")
    func tooLittleEvidence() {
        let page = ["The two leaders agreed to deepen their partnership in",
                    "nuclear power and rail, officials from both sides said.", "",
                    "Lee also invited Cuong to visit Seoul at a convenient time."]
        #expect(HardWraps.joined(page) == page)
    }
}
