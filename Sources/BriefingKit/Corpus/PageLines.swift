/// Splits valid UTF-8 text into normalized lines in one pass over the bytes.
///
/// Lines end at LF, CR or CRLF. Each line is trimmed, runs of spaces (including no-break and other
/// Unicode spaces) collapse to one ASCII space, and control and zero-width characters are dropped,
/// so a line of only no-break spaces becomes empty. Lines longer than `maxLineBytes` are cut at the
/// last space before the limit.
enum PageLines {
    static let maxLineBytes = 65_536

    struct Split {
        var lines: [String]
        var truncatedLines: Int
    }

    static func split(_ bytes: [UInt8], maxLineBytes: Int = maxLineBytes) -> Split {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [String] = []
            var truncated = 0
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
                // Eight bytes at a time while none of them is LF or CR.
                if index + 8 <= count, let base = buffer.baseAddress,
                   !hasLineBreak(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    let (line, cut) = normalize(buffer, start..<index, cap: maxLineBytes)
                    lines.append(line)
                    if cut { truncated += 1 }
                    index += (byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A) ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < count {
                let (line, cut) = normalize(buffer, start..<count, cap: maxLineBytes)
                lines.append(line)
                if cut { truncated += 1 }
            }
            return Split(lines: lines, truncatedLines: truncated)
        }
    }

