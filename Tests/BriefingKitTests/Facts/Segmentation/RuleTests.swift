import Testing

@Suite("Abbreviations and initials")
struct AbbreviationTests {
    static let cases: [SegmentCase] = [
        SegmentCase("U.S. before pronoun", "He lives in the U.S. He said so.", ["He lives in the U.S.", "He said so."]),
        SegmentCase("U.S. before noun", "Officials in the U.S. government agreed.", ["Officials in the U.S. government agreed."]),
        SegmentCase("U.K. before name", "The U.K. Parliament voted. It passed.", ["The U.K. Parliament voted.", "It passed."]),
        SegmentCase(
            "titles before names",
            "Mr. Kim, Mrs. Lee, Ms. Park, Dr. Choi and Prof. Han met Gen. Oh, Lt. Col. Yoon and Sgt. Moon.",
            ["Mr. Kim, Mrs. Lee, Ms. Park, Dr. Choi and Prof. Han met Gen. Oh, Lt. Col. Yoon and Sgt. Moon."]),
        SegmentCase(
            "civil titles", "Capt. Ahn briefed Gov. Baek, Sen. Warren, Rep. Cho, Rev. Jung and Hon. Seo.",
            ["Capt. Ahn briefed Gov. Baek, Sen. Warren, Rep. Cho, Rev. Jung and Hon. Seo."]),
        SegmentCase("month before day", "The deal was signed on Sept. 5 and announced Jan. 12.", ["The deal was signed on Sept. 5 and announced Jan. 12."]),
        SegmentCase("month ends sentence", "It closed in Feb. The firm then sold it.", ["It closed in Feb.", "The firm then sold it."]),
        SegmentCase("No. before number", "He ranked No. 1 in the poll.", ["He ranked No. 1 in the poll."]),
        SegmentCase("no as a word", "She said no. Then she left.", ["She said no.", "Then she left."]),
        SegmentCase("St. street name", "The shop on Main St. closed.", ["The shop on Main St. closed."]),
        SegmentCase("Inc. before name", "Apple Inc. President Tim Cook spoke.", ["Apple Inc. President Tim Cook spoke."]),
        SegmentCase("Inc. ends sentence", "He joined Apple Inc. The move surprised many.", ["He joined Apple Inc.", "The move surprised many."]),
        SegmentCase(
            "Co., Corp., Ltd., Jr., Sr.", "Samsung Co. and Hyundai Corp. hired John Smith Jr. and Tom Lee Sr. from Acme Ltd. last year.",
            ["Samsung Co. and Hyundai Corp. hired John Smith Jr. and Tom Lee Sr. from Acme Ltd. last year."]),
        SegmentCase("vs.", "It was Korea vs. Japan in the final.", ["It was Korea vs. Japan in the final."]),
        SegmentCase("etc. mid-sentence", "Apples, pears, etc. are sold here.", ["Apples, pears, etc. are sold here."]),
        SegmentCase("etc. ends sentence", "Apples, pears, etc. The list goes on.", ["Apples, pears, etc.", "The list goes on."]),
        SegmentCase("e.g. and i.e.", "Some fruit, e.g. Apples, and one colour, i.e. Red, were named.", ["Some fruit, e.g. Apples, and one colour, i.e. Red, were named."]),
        SegmentCase("approx.", "It costs approx. 5 dollars.", ["It costs approx. 5 dollars."]),
        SegmentCase("initials", "The author J. R. R. Tolkien wrote it. He was British.", ["The author J. R. R. Tolkien wrote it.", "He was British."]),
        SegmentCase("initial before A", "Her name is Mary A. Smith.", ["Her name is Mary A. Smith."]),
        SegmentCase("a.m. before lower case", "It began at 9 a.m. on Monday.", ["It began at 9 a.m. on Monday."]),
        SegmentCase("p.m. before weekday", "The ceasefire begins at 6 p.m. Sunday.", ["The ceasefire begins at 6 p.m. Sunday."]),
        SegmentCase("p.m. ends sentence", "The meeting ended at 6 p.m. The leaders then left.", ["The meeting ended at 6 p.m.", "The leaders then left."]),
        SegmentCase("ex-Gov. hyphenated title", "He met ex-Gov. Kim yesterday.", ["He met ex-Gov. Kim yesterday."]),
    ]

    @Test(arguments: cases)
    func splits(_ c: SegmentCase) {
        #expect(segmented(c.text) == c.expected)
    }
}

