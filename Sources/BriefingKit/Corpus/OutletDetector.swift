/// Known outlets and the ways a page names them: masthead lines, self-references, signatures, credits.
enum OutletDetector {
    struct Outlet {
        var name: String
        /// Lowercased names as they stand alone on a masthead or credit line.
        var aliases: [String]
    }

    static let known: [Outlet] = [
        Outlet(name: "Korea JoongAng Daily", aliases: ["korea joongang daily", "joongang daily",
                                                        "koreajoongangdaily.joins.com"]),
        Outlet(name: "The Korea Herald", aliases: ["the korea herald", "korea herald", "koreaherald.com"]),
        Outlet(name: "The Korea Times", aliases: ["the korea times", "korea times", "koreatimes.co.kr"]),
        Outlet(name: "Yonhap News Agency", aliases: ["yonhap news agency", "yonhap", "yonhap news", "yna.co.kr"]),
        Outlet(name: "Viet Nam News", aliases: ["viet nam news", "vietnam news", "vietnamnews.vn", "vna/vns", "vns"]),
        Outlet(name: "VnExpress International", aliases: ["vnexpress international", "vnexpress",
                                                          "e.vnexpress.net"]),
        Outlet(name: "Nhân Dân", aliases: ["nhân dân", "nhan dan", "nhân dân online", "nhandan online",
                                           "nhandan.vn", "en.nhandan.vn"]),
        Outlet(name: "VOV", aliases: ["vov", "voice of vietnam", "vov world", "vov.vn", "english.vov.vn"]),
        Outlet(name: "Vietnam Plus", aliases: ["vietnam plus", "vietnamplus", "vietnamplus.vn"]),
        Outlet(name: "Vietnam News Agency", aliases: ["vietnam news agency", "vna"]),
        Outlet(name: "Reuters", aliases: ["reuters", "thomson reuters"]),
        Outlet(name: "AP", aliases: ["ap", "associated press", "the associated press"]),
        Outlet(name: "AFP", aliases: ["afp", "agence france-presse", "agence france presse"]),
    ]

    private static let byAlias: [String: String] = {
        var table: [String: String] = [:]
        for outlet in known {
            for alias in outlet.aliases { table[alias] = outlet.name }
        }
        return table
    }()

    private static let wrappers: Set<Character> = ["(", ")", "[", "]", "-", "\u{2013}", "\u{2014}", " ", ".", ":", "©", "ⓒ"]
    static let selfReferenceCues = ["edited by ", "©", "ⓒ", "copyright", "(c) ", "all rights reserved"]
    private static let selfReferenceCueTable = PrefixTable(selfReferenceCues)

    /// The outlet a whole line names ("Korea JoongAng Daily", "Yonhap", "— VNA/VNS", "(Reuters)").
    static func outlet(named text: String) -> String? {
        guard text.utf8.count <= 60 else { return nil }
        if let found = UTF8Scalars.withBytes(of: text, asciiOutlet) { return found }
        var key = Substring(text.lowercased())
        while let first = key.first, wrappers.contains(first) { key = key.dropFirst() }
        while let last = key.last, wrappers.contains(last) { key = key.dropLast(1) }
        return byAlias[String(key)]
    }

    /// Bit `n` of entry `b` is set when an alias of `n` bytes (under 64) starts with byte `b`.
    private static let aliasShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 256)
        for alias in byAlias.keys {
            guard let first = alias.utf8.first, alias.utf8.count < 64 else { continue }
            shapes[Int(first)] |= 1 << UInt64(alias.utf8.count)
        }
        return shapes
    }()

    /// `outlet(named:)` for ASCII text (one byte a character, so ASCII lowercasing is `lowercased()`),
    /// where most lines are ruled out by the first byte and length of their key; nil for other text,
    /// `.some(nil)` when no outlet is named.
    private static func asciiOutlet(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        func isWrapper(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "-"),
                 UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ":"): return true
            default: return false
            }
        }
        var start = 0, end = bytes.count
        while start < end, isWrapper(bytes[start]) { start += 1 }
        while end > start, isWrapper(bytes[end - 1]) { end -= 1 }
        guard end > start, aliasShapes[Int(TextShape.asciiLower(bytes[start]))] & (1 << UInt64(end - start)) != 0 else {
            return .some(nil)
        }
        let key = String(unsafeUninitializedCapacity: end - start) { out in
            for offset in 0..<(end - start) { out[offset] = TextShape.asciiLower(bytes[start + offset]) }
            return end - start
        }
        return .some(byAlias[key])
    }

    /// Whether a closing credit names a wire service, whose copy other outlets print.
    static func isWire(_ signature: String) -> Bool {
        ["yonhap", "reuters", "ap", "afp", "vna", "xinhua", "kyodo", "bloomberg"].contains(signature.lowercased())
    }

    /// The outlet a page names in a self-reference: "edited by Korea JoongAng Daily staff",
    /// "© The Korea Herald", "Copyright Yonhap News Agency", "with the Korea JoongAng Daily".
    static func selfReference(in lower: String) -> String? {
        let isCue = selfReferenceCueTable.occurs(in: lower) || TextShape.starts(lower, with: "with the ")
        guard isCue else { return nil }
        return longestAlias(in: lower)
    }

    /// The longest alias of three or more letters that occurs in `lower` on word boundaries.
    static func longestAlias(in lower: String) -> String? {
        var best: (length: Int, name: String)?
        for (alias, length, name) in aliasesWithLengths where length >= 3 && (best?.length ?? 0) < length {
            if containsWord(lower, alias) { best = (length, name) }
        }
        return best?.name
    }

    /// Every alias with its length in characters and its outlet, in the order of `known`.
    private static let aliasesWithLengths: [(alias: String, length: Int, name: String)] =
        known.flatMap { outlet in outlet.aliases.map { ($0, $0.count, outlet.name) } }

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
}
