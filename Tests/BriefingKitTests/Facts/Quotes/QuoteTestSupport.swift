@testable import BriefingKit

/// Mentions built from (written text, entity id, kind) triples, located at each text's first occurrence
/// (or the `nth` when given as "text#n").
func mentions(in sentence: String, _ entries: [(String, String, EntityKind)]) -> [EntityMention] {
    entries.compactMap { written, id, kind in
        var needle = Substring(written)
        var occurrence = 1
        if let hash = written.lastIndex(of: "#"), let n = Int(written[written.index(after: hash)...]) {
            needle = written[..<hash]
            occurrence = n
        }
        var searchStart = sentence.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            guard let range = firstRange(of: needle, in: sentence, from: searchStart) else { return nil }
            found = range
            searchStart = range.upperBound
        }
        return found.map { EntityMention(entityID: id, kind: kind, range: $0) }
    }
}

let lee = ("Lee", "lee-jae-myung", EntityKind.person)

func firstRange(of needle: Substring, in text: String, from start: String.Index) -> Range<String.Index>? {
    var index = start
    while index < text.endIndex {
        if text[index...].hasPrefix(needle) {
            return index..<text.index(index, offsetBy: needle.count)
        }
        index = text.index(after: index)
    }
    return nil
}
