import Foundation

/// Line kinds already decided by one worker: site chrome, related headlines and credits repeat on
/// every page of an outlet, so most short lines of a large corpus are classified once, not once a page.
///
/// A kind depends on the line, on whether it is near the top (mastheads) and, for a line with a
/// four-digit run (a year, which every publication stamp has), on the crawler's date hint: all three
/// make the key, so a remembered kind is exactly the one `LineClassifier` would give (lines are
/// compared byte for byte). Not thread-safe: each worker has its own (`ScratchPool`).
final class LineMemo {
    private struct Entry {
        var key: UInt64
        var line: String
        var nearTop: Bool
        var hint: Int?
        var kind: LineKind
    }

    /// Longer lines are running text, nearly always unique: not worth remembering.
    static let maxLineBytes = 160
    /// Slots of the table; past half full the memo starts again, so memory stays bounded on any corpus.
    static let capacity = 1 << 16

    // Open addressing on an FNV hash of the line: no SipHash over every line of every page.
    private var entries = [Entry?](repeating: nil, count: capacity)
    private var count = 0

    func kind(of line: String, nonBlankIndex: Int, hint: CalendarDate?) -> LineKind {
        guard !line.isEmpty, line.utf8.count <= Self.maxLineBytes else {
            return LineClassifier.classify(line, nonBlankIndex: nonBlankIndex, hint: hint)
        }
        // The hint only decides how a publication stamp reads, and every stamp has a four-digit year.
        let (key, hasYear) = UTF8Scalars.withBytes(of: line) { bytes in
            var key = StableHash.fnvOffset
            var hasYear = false
            var digits = 0
            for byte in bytes {
                key = (key ^ UInt64(byte)) &* StableHash.fnvPrime
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                } else {
                    if digits == 4 { hasYear = true }
                    digits = 0
                }
            }
            return (key, hasYear || digits == 4)
        }
        let nearTop = nonBlankIndex < LineClassifier.mastheadReach
        let hintDay = hasYear ? hint?.dayNumber : nil
        let mask = Self.capacity - 1
        var slot = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while let entry = entries[slot] {
            if entry.key == key, entry.nearTop == nearTop, entry.hint == hintDay, LineSet.sameBytes(entry.line, line) {
                return entry.kind
            }
            slot = (slot + 1) & mask
        }
        let kind = LineClassifier.classify(line, nonBlankIndex: nonBlankIndex, hint: hint)
        if count >= Self.capacity / 2 {
            entries = [Entry?](repeating: nil, count: Self.capacity)
            count = 0
            slot = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        }
        entries[slot] = Entry(key: key, line: line, nearTop: nearTop, hint: hintDay, kind: kind)
        count += 1
        return kind
    }
}

/// Hands each worker a scratch object of its own (a memo, a table) and keeps it for the worker's next batch.
final class ScratchPool<Scratch: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Scratch] = []
    private let make: @Sendable () -> Scratch

    init(_ make: @escaping @Sendable () -> Scratch) {
        self.make = make
    }

    func with<Result>(_ body: (Scratch) -> Result) -> Result {
        let scratch = lock.withLock { idle.popLast() } ?? make()
        defer { lock.withLock { idle.append(scratch) } }
        return body(scratch)
    }
}
