/// Lowercase line openings (or needles) listed under their first byte, so that testing a line
/// against a few dozen of them looks at one short list instead of comparing every one.
struct PrefixTable: Sendable {
    private let byFirstByte: [[[UInt8]]]

    init(_ prefixes: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for prefix in prefixes.map({ Array($0.utf8) }) {
            if let first = prefix.first { table[Int(first)].append(prefix) }
        }
        byFirstByte = table
    }

    /// Whether the ASCII-lowercased `text` starts with one of the prefixes, compared byte for byte.
    /// (For text that is already lowercased, the same as `TextShape.starts` with each prefix.)
    func matchesStart(of text: some StringProtocol) -> Bool {
        UTF8Scalars.withBytes(of: text) { matchesStart(of: $0) }
    }

    func matchesStart(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return byFirstByte[Int(TextShape.asciiLower(first))].contains { prefix in
            prefix.count <= bytes.count && prefix.indices.allSatisfy { TextShape.asciiLower(bytes[$0]) == prefix[$0] }
        }
    }

    /// Whether one of the prefixes occurs anywhere in `text`, compared byte for byte (case counts):
    /// one pass over the text instead of one search a needle.
    func occurs(in text: some StringProtocol) -> Bool {
        UTF8Scalars.withBytes(of: text) { bytes in
            for start in bytes.indices {
                let candidates = byFirstByte[Int(bytes[start])]
                if candidates.isEmpty { continue }
                let rest = bytes.count - start
                if candidates.contains(where: { needle in
                    needle.count <= rest && needle.indices.allSatisfy { bytes[start + $0] == needle[$0] }
                }) {
                    return true
                }
            }
            return false
        }
    }
}
