/// A token of a short date-bearing line: a run of ASCII digits, a run of letters, or one other character.
struct DateToken: Equatable {
    enum Kind: Equatable {
        case number(Int, digits: Int)
        case word(String)            // lowercased
        case mark(Character)
    }

    var kind: Kind
    var range: Range<String.Index>

    var word: String? { if case .word(let text) = kind { text } else { nil } }
    var mark: Character? { if case .mark(let character) = kind { character } else { nil } }
    var number: (value: Int, digits: Int)? {
        if case .number(let value, let digits) = kind { (value, digits) } else { nil }
    }

    /// Tokenizes `text`; spaces separate tokens and are dropped. Numbers longer than nine digits stay marks.
    static func tokenize(_ text: String) -> [DateToken] {
        if UTF8Scalars.withBytes(of: text, { !$0.contains { $0 >= 0x80 || $0 == 0x0D } }) { return tokenizeASCII(text) }
        var tokens: [DateToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " {
                index = text.index(after: index)
                continue
            }
            let start = index
            if character.isASCII, character.isNumber {
                var value = 0
                var digits = 0
                while index < text.endIndex, text[index].isASCII, let digit = text[index].wholeNumberValue {
                    if digits < 9 { value = value * 10 + digit }
                    digits += 1
                    index = text.index(after: index)
                }
                tokens.append(DateToken(kind: digits <= 9 ? .number(value, digits: digits) : .mark("#"),
                                        range: start..<index))
            } else if character.isLetter {
                while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
                tokens.append(DateToken(kind: .word(text[start..<index].lowercased()), range: start..<index))
            } else {
                index = text.index(after: index)
                tokens.append(DateToken(kind: .mark(character), range: start..<index))
            }
        }
        return tokens
    }
}

extension DateToken {
    /// `tokenize` for ASCII text (one byte a character), by bytes instead of by characters.
    private static func tokenizeASCII(_ text: String) -> [DateToken] {
        let utf8 = text.utf8
        func range(_ start: Int, _ end: Int) -> Range<String.Index> {
            utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
        }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        return UTF8Scalars.withBytes(of: text) { bytes in
            var tokens: [DateToken] = []
            // Room for a token every other byte, which short date lines rarely pass.
            tokens.reserveCapacity(bytes.count / 2 + 4)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 {
                    index += 1
                    continue
                }
                let start = index
                if isDigit(byte) {
                    var value = 0
                    var digits = 0
                    while index < bytes.count, isDigit(bytes[index]) {
                        if digits < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                        digits += 1
                        index += 1
                    }
                    tokens.append(DateToken(kind: digits <= 9 ? .number(value, digits: digits) : .mark("#"), range: range(start, index)))
                } else if isLetter(byte) {
                    while index < bytes.count, isLetter(bytes[index]) { index += 1 }
                    // Lowercased in place: one allocation, none for a short word.
                    let word = String(unsafeUninitializedCapacity: index - start) { out in
                        for offset in 0..<(index - start) { out[offset] = bytes[start + offset] | 0x20 }
                        return index - start
                    }
                    tokens.append(DateToken(kind: .word(word), range: range(start, index)))
                } else {
                    index += 1
                    tokens.append(DateToken(kind: .mark(Character(Unicode.Scalar(byte))), range: range(start, index)))
                }
            }
            return tokens
        }
    }
}

/// Names the date grammar knows: months, weekdays, zones.
enum DateVocabulary {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]

    /// Zone abbreviations with unambiguous offsets in minutes; "CST", "IST" and "BST" are left out on purpose.
    static let zones: [String: Int] = [
        "kst": 540, "jst": 540, "ict": 420, "wib": 420, "hkt": 480, "sgt": 480, "pht": 480, "awst": 480,
        "aest": 600, "aedt": 660, "utc": 0, "gmt": 0, "z": 0, "cet": 60, "cest": 120,
        "est": -300, "edt": -240, "pst": -480, "pdt": -420,
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
}
