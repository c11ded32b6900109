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

    /// `EventDate.method` of a quote dated by its article because its report's date is a target.
    static let targetMethod = "publication date (the report's date is a target)"

    /// The selected quotes with speakers' names and titles, citing their reports. A quote is dated by its report's
    /// event, unless that is a target ("by 2030"): words are not said in the future, so then by `published`, the
    /// day the representative's article came out.
    func quotes(_ selected: [(group: ReportGroup, quote: Quote)], published: (Fact) -> CalendarDate?,
                cite: (ReportGroup) -> [Int]) -> [BriefQuote] {
        selected.map { group, quote in
            let speaker = quote.speakerEntityID.flatMap(entity)
            let event = group.representative.eventDate
            let saidOn = event.isUpcoming ? published(group.representative) : nil
            let date = saidOn.map { EventDate.fallback($0, method: Self.targetMethod) } ?? event
            return BriefQuote(text: quote.text, speaker: speaker?.name ?? quote.speakerName ?? "", speakerTitle: speaker?.title,
                              date: date, citations: cite(group))
        }
    }
}
