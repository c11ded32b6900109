/// Turns a file's bytes into valid UTF-8 bytes, or says why it is not text.
///
/// UTF-8 (with or without a byte-order mark) passes through. UTF-16 with a byte-order mark is
/// transcoded. Bytes that are not valid UTF-8 are read as Windows-1252, unless the file is
/// mostly valid UTF-8 (at least four well-formed multi-byte sequences per stray byte), whose stray
/// bytes are then replaced. NUL bytes, or more
/// than 10% control bytes in the first 64 KiB, mean binary.
enum TextDecoder {
    enum Result: Equatable {
        case empty
        case binary
        /// Valid UTF-8 bytes and what had to be repaired on the way.
        case text([UInt8], warnings: [String])
    }

    static let sniffLength = 65_536
    static let maxControlShare = 0.10

    static func decode(_ data: [UInt8]) -> Result {
        if data.isEmpty { return .empty }
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
            return .text(utf16(data, littleEndian: data[0] == 0xFF), warnings: ["decoded as UTF-16"])
        }
        var body = data
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF {
            body = Array(data[3...])
        }
        if body.isEmpty { return .empty }
        if looksBinary(body) { return .binary }
        let census = utf8Census(body)
        if census.invalid == 0 { return .text(body, warnings: []) }
        if census.validMultibyte >= 4, census.validMultibyte >= 4 * census.invalid {
            let repaired = Array(String(decoding: body, as: UTF8.self).utf8)
            return .text(repaired, warnings: ["\(census.invalid) invalid UTF-8 byte(s) replaced"])
        }
        return .text(windows1252(body), warnings: ["not valid UTF-8; decoded as Windows-1252"])
    }

    /// NUL bytes anywhere, or a high share of control bytes near the start.
    static func looksBinary(_ data: [UInt8]) -> Bool {
        data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var controls = 0
            let sniffed = min(buffer.count, sniffLength)
            var index = 0
            while index < sniffed {
                // Eight bytes at a time while none is below 0x20 (the exact "has a byte less than n" test).
                if index + 8 <= sniffed {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                index += 1
                guard byte < 0x20 else { continue }
                if byte == 0 { return true }
                if byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
            }
            if buffer[sniffed...].contains(0) { return true }
            return Double(controls) > Double(sniffed) * maxControlShare
        }
    }

    /// Counts well-formed multi-byte sequences and bytes that start no well-formed sequence
    /// (overlong forms, surrogates and values past U+10FFFF are not well-formed).
    static func utf8Census(_ data: [UInt8]) -> (validMultibyte: Int, invalid: Int) {
        data.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (0, 0) }
            var valid = 0
            var invalid = 0
            var index = 0
            while index < buffer.count {
                // Eight ASCII bytes at a time: the bulk of any page.
                if index + 8 <= buffer.count,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = buffer[index]
                let length: Int
                switch lead {
                case 0x00..<0x80: index += 1; continue
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: invalid += 1; index += 1; continue
                }
                var ok = index + length <= buffer.count
                if ok {
                    for offset in 1..<length where buffer[index + offset] & 0xC0 != 0x80 { ok = false }
                    let second = buffer[index + 1]
                    switch lead {
                    case 0xE0: ok = ok && second >= 0xA0
                    case 0xED: ok = ok && second <= 0x9F
                    case 0xF0: ok = ok && second >= 0x90
                    case 0xF4: ok = ok && second <= 0x8F
                    default: break
                    }
                }
                if ok { valid += 1; index += length } else { invalid += 1; index += 1 }
            }
            return (valid, invalid)
        }
    }

    /// Windows-1252: Latin-1 plus typographic characters in 0x80–0x9F.
    static func windows1252(_ data: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in data {
            let value: UInt32
            if byte >= 0x80, byte < 0xA0, let mapped = cp1252High[Int(byte - 0x80)] {
                value = mapped
            } else {
                value = UInt32(byte)
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }

    private static let cp1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    static func utf16(_ data: [UInt8], littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = 2
        while index + 1 < data.count {
            let first = UInt16(data[index]), second = UInt16(data[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
