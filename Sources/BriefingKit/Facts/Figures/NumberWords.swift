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
    static func cardinal(_ word: String) -> Int? {
        switch word {
        case "one": 1
        case "two": 2
        case "three": 3
        case "four": 4
        case "five": 5
        case "six": 6
        case "seven": 7
        case "eight": 8
        case "nine": 9
        case "ten": 10
        case "eleven": 11
        case "twelve": 12
        case "thirteen": 13
        case "fourteen": 14
        case "fifteen": 15
        case "sixteen": 16
        case "seventeen": 17
        case "eighteen": 18
        case "nineteen": 19
        case "twenty": 20
        case "thirty": 30
        case "forty": 40
        case "fifty": 50
        case "sixty": 60
        case "seventy": 70
        case "eighty": 80
        case "ninety": 90
        default: nil
        }
    }

    static func ordinal(_ word: String) -> Int? {
        switch word {
        case "first": 1
        case "second": 2
        case "third": 3
        case "fourth": 4
        case "fifth": 5
        case "sixth": 6
        case "seventh": 7
        case "eighth": 8
        case "ninth": 9
        case "tenth": 10
        case "eleventh": 11
        case "twelfth": 12
        case "thirteenth": 13
        case "fourteenth": 14
        case "fifteenth": 15
        case "sixteenth": 16
        case "seventeenth": 17
        case "eighteenth": 18
        case "nineteenth": 19
        case "twentieth": 20
        case "thirtieth": 30
        case "fortieth": 40
        case "fiftieth": 50
        default: nil
        }
    }

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
        let token = tokens[index]
        if token.isNumber {
            let next = index + 1
            if next < tokens.count, tokens[next].isWord, tokens[next].isJoined, isOrdinalSuffix(tokens[next].text) {
                return NumberReading(value: token.value, isOrdinal: true, isWritten: false, last: next)
            }
            return NumberReading(value: token.value, isOrdinal: false, isWritten: false, last: index)
        }
        guard token.isWord else { return nil }
        if let ordinal = ordinal(token.text) {
            return NumberReading(value: Double(ordinal), isOrdinal: true, isWritten: true, last: index)
        }
        guard let base = cardinal(token.text) else { return nil }
        if base >= 20, base % 10 == 0, index + 2 < tokens.count, tokens[index + 1].isSymbol("-"),
           tokens[index + 1].isJoined, tokens[index + 2].isJoined, tokens[index + 2].isWord {
            let unitWord = tokens[index + 2].text
            if let unit = cardinal(unitWord), unit < 10 {
                return NumberReading(value: Double(base + unit), isOrdinal: false, isWritten: true, last: index + 2)
            }
            if let unit = ordinal(unitWord), unit < 10 {
                return NumberReading(value: Double(base + unit), isOrdinal: true, isWritten: true, last: index + 2)
            }
        }
        return NumberReading(value: Double(base), isOrdinal: false, isWritten: true, last: index)
    }
}
