/// Vocabulary the date scanner recognises: months, weekdays and the words around them.
enum DateWords {
    /// 1 = January; full names and common abbreviations.
    static func month(_ word: String) -> Int? {
        switch word {
        case "january", "jan": 1
        case "february", "feb": 2
        case "march", "mar": 3
        case "april", "apr": 4
        case "may": 5
        case "june", "jun": 6
        case "july", "jul": 7
        case "august", "aug": 8
        case "september", "sep", "sept": 9
        case "october", "oct": 10
        case "november", "nov": 11
        case "december", "dec": 12
        default: nil
        }
    }

    /// A short form such as "Jun" or "Sept"; these need a day or year beside them.
    static func isAbbreviation(_ word: String) -> Bool {
        word.utf8.count <= 4 && word != "may" && word != "june" && word != "july"
    }

    /// Month names that are also common English words and need a date-like neighbour.
    static func isAmbiguousMonth(_ word: String) -> Bool {
        word == "may" || word == "march"
    }

    /// 1 = Monday … 7 = Sunday, matching `CalendarDate.weekday`.
    static func weekday(_ word: String) -> Int? {
        switch word {
        case "monday": 1
        case "tuesday": 2
        case "wednesday": 3
        case "thursday": 4
        case "friday": 5
        case "saturday": 6
        case "sunday": 7
        default: nil
        }
    }

    /// Words that may open a date expression and belong to its text ("on Thursday", "since 1992").
    static func isPreposition(_ word: String) -> Bool {
        switch word {
        case "on", "in", "since", "by", "until", "till", "from", "during", "before", "after", "through":
            true
        default:
            false
        }
    }

    /// Words that show a month name is used as a date ("in May", "early March").
    static func isMonthContext(_ word: String) -> Bool {
        isPreposition(word) || isPeriodModifier(word) || word == "of" || word == "last" || word == "next" || word == "this"
    }

    static func isPeriodModifier(_ word: String) -> Bool {
        word == "early" || word == "late" || word == "mid" || word == "earlier" || word == "later"
    }

    /// Words opening a subordinate clause or phrase; a date after one is not the main event's.
    static func isSubordinator(_ word: String) -> Bool {
        switch word {
        case "who", "whom", "whose", "which", "after", "following", "before", "until", "when", "while",
             "whereas", "although", "though", "because", "where", "if", "since", "during":
            true
        default:
            false
        }
    }

    /// Verbs of reporting; they end the reach of an earlier future marker ("will …, he said on Monday").
    static func isReportingVerb(_ word: String) -> Bool {
        switch word {
        case "said", "says", "told", "noted", "added", "announced", "stated", "according", "reported", "confirmed":
            true
        default:
            false
        }
    }

    /// A future-tense marker at `index` ("will", "plans to", "ahead of", "scheduled").
    static func isFutureMarker(_ tokens: [SentenceToken], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        switch token.text {
        case "will", "shall", "would", "upcoming", "scheduled", "slated", "forthcoming":
            return true
        case "ll":
            return index > 0 && tokens[index - 1].kind == .symbol
        case "plans", "plan", "planned", "expected", "set", "hopes", "hope", "aims", "aim", "intends", "due", "poised":
            return next == "to"
        case "ahead":
            return next == "of"
        default:
            return false
        }
    }
}
