/// The dated events of a brief, oldest first: each report's own date, and the background years
/// and targets it mentions ("the establishment of diplomatic ties in 1992", "… by 2030").
struct TimelineBuilder: Sendable {
    static let limit = 15

    /// Where the clauses found are kept for the other briefs of the run.
    var memo = SentenceMemo()

    /// Entries from the best-scored groups first, then ordered by date. `signatures` are the
    /// corpus's, of each fact's text; `cite` adds a group's sources to the citations an entry already has.
    /// `insertions` gives the names an entry that is a fact's own wording shows in brackets, as its item would.
    func entries(from groups: [ReportGroup], signatures factSignatures: [TextSignature],
                 insertions: (Fact) -> (opening: BriefItem.Insertion?, closing: BriefItem.Insertion?) = { _ in (nil, nil) },
                 cite: (ReportGroup, [Int]) -> [Int]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        // The groups each entry cites, cited once the entries are in date order, so that the sources are numbered as read.
        var cited: [[ReportGroup]] = []
        var signatures: [TextSignature] = []
        var contacts: [Set<String>?] = []
        for group in groups {
            let fact = group.representative
            var candidates: [(EventDate, String)] = []
            // A sentence dated by the contact it tells more of ("during the call") is that contact's event, not one of its own.
            let datesFact = !fact.eventDate.isFallback && !fact.eventDate.isFromContact
                && (fact.eventDate.precision == .day || fact.eventDate.isUpcoming)
            if datesFact {
                candidates.append((fact.eventDate, fact.text))
            }
            for date in fact.dates where (date.date != fact.eventDate.date || fact.eventDate.isFallback) && date.precision != .day
                && date.expression.contains(where: \.isNumber) {
                if let phrase = memo.clause(around: date.expression, in: fact.text) {
                    candidates.append((date, phrase))
                }
            }
            let contact = fact.contactFormat == nil ? nil : Set(group.entities)
            for (offset, (date, text)) in candidates.enumerated() {
                let sameDay = entries.indices.filter { entries[$0].date.date == date.date && entries[$0].date.precision == date.precision }
                if sameDay.isEmpty && entries.count >= Self.limit { continue }
                // The fact's own wording was signed with the corpus.
                let signature = offset == 0 && datesFact ? factSignatures[group.representativeIndex] : memo.signature(of: text)
                let isContact = offset == 0 && !fact.eventDate.isFallback ? contact : nil
                if let same = sameDay.first(where: {
                    signatures[$0].similarity(to: signature) >= 0.5 || Self.sameContact(contacts[$0], isContact) }) {
                    cited[same].append(group)
                    continue
                }
                guard entries.count < Self.limit else { continue }
                var entry = TimelineEntry(date: date, text: text, citations: [])
                if offset == 0 && datesFact { (entry.insertion, entry.closingInsertion) = insertions(fact) }
                entries.append(entry)
                cited.append([group])
                signatures.append(signature)
                contacts.append(isContact)
            }
        }
        return entries.indices.sorted { lhs, rhs in
            entries[lhs].date.date != entries[rhs].date.date ? entries[lhs].date.date < entries[rhs].date.date : lhs < rhs
        }.map { position in
            var entry = entries[position]
            entry.citations = cited[position].reduce([]) { cite($1, $0) }
            return entry
        }
    }

    /// Two reports of a meeting or call on the same day between at least two of the same parties.
    static func sameContact(_ first: Set<String>?, _ second: Set<String>?) -> Bool {
        guard let first, let second else { return false }
        return first.intersection(second).count >= 2
    }
}
