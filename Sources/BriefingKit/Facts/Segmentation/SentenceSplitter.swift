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

    /// The first sentence of `text`, as `split(text).first` gives it, found with no scan past its end
    /// (but for a text opening with blank segments).
    public func firstSentence(_ text: String) -> Range<String.Index>? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ ranges(of: text, bytes: $0, firstOnly: true).first }), let found {
            return found
        }
        // A blank first segment (or a text not stored as UTF-8): the whole split.
        return split(text).first
    }

    private func ranges(of text: String, bytes: UnsafeBufferPointer<UInt8>, firstOnly: Bool = false) -> [Range<String.Index>] {
        let view = ByteView(base: bytes)
        var scanner = BoundaryScanner(view)
        scanner.stopsAtFirstCut = firstOnly
        var cuts = scanner.cutOffsets()
        // Only the first segment, when only the first sentence is asked for.
        if firstOnly { cuts = [cuts.first ?? view.count] } else { cuts.append(view.count) }

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