    /// Whether any of the eight bytes of `word` is LF or CR (the exact zero-byte test, on `word` xor each).
    @inline(__always)
    private static func hasLineBreak(_ word: UInt64) -> Bool {
        func hasZeroByte(_ value: UInt64) -> Bool {
            (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
        }
        return hasZeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A) || hasZeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D)
    }

    /// Whether normalising would leave the line as it is: printable ASCII and single spaces, with no
    /// space at either end. Eight bytes at a time, with exact byte tests.
    private static func isNormalized(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = buffer.baseAddress, !range.isEmpty,
              buffer[range.lowerBound] != 0x20, buffer[range.upperBound - 1] != 0x20 else { return false }
        var index = range.lowerBound
        var previousSpace = false
        while index + 8 <= range.upperBound {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x20, or one of 0x7F and up.
            if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 { return false }
            if ((word &+ 0x0101_0101_0101_0101) | word) & 0x8080_8080_8080_8080 != 0 { return false }
            let flipped = word ^ 0x2020_2020_2020_2020
            let nonSpace = (((flipped & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | flipped) & 0x8080_8080_8080_8080
            let spaces = ~nonSpace & 0x8080_8080_8080_8080
            if spaces & (spaces << 8 | (previousSpace ? 0x80 : 0)) != 0 { return false }
            previousSpace = spaces >> 63 != 0
            index += 8
        }
        while index < range.upperBound {
            let byte = buffer[index]
            guard byte >= 0x20, byte < 0x7F, !(byte == 0x20 && previousSpace) else { return false }
            previousSpace = byte == 0x20
            index += 1
        }
        return true
    }

    /// Whether the eight bytes of `word` (little-endian) are printable ASCII and single spaces, the
    /// first and last not a space: bytes that a line keeps as they are wherever they stand in it.
    @inline(__always)
    private static func isPlainWord(_ word: UInt64) -> Bool {
        // A byte below 0x20, or one of 0x7F and up.
        if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 { return false }
        if ((word &+ 0x0101_0101_0101_0101) | word) & 0x8080_8080_8080_8080 != 0 { return false }
        let flipped = word ^ 0x2020_2020_2020_2020
        let nonSpace = (((flipped & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | flipped) & 0x8080_8080_8080_8080
        let spaces = ~nonSpace & 0x8080_8080_8080_8080
        // No space first or last, and no two together.
        return spaces & 0x8000_0000_0000_0080 == 0 && spaces & (spaces << 8) == 0
    }

    /// Normalizes one line; returns the text and whether it was cut at `cap` bytes.
    static func normalize(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cap: Int) -> (String, Bool) {
        // Every other line of a page is blank.
        if range.isEmpty { return ("", false) }
        var cut = false
        // Normalising never lengthens a line, so the string is written in place, in one allocation,
        // and a line that fits in `cap` bytes before normalising is never cut.
        let limited = range.count > cap
        let line = String(unsafeUninitializedCapacity: min(range.count, cap)) { out in
            if !limited, isNormalized(buffer, range), let source = buffer.baseAddress, let target = out.baseAddress {
                // Already normal, as most lines of a page are: copied whole.
                target.update(from: source + range.lowerBound, count: range.count)
                return range.count
            }
            var count = 0
            var pendingSpace = false
            var index = range.lowerBound
            while index < range.upperBound {
                // Eight bytes that normalising keeps as they are, stored in one go (what the byte
                // loop below would do with them one at a time).
                if !limited, index + 8 <= range.upperBound, let source = buffer.baseAddress, let target = out.baseAddress {
                    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                    if isPlainWord(UInt64(littleEndian: word)) {
                        if pendingSpace && count > 0 {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        UnsafeMutableRawPointer(target + count).storeBytes(of: word, as: UInt64.self)
                        count += 8
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                // Printable ASCII, the bulk of any page: kept as it is.
                if lead > 0x20 && lead < 0x7F {
                    if !limited {
                        // The whole run of printable ASCII, with no test of the cap.
                        if pendingSpace && count > 0 {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        repeat {
                            out[count] = buffer[index]
                            count += 1
                            index += 1
                        } while index < range.upperBound && buffer[index] > 0x20 && buffer[index] < 0x7F
                        continue
                    }
                    let extra = (pendingSpace && count > 0) ? 1 : 0
                    if count + extra + 1 > cap {
                        cut = true
                        break
                    }
                    if extra == 1 {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    out[count] = lead
                    count += 1
                    index += 1
                    continue
                }
                if lead == 0x20 {
                    pendingSpace = true
                    index += 1
                    continue
                }
                let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard index + width <= range.upperBound else { break }
                switch classify(buffer, index, width) {
                case .space:
                    pendingSpace = true
                case .drop:
                    break
                case .keep:
                    let extra = (pendingSpace && count > 0) ? 1 : 0
                    if limited && count + extra + width > cap {
                        cut = true
                        index = range.upperBound
                        continue
                    }
                    if extra == 1 {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    for offset in 0..<width { out[count + offset] = buffer[index + offset] }
                    count += width
                }
                index += width
            }
            return cut ? trimmedToBoundary(out, count: count) : count
        }
        return (line, cut)
    }

    /// The length of a truncated line cut after its last sentence end, else at its last space, within 2,000 bytes.
    private static func trimmedToBoundary(_ out: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        let floor = max(0, count - 2_000)
        var lastSpace: Int?
        var index = count - 1
        while index > floor {
            if out[index] == 0x20 {
                let previous = out[index - 1]
                if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "!") || previous == UInt8(ascii: "?") {
                    return index
                }
                if lastSpace == nil { lastSpace = index }
            }
            index -= 1
        }
        return lastSpace ?? count
    }

    private enum ByteClass { case space, drop, keep }

    private static func classify(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> ByteClass {
        let lead = buffer[index]
        switch width {
        case 1:
            if lead == 0x20 || lead == 0x09 || lead == 0x0B || lead == 0x0C { return .space }
            return (lead < 0x20 || lead == 0x7F) ? .drop : .keep
        case 2:
            guard lead == 0xC2 else { return .keep }
            let next = buffer[index + 1]
            if next == 0xA0 || next == 0x85 { return .space }      // NBSP, NEL
            return next < 0xA0 ? .drop : .keep                       // C1 controls
        case 3:
            let b1 = buffer[index + 1], b2 = buffer[index + 2]
            if lead == 0xE2, b1 == 0x80 {
                if b2 <= 0x8A || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9 { return .space }  // U+2000–200A, 202F, 2028/9
                if b2 >= 0x8B && b2 <= 0x8F { return .drop }                              // zero-width, marks
            }
            if lead == 0xE2, b1 == 0x81 {
                if b2 == 0x9F { return .space }                                           // U+205F
                if b2 == 0xA0 { return .drop }                                            // word joiner
            }
            if lead == 0xE3, b1 == 0x80, b2 == 0x80 { return .space }                     // ideographic space
            if lead == 0xEF, b1 == 0xBB, b2 == 0xBF { return .drop }                      // BOM
            return .keep
        default:
            return .keep
        }
    }
}
