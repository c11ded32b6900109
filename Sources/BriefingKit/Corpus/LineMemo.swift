import Foundation

/// Line kinds already decided by one worker: site chrome, related headlines and credits repeat on
/// every page of an outlet, so most short lines of a large corpus are classified once, not once a page.
///
/// A kind depends on the line, on whether it is near the top (mastheads) and, for a line with
/// digits, on the crawler's date hint: all three make the key, so a remembered kind is exactly the
/// one `LineClassifier` would give. Not thread-safe: each worker has its own (`LineMemoPool`).
final class LineMemo {
    private struct Key: Hashable {
        var line: String
        var nearTop: Bool
        var hint: Int?
    }

    /// Longer lines are running text, nearly always unique: not worth remembering.
    static let maxLineBytes = 160
    /// Past this many entries the memo starts again, so memory stays bounded on any corpus.
    static let capacity = 1 << 15

    private var kinds: [Key: LineKind] = [:]

    func kind(of line: String, nonBlankIndex: Int, hint: CalendarDate?) -> LineKind {
        guard !line.isEmpty, line.utf8.count <= Self.maxLineBytes else {
            return LineClassifier.classify(line, nonBlankIndex: nonBlankIndex, hint: hint)
        }
        let hasDigit = line.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        let key = Key(line: line, nearTop: nonBlankIndex < LineClassifier.mastheadReach,
                      hint: hasDigit ? hint?.dayNumber : nil)
        if let known = kinds[key] { return known }
        let kind = LineClassifier.classify(line, nonBlankIndex: nonBlankIndex, hint: hint)
        if kinds.count >= Self.capacity { kinds.removeAll(keepingCapacity: true) }
        kinds[key] = kind
        return kind
    }
}

/// Hands each worker a memo of its own and keeps it for the next batch of files.
final class LineMemoPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [LineMemo] = []

    func withMemo<Result>(_ body: (LineMemo) -> Result) -> Result {
        let memo = lock.withLock { idle.popLast() } ?? LineMemo()
        defer { lock.withLock { idle.append(memo) } }
        return body(memo)
    }
}
