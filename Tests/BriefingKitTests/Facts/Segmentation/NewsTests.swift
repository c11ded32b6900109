import Foundation
@testable import BriefingKit
import Testing

@Suite("News text")
struct NewsTests {
    static let cases: [SegmentCase] = [
        SegmentCase(
            "time and hyphenated name",
            "President Lee Jae-myung spoke at 9:30 a.m. for approximately 25 minutes, according to presidential spokesperson Kang Yu-jung. During the call, Lee emphasized the history.",
            [
                "President Lee Jae-myung spoke at 9:30 a.m. for approximately 25 minutes, according to presidential spokesperson Kang Yu-jung.",
                "During the call, Lee emphasized the history.",
            ]),
        SegmentCase(
            "money in parentheses", "South Korea won a 26 trillion won ($19.17 billion) nuclear power plant project.",
            ["South Korea won a 26 trillion won ($19.17 billion) nuclear power plant project."]),
        SegmentCase("comma inside quote", "\"I hope we can work closely,\" Lee said.", ["\"I hope we can work closely,\" Lee said."]),
        SegmentCase(
            "quote spanning sentences then attribution",
            "“We will deepen ties. We will bring peace to the region.” Lee said. The summit ended.",
            ["“We will deepen ties.", "We will bring peace to the region.” Lee said.", "The summit ended."]),
        SegmentCase(
            "quote ending the sentence", "Trong replied, “As the coordinator, we will play a role.”",
            ["Trong replied, “As the coordinator, we will play a role.”"]),
        SegmentCase(
            "a quote its speaker introduced, then another speaker",
            "Cuong said, “South Korea can help Vietnam with civil nuclear energy.” Cho said South Korea would advance the partnership.",
            ["Cuong said, “South Korea can help Vietnam with civil nuclear energy.”", "Cho said South Korea would advance the partnership."]),
        SegmentCase(
            "an introduced question, then another speaker",
            "Lee told reporters: \"Why should we wait?\" Kang said the talks ran long.",
            ["Lee told reporters: \"Why should we wait?\"", "Kang said the talks ran long."]),
        SegmentCase(
            "a quoted question and its attribution", "“Why should we wait?” Lee asked. The talks ran long.",
            ["“Why should we wait?” Lee asked.", "The talks ran long."]),
        SegmentCase(
            "dateline and U.S. officials",
            "WASHINGTON (AP) — U.S. officials said Tuesday the talks had stalled. The State Department declined to comment.",
            [
                "WASHINGTON (AP) — U.S. officials said Tuesday the talks had stalled.",
                "The State Department declined to comment.",
            ]),
    ]

    @Test(arguments: cases)
    func splits(_ c: SegmentCase) {
        #expect(segmented(c.text) == c.expected)
    }
}

@Suite("Ranges")
struct RangeTests {
    @Test(arguments: ["", "   ", "\n\n", " \u{00A0}\t "])
    func blankTextHasNoSentences(_ text: String) {
        #expect(SentenceSplitter().split(text).isEmpty)
    }

    @Test func rangesAreOrderedTrimmedAndNonEmpty() {
        let text = "  First one.   Second one?\n\n  • Third one!  \u{00A0}"
        let ranges = SentenceSplitter().split(text)
        #expect(ranges.map { String(text[$0]) } == ["First one.", "Second one?", "• Third one!"])
        for (range, next) in zip(ranges, ranges.dropFirst()) {
            #expect(range.upperBound <= next.lowerBound)
        }
        for range in ranges {
            #expect(!range.isEmpty)
            #expect(text[range].first?.isWhitespace == false)
            #expect(text[range].last?.isWhitespace == false)
        }
    }

    @Test func textWithoutTerminalPunctuationIsOneSentence() {
        #expect(segmented("no punctuation at all") == ["no punctuation at all"])
    }

    @Test func worksOnBridgedAndSubstringBackedStrings() {
        let base = "Prefix. Hello world. Bye now."
        let text = String(base.dropFirst(8))
        #expect(segmented(text) == ["Hello world.", "Bye now."])
        let ns = NSString(string: "Emoji 🎉 here. Accented café. Done.")
        #expect(segmented(ns as String) == ["Emoji 🎉 here.", "Accented café.", "Done."])
    }

    @Test func largeInputIsSplitCompletely() {
        let paragraph =
            "President Lee Jae-myung spoke at 9:30 a.m. for approximately 25 minutes (see p. 5.), according to Kang Yu-jung. “We will work with the U.S. Government,” he said. Sales rose 7.5 per cent... The end!? "
        let text = String(repeating: paragraph, count: 2_000)
        #expect(SentenceSplitter().split(text).count == 4 * 2_000)
    }

    @Test("the first sentence alone is the whole split's first, over every segmentation case and odd openings")
    func firstSentenceIsTheSplitsFirst() {
        let cases = GoldenRuleTests.cases + NewsTests.cases + AbbreviationTests.cases + NumberTests.cases
            + PunctuationTests.cases + LayoutTests.cases
        let openings = ["", "  ", ". Lee met Cường.", " \n • Trade rose. Rail too.", "1. First item. 2. Second.", "... and then. More.",
                        "(An aside. Still in it.) After.", "\n\nLee met Cường in Gyeongju. They agreed."]
        let texts = cases.map(\.text) + openings
        #expect(texts.count > 50)
        for text in texts {
            let splitter = SentenceSplitter()
            #expect(splitter.firstSentence(text) == splitter.split(text).first, "\(text)")
        }
    }

    @Test(arguments: ["(", "(()", "[", ".", "a.Bc", "• ", "1. ", "U.S. ", "x\n", "... ", "a\nb"])
    func degenerateInputGivesValidRanges(_ pattern: String) {
        let text = String(repeating: pattern, count: 20_000 / pattern.utf8.count)
        let ranges = SentenceSplitter().split(text)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        #expect(ranges.allSatisfy { !$0.isEmpty && !text[$0].trimmingWhitespace().isEmpty })
    }
}
