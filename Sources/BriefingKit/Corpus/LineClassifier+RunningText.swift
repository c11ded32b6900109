/// A shortcut for the lines most pages are made of: long paragraphs of running text, which
/// `classifyInFull` would only call `.text` after a lowercased copy and every chrome, date and byline test.
extension LineClassifier {
    /// Shorter lines can be outlet names (up to 60 bytes), exact chrome or related headers (up to 64).
    static let runningTextMinBytes = 65

    /// True only when `classifyInFull` calls `line` `.text`, in any position and with any hint; false
    /// means "not known", not "not text". Holds because such a line is:
    /// - over 64 bytes: no masthead, credit, exact chrome or related header;
    /// - not ending in ")": no image and no link-only line;
    /// - a paragraph, so no self-reference, credit line, byline or weak chrome is looked for;
    /// - without a strong-chrome opening, and not an opening "copyright " or a closing "reserved" in
    ///   20 words or fewer (the rights-reserved rule);
    /// - over 16 words, over 240 bytes or without a four-digit run: no publication line.
    /// Lines over `TextShape.maxPatternBytes` need only the second test.
    static func isPlainRunningText(_ line: String) -> Bool {
        UTF8Scalars.withBytes(of: line) { bytes in
            guard bytes.count >= runningTextMinBytes, let last = bytes.last, last != UInt8(ascii: ")") else { return false }
            if bytes.count > TextShape.maxPatternBytes { return true }
            let words = TextShape.wordCount(bytes, stoppingAfter: 30)
            guard TextShape.isParagraph(line, words: words) else { return false }
            if PageChrome.strongPrefixTable.matchesStart(of: bytes) { return false }
            if words <= 20, endsIgnoringCase(bytes, "reserved") || endsIgnoringCase(bytes, "reserved.")
                || startsIgnoringCase(bytes, "copyright ") {
                return false
            }
            if words <= 16, bytes.count <= 240, PublicationLineParser.hasYear(line) { return false }
            return true
        }
    }

    private static func startsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        return (0..<count).allSatisfy { TextShape.asciiLower(bytes[$0]) == prefix.utf8Start[$0] }
    }

    private static func endsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        let start = bytes.count - count
        return (0..<count).allSatisfy { TextShape.asciiLower(bytes[start + $0]) == suffix.utf8Start[$0] }
    }
}
