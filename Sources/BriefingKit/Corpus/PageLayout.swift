/// Applies context to classified lines: related-story lists, captions, the headline and the body span.
struct PageLayout {
    var captions: [String] = []
    var title: String?
    /// Body lines in reading order (before dateline and signature handling).
    var body: [String] = []
    /// Indices of lines inside related-story lists; their dates and bylines belong to other stories.
    var relatedLines = LineIndexSet(count: 0)

    /// Lines before the first body paragraph searched for a headline.
    static let titleReach = 15

    init(lines: [String], kinds: [LineKind], headerTitle: String?, headerBody: String?) {
        relatedLines = PageLayout.relatedRuns(lines: lines, kinds: kinds)
        let captionLines = findCaptions(lines: lines, kinds: kinds)
        let skipped = captionLines.union(relatedLines)
        title = headerTitle
        let firstBody = PageLayout.firstParagraph(lines: lines, kinds: kinds, skipping: skipped)
        if title == nil, headerBody == nil {
            title = PageLayout.headline(lines: lines, kinds: kinds, before: firstBody ?? lines.count, skipping: skipped)
        }
        var candidates: [String] = []
        if let headerBody { candidates.append(headerBody) }
        if let firstBody {
            for index in firstBody..<lines.count where kinds[index].isText && !skipped.contains(index) {
                candidates.append(lines[index])
            }
        }
        body = PageLayout.cleanBody(candidates, title: title)
    }

    /// Marks runs of short headline-like lines that follow a "More in X" / "Related Stories" header,
    /// up to the next chrome line, paragraph or end.
    static func relatedRuns(lines: [String], kinds: [LineKind]) -> LineIndexSet {
        var marked = LineIndexSet(count: lines.count)
        var inRun = false
        for index in lines.indices {
            switch kinds[index] {
            case .relatedHeader:
                inRun = true
            case .blank:
                continue
            case .text where inRun && !TextShape.isParagraph(lines[index]):
                marked.insert(index)
            case .publication, .image, .credit, .byline:
                if inRun { marked.insert(index) }
            default:
                inRun = false
            }
        }
        return marked
    }

    /// Records captions in reading order, each once, and returns the line indices that are captions.
    private mutating func findCaptions(lines: [String], kinds: [LineKind]) -> LineIndexSet {
        // Each text line's ending is read once, for both passes. Only wire-credit lines are counted
        // (and so hashed): a line's ending depends on the line alone, so its repeats end alike.
        var hashes = [UInt64](repeating: 0, count: lines.count)
        var endings = [CaptionRules.Ending](repeating: .none, count: lines.count)
        var counts = LineCounter()
        var firstPlainParagraph = lines.count
        for index in lines.indices where kinds[index].isText && !relatedLines.contains(index) {
            endings[index] = CaptionRules.ending(of: lines[index])
            if endings[index] == .wireCredit {
                hashes[index] = LineSet.hash(lines[index])
                counts.add(lines[index], hash: hashes[index])
            }
            if firstPlainParagraph == lines.count, endings[index] == .none, TextShape.isParagraph(lines[index]) {
                firstPlainParagraph = index
            }
        }
        var seen = LineSet()
        var captionLines = LineIndexSet(count: lines.count)
        func record(_ caption: String) {
            if seen.insert(caption) { captions.append(caption) }
        }
        for index in lines.indices where !relatedLines.contains(index) {
            switch kinds[index] {
            case .image(let alt?):
                record(MarkdownImage.unlinked(alt))
            case .text:
                let line = lines[index]
                let isCaption: Bool
                if seen.contains(line) {
                    isCaption = true
                } else {
                    switch endings[index] {
                    case .photoCredit: isCaption = true
                    case .wireCredit: isCaption = index < firstPlainParagraph || counts.count(line, hash: hashes[index]) > 1
                    case .none: isCaption = false
                    }
                }
                if isCaption {
                    captionLines.insert(index)
                    record(line)
                }
            default:
                continue
            }
        }
        return captionLines
    }

    private static func firstParagraph(lines: [String], kinds: [LineKind], skipping: LineIndexSet) -> Int? {
        lines.indices.first { kinds[$0].isText && !skipping.contains($0) && TextShape.isParagraph(lines[$0]) }
    }

    /// The first headline-like text line near the top and before the body.
    private static func headline(lines: [String], kinds: [LineKind], before limit: Int, skipping: LineIndexSet) -> String? {
        var seenNonBlank = 0
        for index in lines.indices where index < limit {
            guard !kinds[index].isBlank else { continue }
            seenNonBlank += 1
            if seenNonBlank > titleReach { return nil }
            if kinds[index].isText, !skipping.contains(index), TextShape.isTitleLike(lines[index]) {
                return lines[index]
            }
        }
        return nil
    }

    /// Drops repeats of the headline and of earlier paragraphs, and trailing lines that are not running text.
    private static func cleanBody(_ candidates: [String], title: String?) -> [String] {
        let titleKey = title?.lowercased()
        var seen = LineSet(minimumCapacity: candidates.count)
        var body: [String] = []
        for line in candidates {
            if let titleKey, line.utf8.count == titleKey.utf8.count, line.lowercased() == titleKey { continue }
            guard seen.insert(line) else { continue }
            body.append(MarkdownImage.unlinked(line))
        }
        while let last = body.last, !TextShape.isParagraph(last) { body.removeLast() }
        return body
    }
}
