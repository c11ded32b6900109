/// The dated events of a brief, oldest first: each report's own date, and the background years
/// and targets it mentions ("the establishment of diplomatic ties in 1992", "… by 2030").
struct TimelineBuilder: Sendable {
    static let limit = 15

    /// Entries from the best-scored groups first, then ordered by date.
    func entries(from groups: [ReportGroup], cite: (ReportGroup) -> [Int]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        var signatures: [TextSignature] = []
        for group in groups {
            let fact = group.representative
            var candidates: [(EventDate, String)] = []
            if !fact.eventDate.isFallback { candidates.append((fact.eventDate, fact.text)) }
            for date in fact.dates where date.date != fact.eventDate.date || fact.eventDate.isFallback {
                if let phrase = PhraseExtractor.clause(around: date.expression, in: fact.text) {
                    candidates.append((date, phrase))
                }
            }
            for (date, text) in candidates {
                let signature = TextSignature(text)
                if let same = entries.indices.first(where: { entries[$0].date.date == date.date && entries[$0].date.precision == date.precision
                    && signatures[$0].similarity(to: signature) >= 0.5 }) {
                    entries[same].citations = Array(Set(entries[same].citations + cite(group))).sorted()
                    continue
                }
                guard entries.count < Self.limit else { continue }
                entries.append(TimelineEntry(date: date, text: text, citations: cite(group)))
                signatures.append(signature)
            }
        }
        return entries.enumerated().sorted { lhs, rhs in
            lhs.element.date.date != rhs.element.date.date ? lhs.element.date.date < rhs.element.date.date : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
