/// Splits paragraph text into sentences the way a news reader would.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter for English news text.
    public init() {}

    /// The sentences of `text`, as ranges into it, in order, trimmed of surrounding whitespace; never empty ranges.
    public func split(_ text: String) -> [Range<String.Index>] {
        if let ranges = text.utf8.withContiguousStorageIfAvailable({ ranges(of: text, bytes: $0) }) {
            return ranges
        }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { ranges(of: text, bytes: $0) }
    }

    private func ranges(of text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Range<String.Index>] {
        let view = ByteView(base: bytes)
        var scanner = BoundaryScanner(view)
        var cuts = scanner.cutOffsets()
        cuts.append(view.count)

        var result: [Range<String.Index>] = []
        var cursor = text.utf8.startIndex
        var cursorOffset = 0
        func index(at offset: Int) -> String.Index {
            cursor = text.utf8.index(cursor, offsetBy: offset - cursorOffset)
            cursorOffset = offset
            return cursor
        }

        var segmentStart = 0
        for segmentEnd in cuts {
            var lower = segmentStart
            var upper = segmentEnd
            segmentStart = segmentEnd
            while lower < upper {
                let length = view.whitespaceLength(at: lower)
                if length == 0 { break }
                lower += length
            }
            while upper > lower {
                let length = view.whitespaceLength(endingAt: upper)
                if length == 0 { break }
                upper -= length
            }
            if lower < upper {
                let start = index(at: lower)
                result.append(start..<index(at: upper))
            }
        }
        return result
    }
}
