/// Folds text for matching: lowercase, diacritics removed (Lương → luong, Đà → da), punctuation as spaces.
///
/// Works scalar by scalar through `DiacriticFolding`'s fixed table. `WordTokens` folds the same way
/// on the fly; this type materialises the folded text, for keys that compare names and quotes.
public struct FoldedText: Sendable {
    /// Folded bytes: `a`–`z`, `0`–`9`, other letters' UTF-8 lowercased, and a space for every separator.
    public let bytes: [UInt8]

    public init(_ text: some StringProtocol) {
        bytes = UTF8Scalars.withBytes(of: text, Self.fold)
    }

    private static func fold(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var offset = 0
        while offset < text.count {
            let (value, width) = UTF8Scalars.decode(text, at: offset)
            offset += width
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"): bytes.append(byte)
                default: bytes.append(0x20)
                }
                continue
            }
            foldNonASCII(value, into: &bytes)
        }
        return bytes
    }

    /// Appends the folded bytes of one non-ASCII scalar: its table letters, `'` for ’, its
    /// lowercase for other letters and digits, a space for anything else, nothing for a combining mark.
    @inline(__always)
    static func foldNonASCII(_ value: UInt32, into bytes: inout [UInt8]) {
        if DiacriticFolding.append(value, to: &bytes) {
            // Appended by the table.
        } else if value == 0x2019 {
            bytes.append(UInt8(ascii: "'"))
        } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            bytes.append(contentsOf: String(scalar).lowercased().utf8)
        } else {
            bytes.append(0x20)
        }
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
