import Testing
@testable import BriefingKit

@Suite("Calendar dates")
struct CalendarDateTests {
    /// Every day over eight centuries (leap rules of 1700, 1900, 2000 and 2400 included) comes back from its
    /// day number as the same year, month and day, the next day is the next number, and dates order as their numbers.
    @Test func dayNumbersRoundTripAndOrder() throws {
        let first = try #require(CalendarDate(year: 1600, month: 1, day: 1))
        let last = try #require(CalendarDate(year: 2400, month: 12, day: 31))
        var previous: CalendarDate?
        for number in first.dayNumber...last.dayNumber {
            let date = CalendarDate(dayNumber: number)
            // Required, not expected: a broken rule would otherwise report every day of the eight centuries.
            try #require(date.dayNumber == number)
            try #require(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
            if let previous {
                try #require(previous < date)
                let monthEnds = previous.day == CalendarDate.daysIn(month: previous.month, year: previous.year)
                try #require(date.day == (monthEnds ? 1 : previous.day + 1), "\(previous) → \(date)")
            }
            previous = date
        }
        #expect(CalendarDate(dayNumber: 0).iso == "1970-01-01")
        #expect(CalendarDate(dayNumber: -1).iso == "1969-12-31")
    }

    @Test func onlyRealDaysExist() {
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29)?.iso == "2024-02-29")
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 4, day: 31) == nil)
        #expect(CalendarDate(iso: "2025-10-30").map { ($0.year, $0.month, $0.day) } ?? (0, 0, 0) == (2025, 10, 30))
    }
}
