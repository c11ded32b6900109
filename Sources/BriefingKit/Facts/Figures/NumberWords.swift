/// A number read from one or more tokens: "25", "twenty-five", "21st", "fifth".
struct NumberReading: Sendable {
    var value: Double
    var isOrdinal: Bool
    var isWritten: Bool
    /// Index of the last token the number occupies.
    var last: Int
}

/// Written-out numbers, ordinals and scale words.
enum NumberWords {
    static func cardinal(_ tokens: [SentenceToken], _ index: Int) -> Int? {
        cardinals[tokens, index]
    }

    /// One lookup (`WordTable`) instead of a chain of string comparisons.
    private static let cardinals = WordTable<Int>([
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90
    ])

    /// One lookup (`WordTable`) instead of a chain of string comparisons.
    private static let ordinals = WordTable<Int>([
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "fortieth": 40, "fiftieth": 50
    ])

    /// The written numbers, cardinal and ordinal, that `read` knows.
    static var writtenNumbers: [String] { cardinals.members + ordinals.members }

    /// Multipliers written after a number; abbreviations only count when joined ("3bn").
    static func scale(_ word: String, joined: Bool, moneyContext: Bool) -> Double? {
        switch word {
        case "thousand": 1e3
        case "million": 1e6
        case "billion": 1e9
        case "trillion": 1e12
        case "bn", "bln": 1e9
        case "tn", "trn": 1e12
        case "mn", "mln": 1e6
        case "m" where moneyContext: 1e6
        case "k" where moneyContext && joined: 1e3
        case "b" where moneyContext && joined: 1e9
        default: nil
        }
    }

    static func isAbbreviatedScale(_ word: String) -> Bool {
        !(word == "thousand" || word == "million" || word == "billion" || word == "trillion")
    }

    static func isOrdinalSuffix(_ word: String) -> Bool {
        word == "st" || word == "nd" || word == "rd" || word == "th"
    }

    /// Reads a number starting at `index`: digits (with a joined ordinal suffix) or words,
    /// including hyphenated compounds ("twenty-five", "twenty-first").
    static func read(_ tokens: [SentenceToken], at index: Int) -> NumberReading? {
        // Asked of every token of a kept sentence, most of them words that are no number: fields are
        // read in place, without copying the token (and retaining its text) first.
        switch tokens[index].kind {
        case .symbol:
            return nil
        case .number:
            let next = index + 1
            let isOrdinal = next < tokens.count && tokens[next].isWord && tokens[next].isJoined && isOrdinalSuffix(tokens[next].text)
            return NumberReading(value: tokens[index].value, isOrdinal: isOrdinal, isWritten: false, last: isOrdinal ? next : index)
        case .word:
            break
        }
        if let ordinal = ordinals[tokens, index] {
            return NumberReading(value: Double(ordinal), isOrdinal: true, isWritten: true, last: index)
        }
        guard let base = cardinals[tokens, index] else { return nil }
        if base >= 20, base % 10 == 0, index + 2 < tokens.count, tokens[index + 1].isSymbol("-"),
           tokens[index + 1].isJoined, tokens[index + 2].isJoined, tokens[index + 2].isWord {
            if let unit = cardinals[tokens, index + 2], unit < 10 {
                return NumberReading(value: Double(base + unit), isOrdinal: false, isWritten: true, last: index + 2)
            }
            if let unit = ordinals[tokens, index + 2], unit < 10 {
                return NumberReading(value: Double(base + unit), isOrdinal: true, isWritten: true, last: index + 2)
            }
        }
        return NumberReading(value: Double(base), isOrdinal: false, isWritten: true, last: index)
    }
}
