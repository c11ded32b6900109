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
        "has_participants", "name", "key_points", "has_key_points", "sections", "has_sections", "topic", "label",
        "facts", "timeline", "has_timeline", "sources", "has_sources", "number", "outlet", "published", "url", "file",
        "text", "precision", "upcoming", "citations", "topics",
    ]

    /// The context dictionary for one brief.
    public func values(for brief: Brief) -> [String: Any] {
        var context: [String: Any] = [
            "brief": [
                "id": brief.spec.id,
                "title": plain(brief.spec.title),
                "kind": brief.spec.kind.rawValue,
                "format": format.rawValue,
            ] as [String: Any],
            "generated_on": Self.longDate(generatedOn),
            "generated_on_iso": generatedOn.iso,
            "participants": brief.participants.map(participant),
            "has_participants": !brief.participants.isEmpty,
            "key_points": brief.items.map(item),
            "has_key_points": !brief.items.isEmpty,
            "sections": brief.sections.map { section in
                ["topic": section.topic.id, "label": plain(section.topic.label), "facts": section.items.map(item)] as [String: Any]
            },
            "has_sections": !brief.sections.isEmpty,
            "timeline": brief.timeline.map(item),
            "has_timeline": !brief.timeline.isEmpty,
            "sources": brief.sources.map(source),
            "has_sources": !brief.sources.isEmpty,
        ]
        if let meeting = brief.spec.meeting {
            context["meeting"] = [
                "date": Self.longDate(meeting.date),
                "date_iso": meeting.date.iso,
                "place": meeting.place.map(plain) ?? "",
                "format": meeting.format.map(plain) ?? "",
                "participants": brief.participants.map { plain($0.name) }.joined(separator: " and "),
            ] as [String: Any]
        }
        if let id = brief.spec.person, let person = brief.participants.first(where: { $0.id == id }) {
            context["person"] = participant(person)
        }
        var period: [String: Any] = [:]
        if let from = brief.spec.window.from { period["from"] = Self.longDate(from) }
        if let to = brief.spec.window.to { period["to"] = Self.longDate(to) }
        if !period.isEmpty { context["period"] = period }
        return context
    }

    func participant(_ entity: Entity) -> [String: Any] {
        ["id": entity.id, "name": plain(entity.name), "title": entity.title.map(plain) ?? "", "kind": entity.kind.rawValue]
    }

    func item(_ item: BriefItem) -> [String: Any] {
        [
            "text": plain(item.text),
            "date": Self.dateText(item.eventDate),
            "date_iso": item.eventDate.date.iso,
            "precision": item.eventDate.precision.rawValue,
            "upcoming": item.eventDate.isUpcoming,
            "citations": item.citations.map { "[\($0)]" }.joined(),
            "sources": item.citations.map { ["number": $0] },
            "topics": item.topics,
        ]
    }

    func source(_ entry: SourceEntry) -> [String: Any] {
        var values: [String: Any] = [
            "number": entry.number,
            "outlet": plain(entry.outlet ?? "Unknown outlet"),
            "title": plain(entry.title ?? "Untitled"),
            "file": entry.file,
            "published": entry.published.map { Self.longDate($0.date) } ?? "date unknown",
        ]
        if let url = entry.url { values["url"] = url }
        return values
    }

    /// Article or user text made safe for the output format.
    func plain(_ text: String) -> String {
        format == .markdown ? MarkdownEscaper.escape(text) : text
    }

    /// "12 June 2025".
    public static func longDate(_ date: CalendarDate) -> String {
        "\(date.day) \(CalendarDate.monthNames[date.month - 1]) \(date.year)"
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
