/// A publication timestamp as the page states it.
public struct ArticleTimestamp: Hashable, Sendable {
    public var date: CalendarDate
    /// Hour (0–23) when the page gives a time.
    public var hour: Int?
    public var minute: Int?
    /// Offset from UTC when the page gives a zone ("KST" = +540, "GMT+7" = +420, "+09:00").
    public var utcOffsetMinutes: Int?
    /// "2025-06-13", "2025-06-13T09:41" or "2025-06-13T09:41+09:00".
    public var iso: String

    /// Creates a timestamp; a minute without an hour, or a zone without a time, is kept but not shown in `iso`.
    public init(date: CalendarDate, hour: Int? = nil, minute: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.utcOffsetMinutes = utcOffsetMinutes
        self.iso = ArticleTimestamp.format(date: date, hour: hour, minute: minute, offset: utcOffsetMinutes)
    }

    static func format(date: CalendarDate, hour: Int?, minute: Int?, offset: Int?) -> String {
        guard let hour else { return date.iso }
        var text = date.iso + "T" + twoDigits(hour) + ":" + twoDigits(minute ?? 0)
        if let offset {
            let magnitude = abs(offset)
            text += (offset < 0 ? "-" : "+") + twoDigits(magnitude / 60) + ":" + twoDigits(magnitude % 60)
        }
        return text
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
