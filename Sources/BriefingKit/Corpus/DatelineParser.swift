/// Reads the dateline that opens a story and the signature that closes it.
///
/// Openings: "HÀ NỘI —", "GYEONGJU —", "SEOUL, June 12 (Yonhap) --", "HANOI (Reuters) -",
/// "WASHINGTON (AP) —", "SEOUL, South Korea (AP) —". The place must be in capitals unless an agency in
/// parentheses follows it; it comes back in title case. Closings: "— VNA/VNS", "(Yonhap)", "(END)".
enum DatelineParser {
    struct Dateline: Equatable {
        var place: String
        var agency: String?
        /// The paragraph without the dateline.
        var rest: String
    }

    static let dashes: [String] = [" \u{2014} ", " \u{2013} ", " -- ", " - ", "\u{2014}", " --", "-- "]
    private static let searchLimit = 120
    static let notPlaces: Set<String> = [
        "breaking", "update", "updated", "exclusive", "analysis", "opinion", "editorial", "watch", "photos",
        "video", "live", "news", "correction", "commentary", "interview", "feature", "explainer", "note",
    ]

    static func parse(_ paragraph: String) -> Dateline? {
        let head = String(TextShape.prefix(paragraph, characters: searchLimit))
        guard let (dash, _) = firstDash(in: head) else { return nil }
        let prefix = head[..<dash.lowerBound].trimmingSpaces()
        let rest = paragraph[dash.upperBound...].trimmingSpaces()
        guard !prefix.isEmpty, let opening = rest.first, opening.isLetter || opening.isNumber || "\"“'‘".contains(opening)
        else { return nil }

        var placePart = prefix
        var agency: String?
        if prefix.last == ")", let open = prefix.lastIndex(of: "(") {
            let inside = prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]
            guard isAgency(inside) else { return nil }
            agency = String(inside)
            placePart = prefix[..<open].trimmingSpaces()
        }
        var place = placePart
        if let comma = placePart.firstIndex(of: ",") {
            place = placePart[..<comma].trimmingSpaces()
            let qualifier = placePart[placePart.index(after: comma)...]
            guard TextShape.wordCount(qualifier) <= 4 else { return nil }
        }
        guard isPlace(place, needsCapitals: agency == nil) else { return nil }
        let name = TextShape.isAllCaps(place) ? TextShape.titleCased(place) : String(place)
        return Dateline(place: name, agency: agency, rest: String(rest))
    }

    /// The paragraph without a closing signature, and the signature ("VNA/VNS", "Yonhap", "END").
    static func stripClosing(_ paragraph: String) -> (text: String, signature: String)? {
        let tail = paragraph.suffix(40)
        if tail.last == ")", let open = tail.lastIndex(of: "(") {
            let inside = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)]
            if inside == "END" || inside == "End" || OutletDetector.outlet(named: String(inside)) != nil {
                let text = paragraph[..<open].trimmingSpaces()
                return (String(text), String(inside))
            }
        }
        for dash in ["\u{2014}", "\u{2013}", "--", " - "] {
            guard let range = TextShape.lastRange(of: dash, in: tail) else { continue }
            let signature = tail[range.upperBound...].trimmingSpaces()
            guard !signature.isEmpty, signature.count <= 20,
                  signature.allSatisfy({ $0.isUppercase || $0 == "/" || $0 == " " || $0 == "-" }),
                  OutletDetector.outlet(named: String(signature)) != nil || signature.contains("/") else { continue }
            let text = paragraph[..<range.lowerBound].trimmingSpaces()
            return (String(text), String(signature))
        }
        return nil
    }

    /// The dash that starts first in `head` (the first in `dashes` when two start together): one
    /// pass over the bytes rather than one search a dash.
    static func firstDash(in head: String) -> (Range<String.Index>, String)? {
        let found: (offset: Int, dash: [UInt8])? = UTF8Scalars.withBytes(of: head) { bytes in
            for start in bytes.indices {
                let byte = bytes[start]
                guard byte == 0x20 || byte == UInt8(ascii: "-") || byte == 0xE2 else { continue }
                // Every dash that starts with a space goes on with "-" or the lead byte of "—" and "–".
                if byte == 0x20, start + 1 >= bytes.count || (bytes[start + 1] != UInt8(ascii: "-") && bytes[start + 1] != 0xE2) {
                    continue
                }
                let rest = bytes.count - start
                if let dash = dashBytes.first(where: { dash in
                    dash.count <= rest && dash.indices.allSatisfy { bytes[start + $0] == dash[$0] }
                }) {
                    return (start, dash)
                }
            }
            return nil
        }
        guard let found, let index = dashBytes.firstIndex(of: found.dash) else { return nil }
        let utf8 = head.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found.offset)
        return (lower..<utf8.index(lower, offsetBy: found.dash.count), dashes[index])
    }

    /// `dashes` as bytes; each starts with a space, "-" or the lead byte of "—".
    private static let dashBytes = dashes.map { Array($0.utf8) }

    private static func isAgency(_ text: Substring) -> Bool {
        if let ascii = UTF8Scalars.withBytes(of: text, asciiIsAgency) { return ascii }
        let words = text.split(separator: " ")
        guard (1...3).contains(words.count), let first = text.first, first.isUppercase else { return false }
        return text.allSatisfy { $0.isLetter || " -/.&".contains($0) }
    }

    static func isPlace(_ place: Substring, needsCapitals: Bool) -> Bool {
        if let ascii = UTF8Scalars.withBytes(of: place, { asciiIsPlace($0, needsCapitals: needsCapitals) }) { return ascii }
        if PlainCharacters.isPlain(place) { return plainIsPlace(place, needsCapitals: needsCapitals) }
        let words = place.split(separator: " ")
        guard (1...5).contains(words.count), place.count <= 40 else { return false }
        guard place.allSatisfy({ $0.isLetter || " .'-\u{2019}".contains($0) }) else { return false }
        guard !notPlaces.contains(place.lowercased()) else { return false }
        if needsCapitals { return TextShape.isAllCaps(place) && place.filter(\.isLetter).count >= 2 }
        return words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// `isAgency` for ASCII text without CR (one byte a character); nil for other text.
    private static func asciiIsAgency(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        let words = TextShape.wordCount(bytes, stoppingAfter: 3)
        guard (1...3).contains(words), let first = bytes.first, first >= 0x41 && first <= 0x5A else { return false }
        return bytes.allSatisfy { byte in
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "&")
        }
    }

    /// `isPlace` for plain text (`PlainCharacters`: one scalar a character, spaces whole characters).
    private static func plainIsPlace(_ place: Substring, needsCapitals: Bool) -> Bool {
        let scalars = place.unicodeScalars
        guard (1...5).contains(TextShape.wordCount(place)), scalars.count <= 40 else { return false }
        let lookup = PlainCharacters.lookup
        var letters = 0
        // Whether every word starts with a capital.
        var capitalized = true
        var previous: Unicode.Scalar = " "
        for scalar in scalars {
            let traits = lookup.traits(scalar)
            if traits.contains(.letter) {
                letters += 1
            } else if !" .'-\u{2019}".unicodeScalars.contains(scalar) {
                return false
            }
            if previous == " " && scalar != " " && !traits.contains(.uppercase) { capitalized = false }
            previous = scalar
        }
        guard !notPlaces.contains(place.lowercased()) else { return false }
        if needsCapitals { return TextShape.isAllCaps(place) && letters >= 2 }
        return capitalized
    }

    /// `isPlace` for ASCII text without CR (one byte a character); nil for other text.
    private static func asciiIsPlace(_ bytes: UnsafeBufferPointer<UInt8>, needsCapitals: Bool) -> Bool? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        let words = TextShape.wordCount(bytes, stoppingAfter: .max)
        guard (1...5).contains(words), bytes.count <= 40 else { return false }
        guard bytes.allSatisfy({ isLetter($0) || $0 == 0x20 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") })
        else { return false }
        let lower = String(decoding: bytes.map(TextShape.asciiLower), as: UTF8.self)
        guard !notPlaces.contains(lower) else { return false }
        if needsCapitals {
            return bytes.contains(where: isUppercase) && !bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                && bytes.filter(isLetter).count >= 2
        }
        // Every word starts with a capital.
        return bytes.indices.allSatisfy { index in
            bytes[index] == 0x20 || (index > 0 && bytes[index - 1] != 0x20) || isUppercase(bytes[index])
        }
    }
}
