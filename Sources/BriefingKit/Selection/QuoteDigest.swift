/// Quotations for a brief, best groups first, each once, with the speaker's name and title.
struct QuoteDigest: Sendable {
    static let limit = 6

    let entity: @Sendable (String) -> Entity?

    func quotes(from groups: [ReportGroup], cite: (ReportGroup) -> [Int]) -> [BriefQuote] {
        var result: [BriefQuote] = []
        var seen = Set<String>()
        for group in groups {
            for quote in group.members.flatMap(\.quotes) {
                let key = FoldedText.key(quote.text)
                guard result.count < Self.limit, seen.insert(key).inserted else { continue }
                let speaker = quote.speakerEntityID.flatMap(entity)
                guard let name = speaker?.name ?? quote.speakerName else { continue }
                result.append(BriefQuote(text: quote.text, speaker: name, speakerTitle: speaker?.title,
                                         date: group.representative.eventDate, citations: cite(group)))
            }
        }
        return result
    }
}
