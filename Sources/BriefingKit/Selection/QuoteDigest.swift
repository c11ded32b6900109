/// Quotations for a brief, best groups first, each once, with the speaker's name and title.
struct QuoteDigest: Sendable {
    static let limit = 6

    let entity: @Sendable (String) -> Entity?

    /// The quotes to show, each once; with `preferring`, only that speaker's when there are any (a leader's own words).
    ///
    /// A group's reports are wordings of one sentence, so their quotes are wordings of the same quotes: a group
    /// shows those of one report, the representative (the fullest wording) when it has any, else the first that
    /// does; with `preferring`, the first that quotes that speaker, if one does. Wire copies of a quote with a
    /// word or a speaker changed here and there are one quote, not six.
    func select(from groups: [ReportGroup], preferring speakerID: String? = nil) -> [(group: ReportGroup, quote: Quote)] {
        var found: [(group: ReportGroup, quote: Quote)] = []
        var seen = Set<String>()
        for group in groups {
            let facts = group.members.facts
            let positions = [group.representativeIndex] + group.members.positions.filter { $0 != group.representativeIndex }
            let attributed = { (position: Int) in
                facts[position].quotes.filter { $0.speakerEntityID != nil || $0.speakerName != nil }
            }
            let preferred = speakerID.flatMap { id in positions.first { facts[$0].quotes.contains { $0.speakerEntityID == id } } }
            guard let quoted = preferred ?? positions.first(where: { !attributed($0).isEmpty }) else { continue }
            for quote in attributed(quoted) where seen.insert(FoldedText.key(quote.text)).inserted {
                found.append((group, quote))
            }
        }
        if let speakerID, found.contains(where: { $0.quote.speakerEntityID == speakerID }) {
            found.removeAll { $0.quote.speakerEntityID != speakerID }
        }
        return Array(found.prefix(Self.limit))
    }

    /// `EventDate.method` of a quote dated by its article because its report's date is not a day in the past.
    static let articleMethod = "publication date (the report's date is a target, a month or a year)"

    /// The selected quotes with speakers' names and titles, citing their reports. A quote is dated as an item is
    /// (`BriefAssembler.reportedOn`): by its report's day, or, when that is a target ("by 2030": words are not said
    /// in the future) or only a month or year, by `published`, the day the representative's article speaks from.
    /// A quote opening with "The two leaders" names the pair its sentence implies, `principals` first, in brackets.
    func quotes(_ selected: [(group: ReportGroup, quote: Quote)], principals: [String] = [], published: (Fact) -> CalendarDate?,
                cite: (ReportGroup) -> [Int]) -> [BriefQuote] {
        selected.map { group, quote in
            let facts = group.members.facts
            let source = group.members.positions.lazy.map { facts[$0] }.first { $0.quotes.contains(quote) }
            let text = source.map { NamedReferents.bracketingPair(in: quote.text, of: $0, principals: principals) { entity($0)?.name } }
            let speaker = quote.speakerEntityID.flatMap(entity)
            let event = group.representative.eventDate
            let day = BriefAssembler.reportedOn(event, published: published(group.representative))
            let date = day == event.date && event.precision == .day ? event : EventDate.fallback(day, method: Self.articleMethod)
            return BriefQuote(text: text ?? quote.text, speaker: speaker?.name ?? Self.shown(quote.speakerName ?? ""), speakerTitle: speaker?.title,
                              date: date, citations: cite(group))
        }
    }

    /// A speaker as written, shown after a dash: "The Korean leader" opened its sentence, and reads "the Korean leader" there.
    static func shown(_ speaker: String) -> String {
        speaker.hasPrefix("The ") ? "t" + speaker.dropFirst() : speaker
    }
}
