/// Turns a `Brief` into the values a template sees.
///
/// This is a contract with every user's templates: each variable is documented in README.md,
/// section "Template context". Change both together; a test checks the defaults use only
/// documented names.
public struct BriefContext: Sendable {
    public let format: OutputFormat
    /// The date shown as "prepared on".
    public let generatedOn: CalendarDate

    public init(format: OutputFormat, generatedOn: CalendarDate) {
        self.format = format
        self.generatedOn = generatedOn
    }

    /// Every name a template can use, at any level (README, "Template context").
    public static let documentedNames: Set<String> = [
        "brief", "id", "title", "kind", "format", "generated_on", "generated_on_iso",
        "meeting", "date", "date_iso", "place", "participants", "person", "period", "from", "to",
        "principal", "counterparts", "has_participants", "name", "key_points", "has_key_points",
        "last_contact", "has_last_contact", "engagements", "has_engagements", "counterpart_names",
        "agreements", "has_agreements", "counterpart_asks", "has_counterpart_asks",
        "principal_asks", "has_principal_asks", "commitments", "has_commitments",
        "sections", "has_sections", "topic", "label", "facts", "timeline", "has_timeline",
        "figures", "has_figures", "value", "measure", "quotes", "has_quotes", "speaker", "speaker_title",
        "topic_counts", "has_topic_counts", "count",
        "sources", "has_sources", "number", "outlet", "published", "url", "file",
        "purpose", "text", "precision", "upcoming", "citations", "reports", "topics", "attribution", "discrepancy", "event_date",
    ]

    /// The context dictionary for one brief. Its texts are `TemplateText`s, but for ids and kinds, which stay
    /// strings for a template that names a partial by one (`{{>*brief.kind}}`).
    public func values(for brief: Brief) -> [String: Any] {
        var context: [String: Any] = [
            "brief": [
                "id": brief.spec.id,
                "title": shown(brief.spec.title),
                "kind": brief.spec.kind.rawValue,
                "format": format.rawValue,
            ] as [String: Any],
            "generated_on": TemplateText(Self.longDate(generatedOn)),
            "generated_on_iso": TemplateText(generatedOn.iso),
            "participants": brief.participants.map(participant),
            "counterparts": brief.counterparts.map(participant),
            "key_points": brief.keyPoints.map(item),
            "engagements": brief.engagements.map(contact),
            "agreements": brief.agreements.map(item),
            "counterpart_asks": brief.counterpartAsks.map(item),
            "principal_asks": brief.principalAsks.map(item),
            "commitments": brief.commitments.map(item),
            "sections": brief.sections.map { section in
                ["topic": section.topic.id, "label": shown(section.topic.label), "facts": section.items.map(item)] as [String: Any]
            },
            "timeline": brief.timeline.map(entry),
            "figures": brief.figures.map(figure),
            "quotes": brief.quotes.map(quote),
            "topic_counts": brief.topicCounts.map { ["label": shown($0.topic.label), "topic": $0.topic.id, "count": $0.count] as [String: Any] },
            "sources": brief.sources.map(source),
        ]
        for key in ["participants", "key_points", "engagements", "agreements", "counterpart_asks", "principal_asks",
                    "commitments", "sections", "timeline", "figures", "quotes", "topic_counts", "sources"] {
            context["has_" + key] = !((context[key] as? [Any])?.isEmpty ?? true)
        }
        if let principal = brief.principal { context["principal"] = participant(principal) }
        if let last = brief.lastContact {
            context["last_contact"] = contact(last)
            context["has_last_contact"] = true
        } else {
            context["has_last_contact"] = false
        }
        if let meeting = brief.spec.meeting {
            context["meeting"] = [
                "date": TemplateText(Self.longDate(meeting.date)),
                "date_iso": TemplateText(meeting.date.iso),
                "participants": TemplateText(Self.names(brief.participants.map { plain($0.name) })),
                "purpose": shown(Self.purpose(brief, meeting)),
            ].merging(optional(["place": meeting.place, "format": meeting.format])) { first, _ in first }
        }
        if let id = brief.spec.person, let person = brief.participants.first(where: { $0.id == id }) {
            context["person"] = participant(person)
        }
        var period: [String: Any] = [:]
        if let from = brief.spec.window.from { period["from"] = TemplateText(Self.longDate(from)) }
        if let to = brief.spec.window.to { period["to"] = TemplateText(Self.longDate(to)) }
        if !period.isEmpty { context["period"] = period }
        return context
    }

