/// Resolves the dates a sentence mentions against its article's publication date.
public struct EventDateResolver: Sendable {
    /// Dates up to this many days after publication still count as past (time zones, overnight editions).
    static let slackDays = 3

    public init() {}

    /// The date the sentence's event happened, resolved against the publication date. Never reads the clock.
    public func resolve(_ sentence: String, published: CalendarDate) -> EventDate {
        dates(in: sentence, tokens: WordTokenizer.tokens(in: sentence), published: published).event
    }

    /// Every date expression in the sentence, in order of appearance.
    public func expressions(in sentence: String, published: CalendarDate) -> [EventDate] {
        dates(in: sentence, tokens: WordTokenizer.tokens(in: sentence), published: published).all
    }

    /// The event date and every date expression, from one scan; `tokens` are the sentence's
    /// (`WordTokenizer.tokens(in:)`), taken only when the sentence may hold a date.
    func dates(in sentence: String, tokens: @autoclosure () -> [SentenceToken], published: CalendarDate)
        -> (event: EventDate, all: [EventDate]) {
        let found = DateExpressionScanner.mayContainDate(sentence) ? resolvedMentions(sentence, tokens: tokens(), published: published) : []
        let candidates = found.enumerated().filter { !$0.element.mention.isBackground }
        guard let best = candidates.min(by: { rank($0.element, $0.offset) < rank($1.element, $1.offset) }) else {
            let event: EventDate = found.isEmpty ? .fallback(published)
                : .fallback(published, method: "publication date (only background dates in sentence)")
            return (event, found.map(\.date))
        }
        return (best.element.date, found.map(\.date))
    }

