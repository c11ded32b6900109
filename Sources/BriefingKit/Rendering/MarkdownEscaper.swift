/// Escapes article text for Markdown, so text from a web page can never change a brief's structure.
///
/// Inline markup characters and HTML angle brackets get a backslash; a line that would start a
/// heading, quote, list or numbered item is escaped at its start.
public enum MarkdownEscaper {
    static let inline: Set<UInt8> = Set("\\`*_[]<>|".utf8)
    /// `inline` as a table by byte, read for every byte of every text.
    private static let isInline: [Bool] = (0..<256).map { inline.contains(UInt8($0)) }

    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var atLineStart = true
        let bytes = Array(text.utf8), isInline = Self.isInline
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if atLineStart {
                if byte == UInt8(ascii: " ") { out.append(byte); index += 1; continue }
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=") {
                    out.append(UInt8(ascii: "\\"))
                } else if byte >= 48, byte <= 57 {
                    var end = index
                    while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57 { end += 1 }
                    if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") {
                        out.append(contentsOf: bytes[index..<end])
                        out.append(UInt8(ascii: "\\"))
                        index = end
                        atLineStart = false
                        continue
                    }
                }
                atLineStart = false
            }
            if isInline[Int(byte)] { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
            if byte == UInt8(ascii: "\n") { atLineStart = true }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
