/// Process-independent 64-bit hashing (FNV-1a and the splitmix64 finaliser).
///
/// Swift's `Hasher` is randomly seeded per process, so signatures built with it
/// could not be compared across runs; everything in this module hashes through here.
enum StableHash {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over raw bytes.
    static func fnv1a<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = fnvOffset
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* fnvPrime
        }
        return hash
    }

    /// FNV-1a over a string's UTF-8 bytes.
    static func fnv1a(_ string: String) -> UInt64 {
        fnv1a(string.utf8)
    }

    /// The splitmix64 finaliser: a bijective avalanche mix.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Order-dependent combination of two hashes (used for bigrams and band keys).
    @inline(__always)
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(first &* 0x9e37_79b9_7f4a_7c15 ^ second)
    }
}
