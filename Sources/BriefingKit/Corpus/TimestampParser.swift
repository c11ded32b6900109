/// Reads a date, an optional time and an optional zone from date tokens.
///
/// Dates: ISO and dotted/slashed year-first ("2025-06-13", "2025.06.13"), day-first ("13 Jun. 2025",
/// "13 June, 2025"), month-first ("June 8, 2022", "Jun 13 2025"), numeric day/month/year (a field over 12
/// decides; otherwise the one matching `hint`, else month-first for "/" and day-first for "." and "-"),
/// each optionally after a weekday. Times: "09:41", "9:41:30", "9:41 a.m.", "9 PM", after ",", "-", "|",
/// "at" or "T". Zones: "KST", "GMT+7", "UTC+09:00", "+0900", "Z".
enum TimestampParser {
    struct Match {
        var timestamp: ArticleTimestamp
        /// Index of the first token after the timestamp.
        var end: Int
    }

    /// Parses a whole string as one timestamp; nil if anything but a timestamp is left.
    static func parse(_ text: String, hint: CalendarDate? = nil) -> ArticleTimestamp? {
        let tokens = DateToken.tokenize(text)
        guard let match = parse(tokens, at: 0, hint: hint), match.end == tokens.count else { return nil }
        return match.timestamp
    }

    static func parse(_ tokens: [DateToken], at start: Int, hint: CalendarDate?) -> Match? {
        var index = start
        if let word = tokens[safe: index]?.word, DateVocabulary.weekdays.contains(word) {
            index += 1
            if tokens[safe: index]?.mark == "." { index += 1 }
            if tokens[safe: index]?.mark == "," { index += 1 }
        }
        guard let (date, afterDate) = parseDate(tokens, at: index, hint: hint) else { return nil }
        var end = afterDate
        var hour: Int?, minute: Int?, offset: Int?
        if let (time, afterTime) = parseTimeAfterSeparators(tokens, at: afterDate) {
            hour = time.hour
            minute = time.minute
            end = afterTime
            if let (zone, afterZone) = parseZone(tokens, at: end) {
                offset = zone
                end = afterZone
            }
        }
        return Match(timestamp: ArticleTimestamp(date: date, hour: hour, minute: minute, utcOffsetMinutes: offset),
                     end: end)
    }

    // MARK: Dates

    private static func parseDate(_ tokens: [DateToken], at index: Int, hint: CalendarDate?) -> (CalendarDate, Int)? {
        yearFirst(tokens, index) ?? numericDayOrMonthFirst(tokens, index, hint) ?? dayMonthYear(tokens, index)
            ?? monthDayYear(tokens, index)
    }

    private static func yearFirst(_ tokens: [DateToken], _ index: Int) -> (CalendarDate, Int)? {
        guard let year = tokens[safe: index]?.number, year.digits == 4,
              let separator = tokens[safe: index + 1]?.mark, "-./".contains(separator),
              let month = tokens[safe: index + 2]?.number, month.digits <= 2,
              tokens[safe: index + 3]?.mark == separator,
              let day = tokens[safe: index + 4]?.number, day.digits <= 2,
              let date = makeDate(year.value, month.value, day.value) else { return nil }
        var end = index + 5
        if separator == ".", tokens[safe: end]?.mark == "." { end += 1 }
        return (date, end)
    }

    private static func numericDayOrMonthFirst(_ tokens: [DateToken], _ index: Int,
                                               _ hint: CalendarDate?) -> (CalendarDate, Int)? {
        guard let first = tokens[safe: index]?.number, first.digits <= 2,
              let separator = tokens[safe: index + 1]?.mark, "-./".contains(separator),
              let second = tokens[safe: index + 2]?.number, second.digits <= 2,
              tokens[safe: index + 3]?.mark == separator,
              let year = tokens[safe: index + 4]?.number, year.digits == 4 else { return nil }
        let dayFirst = makeDate(year.value, second.value, first.value)
        let monthFirst = makeDate(year.value, first.value, second.value)
        let chosen: CalendarDate?
        switch (dayFirst, monthFirst) {
        case (let only?, nil), (nil, let only?): chosen = only
        case (let d?, let m?):
            if d == m { chosen = d }
            else if let hint, abs(d.dayNumber - hint.dayNumber) <= 1 { chosen = d }
            else if let hint, abs(m.dayNumber - hint.dayNumber) <= 1 { chosen = m }
            else { chosen = separator == "/" ? m : d }
        default: chosen = nil
        }
        guard let chosen else { return nil }
        return (chosen, index + 5)
    }

    private static func dayMonthYear(_ tokens: [DateToken], _ index: Int) -> (CalendarDate, Int)? {
        guard let day = tokens[safe: index]?.number, day.digits <= 2 else { return nil }
        var cursor = index + 1
        skipOrdinal(tokens, &cursor)
        guard let word = tokens[safe: cursor]?.word, let month = DateVocabulary.months[word] else { return nil }
        cursor += 1
        if tokens[safe: cursor]?.mark == "." { cursor += 1 }
        if tokens[safe: cursor]?.mark == "," { cursor += 1 }
        guard let year = tokens[safe: cursor]?.number, year.digits == 4,
              let date = makeDate(year.value, month, day.value) else { return nil }
        return (date, cursor + 1)
    }

