@testable import BriefingKit

/// The line rules as they were written before they were made to read bytes: the tests hold the
/// byte-reading versions to exactly these answers.
enum ReferenceRules {
    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    static func hasLowercase(_ text: some StringProtocol) -> Bool { text.contains { $0.isLowercase } }

    static func isAllCaps(_ text: some StringProtocol) -> Bool {
        text.contains { $0.isUppercase } && !hasLowercase(text)
    }

    static func isTitleLike(_ text: some StringProtocol) -> Bool {
        let words = wordCount(text)
        guard words >= 1, words <= 24, text.utf8.count <= 220 else { return false }
        guard TextShape.lastSignificant(text) != "." else { return false }
        return text.contains { $0.isLetter }
    }

    private static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "*", "_"]

    static func endsSentence(_ text: some StringProtocol) -> Bool {
        guard let last = text.last else { return false }
        if last == ")" || last == "]" {
            guard let beforeClose = text.dropLast().last else { return false }
            if ".!?\u{2026}".contains(beforeClose) { return true }
            let tail = text.suffix(60)
            guard let open = tail.lastIndex(of: last == ")" ? "(" : "[") else { return false }
            return tail[..<open].trimmingSpaces().last.map { ".!?\u{2026}\"\u{201D}".contains($0) } ?? false
        }
        guard let mark = text.last(where: { !closers.contains($0) }) else { return false }
        return ".!?\u{2026}".contains(mark)
    }

    static func trimmingSpaces(_ text: Substring) -> Substring {
        var slice = text
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return slice
    }

    static func isPlace(_ place: Substring, needsCapitals: Bool) -> Bool {
        let words = place.split(separator: " ")
        guard (1...5).contains(words.count), place.count <= 40 else { return false }
        guard place.allSatisfy({ $0.isLetter || " .'-\u{2019}".contains($0) }) else { return false }
        guard !DatelineParser.notPlaces.contains(place.lowercased()) else { return false }
        if needsCapitals { return isAllCaps(place) && place.filter(\.isLetter).count >= 2 }
        return words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    static func firstDash(in head: String) -> (Range<String.Index>, String)? {
        var best: (Range<String.Index>, String)?
        for dash in DatelineParser.dashes {
            if let range = TextShape.firstRange(of: dash, in: head[...]), best.map({ range.lowerBound < $0.0.lowerBound }) ?? true {
                best = (range, dash)
            }
        }
        return best
    }

    static func titleCased(_ text: some StringProtocol) -> String {
        var result = ""
        var atWordStart = true
        for character in text.lowercased() {
            if character == " " {
                atWordStart = true
                result.append(character)
            } else if atWordStart && character.isLetter {
                result += character.uppercased()
                atWordStart = false
            } else {
                result.append(character)
                if character.isLetter { atWordStart = false }
            }
        }
        return result
    }

    static func hasYear(_ line: String) -> Bool {
        var run = 0
        for byte in line.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    static func asciiLowercased(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        var iterator = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = iterator.next() else { return false }
            if TextShape.asciiLower(byte) != TextShape.asciiLower(expected) { return false }
        }
        return true
    }

    static func ends(_ text: String, with suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard text.utf8.count >= count else { return false }
        return text.utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    static func contains(_ text: String, _ needle: String) -> Bool {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { Array(haystack[$0..<($0 + pattern.count)]) == pattern }
    }

    private static let byAlias: [String: String] = {
        var table: [String: String] = [:]
        for outlet in OutletDetector.known {
            for alias in outlet.aliases { table[alias] = outlet.name }
        }
        return table
    }()

    private static let wrappers: Set<Character> = ["(", ")", "[", "]", "-", "\u{2013}", "\u{2014}", " ", ".", ":", "©", "ⓒ"]

    static func outlet(named text: String) -> String? {
        guard text.utf8.count <= 60 else { return nil }
        var key = Substring(text.lowercased())
        while let first = key.first, wrappers.contains(first) { key = key.dropFirst() }
        while let last = key.last, wrappers.contains(last) { key = key.dropLast() }
        return byAlias[String(key)]
    }

    static func selfReference(in lower: String) -> String? {
        let isCue = OutletDetector.selfReferenceCues.contains { contains(lower, $0) } || TextShape.starts(lower, with: "with the ")
        guard isCue else { return nil }
        return longestAlias(in: lower)
    }

    static func longestAlias(in lower: String) -> String? {
        var best: (length: Int, name: String)?
        for outlet in OutletDetector.known {
            for alias in outlet.aliases where alias.count >= 3 && (best?.length ?? 0) < alias.count {
                if containsWord(lower, alias) { best = (alias.count, outlet.name) }
            }
        }
        return best?.name
    }

    private static func containsWord(_ text: String, _ word: String) -> Bool {
        var searchStart = text.startIndex
        while let range = TextShape.firstRange(of: word, in: text[searchStart...]) {
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    static func isStrongChrome(_ lower: String) -> Bool {
        if lower.utf8.count <= 64 {
            let key = lower.last == ":" ? String(lower.dropLast()).trimmingSpaces() : lower[...]
            if PageChrome.exact.contains(String(key)) { return true }
        }
        if PageChrome.strongPrefixes.contains(where: { TextShape.starts(lower, with: $0) }) { return true }
        let rightsReserved = ends(lower, with: "all rights reserved.") || ends(lower, with: "all rights reserved")
            || (TextShape.starts(lower, with: "copyright ") && contains(lower, "rights reserved"))
        return rightsReserved && wordCount(lower) <= 20
    }

    static func isWeakChrome(_ lower: String) -> Bool {
        if PageChrome.weakPrefixes.contains(where: { TextShape.starts(lower, with: $0) }) { return true }
        if wordCount(lower) <= 14, [" > ", " › ", " » "].contains(where: { contains(lower, $0) }) { return true }
        if !lower.utf8.contains(0x20), lower.utf8.contains(UInt8(ascii: "@")) { return true }
        if lower.utf8.contains(where: { $0 >= 0x80 }) {
            let visible = lower.filter { $0 != " " }
            if visible.count <= 2 && !visible.contains(where: \.isNumber) { return true }
            return !lower.contains { $0.isLetter || $0.isNumber }
        }
        var visible = 0
        var alphanumeric = false
        var digit = false
        for byte in lower.utf8 where byte != 0x20 {
            visible += 1
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digit = true; alphanumeric = true }
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { alphanumeric = true }
        }
        if visible <= 2 && !digit { return true }
        return !alphanumeric
    }

    static func isCreditLine(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        if outlet(named: line) != nil { return true }
        let first = line.first, last = line.last
        if (first == "[" && last == "]") || (first == "(" && last == ")") {
            let inside = line.dropFirst().dropLast()
            return wordCount(inside) <= 5 && !TextShape.hasLowercase(inside)
                || PageChrome.photoCreditWords.contains { contains(inside.lowercased(), $0) }
        }
        var parts = 0
        for part in asciiLowercased(line).utf8.split(whereSeparator: { $0 == 0x2D || $0 == 0x2F || $0 == 0x20 }) {
            parts += 1
            guard parts <= 4, PageChrome.wireWords.contains(String(decoding: part, as: UTF8.self)) else { return false }
        }
        return parts > 0
    }

    static func captionEnding(of line: String) -> CaptionRules.Ending {
        guard let last = line.last, last == "]" || last == ")" else { return .none }
        let opener: Character = last == "]" ? "[" : "("
        let tail = line.suffix(80)
        guard let open = tail.lastIndex(of: opener) else { return .none }
        let inside = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)]
        let before = line[..<open]
        guard wordCount(before) >= 3, (1...6).contains(wordCount(inside)), inside.contains(where: \.isLetter) else { return .none }
        if opener == "[" { return hasLowercase(inside) ? .none : .photoCredit }
        let lower = inside.lowercased()
        if PageChrome.photoCreditWords.contains(where: { contains(lower, $0) }) { return .photoCredit }
        let words = lower.split { " -/".contains($0) }
        if words.allSatisfy({ PageChrome.wireWords.contains(String($0)) }) || outlet(named: String(inside)) != nil
            || !hasLowercase(inside) {
            return .wireCredit
        }
        return .none
    }
}
