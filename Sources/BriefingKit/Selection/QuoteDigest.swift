/// Quotations for a brief, best groups first, each once, with the speaker's name and title.
struct QuoteDigest: Sendable {
    static let limit = 6

    let entity: @Sendable (String) -> Entity?

    /// The quotes to show, each once; with `preferring`, only that speaker's when there are any (a leader's own words).
    func select(from groups: [ReportGroup], preferring speakerID: String? = nil) -> [(group: ReportGroup, quote: Quote)] {
        var found: [(group: ReportGroup, quote: Quote)] = []
        var seen = Set<String>()
        for group in groups {
            let facts = group.members.facts
            for position in group.members.positions {
                for quote in facts[position].quotes where quote.speakerEntityID != nil || quote.speakerName != nil {
                    if seen.insert(FoldedText.key(quote.text)).inserted { found.append((group, quote)) }
                }
            }
        }
        if let speakerID, found.contains(where: { $0.quote.speakerEntityID == speakerID }) {
            found.removeAll { $0.quote.speakerEntityID != speakerID }
        }
        return Array(found.prefix(Self.limit))
    }

    /// The selected quotes with speakers' names and titles, citing their reports.
    func quotes(_ selected: [(group: ReportGroup, quote: Quote)], cite: (ReportGroup) -> [Int]) -> [BriefQuote] {
        selected.map { group, quote in
            let speaker = quote.speakerEntityID.flatMap(entity)
            return BriefQuote(text: quote.text, speaker: speaker?.name ?? quote.speakerName ?? "", speakerTitle: speaker?.title,
                              date: group.representative.eventDate, citations: cite(group))
        }
    }
}
