/// Turns text into normalised word tokens: lowercased, diacritics folded, punctuation dropped,
/// stop words and single letters removed, light stemming, numbers kept.
///
/// Two passes over bytes: scalars are folded into a lowercase byte buffer (ASCII letters,
/// digits, `.`/`,` and the UTF-8 of non-Latin letters, everything else a space), then the
/// buffer is cut into words. `1,000` → `1000`, `3.5` stays, `a.m.` → `a.m`, `U.S.` → `u.s`,
/// `high-speed` → `high`, `speed`, `Lee's` → `lee`.
enum TokenNormalizer {
    /// The FNV-1a hashes of `text`'s normalised tokens, in reading order.
    static func hashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count / 6)
        scan(text) { _, hash in hashes.append(hash) }
        return hashes
    }

    /// The normalised tokens of `text`, in reading order.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scan(text) { word, _ in tokens.append(String(decoding: word, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with each normalised token's bytes and their FNV-1a hash.
    /// Inlined, so that the callers' closures are too.
    @inline(__always)
    private static func scan(_ text: String, _ body: ([UInt8], UInt64) -> Void) {
        let buffer = fold(text)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if isWordByte(byte) {
                word.append(byte)
            } else if !word.isEmpty && joins(buffer, at: index, word: word) {
                if byte == dot { word.append(byte) }
            } else if !word.isEmpty {
                emit(&word, body)
            }
            index += 1
        }
        if !word.isEmpty { emit(&word, body) }
    }

    private static let space = UInt8(ascii: " ")
    private static let dot = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")

    /// Each ASCII byte as pass one writes it: letters lowercased, digits, `.` and `,` kept, anything else a space.
    private static let foldedASCII: [UInt8] = (0..<128).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), dot, comma: return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        default: return space
        }
    }

    /// Pass one: scalars to lowercase folded bytes.
    static func fold(_ text: String) -> [UInt8] {
        UTF8Scalars.withBytes(of: text) { text in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(text.count)
            let ascii = foldedASCII
            var offset = 0
            while offset < text.count {
                let lead = text[offset]
                if lead < 0x80 {
                    buffer.append(ascii[Int(lead)])
                    offset += 1
                    continue
                }
                let (value, width) = UTF8Scalars.decode(text, at: offset)
                offset += width
                if DiacriticFolding.append(value, to: &buffer) {
                    continue
                } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    buffer.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    buffer.append(space)
                }
            }
            return buffer
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isDigit(byte) || isLetter(byte)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    /// Whether the `.` or `,` at `index` stays inside the current word: between digits
    /// (`1,000`, `3.5`) or between single letters of an abbreviation (`a.m`, `u.s`).
    private static func joins(_ buffer: [UInt8], at index: Int, word: [UInt8]) -> Bool {
        let byte = buffer[index]
        guard byte == dot || byte == comma, index + 1 < buffer.count, let previous = word.last else {
            return false
        }
        let next = buffer[index + 1]
        if isDigit(previous) && isDigit(next) { return true }
        guard byte == dot, isLetter(previous), isLetter(next) else { return false }
        let segmentIsSingle = word.count == 1 || word[word.count - 2] == dot
        let nextIsSingle = index + 2 >= buffer.count || !isWordByte(buffer[index + 2])
        return segmentIsSingle && nextIsSingle
    }

    /// Filters and stems one word, passes it on with its hash, then clears it.
    @inline(__always)
    private static func emit(_ word: inout [UInt8], _ body: ([UInt8], UInt64) -> Void) {
        // One byte at a time: `removeAll(keepingCapacity:)` goes through `replaceSubrange`, dearer for a short word.
        defer { while !word.isEmpty { word.removeLast() } }
        if word.count == 1 && isLetter(word[0]) { return }
        var hash = StableHash.fnv1a(word)
        if StopWords.contains(hash: hash) { return }
        if word.allSatisfy(isLetter) {
            let length = word.count
            Stemmer.stem(&word)
            // Every rule of the stemmer shortens the word, so an unchanged length is an unchanged word.
            if word.count != length { hash = StableHash.fnv1a(word) }
        }
        body(word, hash)
    }
}
