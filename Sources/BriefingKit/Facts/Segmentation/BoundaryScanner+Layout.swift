/// Newlines, list markers, bullets and parentheses.
extension BoundaryScanner {
    /// A newline ends a sentence unless it only wraps a line ("It was a cold \nnight").
    mutating func newline(at i: Int) -> Int {
        let previousLineStart = lineStart
        lineStart = i + 1
        var next = i + 1
        while B.isHorizontalSpace(text.at(next)) || text.at(next) == B.carriageReturn { next += 1 }
        if !wrapsLine(newline: i, lineStart: previousLineStart, next: next) {
            cut(at: i)
        }
        return i + 1
    }

    private func wrapsLine(newline: Int, lineStart: Int, next: Int) -> Bool {
        guard B.isLower(text.at(next)) else { return false }
        var contentEnd = newline
        while contentEnd > lineStart, B.isASCIIWhitespace(text.at(contentEnd - 1)) { contentEnd -= 1 }
        guard contentEnd > lineStart else { return false }
        switch text.at(contentEnd - 1) {
        case B.period, B.question, B.exclamation, UInt8(ascii: ":"), UInt8(ascii: ";"):
            return false
        default:
            break
        }
        for p in contentEnd..<newline where B.isHorizontalSpace(text.at(p)) { return true }
        if newline - lineStart >= 40 { return true }
        return nextLineEndsSentence(from: next)
    }

    private func nextLineEndsSentence(from start: Int) -> Bool {
        var end = start
        while end < text.count, text.at(end) != B.newline { end += 1 }
        while end > start, B.isASCIIWhitespace(text.at(end - 1)) { end -= 1 }
        while end > start, case let length = text.closerLength(at: end - 1), length == 1 { end -= 1 }
        while end > start, text.at(end - 1) == 0x9D || text.at(end - 1) == 0x99, text.at(end - 3) == 0xE2 {
            end -= 3
        }
        let last = text.at(end - 1)
        return end > start && (last == B.period || last == B.question || last == B.exclamation)
    }

    /// Marks a balanced "( ... )" or "[ ... ]" on the same line, within 400 bytes and three levels, as one unit.
    mutating func protect(from start: Int) {
        guard start >= protectedUntil, lookAheadBudget > 0 else { return }
        let open = text.at(start)
        let close = open == B.openParen ? B.closeParen : B.closeBracket
        var depth = 0
        var i = start
        let limit = min(text.count, start + 400)
        defer { lookAheadBudget -= i - start }
        while i < limit {
            let b = text.at(i)
            if b == open {
                depth += 1
                if depth > 3 { return }
            } else if b == close {
                depth -= 1
                if depth == 0 {
                    protectedUntil = i
                    return
                }
            } else if b == B.newline {
                return
            }
            i += 1
        }
    }

    /// A bullet in the middle of a line starts a new item.
    mutating func bullet(at i: Int) {
        guard i >= protectedUntil, !onlyListPrefix(before: i), text.whitespaceLength(endingAt: i) > 0 else { return }
        cut(at: i)
    }

    /// Whether everything between the line start and `i` is whitespace or bullets.
    private func onlyListPrefix(before i: Int) -> Bool {
        var p = i
        let floor = max(lineStart, i - 64)
        while p > lineStart {
            guard p > floor else { return false }
            if B.isASCIIWhitespace(text.at(p - 1)) {
                p -= 1
            } else if p - 3 >= lineStart, text.isBullet(at: p - 3) {
                p -= 3
            } else {
                return false
            }
        }
        return true
    }

    func mayStartListMarker(at i: Int) -> Bool {
        let next = text.at(i + 1)
        guard next == B.period || next == B.closeParen || (B.isDigit(text.at(i)) && B.isDigit(next)) else {
            return false
        }
        return i == 0 || text.whitespaceLength(endingAt: i) > 0 || (i >= 3 && text.isBullet(at: i - 3))
    }

    /// Recognises "1." "2)" "3.)" "a." at a line start or after a bullet, and the next such marker mid-line.
    /// Returns the offset after the marker, or nil when `i` does not start one.
    mutating func listMarker(at i: Int) -> Int? {
        guard i >= protectedUntil else { return nil }
        let first = text.at(i)
        let isNumber = B.isDigit(first)
        var number = 0
        var j = i
        if isNumber {
            while B.isDigit(text.at(j)) {
                guard j - i < 3 else { return nil }
                number = number * 10 + Int(text.at(j) - UInt8(ascii: "0"))
                j += 1
            }
        } else {
            j += 1
        }
        if text.at(j) == B.period {
            j += 1
            if text.at(j) == B.closeParen { j += 1 }
        } else if text.at(j) == B.closeParen {
            j += 1
        } else {
            return nil
        }
        guard B.isHorizontalSpace(text.at(j)) else { return nil }

        var previous = i
        while previous > 0, B.isHorizontalSpace(text.at(previous - 1)) { previous -= 1 }
        let afterBullet = previous >= 3 && text.isBullet(at: previous - 3)
        if !afterBullet && !onlyListPrefix(before: i) {
            let continues =
                isNumber
                ? lastListNumber >= 1 && number == lastListNumber + 1
                : lastListLetter != 0 && first == lastListLetter + 1
            guard continues else { return nil }
            cut(at: i)
        }
        if isNumber {
            lastListNumber = number
        } else {
            lastListLetter = first
        }
        return j
    }
}
