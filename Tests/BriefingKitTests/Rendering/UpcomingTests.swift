import Testing
@testable import BriefingKit

@Suite("What a brief calls upcoming")
struct UpcomingTests {
    private static func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    private static func upcoming(_ iso: String, _ precision: DatePrecision) throws -> EventDate {
        EventDate(date: try day(iso), precision: precision, isUpcoming: true, expression: "later", method: "test")
    }

    /// A plan its report called upcoming is marked so only while it is still ahead of the brief's day.
    @Test func aPlanIsUpcomingOnlyWhileItIsAhead() throws {
        let context = BriefContext(format: .markdown, generatedOn: try Self.day("2025-10-29"))
        #expect(context.isAhead(try Self.upcoming("2030-01-01", .year)))
        #expect(context.isAhead(try Self.upcoming("2025-01-01", .year)), "this year is not over")
        #expect(!context.isAhead(try Self.upcoming("2024-01-01", .year)), "\"later this year\" in a piece of 2024")
        #expect(context.isAhead(try Self.upcoming("2025-10-01", .month)))
        #expect(!context.isAhead(try Self.upcoming("2025-09-01", .month)))
        #expect(context.isAhead(try Self.upcoming("2025-10-29", .day)))
        #expect(!context.isAhead(try Self.upcoming("2025-10-28", .day)))
        let past = EventDate(date: try Self.day("2026-01-01"), precision: .year, expression: "in 2026", method: "test")
        #expect(!context.isAhead(past), "a date its report did not call upcoming")
    }

    @Test func theTimelineMarksOnlyWhatIsAhead() throws {
        let context = BriefContext(format: .markdown, generatedOn: try Self.day("2025-10-29"))
        let planned = TimelineEntry(date: try Self.upcoming("2024-01-01", .year), text: "Yoon hopes to visit later this year.", citations: [1])
        let target = TimelineEntry(date: try Self.upcoming("2030-01-01", .year), text: "Trade of $200 billion by 2030.", citations: [2])
        #expect(context.entry(planned)["upcoming"] as? Bool == false)
        #expect(context.entry(target)["upcoming"] as? Bool == true)
    }
}
