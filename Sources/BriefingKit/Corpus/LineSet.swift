import Foundation

/// A set of lines compared byte for byte, without the Unicode normalization `Set<String>` pays for.
struct LineSet {
    /// The first line of each hash; lines that share a hash with it (in practice none) go to `collisions`.
    private var lines: [UInt64: String] = [:]
    private var collisions: [UInt64: [String]] = [:]
    /// Bit `n % 64` is set when a line of `n` bytes is present: most lookups of an absent line end here.
    private var lengths: UInt64 = 0

    init() {}

    /// An empty set with room for `count` lines without growing.
    init(minimumCapacity count: Int) {
        lines.reserveCapacity(count)
    }

    /// Inserts `line`; false when an identical line is already present.
    @discardableResult
    mutating func insert(_ line: String) -> Bool {
        insert(line, hash: LineSet.hash(line))
    }

    /// `insert(_:)` for a line whose `hash` is known.
    @discardableResult
    mutating func insert(_ line: String, hash: UInt64) -> Bool {
        lengths |= LineSet.lengthBit(line)
        guard let first = lines[hash] else {
            lines[hash] = line
            return true
        }
        if LineSet.sameBytes(first, line) { return false }
        if let bucket = collisions[hash], bucket.contains(where: { LineSet.sameBytes($0, line) }) { return false }
        collisions[hash, default: []].append(line)
        return true
    }

    func contains(_ line: String) -> Bool {
        guard lengths & LineSet.lengthBit(line) != 0 else { return false }
        return contains(line, hash: LineSet.hash(line))
    }

    func contains(_ line: String, hash: UInt64) -> Bool {
        guard lengths & LineSet.lengthBit(line) != 0, let first = lines[hash] else { return false }
        if LineSet.sameBytes(first, line) { return true }
        return collisions[hash]?.contains { LineSet.sameBytes($0, line) } ?? false
    }

    /// Whether two lines have the same UTF-8 bytes (`==` on strings compares canonical equivalence instead).
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        let count = first.utf8.count
        guard second.utf8.count == count else { return false }
        return UTF8Scalars.withBytes(of: first) { left in
            UTF8Scalars.withBytes(of: second) { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return memcmp(leftBase, rightBase, count) == 0
            }
        }
    }

    private static func lengthBit(_ line: String) -> UInt64 {
        1 << UInt64(line.utf8.count & 63)
    }

    /// FNV-1a over the UTF-8 bytes.
    static func hash(_ line: String) -> UInt64 {
        UTF8Scalars.withBytes(of: line) { bytes in
            // Eight bytes a step, then the tail; equal lines always hash alike, which is all a set needs.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    // One load of the eight bytes, read as little-endian: the same word on every platform.
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    hash = StableHash.combine(hash, word)
                    index += 8
                }
            }
            while index < bytes.count {
                hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
                index += 1
            }
            return hash
        }
    }
}

/// Counts of lines compared byte for byte.
struct LineCounter {
    private var buckets: [UInt64: [(line: String, count: Int)]] = [:]

    mutating func add(_ line: String, hash: UInt64) {
        // Mutated in place: copying the bucket out and back would copy it on every line.
        if let index = buckets[hash]?.firstIndex(where: { LineSet.sameBytes($0.line, line) }) {
            buckets[hash, default: []][index].count += 1
        } else {
            buckets[hash, default: []].append((line, 1))
        }
    }

    func count(_ line: String, hash: UInt64) -> Int {
        buckets[hash]?.first { LineSet.sameBytes($0.line, line) }?.count ?? 0
    }
}