    private func resolvedMentions(_ sentence: String, tokens: [SentenceToken], published: CalendarDate)
        -> [(mention: DateMention, date: EventDate)] {
        let mentions = DateExpressionScanner.mentions(in: tokens)
        let utf8 = sentence.utf8
        return mentions.compactMap { mention in
            guard var date = eventDate(for: mention, published: published) else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: mention.start)
            let end = utf8.index(utf8.startIndex, offsetBy: mention.end)
            date.expression = String(decoding: utf8[start..<end], as: UTF8.self)
            return (mention, date)
        }
    }

    /// Lower ranks win: main clause first, then finer precision, then past over upcoming, then position.
    private func rank(_ entry: (mention: DateMention, date: EventDate), _ position: Int) -> (Int, Int, Int, Int) {
        let precision = entry.date.precision == .day ? 0 : entry.date.precision == .month ? 1 : 2
        return (entry.mention.isSubordinate ? 1 : 0, precision, entry.date.isUpcoming ? 1 : 0, position)
    }

    private func eventDate(for mention: DateMention, published: CalendarDate) -> EventDate? {
        let future = mention.isFuture
        switch mention.form {
        case .weekday(let weekday, let shift):
            return weekdayDate(weekday, shift: shift, future: mention.isFutureInClause, published: published)
        case .monthDay(let month, let day, let year?):
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return EventDate(date: date, precision: .day, isUpcoming: date > published, expression: "",
                             method: "explicit date")
        case .monthDay(let month, let day, nil):
            return inferredYearDate(month: month, day: day, future: future, published: published)
        case .iso(let date):
            return EventDate(date: date, precision: .day, isUpcoming: date > published, expression: "",
                             method: "explicit date")
        case .dayOfMonth(let day):
            return dayOfMonthDate(day, future: future, published: published)
        case .month(let month, let year?):
            guard let date = CalendarDate(year: year, month: month, day: 1) else { return nil }
            return EventDate(date: date, precision: .month, isUpcoming: monthIsUpcoming(date, future, published),
                             expression: "", method: "month and year")
        case .month(let month, nil):
            var year = published.year
            var method = "month name, publication year"
            if month > published.month, !future {
                year -= 1
                method = "month name, previous year"
            } else if month < published.month, future {
                year += 1
                method = "month name, next year"
            }
            guard let date = CalendarDate(year: year, month: month, day: 1) else { return nil }
            return EventDate(date: date, precision: .month, isUpcoming: monthIsUpcoming(date, future, published),
                             expression: "", method: method)
        case .year(let year):
            guard let date = CalendarDate(year: year, month: 1, day: 1) else { return nil }
            let isTarget = mention.preposition == "by"
            let upcoming = year > published.year || (year == published.year && (isTarget || future))
            return EventDate(date: date, precision: .year, isUpcoming: upcoming, expression: "",
                             method: isTarget ? "target year" : "explicit year")
        case .relative(let unit, let offset, let label):
            let name = mention.isLater ? "later \(label)" : label
            return shifted(published, unit: unit, by: offset, method: name,
                           upcoming: offset > 0 || mention.isLater || (offset == 0 && unit != .day && future))
        case .ago(let amount, let unit):
            return shifted(published, unit: unit, by: -amount, method: "time before publication", upcoming: false)
        }
    }

    private func weekdayDate(_ weekday: Int, shift: DateMention.Shift, future: Bool, published: CalendarDate)
        -> EventDate {
        let back = (published.weekday - weekday + 7) % 7
        if future, shift == .none {
            let ahead = (weekday - published.weekday + 7) % 7
            return EventDate(date: published.adding(days: ahead), precision: .day, isUpcoming: ahead > 0,
                             expression: "", method: "weekday on or after publication")
        }
        switch shift {
        case .next:
            let ahead = (weekday - published.weekday + 7) % 7
            return EventDate(date: published.adding(days: ahead == 0 ? 7 : ahead), precision: .day, isUpcoming: true,
                             expression: "", method: "weekday after publication")
        case .last:
            return EventDate(date: published.adding(days: -(back == 0 ? 7 : back)), precision: .day,
                             expression: "", method: "weekday before publication")
        case .none:
            return EventDate(date: published.adding(days: -back), precision: .day, expression: "",
                             method: back == 0 ? "weekday of publication" : "weekday before publication")
        }
    }

    private func inferredYearDate(month: Int, day: Int, future: Bool, published: CalendarDate) -> EventDate? {
        var year = published.year
        var method = "explicit date, publication year"
        if let candidate = CalendarDate(year: year, month: month, day: day) {
            if !future, candidate.dayNumber > published.dayNumber + Self.slackDays {
                year -= 1
                method = "explicit date, previous year"
            } else if future, candidate.dayNumber < published.dayNumber - Self.slackDays {
                year += 1
                method = "explicit date, next year"
            }
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return EventDate(date: date, precision: .day, isUpcoming: date > published, expression: "", method: method)
    }

    private func dayOfMonthDate(_ day: Int, future: Bool, published: CalendarDate) -> EventDate? {
        var month = published.month
        var year = published.year
        var method = "day of publication month"
        if !future, day > published.day {
            (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1)
            method = "day of previous month"
        } else if future, day < published.day {
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            method = "day of next month"
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return EventDate(date: date, precision: .day, isUpcoming: date > published, expression: "", method: method)
    }

    private func monthIsUpcoming(_ date: CalendarDate, _ future: Bool, _ published: CalendarDate) -> Bool {
        let (mentioned, current) = (date.year * 12 + date.month, published.year * 12 + published.month)
        return mentioned > current || (mentioned == current && future)
    }

    private func shifted(_ published: CalendarDate, unit: DateMention.Unit, by amount: Int, method: String,
                         upcoming: Bool) -> EventDate? {
        switch unit {
        case .day:
            return EventDate(date: published.adding(days: amount), precision: .day, isUpcoming: upcoming,
                             expression: "", method: method)
        case .week:
            return EventDate(date: published.adding(days: 7 * amount), precision: .day, isUpcoming: upcoming,
                             expression: "", method: method)
        case .month:
            let index = published.year * 12 + (published.month - 1) + amount
            let (year, month) = (index.floorDivided(by: 12), index - index.floorDivided(by: 12) * 12 + 1)
            guard let date = CalendarDate(year: year, month: month, day: 1) else { return nil }
            return EventDate(date: date, precision: .month, isUpcoming: upcoming, expression: "", method: method)
        case .year:
            guard let date = CalendarDate(year: published.year + amount, month: 1, day: 1) else { return nil }
            return EventDate(date: date, precision: .year, isUpcoming: upcoming, expression: "", method: method)
        }
    }
}

private extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
