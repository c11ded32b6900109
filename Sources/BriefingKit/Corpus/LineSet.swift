import Foundation

/// A set of lines compared byte for byte, without the Unicode normalization `Set<String>` pays for.
struct LineSet {
    /// Open addressing on the lines' hashes: a line goes to the first free slot from its hash's, so
    /// lines that share a hash (in practice none) sit side by side. Never more than half full.
    private var hashes: [UInt64] = []
    private var slots: [String?] = []
    private var count = 0
    /// Bit `n % 64` is set when a line of `n` bytes is present: most lookups of an absent line end here.
    private var lengths: UInt64 = 0

    init() {}

    /// An empty set with room for `count` lines without growing.
    init(minimumCapacity count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        hashes = [UInt64](repeating: 0, count: size)
        slots = [String?](repeating: nil, count: size)
    }

    /// Inserts `line`; false when an identical line is already present.
    @discardableResult
    mutating func insert(_ line: String) -> Bool {
        insert(line, hash: LineSet.quickKey(line))
    }

    /// `insert(_:)` placed by `hash`, any key that equal lines share (a set takes one kind of key).
    @discardableResult
    mutating func insert(_ line: String, hash: UInt64) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: StableHash.mix(hash)) & mask
        while let present = slots[slot] {
            if hashes[slot] == hash && LineSet.sameBytes(present, line) { return false }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        slots[slot] = line
        count += 1
        lengths |= LineSet.lengthBit(line)
        return true
    }

    func contains(_ line: String) -> Bool {
        guard lengths & LineSet.lengthBit(line) != 0 else { return false }
        return contains(line, hash: LineSet.quickKey(line))
    }

    func contains(_ line: String, hash: UInt64) -> Bool {
        guard lengths & LineSet.lengthBit(line) != 0, !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: StableHash.mix(hash)) & mask
        while let present = slots[slot] {
            if hashes[slot] == hash && LineSet.sameBytes(present, line) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Twice the slots (16 at first), with every line moved to its place in them.
    private mutating func grow() {
        let oldHashes = hashes, oldSlots = slots
        let size = max(16, slots.count * 2)
        hashes = [UInt64](repeating: 0, count: size)
        slots = [String?](repeating: nil, count: size)
        let mask = size - 1
        for index in oldSlots.indices {
            guard let line = oldSlots[index] else { continue }
            var slot = Int(truncatingIfNeeded: StableHash.mix(oldHashes[index])) & mask
            while slots[slot] != nil { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[index]
            slots[slot] = line
        }
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

    /// The key `insert(_:)` and `contains(_:)` place a line by: its length and its first, middle
    /// and last eight bytes (all its bytes when it is shorter than 24), not a walk over a paragraph.
    /// Lines that share a key are told apart by their bytes.
    static func quickKey(_ line: String) -> UInt64 {
        UTF8Scalars.withBytes(of: line) { bytes in
            guard bytes.count >= 24, let base = bytes.baseAddress else { return hash(line) }
            func word(at offset: Int) -> UInt64 {
                UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            }
            var key = StableHash.combine(0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count), word(at: 0))
            key = StableHash.combine(key, word(at: bytes.count / 2 - 4))
            return StableHash.combine(key, word(at: bytes.count - 8))
        }
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
