/// Walks UTF-8 bytes once and records the offsets at which new sentences begin.
struct BoundaryScanner {
    typealias B = UTF8Bytes

    let text: ByteView
    var cuts: [Int] = []
    var sentenceStart = 0
    var lineStart = 0
    /// Offsets below this lie inside a balanced parenthesis or bracket and never end a sentence.
    var protectedUntil = 0
    /// Bytes that parenthesis look-ahead may still read, so the whole scan stays linear.
    var lookAheadBudget: Int
    var lastListNumber = 0
    var lastListLetter: UInt8 = 0
    /// Stop at the first cut: the caller wants the first sentence only. Cuts are only ever appended, in
    /// order, so the first is the same as a whole scan's.
    var stopsAtFirstCut = false

    init(_ text: ByteView) {
        self.text = text
        self.lookAheadBudget = 2 * text.count + 4096
    }

    /// Ascending byte offsets at which a new sentence begins.
    mutating func cutOffsets() -> [Int] {
        let count = text.count
        var i = 0
        if count > 0, let next = listMarkerIfAny(at: 0) { i = next }
        while i < count {
            if stopsAtFirstCut && !cuts.isEmpty { break }
            i = Self.nextInteresting(in: text, from: i)
            guard i < count else { break }
            switch text.base[i] {
            case B.period, B.question, B.exclamation:
                i = terminal(at: i)
                continue
            case B.newline:
                i = newline(at: i)
            case B.openParen, B.openBracket:
                protect(from: i)
                i += 1
                continue
            case 0xE2:
                if text.isEllipsis(at: i) {
                    i = terminal(at: i)
                    continue
                }
                if !text.isBullet(at: i) {
                    i += 1
                    continue
                }
                bullet(at: i)
                i += 3
            default:
                i += 1
            }
            if let next = listMarkerIfAny(at: i) { i = next }
        }
        return cuts
    }

    /// The first byte from `start` on that the scan must look at. A space matters only when a list
    /// marker may follow ("… 2. …", "a) …"), so most spaces are passed here, not by the dispatch
    /// (which would only step past them); runs of lower-case letters, most of the text, are passed eight
    /// bytes at a time. Never inlined: inside the scan its state spilled to the stack.
    @inline(never)
    private static func nextInteresting(in text: ByteView, from start: Int) -> Int {
        let below64 = interestingBelow64
        var i = start
        while i < text.count {
            if i + 10 <= text.count, let base = text.base.baseAddress {
                let bytes = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let afterNext = UInt64(littleEndian: UnsafeRawPointer(base + i + 2).loadUnaligned(as: UInt64.self))
                let candidates = mayBeInteresting(bytes, twoAhead: afterNext)
                guard candidates != 0 else {
                    i += 8
                    continue
                }
                // Read little-endian, the lowest set lane is the first byte the scan must look at.
                i += candidates.trailingZeroBitCount / 8
            }
            let b = text.base[i]
            // Letters, the bulk of the text, are told apart by one comparison.
            if b >= 64 {
                if b == B.openBracket || b == 0xE2 { return i }
            } else if (below64 >> UInt64(b)) & 1 != 0 {
                if b != B.space || mayStartListMarker(in: text, after: i) { return i }
            }
            i += 1
        }
        return i
    }

    /// Bit 7 of each byte of `word` that the scan may have to look at: any but a letter, and of spaces only
    /// those whose byte after next (the same lane of `twoAhead`) is a full stop, a closing parenthesis
    /// or a digit, as a list marker's is (`mayStartListMarker`, which then decides).
    @inline(__always)
    static func mayBeInteresting(_ word: UInt64, twoAhead: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // A capital with bit 5 set is its lower-case letter; no other byte becomes a letter.
        let notLetter = ByteLanes.notLowercase(word | ones &* 0x20)
        let spaces = ByteLanes.equal(word, B.space)
        let markerEnd = ByteLanes.equal(twoAhead, B.period) | ByteLanes.equal(twoAhead, B.closeParen) | ByteLanes.digits(twoAhead)
        return (notLetter & ~spaces) | (spaces & markerEnd)
    }

    /// The bytes below 64 that `isInteresting` stops at, one bit each.
    private static let interestingBelow64: UInt64 = (0..<64).reduce(0) { mask, byte in
        isInteresting(UInt8(byte)) ? mask | 1 << UInt64(byte) : mask
    }

    /// Bytes the scan stops at: terminal punctuation, brackets, whitespace (list markers may follow)
    /// and the lead byte of "…" and bullets.
    @inline(__always) private static func isInteresting(_ b: UInt8) -> Bool {
        switch b {
        case B.period, B.question, B.exclamation, B.newline, B.openParen, B.openBracket, B.space, B.tab, 0xE2:
            return true
        default:
            return false
        }
    }

