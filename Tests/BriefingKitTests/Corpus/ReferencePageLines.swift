@testable import BriefingKit

/// `PageLines` as it was before it scanned eight bytes at a time and copied runs of ASCII:
/// the tests hold the faster version to exactly these lines.
enum ReferencePageLines {
    static let maxLineBytes = PageLines.maxLineBytes

    static func split(_ bytes: [UInt8], maxLineBytes: Int = maxLineBytes) -> PageLines.Split {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [String] = []
            var truncated = 0
            var start = 0
            var index = 0
            let count = buffer.count
            while index < count {
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
            return PageLines.Split(lines: lines, truncatedLines: truncated)
        }
    }

    /// Normalizes one line; returns the text and whether it was cut at `cap` bytes.
    static func normalize(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cap: Int) -> (String, Bool) {
        var cut = false
        // Normalising never lengthens a line, so the string is written in place, in one allocation.
        let line = String(unsafeUninitializedCapacity: min(range.count, cap)) { out in
            var count = 0
            var pendingSpace = false
            var index = range.lowerBound
            while index < range.upperBound {
                let lead = buffer[index]
                // Printable ASCII, the bulk of any page: kept as it is.
                if lead > 0x20 && lead < 0x7F {
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
                let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard index + width <= range.upperBound else { break }
                switch classify(buffer, index, width) {
                case .space:
                    pendingSpace = true
                case .drop:
                    break
                case .keep:
                    let extra = (pendingSpace && count > 0) ? 1 : 0
                    if count + extra + width > cap {
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
