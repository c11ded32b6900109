/// Byte-level character classes for scanning UTF-8 text.
enum UTF8Bytes {
    static let period = UInt8(ascii: ".")
    static let question = UInt8(ascii: "?")
    static let exclamation = UInt8(ascii: "!")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let doubleQuote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let hyphen = UInt8(ascii: "-")
    static let ampersand = UInt8(ascii: "&")
    static let comma = UInt8(ascii: ",")
    static let at = UInt8(ascii: "@")
    static let slash = UInt8(ascii: "/")

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func lowercased(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) static func isHorizontalSpace(_ b: UInt8) -> Bool { b == space || b == tab }
    @inline(__always) static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == space || (b >= 0x09 && b <= 0x0D) }
}

/// Read-only view of UTF-8 bytes that answers 0 past either end.
struct ByteView {
    let base: UnsafeBufferPointer<UInt8>
    var count: Int { base.count }

    /// The byte at `i`, or 0 past either end.
    @inline(__always) func at(_ i: Int) -> UInt8 {
        i >= 0 && i < base.count ? base[i] : 0
    }

    @inline(__always) func matches(_ i: Int, _ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        at(i) == b0 && at(i + 1) == b1 && at(i + 2) == b2
    }

    @inline(__always) func matches(_ i: Int, _ b0: UInt8, _ b1: UInt8) -> Bool {
        at(i) == b0 && at(i + 1) == b1
    }

    /// Length of the whitespace character at `i` (ASCII, no-break space, line/paragraph separator), or 0.
    func whitespaceLength(at i: Int) -> Int {
        let b = at(i)
        if UTF8Bytes.isASCIIWhitespace(b) { return 1 }
        if matches(i, 0xC2, 0xA0) { return 2 }
        if matches(i, 0xE2, 0x80), at(i + 2) == 0xA8 || at(i + 2) == 0xA9 { return 3 }
        return 0
    }

    /// Length of the whitespace character ending just before `end`, or 0.
    func whitespaceLength(endingAt end: Int) -> Int {
        if end >= 1 && UTF8Bytes.isASCIIWhitespace(at(end - 1)) { return 1 }
        if end >= 2 && matches(end - 2, 0xC2, 0xA0) { return 2 }
        if end >= 3 && matches(end - 3, 0xE2, 0x80), at(end - 1) == 0xA8 || at(end - 1) == 0xA9 { return 3 }
        return 0
    }

    /// Length of a closing quote or bracket at `i` (" ' ) ] ” ’ »), or 0.
    func closerLength(at i: Int) -> Int {
        let b = at(i)
        if b == UTF8Bytes.doubleQuote || b == UTF8Bytes.apostrophe || b == UTF8Bytes.closeParen
            || b == UTF8Bytes.closeBracket
        {
            return 1
        }
        if matches(i, 0xE2, 0x80), at(i + 2) == 0x9D || at(i + 2) == 0x99 { return 3 }
        if matches(i, 0xC2, 0xBB) { return 2 }
        return 0
    }

    /// Length of an opening quote or bracket at `i` (" ' ( [ “ ‘ «), or 0.
    func openerLength(at i: Int) -> Int {
        let b = at(i)
        if b == UTF8Bytes.doubleQuote || b == UTF8Bytes.apostrophe || b == UTF8Bytes.openParen
            || b == UTF8Bytes.openBracket
        {
            return 1
        }
        if matches(i, 0xE2, 0x80), at(i + 2) == 0x9C || at(i + 2) == 0x98 { return 3 }
        if matches(i, 0xC2, 0xAB) { return 2 }
        return 0
    }

    /// Whether a list bullet (• ‣ ⁃ ◦ ▪) starts at `i`.
    func isBullet(at i: Int) -> Bool {
        guard at(i) == 0xE2 else { return false }
        let b1 = at(i + 1)
        let b2 = at(i + 2)
        return (b1 == 0x80 && (b2 == 0xA2 || b2 == 0xA3)) || (b1 == 0x81 && b2 == 0x83)
            || (b1 == 0x97 && b2 == 0xA6) || (b1 == 0x96 && b2 == 0xAA)
    }

    /// Whether the ellipsis character … starts at `i`.
    @inline(__always) func isEllipsis(at i: Int) -> Bool {
        matches(i, 0xE2, 0x80, 0xA6)
    }
}