    /// Whether the bytes after the space at `space` can open a list marker: the first two tests of
    /// `listMarkerIfAny(at: space + 1)`, which fails whenever this does.
    @inline(__always) private static func mayStartListMarker(in text: ByteView, after space: Int) -> Bool {
        let first = text.at(space + 1)
        guard B.isDigit(first) || B.isLower(first) else { return false }
        let next = text.at(space + 2)
        return next == B.period || next == B.closeParen || (B.isDigit(first) && B.isDigit(next))
    }

    private mutating func listMarkerIfAny(at i: Int) -> Int? {
        let b = text.at(i)
        guard B.isDigit(b) || B.isLower(b), mayStartListMarker(at: i) else { return nil }
        return listMarker(at: i)
    }

    mutating func cut(at offset: Int) {
        if offset > (cuts.last ?? 0) {
            cuts.append(offset)
        }
        sentenceStart = offset
    }

    /// Handles a run of `.`, `?`, `!`, `…` (including spaced ". . .") starting at `start`; returns where to resume.
    private mutating func terminal(at start: Int) -> Int {
        guard start >= protectedUntil else { return start + 1 }
        var i = start
        var dots = 0
        var marks = 0
        var spaced = false
        while true {
            let b = text.at(i)
            if b == B.period {
                dots += 1
                i += 1
            } else if b == B.question || b == B.exclamation {
                marks += 1
                i += 1
            } else if text.isEllipsis(at: i) {
                dots += 3
                i += 3
            } else if b == B.space, text.at(i + 1) == B.period, dots > 0, marks == 0 {
                spaced = true
                i += 1
            } else {
                break
            }
        }
        var closed = false
        while case let length = text.closerLength(at: i), length > 0 {
            closed = true
            i += length
        }
        let end = i
        if end >= text.count {
            cut(at: end)
            return end
        }
        if text.whitespaceLength(at: end) == 0 {
            if dots == 1, marks == 0, !closed, missingSpaceEndsSentence(period: start, next: end) {
                cut(at: end)
            }
            return end
        }
        var next = end
        while case let length = text.whitespaceLength(at: next), length > 0 {
            next += length
        }
        while case let length = text.openerLength(at: next), length > 0 {
            next += length
        }
        if next >= text.count {
            return end
        }
        let context = Terminal(start: start, dots: dots, marks: marks, spaced: spaced, closed: closed)
        if endsSentence(context, next: next) {
            cut(at: end)
        }
        return end
    }

    /// Whether the sentence so far is one or two digits before the full stop at `period`: the "1." of a list
    /// written inline ("… three points. 1. Trade will rise. 2. …"), which opens its item rather than ending a sentence.
    private func opensWithListNumber(period: Int) -> Bool {
        var first = sentenceStart
        while first < period, B.isASCIIWhitespace(text.at(first)) { first += 1 }
        let digits = period - first
        guard digits == 1 || digits == 2 else { return false }
        return (first..<period).allSatisfy { B.isDigit(text.at($0)) }
    }

    /// A run of terminal punctuation.
    private struct Terminal {
        let start: Int
        /// Full stops in the run; "…" counts as three.
        let dots: Int
        /// Question and exclamation marks in the run.
        let marks: Int
        /// Written with spaces, as in ". . .".
        let spaced: Bool
        /// Followed by a closing quote or bracket.
        let closed: Bool
    }

    private func endsSentence(_ t: Terminal, next: Int) -> Bool {
        let first = text.at(next)
        let upper = B.isUpper(first)
        let lower = B.isLower(first)
        if t.marks > 0 {
            if lower { return false }
            return upper && t.closed ? !isAttribution(at: next) || isQuoteIntroduced(before: t.start) : true
        }
        if t.dots >= 2 {
            guard upper, !(t.dots == 3 && t.spaced) else { return false }
            return t.closed ? !isAttribution(at: next) : true
        }
        if t.closed {
            if lower { return false }
            return upper ? !isAttribution(at: next) || isQuoteIntroduced(before: t.start) : true
        }
        if opensWithListNumber(period: t.start) { return false }
        let word = text.wordBefore(t.start)
        switch word.kind {
        case .regular:
            return !lower
        case .beforeNumber:
            return !lower && !B.isDigit(first)
        case .neverFinal:
            return false
        case .initial, .abbreviation:
            return upper && opensSentence(at: next)
        case .timeOfDay:
            return upper && (opensSentence(at: next) || timeEndsSentence(time: word.start, next: next))
        }
    }

