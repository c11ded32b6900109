/// Folds text for matching: lowercase, diacritics removed (Lương → luong, Đà → da), punctuation as spaces.
///
/// Works scalar by scalar through `DiacriticFolding`'s fixed table, and keeps, for every folded byte, the UTF-8
/// offset of the original scalar, so matches map back to the original text.
public struct FoldedText: Sendable {
    /// Folded bytes: `a`–`z`, `0`–`9`, other letters' UTF-8 lowercased, and a space for every separator.
    public let bytes: [UInt8]
    /// For each folded byte, the UTF-8 offset in the original of the scalar it came from.
    public let origins: [Int32]
    /// The UTF-8 length of the original, to map an end offset.
    public let originalLength: Int

    public init(_ text: some StringProtocol) {
        originalLength = text.utf8.count
        (bytes, origins) = UTF8Scalars.withBytes(of: text, Self.fold)
    }

    /// Folds UTF-8 bytes, recording each folded byte's origin.
    private static func fold(_ text: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], origins: [Int32]) {
        var bytes: [UInt8] = []
        var origins: [Int32] = []
        bytes.reserveCapacity(text.count)
        origins.reserveCapacity(text.count)
        var offset = 0
        while offset < text.count {
            let (value, width) = UTF8Scalars.decode(text, at: offset)
            let origin = Int32(offset)
            offset += width
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"): bytes.append(byte)
                default: bytes.append(0x20)
                }
                origins.append(origin)
                continue
            }
            if DiacriticFolding.append(value, to: &bytes) {
                // Appended by the table.
            } else if value == 0x2019 {
                bytes.append(UInt8(ascii: "'"))
            } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                bytes.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                bytes.append(0x20)
            }
            while origins.count < bytes.count { origins.append(origin) }
        }
        return (bytes, origins)
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
