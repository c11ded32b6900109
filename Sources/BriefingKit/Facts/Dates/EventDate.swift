import Foundation

/// How much of an event date is known.
public enum DatePrecision: String, Sendable, Codable {
    case day, month, year
}

/// The date a sentence's event happened (or is due), with how it was worked out.
public struct EventDate: Hashable, Sendable {
    /// For month or year precision, the first day of that month or year.
    public var date: CalendarDate
    public var precision: DatePrecision
    /// A future reference or target ("by 2030", "next month").
    public var isUpcoming: Bool
    /// The sentence had no usable date expression; `date` is the publication date.
    public var isFallback: Bool
    /// The text that gave the date, e.g. "on Thursday"; empty for a fallback.
    public var expression: String
    /// A short human phrase naming the rule used, e.g. "weekday before publication".
    public var method: String

    public init(date: CalendarDate, precision: DatePrecision, isUpcoming: Bool = false, isFallback: Bool = false,
                expression: String, method: String) {
        self.date = date
        self.precision = precision
        self.isUpcoming = isUpcoming
        self.isFallback = isFallback
        self.expression = expression
        self.method = method
    }

    /// `method` of a date taken from the contact the article reported before ("during the call").
    public static let contactMethod = "date of the contact reported earlier in the article"

    /// A date taken from an earlier sentence's contact: the same event, not a new one.
    public var isFromContact: Bool { method == Self.contactMethod }

    /// How the date was found, as `facts` shows it: for an article that states only when it was updated, whose
    /// dates were read from that day, "weekday before update" rather than "weekday before publication".
    public func method(in article: Article) -> String {
        article.published == nil && article.updated != nil ? method.replacingOccurrences(of: "publication", with: "update") : method
    }

    /// The publication date standing in for a sentence without a date of its own.
    public static func fallback(_ published: CalendarDate,
                                method: String = "publication date (no date in sentence)") -> EventDate {
        EventDate(date: published, precision: .day, isFallback: true, expression: "", method: method)
    }
}
