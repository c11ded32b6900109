/// Walks the Unicode scalars of well-formed UTF-8 text as (value, offset, width), without
/// building `Unicode.Scalar`s for ASCII: the byte loop that folding and tokenising share.
enum UTF8Scalars {
    /// Calls `body` with each scalar's value, its UTF-8 offset and its width in bytes.
    @inline(__always)
    static func forEach(in text: some StringProtocol, _ body: (UInt32, Int, Int) -> Void) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            let count = bytes.count
            while offset < count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    body(UInt32(lead), offset, 1)
                    offset += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for next in 1..<width where offset + next < count {
                    value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F)
                }
                body(value, offset, width)
                offset += width
            }
        }
        if done != nil { return }
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            body(scalar.value, offset, width)
            offset += width
        }
    }
}
