/// Decoding of well-formed UTF-8 one scalar at a time, without building `Unicode.Scalar`s for
/// ASCII: the byte loop that folding and tokenising share.
enum UTF8Scalars {
    /// The scalar value starting at `offset` and its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, width: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        var next = 1
        while next < width && offset + next < bytes.count {
            value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F)
            next += 1
        }
        return (value, width)
    }

    /// Runs `body` over the UTF-8 of `text` as one contiguous buffer (copying only when the
    /// string is not stored contiguously, as bridged strings may not be).
    @inline(__always)
    static func withBytes<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Each ASCII character as a one-character `String`, made once: punctuation tokens take theirs from here.
    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The text of one scalar: from `asciiStrings` when it is ASCII.
    @inline(__always)
    static func string(of scalar: Unicode.Scalar) -> String {
        scalar.isASCII ? asciiStrings[Int(scalar.value)] : String(scalar)
    }
}