    /// "March.The": a full stop directly followed by a capitalised word, outside URLs, e-mails and abbreviations.
    private func missingSpaceEndsSentence(period: Int, next: Int) -> Bool {
        guard B.isUpper(text.at(next)), B.isLower(text.at(next + 1)) else { return false }
        let word = text.wordBefore(period)
        guard word.kind == .regular, period - word.start >= 2 else { return false }
        let before = text.at(word.start - 1)
        if before == B.at || before == B.slash || before == UInt8(ascii: ":") { return false }
        if text.lowercasedKey(word.start, period) == "www" { return false }
        var wordEnd = next
        while B.isLetter(text.at(wordEnd)) { wordEnd += 1 }
        if WordLists.domainSuffixes.contains(text.lowercasedKey(next, wordEnd)) { return false }
        var i = next
        let limit = min(text.count, next + 64)
        while i < limit, text.whitespaceLength(at: i) == 0 {
            let b = text.at(i)
            if b == B.at || b == B.slash { return false }
            i += 1
        }
        return true
    }

    /// Whether the capitalised word at `start` typically opens a sentence (and is not an initial such as "A.").
    private func opensSentence(at start: Int) -> Bool {
        var i = start
        while B.isLetter(text.at(i)) { i += 1 }
        let length = i - start
        guard length > 0, length <= 12 else { return false }
        if length == 1 && text.at(i) == B.period { return false }
        return WordLists.sentenceOpeners.contains(text.lowercasedKey(start, i))
    }

    /// Whether the quotation whose last sentence ends at the terminal mark at `terminal` was introduced by its speaker: the
    /// sentence so far has a verb of speech, then a comma or colon right before the quote opens ("Cuong said, “… energy.”",
    /// "Lee told reporters: “…”"). Such a quotation is attributed already, so a speaker named after it ("Cho said …")
    /// opens the next sentence rather than attributing it.
    private func isQuoteIntroduced(before terminal: Int) -> Bool {
        // The quote's opening mark: the last “ or " of the sentence before the terminal mark.
        var open = terminal - 1
        while open >= sentenceStart {
            let b = text.at(open)
            if b == B.doubleQuote { break }
            if b == 0x9C, open >= sentenceStart + 2, text.at(open - 1) == 0x80, text.at(open - 2) == 0xE2 { open -= 2; break }
            open -= 1
        }
        guard open > sentenceStart else { return false }
        var before = open - 1
        while before > sentenceStart, B.isHorizontalSpace(text.at(before)) { before -= 1 }
        guard text.at(before) == B.comma || text.at(before) == UInt8(ascii: ":") else { return false }
        var i = sentenceStart
        while i < before {
            let wordStart = i
            while i < before, B.isLetter(text.at(i)) { i += 1 }
            if i > wordStart, B.isLower(text.at(wordStart)), WordLists.speechVerbs.contains(text.lowercasedKey(wordStart, i)) { return true }
            i += 1
        }
        return false
    }

    /// After a closing quote: whether "Lee said" / "President Lee Jae-myung told" follows, continuing the sentence.
    private func isAttribution(at start: Int) -> Bool {
        var i = start
        for _ in 0..<5 {
            let wordStart = i
            while B.isLetter(text.at(i)) || text.at(i) == B.hyphen || text.at(i) == B.apostrophe { i += 1 }
            guard i > wordStart else { return false }
            if B.isLower(text.at(wordStart)) {
                return WordLists.speechVerbs.contains(text.lowercasedKey(wordStart, i))
            }
            guard B.isUpper(text.at(wordStart)) else { return false }
            if text.at(i) == B.period { i += 1 }
            guard text.at(i) == B.space else { return false }
            i += 1
        }
        return false
    }

    /// "a.m."/"p.m." before a capitalised name ends the sentence unless the time opened it ("At 5 a.m. Mr. Smith").
    private func timeEndsSentence(time: Int, next: Int) -> Bool {
        var i = next
        while B.isLetter(text.at(i)) { i += 1 }
        if WordLists.timeFollowers.contains(text.lowercasedKey(next, i)) { return false }
        var numberEnd = time
        while numberEnd > sentenceStart, B.isHorizontalSpace(text.at(numberEnd - 1)) { numberEnd -= 1 }
        var numberStart = numberEnd
        while numberStart > sentenceStart,
            B.isDigit(text.at(numberStart - 1)) || text.at(numberStart - 1) == UInt8(ascii: ":")
        {
            numberStart -= 1
        }
        guard numberStart < numberEnd else { return false }
        var words = 0
        var inWord = false
        var p = sentenceStart
        while p < numberStart && words <= 3 {
            let isSpace = B.isASCIIWhitespace(text.at(p))
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
            p += 1
        }
        return words > 3
    }
}
