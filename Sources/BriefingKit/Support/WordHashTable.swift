/// A read-only map from word hashes to small integers by open addressing. Nearly every word of a
/// sentence is in no table, and such a lookup costs a multiply and a load or two, where a
/// `Dictionary` would run SipHash over the key first.
struct WordHashTable: Sendable {
    private let keys: [UInt64]
    /// The value of the key in the same slot; -1 marks an empty slot.
    private let values: [Int32]
    private let shift: UInt64

    /// A table of `entries`; values must fit in an `Int32`. At most an eighth full: a miss stops at the first
    /// empty slot, which is then nearly always the first (half full, misses probed two or three slots).
    init(_ entries: [UInt64: Int]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 8 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Int32](repeating: -1, count: size)
        shift = 64 - bits
        // Sorted, so that the layout (and so the probe order) is the same in every run.
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            var slot = Self.slot(key, shift: shift)
            while values[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = Int32(value)
        }
        self.keys = keys
        self.values = values
    }

    /// A set of hashes: each maps to 0.
    init(_ members: some Sequence<UInt64>) {
        self.init(Dictionary(members.map { ($0, 0) }, uniquingKeysWith: { first, _ in first }))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    @inline(__always)
    func value(for key: UInt64) -> Int? {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift: shift)
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return Int(value) }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }
}
