import Foundation

/// An open-addressing map from 64-bit hashes to small counts or indices.
///
/// Keys are already well-mixed stable hashes, so probing needs no rehashing; this is several
/// times faster than `Dictionary<UInt64, _>` in the clustering hot path.
struct HashCounter: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var occupied: [Bool]
    private var mask: Int
    private var count = 0

    /// A table sized for about `capacity` keys at most half full; it grows when needed.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    /// The value stored for `key`, if any.
    func value(for key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while occupied[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Calls `body` with every key and its value, in slot order.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for slot in keys.indices where occupied[slot] { body(keys[slot], values[slot]) }
    }

    /// Adds `amount` to the value for `key` (starting from 0) and returns the new value.
    @discardableResult
    mutating func add(_ amount: Int32, to key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while occupied[slot] {
            if keys[slot] == key {
                values[slot] += amount
                return values[slot]
            }
            slot = (slot + 1) & mask
        }
        insertNew(key, amount, at: slot)
        return amount
    }

    /// Stores `value` for `key` unless the key is present; returns the value now stored.
    @discardableResult
    mutating func insertIfAbsent(_ value: Int32, for key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while occupied[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        insertNew(key, value, at: slot)
        return value
    }

    private mutating func insertNew(_ key: UInt64, _ value: Int32, at slot: Int) {
        occupied[slot] = true
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let oldOccupied = occupied
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
        for index in oldKeys.indices where oldOccupied[index] {
            var slot = Int(truncatingIfNeeded: StableHash.mix(oldKeys[index])) & mask
            while occupied[slot] { slot = (slot + 1) & mask }
            occupied[slot] = true
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}

extension HashCounter {
    /// For each hash, the position of its first occurrence. The hashes are split by their top bits into
    /// parts that cores take on with tables of their own: each table is a fraction of the size, so more
    /// of it stays in cache, and a part's first occurrences are the same as in one pass over all.
    static func firstOccurrences(of hashes: [UInt64]) -> [Int] {
        let partBits = hashes.count < 65_536 ? 0 : 3
        let parts = 1 << partBits
        return [Int](unsafeUninitializedCapacity: hashes.count) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                guard let first = base.pointer else { return }
                var table = HashCounter(capacity: hashes.count >> partBits)
                for index in hashes.indices where partBits == 0 || Int(hashes[index] >> UInt64(64 - partBits)) == part {
                    first[index] = Int(table.insertIfAbsent(Int32(index), for: hashes[index]))
                }
            }
            initialized = hashes.count
        }
    }
}
