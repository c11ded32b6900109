/// How precisely an event's date is known.
public enum DatePrecision: String, Sendable, Codable { case day, month, year }

/// The date an event happened (or will happen), and how it was worked out.
public struct EventDate: Hashable, Sendable {
    public var date: CalendarDate
    public var precision: DatePrecision
    public var isUpcoming: Bool
    public var isFallback: Bool
    public var expression: String
    public var method: String
}

/// Foundation version: every event is dated on its publication day.
public struct EventDateResolver: Sendable {
    public init() {}

    public func resolve(_ sentence: String, published: CalendarDate) -> EventDate {
        EventDate(date: published, precision: .day, isUpcoming: false, isFallback: true, expression: "",
                  method: "publication date (no date in sentence)")
    }
}
