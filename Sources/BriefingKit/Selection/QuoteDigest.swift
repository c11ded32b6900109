/// Quotations for a brief, best groups first, each once, with the speaker's name and title.
struct QuoteDigest: Sendable {
    static let limit = 6

    let entity: @Sendable (String) -> Entity?

    /// With `preferring`, only that speaker's quotes when there are any (a leader's own words).
    func quotes(from groups: [ReportGroup], preferring speakerID: String? = nil, cite: (ReportGroup) -> [Int]) -> [BriefQuote] {
        var found: [(group: ReportGroup, quote: Quote)] = []
        var seen = Set<String>()
        for group in groups {
            for quote in group.members.flatMap(\.quotes) where quote.speakerEntityID != nil || quote.speakerName != nil {
                if seen.insert(FoldedText.key(quote.text)).inserted { found.append((group, quote)) }
            }
        }
        if let speakerID, found.contains(where: { $0.quote.speakerEntityID == speakerID }) {
            found.removeAll { $0.quote.speakerEntityID != speakerID }
        }
        return found.prefix(Self.limit).map { group, quote in
            let speaker = quote.speakerEntityID.flatMap(entity)
            return BriefQuote(text: quote.text, speaker: speaker?.name ?? quote.speakerName ?? "", speakerTitle: speaker?.title,
                              date: group.representative.eventDate, citations: cite(group))
        }
    }
}
