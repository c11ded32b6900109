/// The articles a brief may draw on: none published or updated after the day it is prepared (`--as-of`) nor, for a
/// meeting brief, after the day of the meeting, and only those its `include_sources` and `exclude_sources`
/// (outlet names or path globs) let in. A meeting brief draws only on articles that name one of its
/// counterparts or a country their titles name: a piece on Lee's call with Ishiba says nothing of his
/// meeting with Fiala, whatever Lee asked in it.
///
/// A brief prepared on 29 October cannot know what an article of 30 October reports, and re-running
/// a past day gives that day's brief however many articles came in since. A pre-meeting brief written
/// again after its meeting says what it said on the meeting's day, not what the meeting brought. An article is dated by its
/// own page (the outlet's time zone), by its last update when it gives one: the text read is the updated one, which may
/// report what came after the day ("Updated: 2025-08-17" on a report of talks held after the meeting). One without a
/// date is kept. An outlet name matches ignoring case
/// and diacritics; a glob (`*`, `?`) matches the article's path as shown in briefs, relative to the
/// config's folder.
struct ArticleFilter: Sendable {
    let include: [String]
    let exclude: [String]
    /// The last day an article may be published on: the as-of day, or a meeting's day when that is earlier.
    let lastDay: CalendarDate
    /// What `lastDay` is, for the reason an article is left out.
    private let lastDayName: String

    /// A meeting brief's counterparts and the countries their titles name, in config order; empty for a leader brief.
    let counterpartSide: [String]

    /// `entities` are the config's: a counterpart's country is what their title names (`TitleCountries`).
    init(spec: BriefSpec, asOf: CalendarDate, entities: [Entity] = []) {
        include = spec.includeSources
        exclude = spec.excludeSources
        counterpartSide = spec.kind == .meeting
            ? TitleCountries.side(Array(spec.principals.dropFirst()), countries: TitleCountries.of(entities)).members : []
        if spec.kind == .meeting, let meeting = spec.meeting?.date, meeting < asOf {
            (lastDay, lastDayName) = (meeting, "the meeting date")
        } else {
            (lastDay, lastDayName) = (asOf, "the as-of date")
        }
    }

    /// Why the brief leaves this article out, or nil.
    func rejection(of article: Article) -> String? {
        if let (day, stamp) = Self.textDay(of: article), day > lastDay {
            return "\(stamp) \(day.iso), after \(lastDayName) \(lastDay.iso)"
        }
        if let named = article.named, !counterpartSide.isEmpty, !named.contains(where: counterpartSide.contains) {
            return "the article names no counterpart (\(counterpartSide.joined(separator: ", ")))"
        }
        if let pattern = exclude.first(where: { matches($0, article) }) {
            return "source excluded ('\(pattern)')"
        }
        if !include.isEmpty, !include.contains(where: { matches($0, article) }) {
            return "source not included (\(include.joined(separator: ", ")))"
        }
        return nil
    }

    /// Whether `rejection(of: articles[index])` is not nil, reading the article in place: passing it copies it,
    /// retaining and releasing each of its strings (for every article of a brief's candidates).
    func rejects(_ articles: [Article], at index: Int) -> Bool {
        if let published = articles[index].published?.date, published > lastDay { return true }
        if let updated = articles[index].updated?.date, updated > lastDay { return true }
        if !counterpartSide.isEmpty, let named = articles[index].named, !named.contains(where: counterpartSide.contains) { return true }
        guard !include.isEmpty || !exclude.isEmpty else { return false }
        return rejection(of: articles[index]) != nil
    }

    /// The day the article's text is from, and which of its stamps gives it: the last update when it is later than
    /// the publication (or the page gives no publication), else the publication.
    static func textDay(of article: Article) -> (day: CalendarDate, stamp: String)? {
        let published = article.published?.date, updated = article.updated?.date
        if let updated, published.map({ updated > $0 }) ?? true { return (updated, "updated") }
        return published.map { ($0, "published") }
    }

    private func matches(_ pattern: String, _ article: Article) -> Bool {
        if let outlet = article.outlet, FoldedText.key(outlet) == FoldedText.key(pattern) { return true }
        return article.file == pattern || SourceScanner.matches(Array(article.file.utf8), Array(pattern.utf8))
    }
}
