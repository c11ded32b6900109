import Foundation

/// Folds text for matching: lowercase, diacritics removed (Lương → luong, Đà → da), punctuation as spaces.
///
/// Works scalar by scalar with a table built once, and keeps, for every folded byte, the UTF-8
/// offset of the original scalar, so matches map back to the original text.
public struct FoldedText: Sendable {
    /// Folded bytes: `a`–`z`, `0`–`9`, other letters' UTF-8 lowercased, and a space for every separator.
    public private(set) var bytes: [UInt8] = []
    /// For each folded byte, the UTF-8 offset in the original of the scalar it came from.
    public private(set) var origins: [Int32] = []
    /// The UTF-8 length of the original, to map an end offset.
    public let originalLength: Int

    public init(_ text: some StringProtocol) {
        originalLength = text.utf8.count
        bytes.reserveCapacity(originalLength)
        origins.reserveCapacity(originalLength)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            let width = Int32(UTF8.width(scalar))
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(byte + 32, offset)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): append(byte, offset)
                case UInt8(ascii: "'"): append(byte, offset)
                default: append(0x20, offset)
                }
            } else if let folded = FoldingTable.shared.fold(value) {
                for byte in folded { append(byte, offset) }
            } else if value == 0x2019 {
                append(UInt8(ascii: "'"), offset)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in String(scalar).lowercased().utf8 { append(byte, offset) }
            } else {
                append(0x20, offset)
            }
            offset += width
        }
    }

    private mutating func append(_ byte: UInt8, _ origin: Int32) {
        bytes.append(byte)
        origins.append(origin)
    }

    /// The original UTF-8 range covered by folded bytes `range`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let start = Int(origins[range.lowerBound])
        let end = range.upperBound < origins.count ? Int(origins[range.upperBound]) : originalLength
        return start..<max(start, end)
    }

    /// A string folded the same way, with runs of separators collapsed and trimmed: a matching key.
    public static func key(_ text: some StringProtocol) -> String {
        let folded = FoldedText(text)
        var out: [UInt8] = []
        out.reserveCapacity(folded.bytes.count)
        for byte in folded.bytes {
            if byte == 0x20 || byte == UInt8(ascii: "'") {
                if let last = out.last, last != 0x20 { out.append(0x20) }
            } else {
                out.append(byte)
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Folds Latin letters with diacritics to their base letters; built once per process.
struct FoldingTable: Sendable {
    static let shared = FoldingTable()
    private let table: [UInt32: [UInt8]]

    private init() {
        var table: [UInt32: [UInt8]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { $0.value < 0x80 }
                    .map { UInt8($0.value) }
                let lowered = base.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
                if !lowered.isEmpty { table[value] = lowered }
            }
        }
        let special: [UInt32: String] = [
            0x0110: "d", 0x0111: "d", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l",
            0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00DF: "ss", 0x00D0: "d", 0x00F0: "d",
            0x00DE: "th", 0x00FE: "th", 0x0131: "i",
        ]
        for (value, text) in special { table[value] = Array(text.utf8) }
        self.table = table
    }

    func fold(_ value: UInt32) -> [UInt8]? { table[value] }
}