@Suite("Numbers, addresses and missing spaces")
struct NumberTests {
    static let cases: [SegmentCase] = [
        SegmentCase("currency with decimals", "It won a US$19.17 billion deal.", ["It won a US$19.17 billion deal."]),
        SegmentCase("per cent", "Growth was 7.5 per cent. Prices rose 3.14 times.", ["Growth was 7.5 per cent.", "Prices rose 3.14 times."]),
        SegmentCase("1.5m", "The club paid 1.5m for him. He scored twice.", ["The club paid 1.5m for him.", "He scored twice."]),
        SegmentCase("number ends sentence", "Sales reached 2,000. That was a record.", ["Sales reached 2,000.", "That was a record."]),
        SegmentCase("missing space", "The talks ended in March.The talks resume in May.", ["The talks ended in March.", "The talks resume in May."]),
        SegmentCase("no split in U.S.", "It is U.S.-made and U.S.based.", ["It is U.S.-made and U.S.based."]),
        SegmentCase("domain", "Visit example.com for details. It is free.", ["Visit example.com for details.", "It is free."]),
        SegmentCase("capitalised domain part", "Read Example.Com today.", ["Read Example.Com today."]),
        SegmentCase("email with capitals", "Write to John.Smith@Example.org today.", ["Write to John.Smith@Example.org today."]),
        SegmentCase("url path", "See www.News.com/Story.Html now.", ["See www.News.com/Story.Html now."]),
        SegmentCase("time with colon", "He spoke at 9:30 a.m. for 25 minutes.", ["He spoke at 9:30 a.m. for 25 minutes."]),
    ]

    @Test(arguments: cases)
    func splits(_ c: SegmentCase) {
        #expect(segmented(c.text) == c.expected)
    }
}

@Suite("Quotes, parentheses and ellipses")
struct PunctuationTests {
    static let cases: [SegmentCase] = [
        SegmentCase("straight quote then speaker", "\"We won.\" she said.", ["\"We won.\" she said."]),
        SegmentCase("question in quotes", "\"Why now?\" he asked. Nobody knew.", ["\"Why now?\" he asked.", "Nobody knew."]),
        SegmentCase("exclamation in quotes", "\"Stop!\" The crowd froze.", ["\"Stop!\"", "The crowd froze."]),
        SegmentCase("curly quote ends sentence", "He said, “We are ready.” The talks began.", ["He said, “We are ready.”", "The talks began."]),
        SegmentCase(
            "curly quote then attribution", "“We will cooperate across the region.” Lee said.",
            ["“We will cooperate across the region.” Lee said."]),
        SegmentCase(
            "attribution with title and name", "“It is done.” President Lee Jae-myung told reporters. Talks follow.",
            ["“It is done.” President Lee Jae-myung told reporters.", "Talks follow."]),
        SegmentCase("single curly quotes", "He called it ‘a start.’ Then he left.", ["He called it ‘a start.’", "Then he left."]),
        SegmentCase("page in parentheses", "The rule is strict (see p. 5.) and binding.", ["The rule is strict (see p. 5.) and binding."]),
        SegmentCase(
            "sentences in parentheses", "Prices rose (They fell later. Nobody knows why.) last year. Then it stopped.",
            ["Prices rose (They fell later. Nobody knows why.) last year.", "Then it stopped."]),
        SegmentCase("unclosed parenthesis", "Prices rose (sharply. Then they fell.", ["Prices rose (sharply.", "Then they fell."]),
        SegmentCase("ellipsis character mid-sentence", "Wait… what happened?", ["Wait… what happened?"]),
        SegmentCase("ellipsis character ends sentence", "He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        SegmentCase("leading ellipsis", "The end. ...and then it began.", ["The end. ...and then it began."]),
    ]

    @Test(arguments: cases)
    func splits(_ c: SegmentCase) {
        #expect(segmented(c.text) == c.expected)
    }
}

@Suite("Lists and newlines")
struct LayoutTests {
    static let cases: [SegmentCase] = [
        SegmentCase("dash bullets", "Key points:\n- Prices rose\n- Wages fell", ["Key points:", "- Prices rose", "- Wages fell"]),
        SegmentCase("star bullets", "* First point\n* second point", ["* First point", "* second point"]),
        SegmentCase("numbered lines", "1. Rates rose.\n2. Stocks fell.", ["1. Rates rose.", "2. Stocks fell."]),
        SegmentCase("paren numbered lines", "1) Rates rose\n2) Stocks fell", ["1) Rates rose", "2) Stocks fell"]),
        SegmentCase("number not a list", "Ranked 2. The coach was pleased.", ["Ranked 2.", "The coach was pleased."]),
        SegmentCase(
            "numbered items in running text", "The talks covered three points. 1. Trade will rise. 2. Rail will be built. It ended.",
            ["The talks covered three points.", "1. Trade will rise.", "2. Rail will be built.", "It ended."]),
        SegmentCase("a number that is a sentence's end", "The team finished 12. 12 teams took part.", ["The team finished 12.", "12 teams took part."]),
        SegmentCase("year ends sentence", "It opened in 2019. 2020 was harder.", ["It opened in 2019.", "2020 was harder."]),
        SegmentCase("blank line", "First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
        SegmentCase("newline before capital", "Seoul, Korea\nThe talks began.", ["Seoul, Korea", "The talks began."]),
        SegmentCase("windows line ends", "One line.\r\nTwo lines.\r\n", ["One line.", "Two lines."]),
        SegmentCase(
            "hard-wrapped paragraph",
            "The government announced on Tuesday that it would\nraise the minimum wage by five per cent next\nyear. Unions welcomed it.",
            [
                "The government announced on Tuesday that it would\nraise the minimum wage by five per cent next\nyear.",
                "Unions welcomed it.",
            ]),
    ]

    @Test(arguments: cases)
    func splits(_ c: SegmentCase) {
        #expect(segmented(c.text) == c.expected)
    }
}
