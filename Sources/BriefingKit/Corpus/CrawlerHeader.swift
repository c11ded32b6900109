/// The crawler's first line: ` date 2025-06-13  <headline or first paragraph>`.
enum CrawlerHeader {
    struct Header: Equatable {
        var date: CalendarDate
        /// What follows the date: a headline, or a dateline and the first paragraph; may be empty.
        var rest: String
    }

    static func parse(_ line: String) -> Header? {
        guard TextShape.hasPrefixIgnoringCase(line, "date ") else { return nil }
        let afterLabel = line.dropFirst(5).trimmingSpaces()
        let isoPart = afterLabel.prefix(10)
        guard let date = CalendarDate(iso: isoPart) else { return nil }
        let rest = afterLabel.dropFirst(10)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return Header(date: date, rest: String(rest.trimmingSpaces()))
    }
}
