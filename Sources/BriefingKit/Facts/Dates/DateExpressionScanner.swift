/// A date expression found in a sentence, not yet resolved against the publication date.
struct DateMention: Sendable {
    enum Shift: Sendable { case none, last, next }
    enum Unit: Sendable { case day, week, month, year }
    enum Form: Sendable {
        case weekday(Int, Shift)
        case monthDay(month: Int, day: Int, year: Int?)
        case dayOfMonth(Int)
        case month(Int, year: Int?)
        case year(Int)
        case iso(CalendarDate)
        case relative(Unit, offset: Int, label: String)
        case ago(Int, Unit)
    }

    var form: Form
    /// UTF-8 offsets of the expression, including a leading preposition or modifier.
    var start: Int
    var end: Int
    var preposition: String?
    /// Preceded by "later" ("later this year").
    var isLater = false
    /// A future marker ("will", "ahead of") precedes it in the sentence with no reporting verb between.
    var isFuture = false
    /// As `isFuture`, but only within the expression's own clause.
    var isFutureInClause = false
    /// Inside a "since …" phrase: background, not the event's date.
    var isBackground = false
    /// Inside a subordinate clause ("who took office on June 4").
    var isSubordinate = false
}

/// Finds date expressions in tokenised sentences.
enum DateExpressionScanner {
    /// Cheap test over the raw bytes: false means the sentence cannot hold a date expression.
    static func mayContainDate(_ sentence: String) -> Bool {
        WordTokenizer.containsDigit(sentence) || WordTokenizer.containsWord(withPrefixIn: datePrefixes, in: sentence)
    }

