/// Vocabulary the date scanner recognises: months, weekdays and the words around them.
enum DateWords {
    // Word lists are tables, not `switch`es: a `switch` over strings compares the word with every
    // case in turn, and the scanner asks about every word of every kept sentence.
    private static let months = WordTable<Int>([
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ])
    private static let weekdays = WordTable<Int>([
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ])
    private static let prepositions = WordTable([
        "on", "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
    ])
    /// Words opening a subordinate clause or phrase; a date after one is not the main event's.
    static let subordinators = WordTable([
        "who", "whom", "whose", "which", "after", "following", "before", "until", "when", "while",
        "whereas", "although", "though", "because", "where", "if", "since", "during",
    ])
    /// Verbs of reporting; they end the reach of an earlier future marker ("will …, he said on Monday").
    static let reportingVerbs = WordTable([
        "said", "says", "told", "noted", "added", "announced", "stated", "according", "reported", "confirmed",
    ])
    /// When a word marks the future: always, before "to" ("plans to"), after a symbol ("we’ll"), or before "of" ("ahead of").
    enum FutureMarker: Sendable { case always, beforeTo, afterSymbol, beforeOf }

    /// Every word that may mark the future, in one table: a token not in it (nearly all) costs one lookup.
    static let futureMarkers: WordTable<FutureMarker> = {
        var markers: [String: FutureMarker] = ["ll": .afterSymbol, "ahead": .beforeOf]
        for word in ["will", "shall", "would", "upcoming", "scheduled", "slated", "forthcoming"] { markers[word] = .always }
        for word in ["plans", "plan", "planned", "expected", "set", "hopes", "hope", "aims", "aim", "intends", "due", "poised"] {
            markers[word] = .beforeTo
        }
        return WordTable(markers)
    }()

    /// 1 = January; full names and common abbreviations.
    static func month(_ tokens: [SentenceToken], _ index: Int) -> Int? {
        months[tokens, index]
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
    static func weekday(_ tokens: [SentenceToken], _ index: Int) -> Int? {
        weekdays[tokens, index]
    }

    /// The names of months and weekdays, in every form the tables know.
    static var monthAndWeekdayNames: [String] { months.members + weekdays.members }

    /// Words that may open a date expression and belong to its text ("on Thursday", "since 1992").
    static func isPreposition(_ word: String) -> Bool {
        prepositions.contains(word)
    }

    static func isPreposition(_ tokens: [SentenceToken], _ index: Int) -> Bool {
        prepositions.contains(tokens, index)
    }

    /// Words that show a month name is used as a date ("in May", "early March").
    static func isMonthContext(_ word: String) -> Bool {
        isPreposition(word) || isPeriodModifier(word) || word == "of" || word == "last" || word == "next" || word == "this"
    }

    static func isPeriodModifier(_ word: String) -> Bool {
        word == "early" || word == "late" || word == "mid" || word == "earlier" || word == "later"
    }

    /// A future-tense marker at `index` ("will", "plans to", "ahead of", "scheduled").
    static func isFutureMarker(_ tokens: [SentenceToken], at index: Int) -> Bool {
        guard tokens[index].isWord, let marker = futureMarkers[tokens, index] else { return false }
        func nextIs(_ word: KnownWord) -> Bool { index + 1 < tokens.count && tokens[index + 1].is(word) }
        switch marker {
        case .always: return true
        case .beforeTo: return nextIs(to)
        case .afterSymbol: return index > 0 && tokens[index - 1].kind == .symbol
        case .beforeOf: return nextIs(of)
        }
    }

    private static let to: KnownWord = "to"
    private static let of: KnownWord = "of"
}
