/// A day of the proleptic Gregorian calendar, with the formats news pages use.
///
/// Pure arithmetic (Howard Hinnant's days-from-civil), so it is fast and needs
/// neither `Calendar` nor time zones.
struct CivilDate: Comparable, Hashable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    /// AP style, as Yonhap and the Korea Herald write dates in text: "Oct. 30", "June 12".
    static let apMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
                           "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    /// As JoongAng's "Published:" line writes them: "13 Jun. 2025".
    static let shortMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May.", "Jun.", "Jul.",
                              "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `dayNumber` days after 1970-01-01.
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// As a sortable number: 20250612.
    var compact: Int { year * 10000 + month * 100 + day }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    var weekdayName: String {
        let index = (dayNumber % 7 + 7 + 4) % 7 // 1970-01-01 was a Thursday
        return CivilDate.weekdays[index]
    }

    var iso: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }
    /// "June 12"
    var monthDay: String { "\(CivilDate.monthNames[month - 1]) \(day)" }
    /// "Oct. 30"
    var apMonthDay: String { "\(CivilDate.apMonths[month - 1]) \(day)" }
    /// "12 June 2025"
    var long: String { "\(day) \(CivilDate.monthNames[month - 1]) \(year)" }
    /// "June 8, 2022"
    var american: String { "\(monthDay), \(year)" }
    /// "13 Jun. 2025"
    var joongAng: String { "\(day) \(CivilDate.shortMonths[month - 1]) \(year)" }
    var monthName: String { CivilDate.monthNames[month - 1] }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.compact < rhs.compact }
}
