/// How the word in front of a full stop affects whether the stop ends a sentence.
enum WordKind {
    case regular
    /// "J." or "I.": ends a sentence only before a typical sentence opener.
    case initial
    /// "Inc.", "U.S.": ends a sentence only before a typical sentence opener.
    case abbreviation
    /// "Mr.", "e.g.": does not end a sentence.
    case neverFinal
    /// "No.": an abbreviation before a number, an ordinary word otherwise.
    case beforeNumber
    /// "a.m.", "p.m."
    case timeOfDay

    /// The kind of every listed single-word abbreviation, keyed by its lowercased spelling.
    static let known: WordTable<WordKind> = {
        var kinds: [String: WordKind] = [:]
        for word in WordLists.abbreviations.members { kinds[word] = .abbreviation }
        for word in WordLists.beforeNumber.members { kinds[word] = .beforeNumber }
        for word in WordLists.neverFinal.members { kinds[word] = .neverFinal }
        return WordTable(kinds)
    }()
}

extension ByteView {
    /// Classifies the word that ends just before the full stop at `end`, and returns where it starts.
    func wordBefore(_ end: Int) -> (kind: WordKind, start: Int) {
        typealias B = UTF8Bytes
        var start = end
        let floor = max(0, end - 64)
        while start > floor {
            let c = at(start - 1)
            if B.isAlphanumeric(c) || c == B.period || c == B.hyphen || c == B.ampersand || c == B.apostrophe {
                start -= 1
            } else if start >= 2, at(start - 2) == 0xC2, c == 0xB0 || c == 0xBA {
                start -= 2
            } else {
                break
            }
        }
        if start == floor && start > 0 { return (.regular, start) }
        if start >= 3 && matches(start - 3, 0xE2, 0x80, 0x99) { return (.regular, start) }

        var core = start
        for p in start..<end where at(p) == B.hyphen { core = p + 1 }
        while core < end, at(core) == B.period || at(core) == B.apostrophe || at(core) == B.ampersand {
            core += 1
        }
        guard core < end else { return (.regular, start) }

        var letters = 0
        var digits = 0
        var others = 0
        var lastInnerDot: Int?
        var segment = 0
        var longestSegment = 0
        for p in core..<end {
            let c = at(p)
            if B.isLetter(c) {
                letters += 1
                segment += 1
            } else if B.isDigit(c) {
                digits += 1
                segment += 1
            } else if c == B.period {
                lastInnerDot = p
                longestSegment = max(longestSegment, segment)
                segment = 0
            } else {
                others += 1
            }
        }
        longestSegment = max(longestSegment, segment)
        if letters == 0 { return (.regular, start) }

        if let lastInnerDot {
            if digits == 0, others == 0, longestSegment <= 2 {
                let key = lowercasedKey(core, end)
                if WordLists.timeOfDay.contains(key) { return (.timeOfDay, start) }
                if WordLists.neverFinal.contains(key) { return (.neverFinal, start) }
                return (.abbreviation, start)
            }
            // "example.com", "Tuesday.Mr": only the part after the last stop counts.
            core = lastInnerDot + 1
            guard core < end, at(core) != B.period else { return (.regular, start) }
        }
        if end - core == 1 { return (.initial, start) }
        guard end - core <= 12 else { return (.regular, start) }
        return (WordKind.known[lowercasedKey(core, end)] ?? .regular, start)
    }

    /// Lowercased ASCII of the bytes `start..<end` (short keys stay inline, without allocation).
    func lowercasedKey(_ start: Int, _ end: Int) -> String {
        let length = max(0, end - start)
        return String(unsafeUninitializedCapacity: length) { buffer in
            for offset in 0..<length {
                buffer[offset] = UTF8Bytes.lowercased(at(start + offset))
            }
            return length
        }
    }
}