    private static let datePrefixes = WordTokenizer.prefixSet(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
         "mon", "tue", "wed", "thu", "fri", "sat", "sun", "yes", "tod", "ton", "tom", "day", "wee", "yea"])

    static func mentions(in tokens: [SentenceToken]) -> [DateMention] {
        var result: [DateMention] = []
        var contexts: [ClauseContext] = []
        var index = 0
        while index < tokens.count {
            if let (form, last) = match(tokens, at: index) {
                if contexts.isEmpty { contexts = ClauseContext.contexts(for: tokens) }
                result.append(mention(form, tokens: tokens, first: index, last: last, contexts: contexts))
                index = last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    private static func match(_ tokens: [SentenceToken], at index: Int) -> (DateMention.Form, Int)? {
        // Asked of every token: its fields are read in place, not from a copy.
        switch tokens[index].kind {
        case .number: return matchNumber(tokens, at: index)
        case .symbol: return nil
        case .word: break
        }
        // Most words start no date: one lookup tells them apart.
        guard wordsStartingDates.contains(tokens, index) else { return nil }
        if let weekday = DateWords.weekday(tokens, index) {
            let previous = index > 0 ? tokens[index - 1].text : ""
            let shift: DateMention.Shift = previous == "last" ? .last : previous == "next" ? .next : .none
            return (.weekday(weekday, shift), index)
        }
        if tokens[index].isCapitalized, let month = DateWords.month(tokens, index) {
            return matchMonth(month, tokens, at: index, previous: index > 0 ? tokens[index - 1].text : "")
        }
        // One table lookup, not a string comparison with each keyword.
        if let offset = relativeDays[tokens, index] {
            return (.relative(.day, offset: offset, label: tokens[index].text), index)     // "yesterday", "tonight"
        }
        if let offset = periodShifts[tokens, index], index + 1 < tokens.count, let unit = periodUnit(tokens[index + 1].text) {
            return (.relative(unit, offset: offset, label: "\(tokens[index].text) \(tokens[index + 1].text)"), index + 1)
        }
        if let reading = NumberWords.read(tokens, at: index), !reading.isOrdinal {
            return matchAgo(Int(reading.value), tokens, after: reading.last)
        }
        return nil
    }

    private static func matchMonth(_ month: Int, _ tokens: [SentenceToken], at index: Int, previous: String)
        -> (DateMention.Form, Int)? {
        var next = index + 1
        let abbreviated = DateWords.isAbbreviation(tokens[index].text)
        if abbreviated, next < tokens.count, tokens[next].isSymbol("."), tokens[next].isJoined { next += 1 }
        if next < tokens.count, tokens[next].isSymbol("-"), tokens[next].isJoined { return nil }   // "Mar-a-Lago"
        if next < tokens.count, let day = dayNumber(tokens, at: next) {
            var last = day.last
            if let year = yearAfter(tokens, at: last + 1) {
                last = year.last
                return (.monthDay(month: month, day: day.value, year: year.value), last)
            }
            return (.monthDay(month: month, day: day.value, year: nil), last)
        }
        if next < tokens.count, let year = plainYear(tokens[next]) {
            return (.month(month, year: year), next)
        }
        if abbreviated { return nil }
        if DateWords.isAmbiguousMonth(tokens[index].text), !DateWords.isMonthContext(previous) { return nil }
        return (.month(month, year: nil), index)
    }

    private static func matchNumber(_ tokens: [SentenceToken], at index: Int) -> (DateMention.Form, Int)? {
        let token = tokens[index]
        if index > 0, tokens[index - 1].isWord, token.isJoined { return nil }          // "G20", "COVID19"
        if let iso = isoDate(tokens, at: index) { return (.iso(iso), index + 4) }
        if let day = dayNumber(tokens, at: index) {
            var next = day.last + 1
            if next < tokens.count, tokens[next].isWord("of") { next += 1 }
            if next < tokens.count, tokens[next].isCapitalized, let month = DateWords.month(tokens, next) {
                var last = next
                if DateWords.isAbbreviation(tokens[next].text), last + 1 < tokens.count, tokens[last + 1].isSymbol("."),
                   tokens[last + 1].isJoined {
                    last += 1
                }
                if let year = yearAfter(tokens, at: last + 1) {
                    return (.monthDay(month: month, day: day.value, year: year.value), year.last)
                }
                return (.monthDay(month: month, day: day.value, year: nil), last)
            }
            if day.isOrdinal, index > 0, tokens[index - 1].isWord("the"),
               next >= tokens.count || !(tokens[next].isWord || tokens[next].isSymbol("-")) {
                return (.dayOfMonth(day.value), day.last)
            }
        }
        if let year = plainYear(token), isStandaloneYear(tokens, at: index) {
            return (.year(year), index)
        }
        if token.isPlainInteger, !(index + 1 < tokens.count && tokens[index + 1].isJoined) {
            return matchAgo(Int(token.value), tokens, after: index)
        }
        return nil
    }

    /// Words naming a day relative to publication, by their offset in days.
    /// Every word a date expression can start with: weekdays, months, relative days, period shifts, written numbers.
    private static let wordsStartingDates = WordTable(
        DateWords.monthAndWeekdayNames + relativeDays.members + periodShifts.members + NumberWords.writtenNumbers)

    private static let relativeDays = WordTable<Int>(["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1])
    /// Words that shift a period from the publication's ("last week", "next month", "this year").
    private static let periodShifts = WordTable<Int>(["last": -1, "next": 1, "this": 0])

    /// "three days ago", "2 years ago".
    private static func matchAgo(_ amount: Int, _ tokens: [SentenceToken], after last: Int) -> (DateMention.Form, Int)? {
        guard last + 2 < tokens.count, tokens[last + 2].isWord("ago"),
              let unit = periodUnit(Nouns.singular(tokens[last + 1].text)) else { return nil }
        return (.ago(amount, unit), last + 2)
    }

    private static func periodUnit(_ word: String) -> DateMention.Unit? {
        switch word {
        case "day": .day
        case "week": .week
        case "month": .month
        case "year": .year
        default: nil
        }
    }

    private static func dayNumber(_ tokens: [SentenceToken], at index: Int) -> (value: Int, last: Int, isOrdinal: Bool)? {
        let token = tokens[index]
        guard token.isNumber, token.isPlainInteger, token.digitCount <= 2, (1...31).contains(Int(token.value)),
              let reading = NumberWords.read(tokens, at: index) else { return nil }
        let next = reading.last + 1
        if next < tokens.count, tokens[next].isJoined, tokens[next].isSymbol(":") || tokens[next].isSymbol("/") {
            return nil
        }
        return (Int(token.value), reading.last, reading.isOrdinal)
    }

    /// A year after a day and month: "June 12, 2025", "13 Jun. 2025".
    private static func yearAfter(_ tokens: [SentenceToken], at index: Int) -> (value: Int, last: Int)? {
        var position = index
        if position < tokens.count, tokens[position].isSymbol(",") { position += 1 }
        guard position < tokens.count, let year = plainYear(tokens[position]) else { return nil }
        return (year, position)
    }

    static func plainYear(_ token: SentenceToken) -> Int? {
        guard token.isNumber, token.isPlainInteger, token.digitCount == 4, (1900...2100).contains(Int(token.value))
        else { return nil }
        return Int(token.value)
    }

    /// A four-digit number used as a year, not an amount ("$2025", "2000 troops", "1990s", "2,025").
    private static func isStandaloneYear(_ tokens: [SentenceToken], at index: Int) -> Bool {
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.kind == .symbol, ["$", "€", "£", "¥", "₩", "₫", ":", "/"].contains(previous.text) { return false }
            if previous.isWord, previous.isCapitalized, ["usd", "krw", "vnd", "eur"].contains(previous.text) { return false }
        }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.isSymbol("%") { return false }
        if next.isJoined, next.isWord || next.isSymbol("/") || next.isSymbol(":") { return false }
        if next.isWord, !next.isCapitalized {
            if NumberWords.scale(next.text, joined: false, moneyContext: true) != nil { return false }
            if Nouns.isPlural(next.text) || next.text == "won" || next.text == "percent" { return false }
        }
        return true
    }

    /// "2025-06-12".
    private static func isoDate(_ tokens: [SentenceToken], at index: Int) -> CalendarDate? {
        guard index + 4 < tokens.count, let year = plainYear(tokens[index]),
              tokens[index + 1].isSymbol("-"), tokens[index + 1].isJoined,
              tokens[index + 2].isNumber, tokens[index + 2].isJoined, tokens[index + 2].digitCount == 2,
              tokens[index + 3].isSymbol("-"), tokens[index + 3].isJoined,
              tokens[index + 4].isNumber, tokens[index + 4].isJoined, tokens[index + 4].digitCount == 2
        else { return nil }
        return CalendarDate(year: year, month: Int(tokens[index + 2].value), day: Int(tokens[index + 4].value))
    }

    private static func mention(_ form: DateMention.Form, tokens: [SentenceToken], first: Int, last: Int,
                                contexts: [ClauseContext]) -> DateMention {
        var opening = first
        var preposition: String?
        var isLater = false
        switch form {
        case .weekday(_, let shift) where shift != .none && first > 0:
            opening = first - 1                                      // "last Friday"
        case .dayOfMonth where first > 0 && tokens[first - 1].isWord("the"),
             .monthDay where first > 0 && tokens[first - 1].isWord("the"):
            opening = first - 1                                      // "the 11th", "the 1st of June"
        default:
            break
        }
        if opening > 0, tokens[opening - 1].isWord, DateWords.isPreposition(tokens, opening - 1) {
            opening -= 1
            preposition = tokens[opening].text
        }
        var modifier = opening - 1
        if modifier > 0, tokens[modifier].isSymbol("-"), tokens[modifier].isJoined { modifier -= 1 }
        if modifier >= 0, tokens[modifier].isWord, DateWords.isPeriodModifier(tokens[modifier].text) {
            isLater = tokens[modifier].text == "later"
            opening = modifier
            if preposition == nil, opening > 0, tokens[opening - 1].isWord,
               DateWords.isPreposition(tokens, opening - 1) {
                opening -= 1                                         // "in early June"
                preposition = tokens[opening].text
            }
        }
        var result = DateMention(form: form, start: tokens[opening].start, end: tokens[last].end, preposition: preposition)
        result.isLater = isLater
        let context = contexts[opening]
        result.isFuture = context.isFuture
        result.isFutureInClause = context.isFutureInClause
        result.isSubordinate = context.isSubordinate
        result.isBackground = context.isBackground || preposition == "since"
        return result
    }
}