    private static func monthDayYear(_ tokens: [DateToken], _ index: Int) -> (CalendarDate, Int)? {
        guard let word = tokens[safe: index]?.word, let month = DateVocabulary.months[word] else { return nil }
        var cursor = index + 1
        if tokens[safe: cursor]?.mark == "." { cursor += 1 }
        guard let day = tokens[safe: cursor]?.number, day.digits <= 2 else { return nil }
        cursor += 1
        skipOrdinal(tokens, &cursor)
        if tokens[safe: cursor]?.mark == "," { cursor += 1 }
        guard let year = tokens[safe: cursor]?.number, year.digits == 4,
              let date = makeDate(year.value, month, day.value) else { return nil }
        return (date, cursor + 1)
    }

    private static func skipOrdinal(_ tokens: [DateToken], _ cursor: inout Int) {
        if let word = tokens[safe: cursor]?.word, DateVocabulary.ordinalSuffixes.contains(word) { cursor += 1 }
    }

    private static func makeDate(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard (1900...2100).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    // MARK: Times and zones

    private static func parseTimeAfterSeparators(_ tokens: [DateToken], at start: Int) -> ((hour: Int, minute: Int), Int)? {
        var index = start
        for _ in 0..<2 {
            if let time = parseTime(tokens, at: index) { return time }
            if let mark = tokens[safe: index]?.mark, ",-\u{2013}\u{2014}|@\u{00B7}/".contains(mark) {
                index += 1
            } else if let word = tokens[safe: index]?.word, word == "at" || word == "t" {
                index += 1
            } else {
                return nil
            }
        }
        return parseTime(tokens, at: index)
    }

    private static func parseTime(_ tokens: [DateToken], at index: Int) -> ((hour: Int, minute: Int), Int)? {
        guard let hour = tokens[safe: index]?.number, hour.digits <= 2 else { return nil }
        var cursor = index + 1
        var minute = 0
        if tokens[safe: cursor]?.mark == ":", let minutes = tokens[safe: cursor + 1]?.number, minutes.digits == 2 {
            minute = minutes.value
            cursor += 2
            if tokens[safe: cursor]?.mark == ":", let seconds = tokens[safe: cursor + 1]?.number, seconds.digits == 2 {
                cursor += 2
            }
        } else if meridiem(tokens, at: cursor) == nil {
            return nil
        }
        var value = hour.value
        if let (isPM, afterMeridiem) = meridiem(tokens, at: cursor) {
            guard (1...12).contains(value) else { return nil }
            value = value % 12 + (isPM ? 12 : 0)
            cursor = afterMeridiem
        }
        guard (0...23).contains(value), (0...59).contains(minute) else { return nil }
        return ((value, minute), cursor)
    }

    /// "am", "pm", "a.m.", "p.m." (the final dot optional).
    private static func meridiem(_ tokens: [DateToken], at index: Int) -> (Bool, Int)? {
        guard let word = tokens[safe: index]?.word else { return nil }
        if word == "am" || word == "pm" { return (word == "pm", index + 1) }
        guard word == "a" || word == "p", tokens[safe: index + 1]?.mark == ".",
              tokens[safe: index + 2]?.word == "m" else { return nil }
        let end = tokens[safe: index + 3]?.mark == "." ? index + 4 : index + 3
        return (word == "p", end)
    }

    private static func parseZone(_ tokens: [DateToken], at start: Int) -> (Int, Int)? {
        var index = start
        let parenthesised = tokens[safe: index]?.mark == "("
        if parenthesised { index += 1 }
        var result: (Int, Int)?
        if let word = tokens[safe: index]?.word, let base = DateVocabulary.zones[word] {
            if (word == "utc" || word == "gmt"), let (offset, end) = parseOffset(tokens, at: index + 1) {
                result = (offset, end)
            } else {
                result = (base, index + 1)
            }
        } else if let (offset, end) = parseOffset(tokens, at: index) {
            result = (offset, end)
        }
        guard let (offset, end) = result else { return nil }
        guard parenthesised else { return (offset, end) }
        guard tokens[safe: end]?.mark == ")" else { return nil }
        return (offset, end + 1)
    }

    /// "+7", "+09:00", "+0900", "-05:00" (also with a minus sign).
    private static func parseOffset(_ tokens: [DateToken], at index: Int) -> (Int, Int)? {
        guard let sign = tokens[safe: index]?.mark, "+-\u{2212}".contains(sign),
              let first = tokens[safe: index + 1]?.number else { return nil }
        var hours = first.value
        var minutes = 0
        var end = index + 2
        if first.digits == 4 {
            hours = first.value / 100
            minutes = first.value % 100
        } else if first.digits <= 2 {
            if tokens[safe: end]?.mark == ":", let next = tokens[safe: end + 1]?.number, next.digits == 2 {
                minutes = next.value
                end += 2
            }
        } else {
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        let total = hours * 60 + minutes
        return (sign == "+" ? total : -total, end)
    }
}
