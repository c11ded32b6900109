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
        if let written = written(date: date, hour: hour, minute: minute ?? 0, offset: offset) { return written }
        var text = date.iso + "T" + twoDigits(hour) + ":" + twoDigits(minute ?? 0)
        if let offset {
            let magnitude = abs(offset)
            text += (offset < 0 ? "-" : "+") + twoDigits(magnitude / 60) + ":" + twoDigits(magnitude % 60)
        }
        return text
    }

    /// `format` written digit by digit into one string, for the fields every stamp has (a year of
    /// four digits, the others of one or two, none negative); nil for any other.
    private static func written(date: CalendarDate, hour: Int, minute: Int, offset: Int?) -> String? {
        let magnitude = offset.map(abs) ?? 0
        func isTwoDigits(_ value: Int) -> Bool { value >= 0 && value <= 99 }
        guard date.year >= 0, date.year <= 9999, isTwoDigits(date.month), isTwoDigits(date.day), isTwoDigits(hour),
              isTwoDigits(minute), isTwoDigits(magnitude / 60) else { return nil }
        return String(unsafeUninitializedCapacity: 22) { out in
            var count = 0
            func put(_ byte: UInt8) {
                out[count] = byte
                count += 1
            }
            func digits(_ value: Int, _ width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            digits(date.year, 4)
            put(UInt8(ascii: "-"))
            digits(date.month, 2)
            put(UInt8(ascii: "-"))
            digits(date.day, 2)
            put(UInt8(ascii: "T"))
            digits(hour, 2)
            put(UInt8(ascii: ":"))
            digits(minute, 2)
            if let offset {
                put(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                digits(magnitude / 60, 2)
                put(UInt8(ascii: ":"))
                digits(magnitude % 60, 2)
            }
            return count
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
