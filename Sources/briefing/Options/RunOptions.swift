import ArgumentParser
import BriefingKit
import Foundation

/// `--as-of` and `--quiet`: what "today" is, and how much a run says.
struct RunOptions: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Treat this day as today, so output is reproducible: articles published or updated after it (or, for a meeting brief, after the meeting day) are left out (default: the current date).",
                               valueName: "yyyy-mm-dd"))
    var asOf: String?

    @Flag(name: .shortAndLong, help: "Print no summary or progress; warnings and errors still go to stderr.")
    var quiet = false

    func validate() throws {
        if let asOf, CalendarDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date in the form YYYY-MM-DD, such as 2025-10-29; found '\(asOf)'")
        }
    }

    /// The day this run treats as today.
    var today: CalendarDate {
        if let asOf, let date = CalendarDate(iso: asOf) { return date }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(dayNumber: 0)
    }
}
