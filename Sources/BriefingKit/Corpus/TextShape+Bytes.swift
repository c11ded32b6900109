import Foundation

/// Byte-wise matching on UTF-8: prefixes, suffixes and needles compared without Unicode
/// normalization, and ASCII-only case folding for patterns that are all ASCII.
extension TextShape {
    /// ASCII-lowercased text for pattern matching, or nil when the line is too long to be a pattern.
    static func patternKey(_ text: String) -> String? {
        text.utf8.count <= maxPatternBytes ? asciiLowercased(text) : nil
    }

    /// Case-insensitive ASCII prefix test on UTF-8 bytes.
    static func hasPrefixIgnoringCase(_ text: some StringProtocol, _ prefix: String) -> Bool {
        UTF8Scalars.withBytes(of: text) { bytes in
            UTF8Scalars.withBytes(of: prefix) { expected in
                guard expected.count <= bytes.count else { return false }
                for index in expected.indices where asciiLower(bytes[index]) != asciiLower(expected[index]) { return false }
                return true
            }
        }
    }

    static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Lowercases ASCII letters only; other characters are kept. Cheap, for matching ASCII patterns.
    static func asciiLowercased(_ text: some StringProtocol) -> String {
        UTF8Scalars.withBytes(of: text) { bytes in
            // Written in place: one allocation, none for a short line.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for index in bytes.indices { out[index] = asciiLower(bytes[index]) }
                return bytes.count
            }
        }
    }

    /// Byte-wise prefix test (no Unicode normalization, unlike `hasPrefix`).
    static func starts(_ text: some StringProtocol, with prefix: String) -> Bool {
        let found: Bool?? = text.utf8.withContiguousStorageIfAvailable { haystack in
            prefix.utf8.withContiguousStorageIfAvailable { needle in
                guard needle.count <= haystack.count else { return false }
                guard let start = haystack.baseAddress, let pattern = needle.baseAddress else { return true }
                return memcmp(start, pattern, needle.count) == 0
            }
        }
        if let found, let found { return found }
        return text.utf8.starts(with: prefix.utf8)
    }

    /// Byte-wise suffix test.
    static func ends(_ text: some StringProtocol, with suffix: String) -> Bool {
        UTF8Scalars.withBytes(of: text) { bytes in
            UTF8Scalars.withBytes(of: suffix) { tail in
                guard tail.count <= bytes.count else { return false }
                let start = bytes.count - tail.count
                for index in tail.indices where bytes[start + index] != tail[index] { return false }
                return true
            }
        }
    }

    /// Whether `text` contains `needle`, comparing UTF-8 bytes.
    static func contains(_ text: String, _ needle: String) -> Bool {
        UTF8Scalars.withBytes(of: text) { haystack in
            UTF8Scalars.withBytes(of: needle) { firstOffset(of: $0, in: haystack) != nil }
        }
    }

    /// The first occurrence of `needle` in `text`, comparing UTF-8 bytes; meant for short needles.
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { pattern in firstOffset(of: pattern, in: haystack) } ?? nil
        }
        if let found {
            guard let offset = found else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: needle.utf8.count)
        }
        let pattern = Array(needle.utf8)
        return Array(utf8).withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { firstOffset(of: $0, in: haystack) }
        }.map { offset in
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: pattern.count)
        }
    }

    /// The offset of the first occurrence of `pattern` in `haystack`.
    private static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first, pattern.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            // memchr finds the next candidate first byte far faster than a byte loop.
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            var matched = 1
            while matched < pattern.count && haystack[index + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return index }
            index += 1
        }
        return nil
    }

    /// The last occurrence of `needle` in `text`, comparing UTF-8 bytes.
    static func lastRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        var result: Range<String.Index>?
        var rest = text
        while let range = firstRange(of: needle, in: rest) {
            result = range
            rest = text[range.upperBound...]
        }
        return result
    }
}
