import Foundation

/// What a command leaves for the process's exit to take back.
///
/// Freed one by one, the facts of a large corpus take about a second at 100,000 articles
/// (a million allocations and more); the operating system takes the whole heap back at once
/// when `briefing` exits, a moment later. Only what the command is done with is kept here.
enum ExitReclaim {
    private static let held = Held()

    /// Holds `value` until the process exits.
    static func keep(_ value: some Sendable) {
        held.append(value)
    }

    private final class Held: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [any Sendable] = []

        func append(_ value: any Sendable) {
            lock.withLock { values.append(value) }
        }
    }
}
