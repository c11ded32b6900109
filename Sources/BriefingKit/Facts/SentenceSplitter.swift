/// Splits paragraph text into sentences (foundation version: full stop, question and exclamation marks).
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".?!".contains(text[index]), next == text.endIndex || text[next] == " " {
                ranges.append(start..<next)
                start = next
            }
            index = next
        }
        if start < text.endIndex { ranges.append(start..<text.endIndex) }
        return ranges.compactMap { range in
            let trimmed = text[range].trimmingWhitespace()
            guard !trimmed.isEmpty, let lower = text[range].firstIndex(where: { !$0.isWhitespace }),
                  let upper = text[range].lastIndex(where: { !$0.isWhitespace }) else { return nil }
            return lower..<text.index(after: upper)
        }
    }
}
