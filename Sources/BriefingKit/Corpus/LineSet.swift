/// A set of lines compared byte for byte, without the Unicode normalization `Set<String>` pays for.
struct LineSet {
    private var buckets: [UInt64: [String]] = [:]

    /// Inserts `line`; false when an identical line is already present.
    @discardableResult
    mutating func insert(_ line: String) -> Bool {
        insert(line, hash: LineSet.hash(line))
    }

    /// `insert(_:)` for a line whose `hash` is known.
    @discardableResult
    mutating func insert(_ line: String, hash: UInt64) -> Bool {
        if let bucket = buckets[hash], bucket.contains(where: { $0.utf8.elementsEqual(line.utf8) }) { return false }
        buckets[hash, default: []].append(line)
        return true
    }

    func contains(_ line: String) -> Bool {
        contains(line, hash: LineSet.hash(line))
    }

    func contains(_ line: String, hash: UInt64) -> Bool {
        buckets[hash]?.contains { $0.utf8.elementsEqual(line.utf8) } ?? false
    }

    /// FNV-1a over the UTF-8 bytes.
    static func hash(_ line: String) -> UInt64 {
        UTF8Scalars.withBytes(of: line) { bytes in
            // Eight bytes a step, then the tail; equal lines always hash alike, which is all a set needs.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            var index = 0
            while index + 8 <= bytes.count {
                var word: UInt64 = 0
                for offset in 0..<8 { word |= UInt64(bytes[index + offset]) << (offset * 8) }
                hash = StableHash.combine(hash, word)
                index += 8
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
        if let index = buckets[hash]?.firstIndex(where: { $0.line.utf8.elementsEqual(line.utf8) }) {
            buckets[hash, default: []][index].count += 1
        } else {
            buckets[hash, default: []].append((line, 1))
        }
    }

    func count(_ line: String, hash: UInt64) -> Int {
        buckets[hash]?.first { $0.line.utf8.elementsEqual(line.utf8) }?.count ?? 0
    }
}
