/// Tests of the eight bytes of a word at once: each returns bit 7 of every byte (lane) that passes and
/// no other bit. A lane's low seven bits are compared by an addition that cannot carry into the next lane.
enum ByteLanes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high = ones &* 0x80
    static let low = ones &* 0x7F

    /// The lanes equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return ~(((difference & low) &+ low) | difference) & high
    }

    /// The lanes that hold an ASCII digit.
    @inline(__always)
    static func digits(_ word: UInt64) -> UInt64 {
        let sevenBits = word & low
        let atLeastZero = sevenBits &+ ones &* (0x80 - 0x30)
        let aboveNine = sevenBits &+ ones &* (0x7F - 0x39)
        return atLeastZero & ~aboveNine & ~word & high
    }

    /// The lanes that do not hold an ASCII lower-case letter (a–z); a byte with bit 7 set is one of them.
    @inline(__always)
    static func notLowercase(_ word: UInt64) -> UInt64 {
        let sevenBits = word & low
        let atLeastA = sevenBits &+ ones &* (0x80 - 0x61)
        let aboveZ = sevenBits &+ ones &* (0x7F - 0x7A)
        return (word | ~atLeastA | aboveZ) & high
    }
}
