/// Which space bytes of UTF-8 text are characters of their own (" " with nothing joined to it), so
/// that rules comparing characters with " " can read bytes instead.
///
/// A space joins a neighbour only when the scalar after it extends it (a combining mark, a joiner,
/// a spacing mark) or the scalar before it is prepended to what follows. ASCII and the scalars of
/// `isPlainNeighbour` do neither; the tests check every one of them.
enum SpaceBytes {
    /// Whether the space at `index` (a 0x20 byte) is a whole character: each neighbour is an end of
    /// the text, ASCII, or a plain neighbour.
    static func isWholeSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80,
           !isPlainNeighbour(UTF8Scalars.decode(bytes, at: index + 1).value) {
            return false
        }
        if index > 0, bytes[index - 1] >= 0x80 {
            var start = index - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            if !isPlainNeighbour(UTF8Scalars.decode(bytes, at: start).value) { return false }
        }
        return true
    }

    /// Latin letters and signs (U+00A0–U+02FF, U+1E00–U+1EFF), general punctuation (U+2010–U+2027,
    /// U+2030–U+205E) and Hangul syllables: none extends a space or is prepended to one.
    static func isPlainNeighbour(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0...0x02FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0xAC00...0xD7A3: true
        default: false
        }
    }

    /// `text.filter { $0 != " " }`, by bytes when every space is a whole character.
    static func withoutSpaces(_ text: String) -> String {
        let kept: [UInt8]? = UTF8Scalars.withBytes(of: text) { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            for index in bytes.indices {
                guard bytes[index] == 0x20 else {
                    kept.append(bytes[index])
                    continue
                }
                if !isWholeSpace(bytes, at: index) { return nil }
            }
            return kept
        }
        guard let kept else { return text.filter { $0 != " " } }
        return String(decoding: kept, as: UTF8.self)
    }
}