    /// "To prepare Lee Jae-myung, President of …, for bilateral talks with Lương Cường, … in Gyeongju on 30 October 2025."
    static func purpose(_ brief: Brief, _ meeting: BriefSpec.Meeting) -> String {
        func described(_ entity: Entity) -> String { entity.title.map { "\(entity.name) (\($0))" } ?? entity.name }
        var format = meeting.format ?? "the meeting"
        if let first = format.first, format.dropFirst().first?.isLowercase == true { format = first.lowercased() + format.dropFirst() }
        var text = "To prepare " + (brief.principal.map(described) ?? "the principal") + " for " + format
        if !brief.counterparts.isEmpty { text += " with " + names(brief.counterparts.map(described)) }
        if let place = meeting.place { text += " in \(place)" }
        return text + " on \(longDate(meeting.date))."
    }

    /// "A", "A and B", "A, B and C".
    static func names(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    func contact(_ contact: Contact) -> [String: Any] {
        [
            "date": TemplateText(Self.dateText(contact.date)), "date_iso": TemplateText(contact.date.date.iso),
            "precision": TemplateText(contact.date.precision.rawValue),
            "format": shown(contact.format), "text": shown(contact.text),
            "counterpart_names": TemplateText(Self.names(contact.counterparts.map { plain($0.name) })),
            "citations": TemplateText(citations(contact.citations)),
        ]
    }

    /// Whether an event its report called upcoming is still ahead on the day the brief is for: a visit planned
    /// for "later this year" in a piece of 2024 is not upcoming in a brief of 2025. The day, month or year, at the
    /// date's precision, may be the brief's own.
    func isAhead(_ date: EventDate) -> Bool {
        guard date.isUpcoming else { return false }
        switch date.precision {
        case .day: return date.date >= generatedOn
        case .month: return (date.date.year, date.date.month) >= (generatedOn.year, generatedOn.month)
        case .year: return date.date.year >= generatedOn.year
        }
    }

    func entry(_ entry: TimelineEntry) -> [String: Any] {
        [
            "date": TemplateText(Self.dateText(entry.date)), "date_iso": TemplateText(entry.date.date.iso),
            "precision": TemplateText(entry.date.precision.rawValue),
            "upcoming": isAhead(entry.date), "text": TemplateText(shown(entry.text, opening: entry.insertion, closing: entry.closingInsertion)),
            "citations": TemplateText(citations(entry.citations)),
        ]
    }

    func figure(_ figure: KeyFigure) -> [String: Any] {
        [
            "value": shown(figure.figure.text), "measure": shown(figure.measure), "date": TemplateText(Self.dateText(figure.date)),
            "upcoming": figure.date.isUpcoming, "citations": TemplateText(citations(figure.citations)),
        ]
    }

    func quote(_ quote: BriefQuote) -> [String: Any] {
        [
            "text": shown(quote.text), "speaker": shown(quote.speaker),
            "date": TemplateText(Self.dateText(quote.date)), "citations": TemplateText(citations(quote.citations)),
        ].merging(optional(["speaker_title": quote.speakerTitle])) { first, _ in first }
    }

    /// The values that are present, escaped: a missing value is left out, since Mustache treats "" as true.
    func optional(_ values: [String: String?]) -> [String: Any] {
        values.compactMapValues { $0.map(shown) }
    }

    /// "[1][3]", and "[1][3] and 12 other reports" when more articles report it than are cited.
    func citations(_ numbers: [Int], reports: Int = 0) -> String {
        let cited = numbers.map { "[\($0)]" }.joined()
        let others = reports - numbers.count
        guard others > 0 else { return cited }
        return "\(cited) and \(others) other report\(others == 1 ? "" : "s")"
    }

    func participant(_ entity: Entity) -> [String: Any] {
        (["id": entity.id, "name": shown(entity.name), "kind": entity.kind.rawValue] as [String: Any])
            .merging(optional(["title": entity.title])) { first, _ in first }
    }

    func item(_ item: BriefItem) -> [String: Any] {
        var values: [String: Any] = [
            "text": TemplateText(shownText(item)),
            "date": TemplateText(Self.longDate(item.reportedOn)),
            "date_iso": TemplateText(item.reportedOn.iso),
            "event_date": TemplateText(Self.dateText(item.eventDate)),
            "precision": TemplateText(item.eventDate.precision.rawValue),
            "upcoming": isAhead(item.eventDate),
            "citations": TemplateText(citations(item.citations, reports: item.reports)),
            "reports": item.reports,
            "sources": item.citations.map { ["number": $0] },
            "topics": item.topics,
        ]
        // Present only when set (as `optional` does), added in place.
        if let attribution = item.attribution { values["attribution"] = shown(attribution) }
        if let discrepancy = item.discrepancy { values["discrepancy"] = shown(discrepancy) }
        return values
    }

    /// An item's text with its insertions in brackets. The sentence is escaped whole, as any other text;
    /// the words before an opening insertion (`NamedReferents.openings`) and after a closing one (" noted.") have
    /// nothing to escape, so their offsets hold.
    func shownText(_ item: BriefItem) -> String {
        shown(item.text, opening: item.insertion, closing: item.closingInsertion)
    }

    /// `text` escaped, with the names of an opening and a closing insertion in brackets (`shownText`).
    func shown(_ text: String, opening insertion: BriefItem.Insertion?, closing: BriefItem.Insertion?) -> String {
        var text = plain(text)
        if let closing, closing.offset <= text.utf8.count {
            let at = text.utf8.index(text.utf8.endIndex, offsetBy: -closing.offset)
            text = String(text[..<at]) + " [" + plain(closing.names) + "]" + String(text[at...])
        }
        guard let insertion, insertion.offset <= text.utf8.count else { return text }
        let at = text.utf8.index(text.utf8.startIndex, offsetBy: insertion.offset)
        return String(text[..<at]) + " [" + plain(insertion.names) + "]" + String(text[at...])
    }

    func source(_ entry: SourceEntry) -> [String: Any] {
        var values: [String: Any] = [
            "number": entry.number,
            "outlet": shown(entry.outlet ?? "Unknown outlet"),
            "title": shown(entry.title ?? entry.lede.map { "“\($0)”" } ?? "Untitled"),
            "file": TemplateText(entry.file),
            "published": TemplateText(Self.sourceDate(entry)),
        ]
        if let url = entry.url { values["url"] = TemplateText(url) }
        return values
    }

    /// "13 June 2025"; "updated 14 June 2025" for a page that states only when it was updated; else "date unknown".
    static func sourceDate(_ entry: SourceEntry) -> String {
        if let published = entry.published { return longDate(published.date) }
        if let updated = entry.updated { return "updated " + longDate(updated.date) }
        return "date unknown"
    }

    /// Article or user text made safe for the output format.
    func plain(_ text: String) -> String {
        format == .markdown ? MarkdownEscaper.escape(text) : text
    }

    /// `plain`, as a value of the context.
    func shown(_ text: String) -> TemplateText {
        TemplateText(plain(text))
    }

    /// "12 June 2025".
    public static func longDate(_ date: CalendarDate) -> String {
        date.longText
    }

    /// A date at its precision: "12 June 2025", "August 2025", "2030".
    public static func dateText(_ date: EventDate) -> String {
        switch date.precision {
        case .day: return longDate(date.date)
        case .month: return "\(CalendarDate.monthNames[date.date.month - 1]) \(date.date.year)"
        case .year: return "\(date.date.year)"
        }
    }
}
