import Foundation
import Testing
@testable import BriefingKit

/// What a figure measures is read from the bytes of plain text and from Characters otherwise: the same phrase either way.
@Suite("The words before a figure")
struct PhraseExtractorTests {
    static func subjects(_ sentence: String, before span: String) throws -> (bytes: String?, characters: String?) {
        let range = try #require(sentence.range(of: span))
        return (PhraseExtractor.subject(before: range, in: sentence), PhraseExtractor.subjectByCharacters(before: range, in: sentence))
    }

    /// Asks `found` of the span from every word to the end of every sentence of the sample corpus; gives the
    /// number of spans asked and of answers that were not nil.
    static func everyWordStart(_ found: (String, Range<String.Index>) -> String?) -> (compared: Int, found: Int) {
        var compared = 0, answers = 0
        for fact in SampleCorpus.everyFact() {
            let text = fact.text
            for index in text.indices where index > text.startIndex && text[text.index(before: index)] == " " {
                compared += 1
                if found(text, index..<text.endIndex) != nil { answers += 1 }
            }
        }
        return (compared, answers)
    }

    @Test("before every word of every sentence of the sample corpus, the phrase the Characters give")
    func sampleCorpus() {
        let (compared, found) = Self.everyWordStart { text, range in
            let fast = PhraseExtractor.subject(before: range, in: text)
            #expect(fast == PhraseExtractor.subjectByCharacters(before: range, in: text), "\(text)")
            return fast
        }
        #expect(compared > 2_000 && found > 500, "\(compared) words, \(found) phrases")
    }

    @Test("a measure read from the clause's last words is the one read from the whole clause")
    func clauseTail() {
        let (compared, found) = Self.everyWordStart { text, range in
            let tail = PhraseExtractor.clauseWords(before: range, in: text)
            let whole = PhraseExtractor.clauseWords(before: range, in: text, limit: .max)
            let measure = PhraseExtractor.verbObject(tail) ?? PhraseExtractor.ofSubject(tail)
            #expect(measure == PhraseExtractor.verbObject(whole) ?? PhraseExtractor.ofSubject(whole), "\(text)")
            return measure
        }
        #expect(compared > 2_000 && found > 100, "\(compared) words, \(found) measures")
    }

    static let cases: [(sentence: String, span: String, phrase: String?)] = [
        ("Both sides set the bilateral trade target at US$150 billion.", "US$150 billion", "bilateral trade target"),
        ("Lương Cường noted the Việt Nam trade of 80 billion USD.", "80 billion USD", "Việt Nam trade"),
        ("He said “the annual investment in” 2024 was 5 percent.", "5 percent", nil),
        ("In the talks — the new   defence budget of 3 percent.", "3 percent", "new defence budget"),
        ("The FIRST ORDERS OF 20 ships.", "20 ships", "FIRST ORDERS"),
        ("The deal SIGNED 20 ships.", "20 ships", "deal SIGNED"),
        ("The deal is SIGNED 20 ships.", "20 ships", nil),
        ("Lee said the agreement on peace on the Korean Peninsula could be worth $90.9 billion.", "$90.9 billion", nil),
        ("The upcoming talks came 6 weeks after officials met.", "6 weeks", nil),
        ("The deal was signed for 20 ships.", "20 ships", nil),
        ("The ½ share of 20 ships.", "20 ships", nil),
        ("The ²nd order of 20 ships.", "20 ships", nil),
        ("Its one two three four five six seven words 20 ships.", "20 ships", nil),
        ("The Kelvin\u{212A} rise of 3 percent.", "3 percent", "Kelvin\u{212A} rise"),
        ("The cafe\u{301} orders, the new Cafe\u{301} of 20 cups.", "20 cups", "new Cafe\u{301}"),
        ("The line \r\n the Cafe\u{301} orders of 20 cups.", "20 cups", "Cafe\u{301} orders"),
    ]

    @Test("clause breaks, case, numerals, combining marks and line ends", arguments: cases.indices)
    func crafted(_ index: Int) throws {
        let (sentence, span, phrase) = Self.cases[index]
        let (bytes, characters) = try Self.subjects(sentence, before: span)
        #expect(bytes == characters)
        #expect(bytes == phrase)
    }

    @Test("text is read as bytes unless a scalar there can join the one before it")
    func plainText() {
        func isPlain(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(PlainSubject.isPlain) }
        #expect(isPlain("Lương Cường and Tô Lâm agreed — “a new era” — on €5 and ₫10."))
        #expect(!isPlain("Cafe\u{301}"))
        #expect(!isPlain("line\r\n"))
        #expect(!isPlain("a\u{200D}b"))
        #expect(!isPlain("서울"))
    }

    @Test("the noun after a figure written with its unit, and a second when the two close a phrase")
    func nounAfterCompound() throws {
        let cases: [(String, String?)] = [
            ("Lee and Cuong held a 30-minute phone call on Oct. 27 to discuss trade.", "phone call"),
            ("Lee and Cuong held a 30-minute phone call.", "phone call"),
            ("During the 25-minute call, Lee and Cuong reviewed progress.", "call"),
            ("The 30-minute session ran longer than planned.", "session"),
            ("The 30-minute phone call came six weeks after the visit.", "phone"),
            ("They signed a five-year plan to build rail.", "plan"),
            ("They signed a five-year the plan.", nil),
            ("The 30-minute Call.", nil),
        ]
        for (sentence, noun) in cases {
            let figure = try #require(sentence.range(of: #"[a-z0-9]+-(minute|year)"#, options: .regularExpression))
            #expect(PhraseExtractor.noun(after: figure, in: sentence) == noun, "\(sentence)")
        }
    }
}
